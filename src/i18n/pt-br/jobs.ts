import type { jobs as en } from '../en/jobs.js';

export const jobs: Record<keyof typeof en, string> = {
  // ---- histórico -------------------------------------------------------------------------------
  'history.ask': 'Diga de quem você quer o histórico, por exemplo `histórico ana.souza@example.com`.',
  'history.none': 'Não alterei {email} (nenhum registro na minha trilha de auditoria).',
  'history.title': '**Histórico de {email}** (mais recente primeiro)',
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
  'outcome.notReached': 'não alcançado',
  'action.create': 'criar',
  'action.update': 'atualizar',
  'action.unchanged': 'sem alteração',
  'action.blocked': 'bloqueado',

  // ---- tarefas ---------------------------------------------------------------------------------
  'tasks.none': 'Nenhuma tarefa ainda.',
  'tasks.title': '**Tarefas recentes** (mais recente primeiro)',
  'tasks.footer': 'Envie `tarefa <id>` para ver uma tarefa, `cancelar <id>` para parar uma na fila ou em andamento.',
  'tasks.line':
    '`{job}` {what}, por {by}, {at}: **{state}**; usuários: {total} (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}).',
  'tasks.lineQueued':
    '`{job}` {what}, por {by}, {at}: **{state}** (número {position} da fila); usuários: {total} (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}).',
  'tasks.whatImport': 'importação de {file} ({mode})',
  'tasks.whatCard': 'usuários pelo cartão',
  'tasks.aFile': 'um arquivo',
  'state.previewed': 'em prévia',
  'state.queued': 'na fila',
  'state.running': 'em andamento',
  'state.done': 'concluída',
  'state.cancelled': 'cancelada',
  'state.expired': 'expirada',
  'task.unknown': 'Não conheço nenhuma tarefa "{job}". Envie `tarefas` para ver as recentes.',
  'task.title': '**Tarefa {job}**: {line}',
  'task.created': 'Criada em {created}.',
  'task.createdConfirmed': 'Criada em {created}, confirmada em {confirmed} por {by}.',
  'task.createdConfirmedEnded': 'Criada em {created}, confirmada em {confirmed} por {by}, terminada em {ended}.',
  'task.createdEnded': 'Criada em {created}, terminada em {ended}.',
  'task.moreFailures':
    '…e mais {count, plural, =1 {# falha} other {# falhas}} (veja o arquivo de resultados da tarefa).',
  'cancel.queued': 'Tarefa `{job}` cancelada antes de começar. Nada foi alterado por ela.',
  'cancel.stopping': 'Parando a tarefa `{job}` depois do usuário atual; o resumo dela dirá o que foi feito.',
  'cancel.nothing': 'A tarefa `{job}` está {state}: não há nada para cancelar.',
  'progress.working':
    'Trabalhando na tarefa `{job}`: {done} de {total, plural, =1 {# usuário concluído} other {# usuários concluídos}} (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}).',
  'progress.finished':
    'Tarefa `{job}` terminada: {done} de {total, plural, =1 {# usuário concluído} other {# usuários concluídos}} (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}). O resumo vem a seguir.',
  'progress.cancelled':
    'Tarefa `{job}` cancelada depois de {done} de {total, plural, =1 {# usuário} other {# usuários}} (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}). O resumo vem a seguir.',
  'progress.dequeued':
    'Iniciando agora a tarefa `{job}` que estava na fila: 0 de {total, plural, =1 {# usuário concluído} other {# usuários concluídos}}.',
  'summary.cancelledHeadline':
    'Tarefa {job} terminou antes: cancelada depois de {done} de {total, plural, =1 {# usuário} other {# usuários}}',
  'summary.doneHeadline': 'Tarefa {job} terminada: todos os usuários concluídos',
  'summary.failedHeadline': 'Tarefa {job} terminada com {count, plural, =1 {# falha} other {# falhas}}',
  'summary.byline': 'Tarefa {job}: pedida por {requestedBy}, confirmada por {confirmedBy}.',
  'summary.fallback':
    '**{headline}**: criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}.',
  'summary.failedLine': '- {email}: {reason} O que fazer: {advice}',
  'summary.failedLineTracking': '- {email}: {reason} O que fazer: {advice} (trackingId {trackingId})',
  'summary.whatToDo': 'O que fazer: {advice}',
  'summary.trackingId': 'trackingId do Webex: {trackingId}',
  'summary.moreFailures': '…e mais {count}',
  'summary.moreFailuresWhere': 'listados em {where}.',
  'summary.seeThere': 'Veja lá.',
  'summary.moreLines': '…e mais {count} (veja {where}).',
  'summary.moreFallback': '…e mais {count, plural, =1 {# linha} other {# linhas}} (veja {where}).',
  'summary.whereFile': 'o arquivo de resultados',
  'summary.whereHistory': 'o `histórico` de cada usuário',
  'summary.cancelledNote':
    'Cancelada a pedido: {count, plural, =1 {# usuário não foi alcançado e não foi alterado} other {# usuários não foram alcançados e não foram alterados}}.',
  'summary.activation': 'E-mails de ativação: o envio de e-mails de ativação {id} do Webex foi iniciado.',
  'summary.activationSent':
    'E-mails de ativação: o envio de e-mails de ativação {id} do Webex foi iniciado e enviou {count, plural, =1 {# e-mail} other {# e-mails}} a usuários com ativação pendente.',
  'summary.activationFailed': 'Não foi possível pedir os e-mails de ativação: {error}',
  'card.summary.created': 'Criados',
  'card.summary.updated': 'Atualizados',
  'card.summary.unchanged': 'Sem alteração',
  'card.summary.failed': 'Com falha',
  'card.summary.whatFailed': 'O que falhou, e o que fazer',
  'results.header.row': 'Linha',
  'results.header.email': 'E-mail',
  'results.header.action': 'Ação',
  'results.header.outcome': 'Resultado',
  'results.header.reason': 'Motivo',
  'results.header.trackingId': 'TrackingId',
  'results.header.change': 'Alteração',
  'results.notReached': 'A tarefa foi cancelada antes deste usuário.',
  'results.posted': 'Resultados da tarefa `{job}`, uma linha por usuário do arquivo.',
  'results.notWritten': 'O arquivo de resultados da tarefa `{job}` não pôde ser publicado. {error}',
  'results.errors':
    '{count, plural, =1 {A # linha que não foi aplicada, no formato de importação: corrija-a} other {As # linhas que não foram aplicadas, no formato de importação: corrija-as}} (veja os motivos acima) e envie este arquivo de novo.',
};
