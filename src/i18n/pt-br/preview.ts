import type { preview as en } from '../en/preview.js';

export const preview: Record<keyof typeof en, string> = {
  // ---- cartão de usuários, prévia e confirmação ------------------------------------------------
  'users.title.add': 'Adicionar ou alterar usuários do Contact Center',
  'users.title.modify': 'Alterar usuários existentes do Contact Center',
  'users.cardFallback': '{title}: abra esta mensagem em um aplicativo Webex que mostre cartões.',
  'users.intro.add': 'Até 25 usuários; endereços novos são criados. Nada muda antes de você confirmar a prévia.',
  'users.intro.modify':
    'Até 25 usuários existentes; outros endereços são recusados, não criados. Nada muda antes de você confirmar a prévia.',
  'card.addUsers.listType': 'Tipo de lista',
  'card.addUsers.emails': 'Endereços de e-mail',
  'card.addUsers.names': 'Nomes e endereços de e-mail',
  'card.addUsers.users': 'Usuários (um por linha, ou colados do Outlook ou do Gmail)',
  'card.addUsers.role': 'O que fazer com estes usuários',
  'card.addUsers.adminWarning':
    'Administrador também torna cada usuário Administrador total no Control Hub (toda a organização, não só o Contact Center), antes mesmo do primeiro login.',
  'card.addUsers.welcome':
    'Pedir ao Webex os e-mails de ativação (vão a todos com ativação pendente; a prévia mostra quantos)',
  'card.addUsers.preview': 'Prévia',
  'users.welcomeNewOnly':
    'Pedir ao Webex os e-mails de ativação aos novos (não há outras ativações pendentes; a prévia confirma)',
  'users.welcomeCounted':
    'Pedir ao Webex os e-mails de ativação (aos novos e {count, plural, =1 {à # pessoa} other {às # pessoas}} com ativação pendente agora; a prévia confirma)',
  'preview.invalid': '**Nada foi alterado.** Corrija o cartão e selecione Prévia de novo:',
  'preview.chooseRole': 'Escolha o que fazer com estes usuários.',
  'preview.headline': '{create} a adicionar, {update} a alterar, {unchanged} sem alteração',
  'preview.headlineBlocked':
    '{create} a adicionar, {update} a alterar, {unchanged} sem alteração, {blocked, plural, =1 {# impossível} other {# impossíveis}}',
  'preview.importHeadline':
    '{create} a adicionar, {update} a alterar ({count, plural, =1 {# remoção} other {# remoções}}), {unchanged} sem alteração',
  'preview.importHeadlineBlocked':
    '{create} a adicionar, {update} a alterar ({count, plural, =1 {# remoção} other {# remoções}}), {unchanged} sem alteração, {blocked, plural, =1 {# impossível} other {# impossíveis}}',
  'preview.title': 'Prévia: {headline}',
  'preview.subtitle': '{role}. Pedido por {requestedBy}. Nada foi alterado ainda ({job}).',
  'preview.subtitle.card':
    'Escolha do cartão para todos os usuários: {role}. Pedido por {requestedBy}. Nada foi alterado ainda ({job}).',
  'preview.asFile': 'conforme cada linha do arquivo',
  'preview.fromFile': 'Arquivo {file}, modo {mode}',
  'preview.section.removals': 'Remoções ({count}): confirme só se for isso mesmo',
  'preview.section.create': 'Usuários novos ({count})',
  'preview.section.update': 'Alterações ({count})',
  'preview.section.unchanged': 'Sem alteração ({count})',
  'preview.section.blocked': 'Impossíveis ({count})',
  'preview.line.unchanged': '{email}: já é {access}',
  'preview.line.row': 'Linha {row}, {line}',
  'preview.morePlan': '…e mais {count} (todos no arquivo do plano abaixo).',
  'preview.seats.title': 'Licenças de {tier}',
  'preview.seats.batch':
    '{free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} para este lote',
  'preview.seats.file':
    '{free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} para este arquivo',
  'preview.seats.freed': '{count, plural, =1 {# licença liberada} other {# licenças liberadas}}',
  'preview.notEnough':
    'Licenças de {tier} insuficientes. {count, plural, =1 {Este usuário fica sem licença e não será alterado} other {Estes usuários ficam sem licença e não serão alterados}}: {users}.',
  'preview.notEnoughFile':
    'Licenças de {tier} insuficientes para {count, plural, =1 {# usuário, que não será alterado} other {# usuários, que não serão alterados}}.',
  'preview.warn.fullAdmin':
    '{count, plural, =1 {# usuário passa a ser} other {# usuários passam a ser}} Administrador total no Control Hub: controle total de toda a organização, não só do Contact Center.',
  'preview.warn.fullAdminNew':
    '{count, plural, =1 {# deles ainda não existe e será criado} other {# deles ainda não existem e serão criados}} já como Administrador total, antes mesmo do primeiro login. Confirme só se for isso mesmo.',
  'preview.warn.activation':
    'Os e-mails de ativação vão para {total} pessoas: {count, plural, =1 {o usuário novo} other {os # usuários novos}} e {others, plural, =1 {mais # pessoa} other {mais # pessoas}} da organização com ativação pendente. O Webex envia a todos os pendentes; não dá para enviar só a este lote.',
  'preview.warn.activationOnlyNew':
    'Os e-mails de ativação vão só para {count, plural, =1 {o usuário novo} other {os # usuários novos}}: ninguém mais na organização está com ativação pendente agora.',
  'preview.warn.activationUncounted':
    'Os e-mails de ativação vão para {count, plural, =1 {o usuário novo} other {os # usuários novos}} e para todos os outros usuários da organização com ativação pendente. Não consegui contá-los: o Webex não listou os usuários da organização.',
  'preview.warn.noName':
    '{count, plural, =1 {# usuário novo está sem nome e apareceria} other {# usuários novos estão sem nome e apareceriam}} no Control Hub só com o endereço: {users}.',
  'preview.namesFromAddress': 'Usar nomes dos endereços',
  'preview.note.namesFromAddress':
    'Os nomes dos usuários informados sem nome foram tirados dos endereços (carla.mendes@… vira Carla Mendes). Confira antes de confirmar.',
  'preview.note.supervisor':
    'Os supervisores recebem agora a licença de Agente Premium. A função de supervisor em si só pode ser dada no Control Hub: quando eles estiverem no Contact Center, envio os passos nesta conversa, com os nomes, e confiro a função quando você selecionar Feito.',
  'preview.note.keepAdmin':
    'Os privilégios de administrador existentes são mantidos. Para removê-los, escolha "Remover privilégios de administrador".',
  'preview.note.noWelcome':
    'O bot não vai pedir e-mails de ativação ao Webex. O próprio Webex ainda pode enviar os dele, conforme as configurações de e-mail da organização no Control Hub.',
  'preview.note.modeAdd':
    'Modo "Adicionar serviços apenas": TRUE adiciona uma licença, FALSE é ignorado, nada é removido.',
  'preview.note.modeAddRemove':
    'Modo "Adicionar e remover serviços": TRUE adiciona uma licença e FALSE a remove; FALSE nas duas licenças do Contact Center remove a licença do Contact Center; Agent ou Supervisor na coluna de função remove os privilégios de administrador.',
  'preview.note.ignoredColumns': 'As colunas de outros serviços ficaram como estavam: {columns}.',
  'preview.note.phoneNotApplied':
    'Os telefones do arquivo não são aplicados: o Webex só os define para usuários do Webex Calling, e o bot não atribui licenças do Webex Calling.',
  'preview.confirm': 'Confirmar: alterar {count, plural, =1 {# usuário} other {# usuários}}',
  'preview.confirm.add': 'Confirmar: adicionar {count, plural, =1 {# usuário} other {# usuários}}',
  'preview.confirm.change': 'Confirmar: alterar {count, plural, =1 {# usuário} other {# usuários}}',
  'preview.confirm.both':
    'Confirmar: adicionar {create, plural, =1 {# usuário} other {# usuários}}, alterar {update, plural, =1 {# usuário} other {# usuários}}',
  'preview.confirmRemovals':
    'Confirmar: alterar {changes, plural, =1 {# usuário} other {# usuários}}, com {count, plural, =1 {# remoção} other {# remoções}}',
  'preview.fallback': '**Prévia da tarefa {job}**: {headline}.',
  'preview.fallbackImport': '**Prévia da tarefa {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…e mais {count, plural, =1 {# linha} other {# linhas}} no cartão e no arquivo do plano.',
  'preview.planFile': 'O plano completo da tarefa `{job}`, uma linha por usuário.',
  'card.preview.cancel': 'Cancelar',
  'job.unknownButton': 'Esse botão não é de nenhuma tarefa que eu conheça. Nada foi alterado.',
  'job.expired':
    'Esta prévia (tarefa `{job}`) expirou depois de {minutes, plural, =1 {# minuto} other {# minutos}}, porque o Webex pode ter mudado desde então. Nada foi alterado: envie `adicionar` de novo para uma prévia nova.',
  'job.queued':
    'Na fila: como no Control Hub, roda uma importação por vez. A tarefa `{job}` é a número {position} da fila e começa quando a anterior terminar. `cancelar {job}` a tira da fila.',
  'job.fullAdminOnly':
    'Só um Administrador total pode confirmar a tarefa `{job}`, porque ela concede ou remove a função Administrador total no Control Hub. Nada foi alterado; a prévia continua aberta para um Administrador total confirmar.',
  'job.started':
    'Trabalhando na tarefa `{job}`: {total, plural, =1 {0 de # usuário concluído} other {0 de # usuários concluídos}}.',
  'job.cancelledPreview': 'Tarefa `{job}` cancelada. Nada foi alterado.',
  'job.handled.cancelled': 'Já resolvido: a tarefa `{job}` foi cancelada. Nada mais foi feito.',
  'job.handled.expired': 'Já resolvido: a tarefa `{job}` expirou. Nada mais foi feito.',
  'job.handled.done': 'Já resolvido: {by} já tinha confirmado a tarefa `{job}`, que terminou. Nada mais foi feito.',
  'job.handled.queued':
    'Já resolvido: {by} já tinha confirmado a tarefa `{job}`, que está na fila. Nada mais foi feito.',
  'job.handled.running':
    'Já resolvido: {by} já tinha confirmado a tarefa `{job}`, que está em andamento. Nada mais foi feito.',
  'job.someone': 'alguém',
  'users.agentUnreadable':
    'Não dá para escolher as configurações do Contact Center agora: não foi possível ler o Contact Center ({error}).',
  'users.agentDefault': '{name} (padrão)',
  'users.agentMore':
    '{field, select, site {Sites} teams {Equipes} desktopProfile {Perfis de desktop} multimediaProfile {Perfis multimídia} other {Perfis de habilidades}}: {count, plural, =1 {mais # não aparece} other {mais # não aparecem}} aqui; defina-os com uma importação CSV.',
  'users.agentNoDefault': 'Sem padrão',
  'users.agentLeaveAsIs': 'Não alterar',
  'card.addUsers.agentTitle': 'Configurações do Contact Center para todos os usuários da lista',
  'card.addUsers.site': 'Site',
  'card.addUsers.teams': 'Equipes',
  'card.addUsers.desktopProfile': 'Perfil de desktop',
  'card.addUsers.multimediaProfile': 'Perfil multimídia',
  'card.addUsers.skillProfile': 'Perfil de habilidades',
  'preview.line.agent': '{change}; {agent}',
  'preview.note.agentDefaults':
    'Marcado com (padrão): o padrão da organização, dado aos usuários novos no Contact Center no que o cartão ou o arquivo deixou de fora (o comando modelo mostra e altera os padrões).',
};
