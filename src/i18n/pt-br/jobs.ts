import type { jobs as en } from '../en/jobs.js';

export const jobs: Record<keyof typeof en, string> = {
  // ---- histórico -------------------------------------------------------------------------------
  'history.ask': 'Diga de quem você quer o histórico, por exemplo `histórico ana.souza@example.com`.',
  'history.none': 'Nunca alterei {email}: minha trilha de auditoria não tem nada sobre esse endereço.',
  'history.title': '**Histórico de {email}** (do mais recente ao mais antigo)',
  'history.line': '- {at}, tarefa `{job}`: {detail}. Pedido por {requestedBy}, confirmado por {confirmedBy}.',
  'history.lineTracking':
    '- {at}, tarefa `{job}`: {detail}. Pedido por {requestedBy}, confirmado por {confirmedBy}, trackingId `{trackingId}`.',
  'history.failed': 'falhou: {reason}',
  'history.seeSummary': 'veja o resumo da tarefa',
  'history.outcome': '{outcome}: {change}',
  'outcome.created': 'criado',
  'outcome.updated': 'atualizado',
  'outcome.unchanged': 'sem alteração',
  'outcome.failed': 'falhou',
  'outcome.notReached': 'não processado',
  'action.create': 'criar',
  'action.update': 'atualizar',
  'action.unchanged': 'sem alteração',
  'action.blocked': 'bloqueado',

  // ---- tarefas ---------------------------------------------------------------------------------
  'tasks.none': 'Nenhuma tarefa ainda.',
  'tasks.title': '**Tarefas recentes** (da mais recente à mais antiga)',
  'tasks.footer':
    'Envie `tarefa` e o id de uma tarefa para ver os detalhes dela, ou `cancelar` e o id para parar uma tarefa na fila ou em andamento.',
  'tasks.line':
    '`{job}` {what}, por {by}, {at}: **{state}**; {total, plural, =1 {# usuário} other {# usuários}}: {tally}.',
  'tasks.lineQueued':
    '`{job}` {what}, por {by}, {at}: **{state}** ({position}ª da fila); {total, plural, =1 {# usuário} other {# usuários}}.',
  'tasks.whatImport': 'arquivo {file} ({mode})',
  'tasks.whatCard': 'cartão, {role}',
  'tasks.whatCardAny': 'cartão',
  'tasks.aFile': 'um arquivo',
  'state.previewed': 'em prévia',
  'state.queued': 'na fila',
  'state.running': 'em andamento',
  'state.done': 'concluída',
  'state.cancelled': 'cancelada',
  'state.expired': 'expirada',
  'task.unknown': 'Não encontrei a tarefa "{job}". Envie `tarefas` para ver as mais recentes.',
  'task.title': '**Tarefa {job}**: {line}',
  'task.created': 'Criada em {created}.',
  'task.createdConfirmed': 'Criada em {created}, confirmada em {confirmed} por {by}.',
  'task.createdConfirmedEnded': 'Criada em {created}, confirmada em {confirmed} por {by}, terminada em {ended}.',
  'task.createdEnded': 'Criada em {created}, terminada em {ended}.',
  'task.moreFailures':
    '…e mais {count, plural, =1 {# falha} other {# falhas}} (veja o arquivo de resultados da tarefa).',
  'cancel.queued': 'Tarefa `{job}` cancelada antes de começar, então nada foi alterado.',
  'cancel.stopping':
    'Vou parar a tarefa `{job}` assim que terminar o usuário atual; o resumo vai dizer o que foi feito.',
  'cancel.nothing': 'A tarefa `{job}` está {state}, então não há o que cancelar.',
  'progress.working':
    'Tarefa `{job}` em andamento: {done} de {total, plural, =1 {# usuário processado} other {# usuários processados}} até agora ({tally}).',
  'progress.finished':
    'Tarefa `{job}` terminada: {total, plural, =1 {o único usuário foi processado} other {# usuários foram processados}} ({tally}). O resumo vem a seguir.',
  'progress.cancelled':
    'A tarefa `{job}` foi cancelada depois de {done} de {total, plural, =1 {# usuário} other {# usuários}} ({tally}). O resumo vem a seguir.',
  'progress.dequeued':
    'A tarefa `{job}` estava na fila e começa agora: {total, plural, =1 {# usuário} other {# usuários}} a processar.',
  'summary.cancelledHeadline':
    'Tarefa {job} cancelada depois de {done} de {total, plural, =1 {# usuário} other {# usuários}}',
  'summary.doneHeadline':
    'Tarefa {job} terminada sem falhas{rest, select, todo {, mas o Contact Center ainda precisa de algo de você} checking {; a verificação do Contact Center continua} other {}}',
  'summary.failedHeadline':
    'Tarefa {job} terminada, mas {count, plural, =1 {# usuário falhou} other {# usuários falharam}}',
  'summary.byline': 'Pedido por {requestedBy}, confirmado por {confirmedBy}.',
  'summary.bylineCard': 'Escolha do cartão: {role}. Pedido por {requestedBy}, confirmado por {confirmedBy}.',
  'summary.bylineImport': 'Arquivo {file}, {mode}. Pedido por {requestedBy}, confirmado por {confirmedBy}.',
  'summary.fallback': '**{headline}**. No total: {tally}.',
  'summary.failedLine': '- {email}: {reason} O que fazer: {advice}',
  'summary.failedLineTracking': '- {email}: {reason} O que fazer: {advice} (trackingId {trackingId})',
  'summary.whatToDo': 'O que fazer: {advice}',
  'summary.trackingId': 'trackingId do Webex: {trackingId}',
  'summary.moreFailures': '…e mais {count, plural, =1 {# usuário} other {# usuários}}',
  'summary.moreFailuresWhere': 'listados em {where}.',
  'summary.seeThere': 'Veja lá.',
  'summary.moreLines': '…e mais {count} (veja {where}).',
  'summary.moreFallback': '…e mais {count, plural, =1 {# linha} other {# linhas}} (veja {where}).',
  'summary.whereFile': 'o arquivo de resultados',
  'tally.created': '{count, plural, =1 {# criado} other {# criados}}',
  'tally.updated': '{count, plural, =1 {# atualizado} other {# atualizados}}',
  'tally.unchanged': '{count} sem alteração',
  'tally.failed': '{count} com falha',
  'tally.none': 'nenhum processado ainda',
  'importPreview.subtitle': 'Arquivo {file}, {mode}. Pedido por {requestedBy}. Nada foi alterado ainda ({job}).',
  'summary.whereHistory': 'o comando histórico de cada usuário',
  'summary.cancelledNote':
    'Cancelada a pedido: {count, plural, =1 {# usuário não foi processado e ficou como estava} other {# usuários não foram processados e ficaram como estavam}}.',
  'summary.activation':
    'E-mails de ativação: pedi ao Webex que os enviasse. O Webex envia um a cada usuário da organização com ativação pendente, e não só aos usuários novos.',
  'summary.activationSent':
    '{count, plural, =1 {E-mails de ativação: pedi ao Webex que os enviasse, e a tarefa dele informa # e-mail enviado, ao único usuário da organização com ativação pendente.} other {E-mails de ativação: pedi ao Webex que os enviasse, e a tarefa dele informa # e-mails enviados, um para cada usuário da organização com ativação pendente (e não só para os usuários novos).}}',
  'summary.activationFailed': 'Não foi possível pedir os e-mails de ativação: {error}',
  'card.summary.created': 'Criados',
  'card.summary.updated': 'Atualizados',
  'card.summary.unchanged': 'Sem alteração',
  'card.summary.failed': 'Com falha',
  'card.summary.whatFailed': 'O que falhou e o que fazer',
  'results.header.row': 'Linha',
  'results.header.email': 'E-mail',
  'results.header.action': 'Ação',
  'results.header.outcome': 'Resultado',
  'results.header.reason': 'Motivo',
  'results.header.trackingId': 'TrackingId',
  'results.header.change': 'Alteração',
  'results.header.before': 'Antes',
  'results.header.after': 'Depois',
  'results.header.settings': 'Configurações do Contact Center',
  'results.notReached': 'A tarefa foi cancelada antes de chegar a este usuário.',
  'results.posted':
    'Resultados da tarefa `{job}`: uma linha por usuário do arquivo, com o que cada um tinha antes e depois.',
  'results.notWritten': 'O arquivo de resultados da tarefa `{job}` não pôde ser publicado. {error}',
  'results.errors':
    '{count, plural, =1 {A linha que não foi aplicada, no formato de importação: corrija-a} other {As # linhas que não foram aplicadas, no formato de importação: corrija-as}} (os motivos estão no arquivo de resultados) e envie este arquivo de novo.',
};
