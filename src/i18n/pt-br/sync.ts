import type { sync as en } from '../en/sync.js';

export const sync: Record<keyof typeof en, string> = {
  // ---- sincronização do Contact Center ---------------------------------------------------------
  'sync.state.synced': 'Sincronizado',
  'sync.state.pending': 'Pendente',
  'sync.state.needs_settings': 'Faltam configurações',
  'sync.state.invalid': 'Inválido',
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
  'profile.noSupervisorProfile':
    'a organização não tem um perfil de usuário de supervisor no Contact Center; crie um, ou indique um em CC_SUPERVISOR_PROFILE_ID',
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
  'sync.tally': 'sincronizados: {synced}, pendentes: {pending}, inválidos: {invalid}',
  'sync.supervisor.set': 'Função de supervisor conferida no Contact Center para {users}.',
  'sync.supervisor.failed':
    'Perfil de supervisor NÃO definido para {email}: {reason}. Defina-o no portal de gerenciamento do Contact Center (Usuários > {email} > Perfil de usuário), ou rode `sincronizar {email}` para tentar de novo.',
  'sync.supervisor.waiting':
    'Perfil de supervisor pedido para {users}: ele é definido quando {count, plural, =1 {este usuário for sincronizado} other {estes usuários forem sincronizados}}.',
  'sync.andMore': '{users} e mais {count}',
  'sync.line.final':
    'Contact Center ({tally}): todos os usuários alterados estão no Contact Center como o Control Hub diz.',
  'sync.line.invalid': 'Contact Center ({tally}). O alerta publicado neste espaço diz o que fazer.',
  'sync.line.unchecked':
    'Contact Center ({tally}). Não foi possível verificar os usuários pendentes; `sincronizar` os verifica de novo.',
  'sync.line.going': 'Contact Center ({tally}) até agora. Continuo verificando e publico o resultado nesta conversa.',
  'sync.line.goingManual':
    'Contact Center ({tally}) até agora. Aguardando "Sincronizar Usuário" no Control Hub (veja acima); continuo verificando e publico o resultado nesta conversa.',
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
  'sync.result':
    '**Verificação do Contact Center de {origin} terminada**: {tally} (de {count, plural, =1 {# usuário} other {# usuários}}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.more': '…e mais {count}.',
  'sync.result.alerted':
    'O alerta publicado neste espaço tem os detalhes para um chamado de suporte e um botão Tentar sincronizar de novo.',
  'sync.alert.headline':
    'Problema de sincronização do Contact Center: {count, plural, =1 {# usuário continua inválido} other {# usuários continuam inválidos}}',
  'sync.alert.intro':
    'Depois de {origin}, o Contact Center não recebeu {count, plural, =1 {este usuário} other {estes usuários}} corretamente, e {syncs, plural, =1 {# sincronização não resolveu} other {# sincronizações não resolveram}}. {count, plural, =1 {Este usuário não pode trabalhar como agente} other {Eles não podem trabalhar como agentes}} até isso ser corrigido. Continuo acompanhando e aviso aqui quando se resolver.',
  'sync.alert.step1':
    '1. No Control Hub, abra cada usuário e confira se a licença do Contact Center está lá (se estiver, remova-a e adicione de novo).',
  'sync.alert.step2':
    '2. Pressione **Tentar sincronizar de novo** abaixo: peço outra sincronização e verifico de novo.',
  'sync.alert.step3':
    '3. Se continuar inválido, abra um chamado no suporte do Webex (https://help.webex.com) e cole o texto abaixo: ele tem a organização, os ids e os trackingIds de que o suporte precisa.',
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
    '**Resolvido** ({at}): {count, plural, =1 {o usuário do alerta `{alert}` está Sincronizado} other {todos os # usuários do alerta `{alert}` estão Sincronizados}} agora: {users}.',
  'sync.retryDone':
    '**Nova tentativa concluída** ({at}): {still, plural, =1 {# de {count} ainda não sincronizado} other {# de {count} ainda não sincronizados}} depois da sincronização de {synced}.',
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
    'Verificando {what} (verificação `{run}`, {count, plural, =1 {# usuário} other {# usuários}}): pedi uma sincronização e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
  'sync.cmd.startedManual':
    'Verificando {what} (verificação `{run}`, {count, plural, =1 {# usuário} other {# usuários}}): é preciso uma sincronização (veja abaixo), e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
  'sync.check.unknown':
    'Esse botão não pertence a uma verificação que eu conheça. Diga `sincronizar` para começar uma.',
  'sync.check.allSynced': 'Todos os usuários da verificação `{run}` já estão Sincronizados: nada mais a fazer.',
  'sync.check.checking': 'Obrigado, {name}: verificando agora os usuários de `{run}`. O resultado vem nesta conversa.',
  'sync.alert.unknown': 'Esse botão não pertence a um alerta que eu conheça.',
  'sync.alert.closed': 'O alerta `{alert}` já está {state}: nada a tentar de novo.',
  'sync.alert.closedAlready': 'O alerta `{alert}` já está {state}.',
  'sync.alert.busy': 'Os usuários do alerta `{alert}` estão sendo verificados agora; o resultado vem aqui.',
  'sync.alert.retrying':
    'Tentando de novo para {name}: pedi outra sincronização e estou verificando {count, plural, =1 {o # usuário} other {os # usuários}} de novo. O resultado vem aqui.',
  'sync.alert.retryingManual':
    'Tentando de novo para {name}: pressione "Sincronizar Usuário" no Control Hub mais uma vez; estou verificando {count, plural, =1 {o # usuário} other {os # usuários}} de novo. O resultado vem aqui.',
  'sync.alert.dismissed':
    'Dispensado por {name}: paro de acompanhar os usuários do alerta `{alert}`. `sincronizar <e-mail>` verifica qualquer um deles de novo a qualquer momento.',
  'alert.state.open': 'aberto',
  'alert.state.resolved': 'resolvido',
  'alert.state.dismissed': 'dispensado',
};
