import type { preview as en } from '../en/preview.js';

export const preview: Record<keyof typeof en, string> = {
  // ---- cartão de usuários, prévia e confirmação ------------------------------------------------
  'users.title.add': 'Adicionar ou alterar usuários do Contact Center',
  'users.title.modify': 'Alterar a função de usuários existentes',
  'users.cardFallback': '{title}: abra esta mensagem em um aplicativo Webex que mostre cartões.',
  'card.addUsers.intro':
    'Até 25 usuários por vez. Usuários novos são criados; os existentes recebem a função escolhida. Nada muda antes de você confirmar a prévia.',
  'card.addUsers.enter': 'Informar',
  'card.addUsers.emails': 'Endereços de e-mail',
  'card.addUsers.names': 'Nomes e endereços de e-mail',
  'card.addUsers.users': 'Usuários, um por linha',
  'card.addUsers.role': 'Função no Contact Center',
  'card.addUsers.welcome': 'Enviar o e-mail de ativação do Webex quando novos usuários forem criados',
  'card.addUsers.preview': 'Prévia',
  'preview.invalid': '**Nada foi alterado.** Corrija o cartão e pressione Prévia de novo:',
  'preview.chooseRole': 'Escolha uma função do Contact Center.',
  'preview.headline': '{create} a criar, {update} a atualizar, {unchanged} sem alteração',
  'preview.headlineBlocked':
    '{create} a criar, {update} a atualizar, {unchanged} sem alteração, {blocked, plural, =1 {# não pode ser feito} other {# não podem ser feitos}}',
  'preview.importHeadline':
    '{create} a criar, {update} a atualizar ({count, plural, =1 {# remoção} other {# remoções}}), {unchanged} sem alteração',
  'preview.importHeadlineBlocked':
    '{create} a criar, {update} a atualizar ({count, plural, =1 {# remoção} other {# remoções}}), {unchanged} sem alteração, {blocked, plural, =1 {# não pode ser feito} other {# não podem ser feitos}}',
  'preview.title': 'Prévia: {headline}',
  'preview.subtitle': 'Função: {role}. Tarefa {job}, pedida por {requestedBy}. Nada foi alterado ainda.',
  'preview.asFile': 'conforme cada linha do arquivo',
  'preview.fromFile': 'de {file}, {mode}',
  'preview.section.removals': 'Remoções ({count}): confirme só se for intencional',
  'preview.section.create': 'Serão criados ({count})',
  'preview.section.update': 'Serão atualizados ({count})',
  'preview.section.unchanged': 'Sem alteração ({count})',
  'preview.section.blocked': 'Não podem ser feitos ({count})',
  'preview.line.unchanged': '{email}: já é {access}',
  'preview.line.row': 'Linha {row}, {line}',
  'preview.morePlan': '…e mais {count} (todos no arquivo do plano abaixo).',
  'preview.seats.title': 'Licenças de {tier}',
  'preview.seats.batch':
    '{free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} para este lote',
  'preview.seats.file':
    '{free, plural, =1 {# livre} other {# livres}}, {needed, plural, =1 {# necessária} other {# necessárias}} para este arquivo',
  'preview.notEnough':
    'Licenças de {tier} insuficientes: {count, plural, =1 {este usuário não receberia uma e não será alterado} other {estes usuários não receberiam uma e não serão alterados}}: {users}.',
  'preview.notEnoughFile':
    'Licenças de {tier} insuficientes para {count, plural, =1 {# usuário: ele não será alterado} other {# usuários: eles não serão alterados}}.',
  'preview.note.supervisor':
    'Supervisores recebem agora a licença de Agente Premium. A função de supervisor só pode ser dada no Control Hub: quando eles estiverem no Contact Center, envio os passos nesta conversa, com os nomes, e confiro a função quando você pressionar Feito.',
  'preview.note.keepAdmin':
    'Os privilégios de administrador existentes são mantidos; escolha "Sem privilégios de administrador" para removê-los.',
  'preview.note.welcome':
    'Depois de criar os novos usuários vou iniciar o envio de e-mails de ativação do Webex, que envia e-mail a todos os usuários da organização cuja ativação ainda está pendente.',
  'preview.note.noWelcome':
    'Não peço nenhum e-mail de ativação; se o Webex envia o dele depende da configuração "E-mails de ativação automáticos" da organização no Control Hub.',
  'preview.note.modeAdd':
    'Modo "Adicionar serviços apenas": TRUE adiciona uma licença; FALSE é ignorado; nada é removido.',
  'preview.note.modeAddRemove':
    'Modo "Adicionar e remover serviços": TRUE adiciona uma licença, FALSE a remove, as duas licenças do Contact Center em FALSE removem a licença do Contact Center; Agent ou Supervisor na coluna de função remove os privilégios de administrador.',
  'preview.note.ignoredColumns': 'Colunas de outros serviços não foram alteradas: {columns}.',
  'preview.note.phoneNotApplied':
    'Os telefones do arquivo não são aplicados: o Webex só os define para usuários do Webex Calling, e o bot não atribui licença do Webex Calling.',
  'preview.confirm': 'Confirmar: alterar {count, plural, =1 {# usuário} other {# usuários}}',
  'preview.confirmRemovals':
    'Confirmar: alterar {changes, plural, =1 {# usuário} other {# usuários}}, incluindo {count, plural, =1 {# remoção} other {# remoções}}',
  'preview.fallback': '**Prévia da tarefa {job}**: {headline}.',
  'preview.fallbackImport': '**Prévia da tarefa {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…e mais {count, plural, =1 {# linha} other {# linhas}} no cartão e no arquivo do plano.',
  'preview.planFile': 'O plano completo da tarefa `{job}`, uma linha por usuário.',
  'card.preview.cancel': 'Cancelar',
  'job.unknownButton': 'Esse botão não pertence a uma tarefa que eu conheça. Nada foi alterado.',
  'job.expired':
    'Esta prévia (tarefa `{job}`) expirou depois de {minutes, plural, =1 {# minuto} other {# minutos}}, porque o Webex pode ter mudado desde então. Nada foi alterado: envie `adicionar` de novo para uma prévia nova.',
  'job.queued':
    'Na fila: uma importação roda por vez, como no Control Hub. A tarefa `{job}` é a número {position} da fila e começa quando a importação anterior terminar. `cancelar {job}` a tira da fila.',
  'job.fullAdminOnly':
    'Só um Administrador completo pode confirmar a tarefa `{job}`: ela concede ou remove a função Administrador completo no Control Hub. Nada foi alterado; a prévia continua aberta para um Administrador completo confirmar.',
  'job.started':
    'Trabalhando na tarefa `{job}`: 0 de {total, plural, =1 {# usuário concluído} other {# usuários concluídos}}.',
  'job.cancelledPreview': 'Tarefa `{job}` cancelada. Nada foi alterado.',
  'job.handled.cancelled': 'Já tratada: a tarefa `{job}` foi cancelada. Nada mais foi feito.',
  'job.handled.expired': 'Já tratada: a tarefa `{job}` expirou. Nada mais foi feito.',
  'job.handled.done': 'Já tratada: a tarefa `{job}` já foi confirmada por {by} e terminou. Nada mais foi feito.',
  'job.handled.queued': 'Já tratada: a tarefa `{job}` já foi confirmada por {by} e está na fila. Nada mais foi feito.',
  'job.handled.running':
    'Já tratada: a tarefa `{job}` já foi confirmada por {by} e está em andamento. Nada mais foi feito.',
  'job.someone': 'alguém',
  'users.agentUnreadable':
    'Não é possível escolher as configurações do Contact Center agora: não foi possível lê-lo ({error}).',
  'users.agentDefault': '{name} (padrão)',
  'users.agentMore':
    '{field, select, site {Sites} teams {Equipes} desktopProfile {Perfis de desktop} multimediaProfile {Perfis multimídia} other {Perfis de habilidades}}: {count, plural, =1 {mais # não aparece} other {mais # não aparecem}} aqui; informe-os em um arquivo CSV.',
  'users.agentNoDefault': 'Sem padrão definido',
  'users.agentLeaveAsIs': 'Deixar como está',
  'users.agentIntro.add':
    'Pré-selecionado: os padrões da organização, que os usuários novos no Contact Center recebem (veja o comando modelo). O que você mudar aqui vale para todos os usuários do lote, inclusive os que já estão no Contact Center.',
  'users.agentIntro.modify':
    'Deixar como está mantém o que cada usuário tem no Contact Center; uma escolha aqui vale para todos os usuários do lote. Os usuários novos no Contact Center recebem os padrões da organização no que ficar como está.',
  'card.addUsers.agentTitle': 'Configurações do Contact Center',
  'card.addUsers.site': 'Site',
  'card.addUsers.teams': 'Equipes',
  'card.addUsers.desktopProfile': 'Perfil de desktop',
  'card.addUsers.multimediaProfile': 'Perfil multimídia',
  'card.addUsers.skillProfile': 'Perfil de habilidades',
  'preview.line.agent': '{change}; {agent}',
  'preview.note.agentDefaults':
    'Marcado (padrão): o padrão da organização, dado aos usuários novos no Contact Center no que o cartão ou o arquivo deixou de fora (o comando modelo mostra e altera os padrões).',
};
