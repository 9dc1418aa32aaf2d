import type { sync as en } from '../en/sync.js';

/** Sincronização do Contact Center: verificações, pendências, alertas e chamados de suporte. */
export const sync: Record<keyof typeof en, string> = {
  // ---- sincronização do Contact Center ---------------------------------------------------------
  'sync.state.synced': 'Pronto',
  'sync.state.pending': 'Aguardando sincronização',
  'sync.state.needs_settings': 'Faltam configurações',
  'sync.state.invalid': 'Inválido',
  'sync.state.supervisorStep': 'Aguardando a função de supervisor no Control Hub',
  'verify.gone': 'Sem licença do Contact Center e fora do Contact Center.',
  'verify.removedStillActive': 'Licença do Contact Center removida, mas o usuário continua ativo no Contact Center.',
  'verify.removedWaiting': 'Licença do Contact Center removida; aguardando o Contact Center retirar o usuário.',
  'verify.missing': 'Licenciado no Control Hub, mas ainda fora do Contact Center.',
  'verify.notYet': 'Licenciado no Control Hub; ainda não está no Contact Center.',
  'verify.notEnabled': 'Está no Contact Center, mas não está habilitado para o Agent Desktop.',
  'verify.inactive': 'Está no Contact Center, mas inativo.',
  'verify.wrongProfile': 'Tem o perfil de usuário {profile} no Contact Center, que não combina com a licença {tier}.',
  'verify.synced': 'Está no Contact Center, habilitado e ativo, com um perfil que combina com a licença.',
  'verify.notChecked': 'Ainda não verificado.',
  'verify.apiFailed': 'Não foi possível verificar: a API do Contact Center falhou.',
  'verify.apiFailedTracking': 'Não foi possível verificar: a API do Contact Center falhou (trackingId {trackingId}).',
  'profile.noSupervisorProfile': 'a organização não tem perfil de usuário de supervisor no Contact Center',
  'profile.stillShows': 'o Contact Center ainda mostra o perfil {profile}',
  'profile.gone': 'o usuário não está mais no Contact Center',
  'profile.failed': '{message}',
  'profile.failedTracking': '{message} (trackingId {trackingId})',
  'profile.none': 'nenhum',
  // ---- configurações de agente e suas verificações ----
  'verify.ready':
    'Pronto: está no Contact Center e habilitado, com site, equipe, perfil de desktop e um perfil que combina com a licença.',
  'verify.goneInactive': 'Sem licença do Contact Center; inativo no Contact Center.',
  'verify.goneDisabled': 'Sem licença do Contact Center; não habilitado para o Agent Desktop.',
  'verify.adminOnly':
    'Sem licença do Contact Center; usuário Somente administrador do Contact Center, como todo administrador.',
  'verify.inactiveYet':
    'Licenciado no Control Hub; inativo no Contact Center até que uma sincronização leve a licença.',
  'verify.settingsNotGiven':
    'Está no Contact Center, mas ainda não pode trabalhar como agente: está sem {fields}, e nenhum valor foi informado.',
  'verify.settingsRefused':
    'Está no Contact Center, mas o Contact Center recusou as configurações ({status}): {message}',
  'verify.settingsRefusedTracking':
    'Está no Contact Center, mas o Contact Center recusou as configurações ({status}): {message} (trackingId {trackingId})',
  'verify.supervisorWaiting':
    'Pronto como agente; aguardando a função de supervisor no Control Hub (Agente Premium - Função de supervisor).',
  'verify.applied': 'Configurações aplicadas; conferindo no Contact Center.',
  'verify.applyRetry': 'Configurações ainda não aplicadas: o Contact Center falhou ({message}). Tentando de novo.',
  'verify.applyRetryTracking':
    'Configurações ainda não aplicadas: o Contact Center falhou ({message}, trackingId {trackingId}). Tentando de novo.',
  'verify.applyFailed': 'Configurações não aplicadas: o Contact Center continuou falhando ({message}).',
  'verify.applyFailedTracking':
    'Configurações não aplicadas: o Contact Center continuou falhando ({message}, trackingId {trackingId}).',
  'verify.writeRefused': 'Configurações não gravadas: o Contact Center as recusou ({status}): {message}',
  'verify.writeRefusedTracking':
    'Configurações não gravadas: o Contact Center as recusou ({status}): {message} (trackingId {trackingId})',
  'verify.appliedDiffers':
    'O Contact Center aceitou as configurações, mas o usuário ainda mostra outros valores em {fields}.',
  'verify.field.enabled': 'acesso ao Agent Desktop (Contact Center habilitado)',
  'verify.field.site': 'site',
  'verify.field.teams': 'equipes',
  'verify.field.desktopProfile': 'perfil de desktop',
  'verify.field.multimediaProfile': 'perfil multimídia',
  'verify.field.skillProfile': 'perfil de habilidades',
  'sync.why.first': 'sincronização depois das alterações',
  'sync.why.asked': 'sincronização para esta verificação',
  'sync.why.resync': 'nova sincronização para os inválidos',
  'sync.why.retry': 'sincronização pelo botão Sincronizar de novo',
  'sync.why.check': 'sincronização depois que a função de supervisor foi dada no Control Hub',
  'sync.tried.endpoint': '{at}: {why}{times, plural, =1 {} other { (pedida # vezes)}}',
  'sync.tried.endpointTracking': '{at}: {why}{times, plural, =1 {} other { (pedida # vezes)}}, trackingId {trackingId}',
  'sync.tried.manual':
    '{at}: {why}{times, plural, =1 {} other { (pedida # vezes)}}; pedi aos administradores que pressionassem Sincronizar Usuário no Control Hub',
  'sync.tally.ready': '{count, plural, =1 {# pronto} other {# prontos}}',
  'sync.tally.removed': '{count, plural, =1 {# deixou de ser agente} other {# deixaram de ser agentes}}',
  'sync.tally.pending': '{count} aguardando sincronização',
  'sync.tally.needsSettings': '{count, plural, =1 {# precisa de configurações} other {# precisam de configurações}}',
  'sync.tally.invalid': '{count, plural, =1 {# inválido} other {# inválidos}}',
  'sync.field.site': 'site',
  'sync.field.teams': 'equipes',
  'sync.field.desktopProfile': 'perfil de desktop',
  'sync.field.multimediaProfile': 'perfil multimídia',
  'sync.field.skillProfile': 'perfil de habilidades',
  'sync.setting.site': 'o site {name}',
  'sync.setting.teams': '{count, plural, =1 {a equipe} other {as equipes}} {names}',
  'sync.setting.desktopProfile': 'o perfil de desktop {name}',
  'sync.setting.multimediaProfile': 'o perfil multimídia {name}',
  'sync.setting.skillProfile': 'o perfil de habilidades {name}',
  'sync.supervisor.set': '{role}: confirmado no Contact Center para {users}.',
  'sync.supervisor.waiting':
    '{role} para {users}: ainda falta. Dê {count, plural, =1 {a este usuário} other {a estes usuários}} a função de supervisor no Control Hub (os passos estão nesta conversa) e pressione **Feito: verificar de novo**.',
  'sync.supervisor.failed':
    '{role} NÃO confirmado para {email}: {reason}. Dê a função de supervisor no Control Hub (**Usuários** › {email} › **Licenças** › **Contact Center** › **Agente Premium - Função de supervisor**) e envie "sincronizar {email}".',
  'sync.supervisor.later':
    '{role} para {users}: quando {count, plural, =1 {este usuário estiver} other {estes usuários estiverem}} no Contact Center, publico nesta conversa os passos do Control Hub para dar a função de supervisor.',
  'sync.andMore': '{users} e mais {count}',
  'sync.line.final': 'Contact Center: {tally}. Nada mais a fazer.',
  'sync.line.invalid': 'Contact Center: {tally}. O alerta publicado neste espaço diz o que fazer.',
  'sync.line.needsSettings':
    'Contact Center: {tally}. A pendência nesta conversa lista as configurações que faltam, com um botão para aplicar os padrões.',
  'sync.line.supervisorStep':
    'Contact Center: {tally}. Ainda falta a função de supervisor no Control Hub (os passos estão nesta conversa).',
  'sync.line.alsoTodo': 'A pendência nesta conversa lista as configurações que faltam.',
  'sync.line.unchecked':
    'Contact Center: {tally}. Não consegui verificar os usuários que ainda aguardam; envie "sincronizar" para verificá-los de novo.',
  'sync.line.going': 'Contact Center: {tally} até agora. Continuo verificando e publico o resultado nesta conversa.',
  'sync.line.goingManual':
    'Contact Center: {tally} até agora. Aguardando um administrador pressionar Sincronizar Usuário no Control Hub (veja acima); continuo verificando e publico o resultado nesta conversa.',
  'sync.steps.1': '1. Abra o Control Hub (https://admin.webex.com) como administrador desta organização.',
  'sync.steps.2': '2. Vá em **Serviços › Contact Center › Configurações do locatário (Tenant settings) › Geral**.',
  'sync.steps.3': '3. Pressione **Sincronizar Usuário**.',
  'sync.steps.4': '4. Volte aqui e pressione **Sincronizado: verificar de novo**.',
  'sync.manual.first': 'Pressione Sincronizar Usuário no Control Hub',
  'sync.manual.again': 'Ainda há usuários inválidos: pressione Sincronizar Usuário mais uma vez',
  'sync.manual.intro':
    'O Contact Center precisa receber os usuários {origin, select, job {da tarefa {job}} other {da verificação pedida por {by}}}. A sincronização do Control Hub não tem API pública, então é preciso pressionar um botão:',
  'sync.manual.meanwhile': 'Enquanto isso, continuo verificando por conta própria até {deadline}.',
  'card.syncManual.checkAgain': 'Sincronizado: verificar de novo',
  'sync.progress': '**Até agora** ({at}): {tally}. Ainda verificando, até por volta de {deadline}.',
  'sync.progress.ended': '**Verificação encerrada** ({at}): {tally}. O resultado está abaixo.',
  'sync.jobWaiting.manual':
    'Contact Center: desde {since}, aguardando um administrador pressionar **Sincronizar Usuário** no Control Hub (**Serviços › Contact Center › Configurações do locatário (Tenant settings) › Geral**). O resumo sai quando os usuários estiverem lá, ou até {until}.',
  'sync.jobWaiting.endpoint':
    'Contact Center: desde {since}, verificando se ele recebeu os usuários. O resumo sai quando eles estiverem lá, ou até {until}.',
  'sync.result':
    '**Verificação do Contact Center {origin, select, job {da tarefa {job}} other {pedida por {by}}} concluída**: {tally} (de {count, plural, =1 {# usuário} other {# usuários}}).',
  'sync.result.open':
    '**Verificação do Contact Center {origin, select, job {da tarefa {job}} other {pedida por {by}}} encerrada**: {count, plural, =1 {o usuário ainda não está pronto} other {nem todos os # usuários estão prontos}} ({tally}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.lineMissing': '- {email}: {state} (sem {fields}). {reason}',
  'sync.result.lineNotGiven': '- {email}: {state} (sem {fields}, e nenhum valor foi informado).',
  'sync.result.todo':
    'A pendência nesta conversa lista as configurações que faltam, com um botão para aplicar os padrões.',
  'sync.result.more': '…e mais {count}.',
  'sync.result.alerted':
    'O alerta publicado neste espaço tem o botão **{button}** e um texto para abrir um chamado de suporte.',
  'sync.alert.headline': '{count, plural, =1 {# usuário inválido} other {# usuários inválidos}} no Contact Center',
  'sync.alert.intro':
    '{syncs, plural, =1 {Uma sincronização não resolveu} other {# sincronizações não resolveram}}{origin, select, job { depois da tarefa {job}} other {}}. A menos que alguém dispense este alerta, acompanho {count, plural, =1 {o usuário} other {os usuários}} e aviso aqui quando se resolver.',
  'sync.advice.for': 'Para {users}:',
  'sync.advice.license':
    'No Control Hub, confira se {count, plural, =1 {o usuário ainda tem} other {cada usuário ainda tem}} licença do Contact Center (**Usuários** › o usuário › **Licenças**).',
  'sync.advice.retry':
    'Pressione **Sincronizar de novo** para sincronizar e verificar {count, plural, =1 {o usuário} other {os usuários}} outra vez.',
  'sync.advice.retryManual':
    'Pressione **Sincronizar Usuário** no Control Hub (**Serviços › Contact Center › Configurações do locatário (Tenant settings) › Geral**) e depois **Sincronizar de novo** aqui.',
  'sync.advice.case':
    'Se {count, plural, =1 {o problema continuar} other {os problemas continuarem}}, abra um chamado em https://help.webex.com com o texto abaixo.',
  'sync.advice.notKept':
    'O Contact Center aceitou as configurações {count, plural, =1 {deste usuário} other {destes usuários}}, mas não as manteve. Se uma nova tentativa não resolver, abra um chamado em https://help.webex.com com o texto abaixo.',
  'sync.advice.stillEnabled':
    'A licença do Contact Center foi removida, mas {count, plural, =1 {o usuário continua ativo} other {os usuários continuam ativos}} no Contact Center. Uma sincronização costuma resolver isso.',
  'sync.alert.noCcUser': 'nenhum (fora do Contact Center)',
  'sync.alert.userLine': '- **{email}**: {reason}',
  'sync.alert.supportTitle': 'Texto para o chamado de suporte:',
  'card.syncAlert.tried': 'O que já foi tentado',
  'card.syncAlert.next': 'O que fazer',
  'card.syncAlert.support': 'Texto para o suporte (copie tudo)',
  'card.syncAlert.retry': 'Sincronizar de novo',
  'card.syncAlert.dismiss': 'Dispensar',
  'card.syncAlert.dismissAsk':
    'Dispensar este alerta? Deixo de acompanhar os usuários dele e não aviso mais nada sobre eles.',
  'card.syncAlert.dismissYes': 'Sim, dispensar',
  'sync.support.subject':
    'Assunto: {count, plural, =1 {usuário do Webex Contact Center continua inválido} other {usuários do Webex Contact Center continuam inválidos}} depois de Sincronizar Usuário (Synchronize Users)',
  'sync.support.org': 'ID da organização: {uuid} (id na API {id})',
  'sync.support.detected':
    'Detectado: {at} pelo nosso bot de provisionamento, depois {origin, select, job {da tarefa {job}} other {de uma verificação}} (pedida por {by}).',
  'sync.support.users': '{count, plural, =1 {Usuário} other {Usuários ({count})}}:',
  'sync.support.user':
    '- {email}: id de usuário CI {ci}; id de usuário do Contact Center {cc}; licença esperada {license}; estado de sincronização {state}: {reason}',
  'sync.support.userTracking':
    '- {email}: id de usuário CI {ci}; id de usuário do Contact Center {cc}; licença esperada {license}; estado de sincronização {state}: {reason} trackingIds: {ids}',
  'sync.support.tried': 'O que já foi tentado:',
  'sync.support.checked':
    '- Verificados pela API de usuários do Contact Center (pelo id de usuário CI), com intervalos crescentes, até {at}.',
  'sync.support.ask':
    'Por favor, descubram por que o Contact Center não recebe {count, plural, =1 {este usuário} other {estes usuários}} e corrijam o estado de sincronização.',
  'sync.support.noLicense': 'nenhuma',
  'sync.resolved':
    '**Resolvido** ({at}): {count, plural, =1 {o usuário deste alerta já está pronto} other {os # usuários deste alerta já estão prontos}} no Contact Center: {users}.',
  'sync.retryDone':
    '**Nova sincronização concluída** ({at}): {still, plural, =1 {# de {count} ainda inválido} other {# de {count} ainda inválidos}} depois da sincronização de {synced}.',
  'sync.retryLine': '- {email}: {state}. {reason}',
  'sync.retryLineTracking': '- {email}: {state}. {reason} (trackingIds {ids})',
  'sync.retryAdvice':
    'Abra um chamado no suporte do Webex com o texto de suporte do alerta acima. Continuo acompanhando e aviso aqui quando se resolver.',
  'sync.cmd.badEmail':
    '"{given}" não é um endereço de e-mail. Envie `sincronizar` (a última tarefa), `sincronizar ana.souza@example.com`, `sincronizar job-1a2b3c` ou `sincronizar todos`.',
  'sync.cmd.noPerson': 'Nenhum usuário Webex desta organização tem o endereço {email}.',
  'sync.cmd.badId': 'Não consigo ler o id Webex de {email}.',
  'sync.cmd.unknownJob': 'Não conheço a tarefa "{job}". Envie `tarefas` para ver as recentes.',
  'sync.cmd.noJob':
    'Nenhuma tarefa terminou ainda. Envie `sincronizar ana.souza@example.com` ou `sincronizar todos` para verificar os usuários que quiser.',
  'sync.cmd.jobChangedNobody':
    'A tarefa {job} não alterou nenhum usuário, então não há nada a verificar. Envie `sincronizar todos` para verificar todos os usuários do Contact Center.',
  'sync.cmd.nobody':
    'Esta organização não tem usuários no Contact Center nem ninguém com licença do Contact Center: nada a verificar.',
  'sync.cmd.whatAll': 'todos os que têm licença do Contact Center ou já são agentes',
  'sync.cmd.whatEmail': 'o usuário {email}',
  'sync.cmd.whatJob': 'os usuários que a tarefa {job} criou ou alterou',
  'sync.cmd.started':
    'Verificando {what} no Contact Center{single, select, yes {} other { ({count, plural, =1 {# usuário} other {# usuários}})}}. Pedi uma sincronização e verifico até todos estarem prontos, ou até {deadline}. O resultado sai nesta conversa.',
  'sync.cmd.startedManual':
    'Verificando {what} no Contact Center{single, select, yes {} other { ({count, plural, =1 {# usuário} other {# usuários}})}}. É preciso uma sincronização (veja abaixo); verifico até todos estarem prontos, ou até {deadline}. O resultado sai nesta conversa.',
  'sync.check.unknown': 'Esse botão não é de uma verificação que eu conheça. Envie `sincronizar` para começar uma.',
  'sync.check.allSynced': 'Todos os usuários desta verificação já estão prontos: nada mais a fazer.',
  'sync.check.checking': 'Obrigado, {name}: verificando esses usuários agora. O resultado sai nesta conversa.',
  'sync.alert.unknown': 'Esse botão não é de nenhum alerta que eu conheça.',
  'sync.alert.closed': 'Este alerta já está {state}: nada a tentar de novo.',
  'sync.alert.closedAlready': 'Este alerta já está {state}.',
  'sync.alert.busy': 'Os usuários deste alerta estão sendo verificados agora; o resultado sai aqui.',
  'sync.alert.retrying':
    'Tentando de novo a pedido de {name}: pedi outra sincronização e estou verificando {count, plural, =1 {o usuário} other {os # usuários}} de novo. O resultado sai aqui.',
  'sync.alert.retryingManual':
    'Tentando de novo a pedido de {name}: pressione Sincronizar Usuário no Control Hub mais uma vez; estou verificando {count, plural, =1 {o usuário} other {os # usuários}} de novo. O resultado sai aqui.',
  'sync.alert.confirmDismiss':
    'Dispensar este alerta? Deixo de acompanhar os usuários dele e não aviso mais nada sobre eles. Pressione **{button}** de novo em até 10 minutos para confirmar.',
  'sync.alert.dismissed':
    'Dispensado por {name}: não acompanho mais os usuários deste alerta, e os botões dele não fazem mais nada. Envie `sincronizar` com um endereço de e-mail para verificar um deles de novo.',
  // ---- pendências na conversa de uma verificação: configurações a aplicar, a função de supervisor no Control Hub
  'sync.todo.headline':
    '{count, plural, =1 {# usuário precisa} other {# usuários precisam}} de configurações no Contact Center',
  'sync.todo.intro':
    'Depois {origin, select, job {da tarefa {job}} other {da verificação pedida por {by}}}, {count, plural, =1 {este usuário está no Contact Center, mas ainda não pode entrar} other {estes usuários estão no Contact Center, mas ainda não podem entrar}} no Agent Desktop: faltam configurações.',
  'sync.todo.user': '**{email}**: sem {fields}. {reason}',
  'sync.todo.userReason': '**{email}**: {reason}',
  'sync.todo.userNotGiven': '**{email}**: sem {fields}, e nenhum valor foi informado.',
  'sync.todo.defaults': '**Aplicar os padrões** preenche o que falta com os padrões desta organização: {settings}.',
  'sync.todo.noDefaults':
    'Esta organização ainda não tem padrões: envie "modelo" para definir o site, a equipe e o perfil de desktop padrão e depois pressione **Aplicar os padrões**.',
  'sync.todo.defaultsFailed':
    'Não consegui ler os padrões desta organização agora; **Aplicar os padrões** tenta ler de novo.',
  'sync.todo.byHand':
    'Ou defina tudo você mesmo no Control Hub (**Serviços › Contact Center › Gerenciamento de usuários › Usuários do Contact Center**, e depois o usuário) e pressione **Verificar de novo**.',
  'card.syncSettings.apply': 'Aplicar os padrões',
  'card.syncSettings.checkAgain': 'Verificar de novo',
  'sync.apply.noDefaults':
    'Esta organização não tem configurações padrão do Contact Center, então nada foi aplicado. Envie `modelo` para vê-las e defini-las (site, equipe, perfil de desktop) e pressione **Aplicar os padrões** de novo.',
  'sync.apply.nothing': 'Nada a aplicar: nenhum usuário desta verificação precisa de configurações agora.',
  'sync.apply.already':
    '{name} já aplicou esses padrões a esses usuários em {at}, e nada é feito duas vezes. O resultado sai nesta conversa. Para aplicar outros valores, mude os padrões com `modelo` e pressione **Aplicar os padrões** de novo.',
  'sync.apply.applying':
    'Aplicando os padrões a pedido de {name} {count, plural, =1 {para # usuário} other {para # usuários}} e depois verificando de novo; o resultado sai nesta conversa. {count, plural, =1 {O que o usuário recebe:} other {O que cada usuário recebe:}}',
  'sync.apply.noneCovered':
    'Os padrões não têm nenhuma das configurações que faltam {count, plural, =1 {ao usuário} other {aos # usuários}}, então nada foi aplicado:',
  'sync.apply.user': '- {email} recebe {settings}.',
  'sync.apply.userLeft': '- {email} recebe {settings}; continua sem {fields}, que os padrões não têm.',
  'sync.apply.userNothing': '- {email}: nada a aplicar; continua sem {fields}, que os padrões não têm.',
  'sync.apply.setDefaults': 'Envie `modelo` para definir os padrões que faltam.',
  'sync.supervisorTodo.headline':
    '{count, plural, =1 {# usuário precisa} other {# usuários precisam}} da função de supervisor no Control Hub',
  'sync.supervisorTodo.intro':
    '{count, plural, =1 {Este usuário deve ser} other {Estes usuários devem ser}} {role}. A função de supervisor vem com a licença de Agente Premium no Control Hub e nenhuma API pública a concede, então {count, plural, =1 {o usuário precisa} other {cada usuário precisa}} destes passos:',
  'sync.supervisorSteps.1': '1. Abra o Control Hub (https://admin.webex.com), vá em **Usuários** e abra o usuário.',
  'sync.supervisorSteps.2': '2. Em **Licenças**, pressione **Editar licenças** e escolha **Contact Center**.',
  'sync.supervisorSteps.3':
    '3. Mantenha **Agente licenciado** marcado, escolha **Agente Premium - Função de supervisor** (Premium Agent - Supervisor Role) e salve.',
  'sync.supervisorSteps.4':
    '4. Pressione **Sincronizar Usuário** em **Serviços › Contact Center › Configurações do locatário (Tenant settings) › Geral**, para o Contact Center receber a função.',
  'sync.supervisorSteps.5': '5. Volte aqui e pressione **Feito: verificar de novo**.',
  'sync.supervisorSteps.4endpoint':
    '4. Volte aqui e pressione **Feito: verificar de novo**: peço uma sincronização, para o Contact Center receber a função, e verifico de novo.',
  'card.syncSupervisor.done': 'Feito: verificar de novo',
  'sync.supervisorDone.checking':
    'Obrigado, {name}: verificando agora a função de supervisor desses usuários. O resultado sai nesta conversa.',
  'alert.state.open': 'aberto',
  'alert.state.resolved': 'resolvido',
  'alert.state.dismissed': 'dispensado',
};
