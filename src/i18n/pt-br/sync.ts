import type { sync as en } from '../en/sync.js';

export const sync: Record<keyof typeof en, string> = {
  // ---- sincronização do Contact Center ---------------------------------------------------------
  'sync.state.synced': 'Pronto',
  'sync.state.pending': 'Aguardando sincronização',
  'sync.state.needs_settings': 'Faltam configurações',
  'sync.state.invalid': 'Inválido',
  'sync.state.supervisorStep': 'Aguardando a função de supervisor no Control Hub',
  'verify.gone': 'Sem licença do Contact Center, e fora do Contact Center.',
  'verify.removedStillActive':
    'A licença do Contact Center foi removida, mas o usuário continua ativo no Contact Center.',
  'verify.removedWaiting': 'A licença do Contact Center foi removida; aguardando o Contact Center retirar o usuário.',
  'verify.missing': 'Licenciado no Control Hub, mas ainda ausente do Contact Center depois da sincronização.',
  'verify.notYet': 'Licenciado no Control Hub; ainda não está no Contact Center.',
  'verify.notEnabled': 'No Contact Center, mas não habilitado para o Agent Desktop (contactCenterEnabled é false).',
  'verify.inactive': 'No Contact Center, mas inativo.',
  'verify.wrongProfile': 'O perfil de usuário no Contact Center é {profile}, que não corresponde à licença de {tier}.',
  'verify.synced': 'No Contact Center, habilitado e ativo, com um perfil que corresponde à licença.',
  'verify.notChecked': 'Ainda não verificado.',
  'verify.apiFailed': 'Não foi possível verificar: a API do Contact Center falhou.',
  'verify.apiFailedTracking': 'Não foi possível verificar: a API do Contact Center falhou (trackingId {trackingId}).',
  'profile.noSupervisorProfile': 'a organização não tem um perfil de usuário de supervisor no Contact Center',
  'profile.stillShows': 'o Contact Center ainda mostra o perfil {profile}',
  'profile.gone': 'o usuário não está mais no Contact Center',
  'profile.failed': '{message}',
  'profile.failedTracking': '{message} (trackingId {trackingId})',
  'profile.none': 'nenhum',
  // ---- agent settings and their checks ----
  'verify.ready':
    'Pronto: no Contact Center, habilitado, com site, equipe, perfil de desktop e um tipo de perfil que corresponde à licença.',
  'verify.goneInactive': 'Sem licença do Contact Center; inativo no Contact Center.',
  'verify.goneDisabled': 'Sem licença do Contact Center; não habilitado para o Agent Desktop.',
  'verify.adminOnly':
    'Sem licença do Contact Center; usuário Somente administrador do Contact Center, como são os administradores.',
  'verify.inactiveYet': 'Licenciado no Control Hub; inativo no Contact Center até uma sincronização levar a licença.',
  'verify.settingsNotGiven':
    'No Contact Center, mas ainda não pode trabalhar como agente: sem {fields} (nada foi informado).',
  'verify.settingsRefused': 'No Contact Center, mas o Contact Center recusou as configurações ({status}): {message}',
  'verify.settingsRefusedTracking':
    'No Contact Center, mas o Contact Center recusou as configurações ({status}): {message} (trackingId {trackingId})',
  'verify.supervisorWaiting':
    'Pronto como agente; aguardando a função de Supervisor no Control Hub (Agente Premium - Supervisor).',
  'verify.applied': 'Configurações aplicadas; conferindo no Contact Center.',
  'verify.applyRetry': 'Configurações ainda não aplicadas: o Contact Center falhou ({message}); tentando de novo.',
  'verify.applyRetryTracking':
    'Configurações ainda não aplicadas: o Contact Center falhou ({message}, trackingId {trackingId}); tentando de novo.',
  'verify.applyFailed': 'Não foi possível aplicar as configurações: o Contact Center continuou falhando ({message}).',
  'verify.applyFailedTracking':
    'Não foi possível aplicar as configurações: o Contact Center continuou falhando ({message}, trackingId {trackingId}).',
  'verify.writeRefused':
    'Não foi possível gravar as configurações: o Contact Center recusou a chamada ({status}): {message}',
  'verify.writeRefusedTracking':
    'Não foi possível gravar as configurações: o Contact Center recusou a chamada ({status}): {message} (trackingId {trackingId})',
  'verify.appliedDiffers':
    'O Contact Center aceitou as configurações, mas a leitura do usuário mostra outros valores em {fields}.',
  'verify.field.enabled': 'Contact Center habilitado',
  'verify.field.site': 'site',
  'verify.field.teams': 'equipes',
  'verify.field.desktopProfile': 'perfil de desktop',
  'verify.field.multimediaProfile': 'perfil multimídia',
  'verify.field.skillProfile': 'perfil de habilidades',
  'sync.why.first': 'sincronização depois da alteração',
  'sync.why.resync': 'nova sincronização porque usuários continuaram inválidos',
  'sync.why.retry': 'sincronização pedida pelo alerta (Tentar sincronizar de novo)',
  'sync.why.check': 'sincronização depois da etapa do Control Hub para supervisores ("Feito: verificar de novo")',
  'sync.tried.endpoint': '{at}: {why}, "Sincronizar Usuário" pedido pelo bot',
  'sync.tried.endpointTracking': '{at}: {why}, "Sincronizar Usuário" pedido pelo bot (trackingId {trackingId})',
  'sync.tried.manual':
    '{at}: {why}, os administradores foram convidados a pressionar "Sincronizar Usuário" no Control Hub',
  'sync.origin.job': 'a tarefa {job}',
  'sync.origin.command': 'o pedido de sincronização {run}',
  'sync.tally.ready': '{count, plural, =1 {# pronto} other {# prontos}}',
  'sync.tally.pending': '{count} aguardando sincronização',
  'sync.tally.needsSettings': '{count, plural, =1 {# precisa de configurações} other {# precisam de configurações}}',
  'sync.tally.invalid': '{count, plural, =1 {# inválido} other {# inválidos}}',
  'sync.field.site': 'site',
  'sync.field.teams': 'equipe',
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
    '{role} para {users}: ainda falta dar a {count, plural, =1 {este usuário} other {estes usuários}} a função de supervisor no Control Hub (os passos estão nesta conversa) e depois pressionar **Feito: verificar de novo**.',
  'sync.supervisor.failed':
    '{role} NÃO confirmado para {email}: {reason}. Dê a função de supervisor no Control Hub (**Usuários** > {email} > **Licenças** > **Contact Center** > **Agente Premium - Função de supervisor**) e depois diga `sincronizar {email}`.',
  'sync.supervisor.later':
    '{role} para {users}: quando {count, plural, =1 {este usuário estiver} other {estes usuários estiverem}} no Contact Center, publico nesta conversa os passos do Control Hub que dão a função de supervisor.',
  'sync.andMore': '{users} e mais {count}',
  'sync.line.final': 'Contact Center: {tally}: todos os usuários alterados estão como o Control Hub diz.',
  'sync.line.invalid': 'Contact Center: {tally}. O alerta publicado neste espaço diz o que fazer.',
  'sync.line.needsSettings':
    'Contact Center: {tally}. A pendência nesta conversa diz quais configurações faltam, com um botão para aplicar os padrões.',
  'sync.line.supervisorStep':
    'Contact Center: {tally}. Falta apenas dar a função de supervisor, no Control Hub: veja abaixo.',
  'sync.line.alsoTodo': 'A pendência nesta conversa diz quais configurações faltam.',
  'sync.line.unchecked':
    'Contact Center: {tally}. Não foi possível verificar os usuários que ainda aguardam; `sincronizar` os verifica de novo.',
  'sync.line.going': 'Contact Center: {tally} até agora. Continuo verificando e publico o resultado nesta conversa.',
  'sync.line.goingManual':
    'Contact Center: {tally} até agora. Aguardando um administrador pressionar "Sincronizar Usuário" no Control Hub (veja acima); continuo verificando e publico o resultado nesta conversa.',
  'sync.steps.1': '1. Abra o Control Hub (https://admin.webex.com) como administrador desta organização.',
  'sync.steps.2': '2. Vá para **Serviços > Contact Center > Configurações do locatário (Tenant settings) > Geral**.',
  'sync.steps.3': '3. Pressione **Sincronizar Usuário**.',
  'sync.steps.4': '4. Volte aqui e pressione **Sincronizado: verificar de novo**.',
  'sync.manual.first': 'Pressione "Sincronizar Usuário" no Control Hub',
  'sync.manual.again': 'Alguns usuários continuam inválidos: pressione "Sincronizar Usuário" mais uma vez',
  'sync.manual.intro':
    'O Contact Center precisa receber os usuários de {origin}, e não há API pública para a sincronização do Control Hub, então é preciso pressionar um botão:',
  'sync.manual.meanwhile': 'Enquanto isso continuo verificando por conta própria, até {deadline} no máximo.',
  'card.syncManual.checkAgain': 'Sincronizado: verificar de novo',
  'sync.progress': '**Até agora** ({at}): {tally}; ainda verificando, até {deadline} no máximo.',
  'sync.progress.ended': '**Verificação terminada** ({at}): {tally}. O resultado está abaixo.',
  'sync.jobWaiting.manual':
    'Contact Center: aguardando desde {since} um administrador pressionar **Sincronizar Usuário** no Control Hub (**Serviços > Contact Center > Configurações do locatário (Tenant settings) > Geral > Sincronizar Usuário**). O resumo vem quando os usuários estiverem lá, ou às {until} no máximo.',
  'sync.jobWaiting.endpoint':
    'Contact Center: verificando desde {since} se ele recebeu os usuários. O resumo vem quando eles estiverem lá, ou às {until} no máximo.',
  'sync.result':
    '**Verificação do Contact Center de {origin} terminada**: {tally} (de {count, plural, =1 {# usuário} other {# usuários}}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.lineMissing': '- {email}: {state} (sem {fields}). {reason}',
  'sync.result.lineNotGiven': '- {email}: {state}: sem {fields}, e nada disso foi informado.',
  'sync.result.todo':
    'A pendência nesta conversa lista as configurações que faltam, com um botão para aplicar os padrões.',
  'sync.result.more': '…e mais {count}.',
  'sync.result.alerted':
    'O alerta publicado neste espaço tem os detalhes para um chamado de suporte e um botão Tentar sincronizar de novo.',
  'sync.alert.headline':
    'Problema de sincronização do Contact Center: {count, plural, =1 {# usuário está inválido} other {# usuários estão inválidos}}',
  'sync.alert.intro':
    'Depois de {origin}, o Contact Center não tem {count, plural, =1 {este usuário} other {estes usuários}} como o Control Hub diz, e {syncs, plural, =1 {# sincronização não resolveu} other {# sincronizações não resolveram}}. Continuo acompanhando e aviso aqui quando se resolver.',
  'sync.advice.for': 'Para {users}:',
  'sync.advice.missing.1':
    '1. No Control Hub, confira se {count, plural, =1 {o usuário ainda tem} other {cada usuário ainda tem}} uma licença do Contact Center (**Usuários** > o usuário > **Licenças**).',
  'sync.advice.missing.2':
    '2. Pressione **Tentar sincronizar de novo** abaixo: peço outra sincronização e verifico {count, plural, =1 {o usuário} other {os usuários}} de novo.',
  'sync.advice.missing.2manual':
    '2. Pressione **Sincronizar Usuário** de novo no Control Hub (**Serviços > Contact Center > Configurações do locatário (Tenant settings) > Geral**) e depois **Tentar sincronizar de novo** abaixo.',
  'sync.advice.missing.3':
    '3. Se {count, plural, =1 {o usuário continuar ausente} other {eles continuarem ausentes}}, abra um chamado no suporte do Webex (https://help.webex.com) e cole o texto abaixo: ele tem a organização, os ids e os trackingIds de que o suporte precisa.',
  'sync.advice.notKept.1':
    '1. O Contact Center aceitou as configurações {count, plural, =1 {deste usuário} other {destes usuários}} mas não as manteve: isso é com o suporte do Webex. Abra um chamado (https://help.webex.com) e cole o texto abaixo: ele tem a organização, os ids e os trackingIds de que o suporte precisa.',
  'sync.advice.notKept.2':
    '2. Enquanto isso, **Tentar sincronizar de novo** verifica {count, plural, =1 {o usuário} other {os usuários}} de novo, e continuo acompanhando e aviso aqui quando se resolver.',
  'sync.advice.stillEnabled.1':
    '1. A licença do Contact Center foi removida no Control Hub, mas o Contact Center ainda tem {count, plural, =1 {este usuário ativo} other {estes usuários ativos}}. Uma sincronização normalmente resolve isso: pressione **Tentar sincronizar de novo** abaixo.',
  'sync.advice.stillEnabled.1manual':
    '1. A licença do Contact Center foi removida no Control Hub, mas o Contact Center ainda tem {count, plural, =1 {este usuário ativo} other {estes usuários ativos}}. Uma sincronização normalmente resolve isso: pressione **Sincronizar Usuário** de novo no Control Hub (**Serviços > Contact Center > Configurações do locatário (Tenant settings) > Geral**) e depois **Tentar sincronizar de novo** abaixo.',
  'sync.advice.stillEnabled.2':
    '2. Se {count, plural, =1 {o usuário continuar ativo} other {eles continuarem ativos}}, abra um chamado no suporte do Webex (https://help.webex.com) e cole o texto abaixo.',
  'sync.alert.ids': 'id de usuário CI {ci}; id de usuário do Contact Center {cc}',
  'sync.alert.trackingIds': 'trackingIds: {ids}',
  'sync.alert.noCcUser': 'nenhum (fora do Contact Center)',
  'sync.alert.userLine': '**{email}**: {state}. {reason}',
  'sync.alert.fact': '{alert}, {at}',
  'sync.alert.supportTitle': 'Texto do chamado de suporte:',
  'card.syncAlert.org': 'ID da organização',
  'card.syncAlert.origin': 'Encontrado depois de',
  'card.syncAlert.askedBy': 'Pedido por',
  'card.syncAlert.alert': 'Alerta',
  'card.syncAlert.tried': 'O que foi tentado',
  'card.syncAlert.next': 'O que fazer agora',
  'card.syncAlert.support': 'Chamado de suporte (copie e cole)',
  'card.syncAlert.retry': 'Tentar sincronizar de novo',
  'card.syncAlert.dismiss': 'Dispensar',
  'sync.support.subject':
    'Assunto: usuários do Webex Contact Center continuam inválidos depois de "Sincronizar Usuário"',
  'sync.support.org': 'ID da organização: {uuid} (id na API {id})',
  'sync.support.detected': 'Detectado: {at} pelo nosso bot de provisionamento, depois de {origin} (pedido por {by}).',
  'sync.support.users': 'Usuários ({count}):',
  'sync.support.user':
    '- {email}: id de usuário CI {ci}; id de usuário do Contact Center {cc}; licença esperada {license}; estado de sincronização {state}: {reason}',
  'sync.support.userTracking':
    '- {email}: id de usuário CI {ci}; id de usuário do Contact Center {cc}; licença esperada {license}; estado de sincronização {state}: {reason} trackingIds: {ids}',
  'sync.support.tried': 'O que foi tentado:',
  'sync.support.checked':
    '- Os usuários foram verificados pela API de usuários do Contact Center (pelo id de usuário CI) com intervalos crescentes até {at}.',
  'sync.support.ask':
    'Por favor, descubram por que o Contact Center não recebe estes usuários e corrijam o estado de sincronização deles.',
  'sync.support.noLicense': 'nenhuma',
  'sync.resolved':
    '**Resolvido** ({at}): {count, plural, =1 {o usuário do alerta `{alert}` está} other {todos os # usuários do alerta `{alert}` estão}} como o Control Hub diz agora: {users}.',
  'sync.retryDone':
    '**Nova tentativa concluída** ({at}): {still, plural, =1 {# de {count} ainda não resolvido} other {# de {count} ainda não resolvidos}} depois da sincronização de {synced}.',
  'sync.retryLine': '- {email}: {state}. {reason}',
  'sync.retryLineTracking': '- {email}: {state}. {reason} (trackingIds {ids})',
  'sync.retryAdvice':
    'Abra um chamado no suporte do Webex com o texto do alerta acima; continuo acompanhando e aviso aqui quando se resolver.',
  'sync.cmd.badEmail':
    '"{given}" não é um endereço de e-mail. Diga `sincronizar` (a última tarefa), `sincronizar ana.souza@example.com`, `sincronizar job-1a2b3c` ou `sincronizar todos`.',
  'sync.cmd.noPerson': 'Nenhum usuário Webex desta organização tem o endereço {email}.',
  'sync.cmd.badId': 'Não consigo ler o id Webex de {email}.',
  'sync.cmd.unknownJob': 'Não conheço nenhuma tarefa "{job}". Envie `tarefas` para ver as recentes.',
  'sync.cmd.noJob':
    'Nenhuma tarefa terminou ainda. Diga `sincronizar ana.souza@example.com` ou `sincronizar todos` para verificar os usuários que quiser.',
  'sync.cmd.jobChangedNobody':
    'A tarefa `{job}` não alterou ninguém, então não há nada a verificar. Diga `sincronizar todos` para verificar todos os usuários do Contact Center.',
  'sync.cmd.nobody':
    'A organização não tem usuários no Contact Center nem ninguém com licença do Contact Center: nada a verificar.',
  'sync.cmd.whatAll':
    'todos os licenciados para o Contact Center, e todos os usuários do Contact Center da organização,',
  'sync.cmd.whatEmail': '{email} no Contact Center',
  'sync.cmd.whatJob':
    '{count, plural, =1 {o # usuário} other {os # usuários}} que a tarefa {job} criou ou alterou, no Contact Center,',
  'sync.cmd.started':
    'Verificando {what} (verificação `{run}`, {count, plural, =1 {# usuário} other {# usuários}}): pedi uma sincronização e verifico com intervalos crescentes até todos estarem prontos ou até {deadline}. O resultado vem nesta conversa.',
  'sync.cmd.startedManual':
    'Verificando {what} (verificação `{run}`, {count, plural, =1 {# usuário} other {# usuários}}): é preciso uma sincronização (veja abaixo), e verifico com intervalos crescentes até todos estarem prontos ou até {deadline}. O resultado vem nesta conversa.',
  'sync.check.unknown':
    'Esse botão não pertence a uma verificação que eu conheça. Diga `sincronizar` para começar uma.',
  'sync.check.allSynced': 'Todos os usuários da verificação `{run}` já estão prontos: nada mais a fazer.',
  'sync.check.checking': 'Obrigado, {name}: verificando agora os usuários de `{run}`. O resultado vem nesta conversa.',
  'sync.alert.unknown': 'Esse botão não pertence a um alerta que eu conheça.',
  'sync.alert.closed': 'O alerta `{alert}` já está {state}: nada a tentar de novo.',
  'sync.alert.closedAlready': 'O alerta `{alert}` já está {state}.',
  'sync.alert.busy': 'Os usuários do alerta `{alert}` estão sendo verificados agora; o resultado vem aqui.',
  'sync.alert.retrying':
    'Tentando de novo para {name}: pedi outra sincronização e estou verificando {count, plural, =1 {o # usuário} other {os # usuários}} de novo. O resultado vem aqui.',
  'sync.alert.retryingManual':
    'Tentando de novo para {name}: pressione "Sincronizar Usuário" no Control Hub mais uma vez; estou verificando {count, plural, =1 {o # usuário} other {os # usuários}} de novo. O resultado vem aqui.',
  'sync.alert.confirmDismiss':
    'Dispensar o alerta `{alert}`? Eu deixaria de acompanhar os usuários dele e não diria mais nada sobre eles. Pressione **Dispensar** de novo em até 10 minutos para confirmar.',
  'sync.alert.dismissed':
    'Dispensado por {name}: paro de acompanhar os usuários do alerta `{alert}`. `sincronizar <e-mail>` verifica qualquer um deles de novo a qualquer momento.',
  // ---- pendências na conversa de uma verificação: configurações a aplicar, a função de supervisor no Control Hub
  'sync.todo.headline':
    '{count, plural, =1 {# usuário precisa} other {# usuários precisam}} de configurações no Contact Center',
  'sync.todo.intro':
    'Depois de {origin}, {count, plural, =1 {este usuário está} other {estes usuários estão}} no Contact Center, mas ainda não {count, plural, =1 {pode} other {podem}} entrar no Agent Desktop: faltam configurações.',
  'sync.todo.user': '**{email}**: sem {fields}. {reason}',
  'sync.todo.userReason': '**{email}**: {reason}',
  'sync.todo.userNotGiven': '**{email}**: sem {fields}, e nada disso foi informado.',
  'sync.todo.defaults': '**Aplicar os padrões** preenche o que falta com os padrões desta organização: {settings}.',
  'sync.todo.noDefaults':
    'Esta organização ainda não tem padrões: envie `modelo` para definir o site, a equipe e o perfil de desktop padrão, e depois pressione **Aplicar os padrões**.',
  'sync.todo.defaultsFailed':
    'Não foi possível ler os padrões desta organização agora; **Aplicar os padrões** os lê de novo.',
  'sync.todo.byHand':
    'Ou defina-as você mesmo no Control Hub (**Serviços > Contact Center > Gerenciamento de usuários > Usuários do Contact Center**, e então o usuário) e pressione **Verificar de novo**.',
  'card.syncSettings.apply': 'Aplicar os padrões',
  'card.syncSettings.checkAgain': 'Verificar de novo',
  'sync.apply.noDefaults':
    'Esta organização não tem configurações padrão do Contact Center, então não apliquei nada. Envie `modelo` para vê-las e defini-las (site, equipe, perfil de desktop) e depois pressione **Aplicar os padrões** de novo.',
  'sync.apply.nothing': 'Nada a aplicar: nenhum usuário da verificação `{run}` precisa de configurações agora.',
  'sync.apply.already':
    'Estes padrões já foram aplicados aos usuários da verificação `{run}`, por {name} às {at}: nada é feito duas vezes. O resultado vem nesta conversa; para aplicar outros valores, mude os padrões com `modelo` e pressione **Aplicar os padrões** de novo.',
  'sync.apply.applying':
    'Aplicando os padrões a pedido de {name} {count, plural, =1 {ao # usuário} other {aos # usuários}} da verificação `{run}`; depois verifico {count, plural, =1 {este usuário} other {todos eles}} de novo e publico o resultado nesta conversa:',
  'sync.apply.noneCovered':
    'Os padrões não têm nenhuma das configurações que faltam {count, plural, =1 {ao usuário} other {aos # usuários}} da verificação `{run}`, então não apliquei nada:',
  'sync.apply.user': '- {email} recebe {settings}.',
  'sync.apply.userLeft': '- {email} recebe {settings}; continua sem {fields}: os padrões não têm.',
  'sync.apply.userNothing': '- {email}: nada a aplicar; continua sem {fields}: os padrões não têm.',
  'sync.apply.setDefaults': 'Envie `modelo` para definir os padrões que faltam.',
  'sync.supervisorTodo.headline':
    '{count, plural, =1 {# usuário precisa} other {# usuários precisam}} da função de supervisor no Control Hub',
  'sync.supervisorTodo.intro':
    '{count, plural, =1 {Este usuário deve ser} other {Estes usuários devem ser}} {role}. A função de supervisor vem com a licença de Agente Premium no Control Hub e nenhuma API pública a concede, então são precisos estes passos para {count, plural, =1 {este usuário} other {cada um deles}}:',
  'sync.supervisorSteps.1': '1. Abra o Control Hub (https://admin.webex.com), vá para **Usuários** e abra o usuário.',
  'sync.supervisorSteps.2': '2. Em **Licenças**, pressione **Editar licenças** e escolha **Contact Center**.',
  'sync.supervisorSteps.3':
    '3. Mantenha **Agente licenciado** marcado, escolha **Agente Premium - Função de supervisor** (Premium Agent - Supervisor Role) e salve.',
  'sync.supervisorSteps.4':
    '4. Pressione **Sincronizar Usuário** em **Serviços > Contact Center > Configurações do locatário (Tenant settings) > Geral**, para o Contact Center receber a função.',
  'sync.supervisorSteps.5': '5. Volte aqui e pressione **Feito: verificar de novo**.',
  'sync.supervisorSteps.4endpoint':
    '4. Volte aqui e pressione **Feito: verificar de novo**: peço uma sincronização, para o Contact Center receber a função, e verifico de novo.',
  'card.syncSupervisor.done': 'Feito: verificar de novo',
  'sync.supervisorDone.checking':
    'Obrigado, {name}: verificando agora a função de supervisor dos usuários de `{run}`. O resultado vem nesta conversa.',
  'alert.state.open': 'aberto',
  'alert.state.resolved': 'resolvido',
  'alert.state.dismissed': 'dispensado',
};
