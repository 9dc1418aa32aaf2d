import type { CatalogEntry, MsgKey } from './en.js';

/**
 * Todos os textos do bot em português do Brasil, com os termos que o Control Hub mostra nesse idioma
 * (Agente Padrão, Agente Premium, Administrador, "Adicionar serviços apenas", "Sincronizar Usuário").
 */
export const ptBR: Record<MsgKey, CatalogEntry> = {
  // ---- idiomas ---------------------------------------------------------------------------------
  'lang.name.en': 'inglês',
  'lang.name.pt-BR': 'português (Brasil)',
  'lang.now':
    'A partir de agora respondo a você em português (Brasil). Diga `idioma en` (ou `language en`) para inglês.',
  'lang.current':
    'Respondo a você em {language} (o padrão da organização é {default}). Diga `idioma pt-BR` ou `idioma en` para escolher.',
  'lang.unknown': 'Não conheço o idioma "{given}". Falo português do Brasil (`idioma pt-BR`) e inglês (`idioma en`).',

  // ---- a conversa ------------------------------------------------------------------------------
  'bot.sorry': 'Desculpe, não deu certo. {error}',
  'bot.empty': 'Sim? Envie `ajuda` para ver o que sei fazer.',
  'bot.unknownCommand': 'Não conheço o comando "{text}". Envie `ajuda` para ver o que sei fazer.',
  'bot.unknownCard': 'Não reconheço mais esse cartão. Envie `ajuda` para ver os comandos atuais.',
  'bot.refusal.space': 'Só aceito comandos no espaço de administração do Contact Center. Nada foi feito aqui.',
  'bot.refusal.person':
    'Desculpe, só administradores desta organização no Control Hub (Administrador completo ou Administrador de usuário) que participam deste espaço podem me usar. Nada foi feito.',
  'bot.more': '…e mais {count} linhas.',

  // ---- erros -----------------------------------------------------------------------------------
  'error.tracking': ' (trackingId do Webex: `{trackingId}`)',
  'error.unauthorized':
    'O Webex não aceitou as credenciais do bot para {method} {path}: o token é inválido ou expirou. Um operador precisa renová-lo na configuração do bot.{tracking}',
  'error.forbidden':
    'O Webex recusou {method} {path}: a credencial de administração não tem o escopo ou a função de administrador necessários. O Webex disse: "{message}".{tracking}',
  'error.notFound': 'O Webex não encontrou o que {method} {path} indica: "{message}".{tracking}',
  'error.rateLimited':
    'O Webex continuou pedindo que o bot fosse mais devagar (solicitações demais) e o bot desistiu de esperar. Tente de novo em alguns minutos.{tracking}',
  'error.server':
    'O Webex teve um erro interno ({status}) e continuou falhando depois de várias tentativas. Tente mais tarde; se persistir, abra um chamado no suporte do Webex.{tracking}',
  'error.network': 'Não foi possível falar com o Webex: {message}. Tente de novo daqui a pouco.',
  'error.other': 'O Webex respondeu {status}: "{message}".{tracking}',
  'error.otherNoStatus': 'O Webex respondeu com um erro: "{message}".{tracking}',
  'error.internal': 'Algo inesperado deu errado dentro do bot; os detalhes estão no log dele. Nada mais foi alterado.',

  // ---- comandos (ajuda) ------------------------------------------------------------------------
  'cmd.help.summary': 'O que eu faço e os comandos que entendo.',
  'cmd.help.example': 'ajuda',
  'cmd.add.summary':
    'Adiciona até 25 usuários (por e-mail, ou por nome e e-mail) com uma função do Contact Center; mostra uma prévia antes de qualquer alteração.',
  'cmd.add.example': 'adicionar',
  'cmd.modify.summary':
    'Altera a função de usuários existentes: licença, privilégios de administrador concedidos ou removidos.',
  'cmd.modify.example': 'modificar',
  'cmd.import.summary':
    'Como importar usuários de um arquivo CSV (no formato do Control Hub): envie-o aqui me mencionando.',
  'cmd.import.example': 'importar',
  'cmd.export.summary':
    'Todos os usuários da organização em um arquivo CSV no formato do Control Hub, com uma coluna Contact Center Role: edite e envie de volta.',
  'cmd.export.example': 'exportar',
  'cmd.tasks.summary': 'Tarefas recentes e em andamento: quem, quando, o quê, estado e contagens.',
  'cmd.tasks.example': 'tarefas',
  'cmd.task.summary': 'Os detalhes de uma tarefa.',
  'cmd.task.example': 'tarefa job-1a2b3c',
  'cmd.cancel.summary':
    'Interrompe uma tarefa na fila ou em andamento entre dois usuários, mantendo o que já foi feito.',
  'cmd.cancel.example': 'cancelar job-1a2b3c',
  'cmd.licenses.summary': 'Licenças de Agente Padrão e Agente Premium do Contact Center: total, em uso e livres.',
  'cmd.licenses.example': 'licenças',
  'cmd.history.summary':
    'O que o bot alterou para um usuário: quando, quem pediu e confirmou, antes e depois, trackingId.',
  'cmd.history.example': 'histórico ana.souza@example.com',
  'cmd.sync.summary':
    'Verifica se o Contact Center recebeu os usuários (Sincronizado, Pendente, Inválido), pede uma sincronização, tenta de novo e alerta quando usuários continuam inválidos: a última tarefa, um endereço, o id de uma tarefa ou `todos`.',
  'cmd.sync.example': 'sincronizar ana.souza@example.com',
  'cmd.language.summary': 'O idioma em que respondo a você: português (Brasil) ou inglês.',
  'cmd.language.example': 'idioma en',
  'help.intro':
    '**{bot}** provisiona agentes, supervisores e administradores do Webex Contact Center a partir deste espaço.',
  'help.line': '- **{name}**: {summary} Exemplo: `{example}`',
  'card.help.about':
    'Adiciono e altero usuários do Webex Contact Center a partir deste espaço: agentes Padrão e Premium, supervisores e administradores, um a um ou por CSV, e verifico se o Contact Center os recebe.',
  'card.help.example': 'Exemplo:',
  'card.help.who':
    'Só administradores do Control Hub (Administrador completo ou Administrador de usuário) que participam deste espaço podem me usar.',
  'card.help.addUsers': 'Adicionar usuários',

  // ---- licenças e funções ----------------------------------------------------------------------
  'tier.standard': 'Agente Padrão',
  'tier.premium': 'Agente Premium',
  'role.standard': 'Agente Padrão',
  'role.agent': 'Agente Premium (Agente)',
  'role.supervisor': 'Agente Premium (Supervisor)',
  'role.administrator': 'Administrador',
  'role.no-admin': 'Sem privilégios de administrador',
  'role.explain.standard': 'Licença de Agente Padrão.',
  'role.explain.agent': 'Licença de Agente Premium.',
  'role.explain.supervisor':
    'Licença de Agente Premium; perfil de supervisor no Contact Center depois da sincronização.',
  'role.explain.administrator': 'Licença de Agente Premium mais a função Administrador completo no Control Hub.',
  'role.explain.no-admin': 'Remove a função Administrador completo; a licença continua como está.',
  'access.none': 'sem licença do Contact Center',
  'access.withAdmin': '{license} + Administrador completo',
  'change.fromTo': '{before} → {after}',
  'licenses.notInOrg': 'não está nas assinaturas desta organização',
  'licenses.seats': '{free} livres de {total} ({used} em uso)',
  'licenses.subscription': '{name}: {free} livres de {total}',
  'licenses.bySubscription': '{label} por assinatura: {subscriptions}',
  'licenses.full':
    'Sem licenças livres de {tiers}: novos usuários desse tipo não podem ser licenciados até que licenças sejam liberadas ou compradas.',
  'card.licenses.title': 'Licenças do Contact Center',

  // ---- entrada de usuários ---------------------------------------------------------------------
  'entries.none': 'Nenhum usuário informado: informe pelo menos um endereço de e-mail.',
  'entries.tooMany':
    '{count} usuários informados: no máximo {max} podem ser adicionados ou alterados de uma vez. Divida a lista ou use uma importação CSV para mais.',
  'entries.nameNoEmail': 'Linha {line}: "{text}" tem um nome mas nenhum endereço de e-mail.',
  'entries.invalidEmail': 'Linha {line}: "{email}" não é um endereço de e-mail válido.',
  'entries.duplicate': 'Linha {line}: {email} já está na linha {first}; cada usuário só pode aparecer uma vez.',
  'entries.noName':
    'Linha {line}: {email} não tem nome. No modo "nomes e endereços de e-mail" escreva "Nome Sobrenome <{email}>" ou "{email}, Nome, Sobrenome".',

  // ---- planejamento ----------------------------------------------------------------------------
  'plan.notPerson': '{email} é uma conta do tipo {type}, não uma pessoa.',
  'plan.notUser':
    '{email} não é usuário desta organização; "Sem privilégios de administrador" só altera usuários existentes.',
  'plan.noAdminRole':
    'A função Administrador completo não está visível para a credencial de administração do bot, então privilégios de administrador não podem ser concedidos.',
  'plan.noLicense': 'Esta organização não tem licenças de {tier}.',
  'plan.noSeat':
    'Não sobrou licença livre de {tier} para este usuário ({free} livres, {needed} necessárias por este lote até aqui).',
  'advice.freeSeats': 'Libere ou compre licenças de {tier} (veja `licenças`) e adicione este usuário de novo.',
  'advice.blocked': 'Corrija o que o motivo diz e adicione este usuário de novo.',

  // ---- provisionamento de um usuário -----------------------------------------------------------
  'exec.gone': '{email} não existe mais no Webex.',
  'exec.gone.advice': 'Adicione o usuário de novo se ele deve existir.',
  'exec.notRemoved': 'O Webex não removeu a licença do Contact Center.',
  'exec.checkAgain': 'Confira o usuário no Control Hub e tente de novo.',
  'exec.noSeat.created':
    'O usuário foi criado, mas o Webex não atribuiu a licença de {tier}: não havia licença livre quando chegou a vez deste usuário.',
  'exec.noSeat.updated':
    'O Webex não atribuiu a licença de {tier}: não havia licença livre quando chegou a vez deste usuário.',
  'exec.roleNotApplied': 'O Webex não aplicou a alteração da função de administrador.',
  'exec.trial':
    '{email} já é usado por outra organização Webex, normalmente uma avaliação (trial) que alguém criou com este endereço. O Webex não pode adicioná-lo aqui até que essa organização de avaliação seja excluída.',
  'exec.trial.advice':
    'Peça ao usuário para excluir a organização de avaliação (como administrador dela, no Control Hub), ou adicione-o com outro endereço de e-mail.',
  'exec.unexpected': 'Problema inesperado: {message}',
  'exec.unexpected.advice': 'Veja o log do bot e tente este usuário de novo.',
  'exec.forbidden': 'O Webex recusou a alteração: a credencial de administração não pode gerenciar este usuário.',
  'exec.forbidden.advice':
    'Dê à credencial de administração do bot a função Administrador completo ou Administrador de usuário e o escopo de escrita de pessoas.',
  'exec.throttled': 'O Webex continuou respondendo "solicitações demais" para este usuário.',
  'exec.throttled.advice': 'Rode o lote de novo mais tarde para este usuário.',
  'exec.failing': 'O Webex continuou falhando para este usuário ({status}).',
  'exec.failing.advice':
    'Tente este usuário mais tarde; se persistir, abra um chamado no suporte do Webex com o trackingId.',
  'exec.refused': 'O Webex recusou a alteração: {message}',
  'exec.refused.advice': 'Corrija o usuário no Control Hub ou na sua lista e tente de novo.',
  'exec.credential': 'O Webex não aceitou a credencial de administrador do bot para este usuário.',
  'exec.credential.advice':
    'Renove a credencial de administrador (veja o alerta no espaço de administradores) e execute o lote de novo para este usuário.',
  'credential.failed.refused':
    '⚠️ **Não foi possível renovar a credencial de administrador do bot.** O Webex recusou o token de atualização ou o cliente: "{detail}".{tracking}',
  'credential.failed.unreachable':
    '⚠️ **Não foi possível renovar a credencial de administrador do bot**: o serviço de tokens do Webex não respondeu ("{detail}"). O bot continua tentando.{tracking}',
  'credential.expiry.future': 'O token de acesso atual funciona até {at}; o provisionamento continua até lá.',
  'credential.expiry.past':
    'O token de acesso atual expirou, então o provisionamento está pausado: as tarefas em andamento esperam e continuam sozinhas quando a credencial voltar a funcionar. Nada se perde.',
  'credential.fix':
    'Para corrigir: um administrador completo autoriza de novo o Service App no Control Hub (Aplicativos > Service Apps); o responsável copia o novo token de atualização em developer.webex.com (My Webex Apps > o Service App > Org authorizations), define-o como WEBEX_ADMIN_REFRESH_TOKEN na configuração do bot e reinicia o bot. `npm run doctor` confere o resultado.',
  'credential.recovered':
    '✅ **A credencial de administrador do bot foi renovada**: o provisionamento continua e as tarefas que esperavam são retomadas.',
  'exec.unknown': 'Desconhecido',
  'exec.tryAgain': 'Tente de novo.',

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
    '{create} a criar, {update} a atualizar, {unchanged} sem alteração, {blocked} não podem ser feitos',
  'preview.importHeadline': {
    one: '{create} a criar, {update} a atualizar ({count} remoção), {unchanged} sem alteração',
    other: '{create} a criar, {update} a atualizar ({count} remoções), {unchanged} sem alteração',
  },
  'preview.importHeadlineBlocked': {
    one: '{create} a criar, {update} a atualizar ({count} remoção), {unchanged} sem alteração, {blocked} não podem ser feitos',
    other:
      '{create} a criar, {update} a atualizar ({count} remoções), {unchanged} sem alteração, {blocked} não podem ser feitos',
  },
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
  'preview.seats.batch': '{free} livres, {needed} necessárias para este lote',
  'preview.seats.file': '{free} livres, {needed} necessárias para este arquivo',
  'preview.notEnough':
    'Licenças de {tier} insuficientes: estes usuários não receberiam uma e não serão alterados: {users}.',
  'preview.notEnoughFile': 'Licenças de {tier} insuficientes para {count} usuário(s): eles não serão alterados.',
  'preview.note.supervisor':
    'Supervisores recebem agora a licença de Agente Premium; o perfil de supervisor é definido no Contact Center depois que os usuários forem sincronizados.',
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
  'preview.confirm': { one: 'Confirmar: alterar {count} usuário', other: 'Confirmar: alterar {count} usuários' },
  'preview.confirmRemovals': {
    one: 'Confirmar: alterar {changes} usuários, incluindo {count} remoção',
    other: 'Confirmar: alterar {changes} usuários, incluindo {count} remoções',
  },
  'preview.fallback': '**Prévia da tarefa {job}**: {headline}.',
  'preview.fallbackImport': '**Prévia da tarefa {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…e mais {count} linhas no cartão e no arquivo do plano.',
  'preview.planFile': 'O plano completo da tarefa `{job}`, uma linha por usuário.',
  'card.preview.cancel': 'Cancelar',
  'job.unknownButton': 'Esse botão não pertence a uma tarefa que eu conheça. Nada foi alterado.',
  'job.expired':
    'Esta prévia (tarefa `{job}`) expirou depois de {minutes} minutos, porque o Webex pode ter mudado desde então. Nada foi alterado: envie `adicionar` de novo para uma prévia nova.',
  'job.queued':
    'Na fila: uma importação roda por vez, como no Control Hub. A tarefa `{job}` é a número {position} da fila e começa quando a importação anterior terminar. `cancelar {job}` a tira da fila.',
  'job.started': 'Trabalhando na tarefa `{job}`: 0 de {total} usuários concluídos.',
  'job.cancelledPreview': 'Tarefa `{job}` cancelada. Nada foi alterado.',
  'job.handled.cancelled': 'Já tratada: a tarefa `{job}` foi cancelada. Nada mais foi feito.',
  'job.handled.expired': 'Já tratada: a tarefa `{job}` expirou. Nada mais foi feito.',
  'job.handled.done': 'Já tratada: a tarefa `{job}` já foi confirmada por {by} e terminou. Nada mais foi feito.',
  'job.handled.queued': 'Já tratada: a tarefa `{job}` já foi confirmada por {by} e está na fila. Nada mais foi feito.',
  'job.handled.running':
    'Já tratada: a tarefa `{job}` já foi confirmada por {by} e está em andamento. Nada mais foi feito.',
  'job.someone': 'alguém',

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

  // ---- CSV -------------------------------------------------------------------------------------
  'mode.add': 'Adicionar serviços apenas',
  'mode.add-remove': 'Adicionar e remover serviços',
  'csv.empty': 'O arquivo está vazio.',
  'csv.xlsx':
    'Esta é uma pasta de trabalho do Excel (.xlsx) ou outro arquivo zip, não um arquivo CSV. No Excel use Arquivo > Salvar como > "CSV UTF-8 (Delimitado por vírgulas)" e envie esse arquivo.',
  'csv.xls':
    'Esta é uma pasta de trabalho antiga do Excel (.xls), não um arquivo CSV. Salve como "CSV UTF-8 (Delimitado por vírgulas)" e envie esse arquivo.',
  'csv.binary':
    'Este arquivo contém dados binários, então não é um arquivo CSV. Exporte os usuários como CSV e envie esse arquivo.',
  'csv.tooBig': 'O arquivo tem {size} MB; o limite é {max} MB. Divida-o em arquivos menores.',
  'csv.noRows': 'O arquivo não tem linhas.',
  'csv.unclosedQuote':
    'Linha {line}: um valor entre aspas nunca é fechado (falta uma "), então o resto do arquivo não pode ser lido com segurança.',
  'csv.misplacedQuote':
    'Linha {row}: há uma " fora do lugar (texto depois da aspa que fecha um valor, ou uma aspa no meio de um valor), então o resto do arquivo não pode ser lido com segurança. Coloque o valor inteiro entre aspas e escreva cada " dentro dele duas vezes ("").',
  'csv.tooManyRows':
    'O arquivo tem {rows} linhas de usuários; o limite do Control Hub, que o bot também segue, é {max}. Divida-o em vários arquivos.',
  'csv.nothingToChange':
    'O arquivo não tem coluna de licença do Contact Center ("Contact center Standard Agent", "Contact Center Premium Agent") nem coluna "Contact Center Role", então não há nada para alterar.',
  'csv.noEmailColumn':
    'O arquivo não tem a coluna "{header}". Comece pelo arquivo que `exportar` gera (ou pela exportação do Control Hub) e mantenha a linha de cabeçalho.',
  'csv.notUsers':
    'Isto não parece um arquivo CSV de usuários: a primeira linha não é um cabeçalho com a coluna "User ID/Email (Required)".',
  'row.emailMissing': 'Linha {row}: falta o endereço de e-mail.',
  'row.invalidEmail': 'Linha {row}: "{email}" não é um endereço de e-mail válido.',
  'row.duplicate': 'Linha {row}: {email} já está na linha {first}; cada usuário só pode aparecer uma vez.',
  'row.formula': 'Linha {row}: {header} "{value}" é uma fórmula de planilha, não um nome.',
  'row.tooLong': 'Linha {row}: {header} tem mais de 256 caracteres.',
  'row.notBoolean': 'Linha {row}: "{value}" em "{header}" não é TRUE nem FALSE (nem VERDADEIRO/FALSO).',
  'row.bothLicenses':
    'Linha {row}: Agente Padrão e Agente Premium estão ambos TRUE; um usuário do Contact Center tem exatamente uma delas.',
  'row.unknownRole':
    'Linha {row}: "{value}" em "{header}" não é Agent, Supervisor ou Administrator (nem Agente ou Administrador).',
  'row.supervisorNeedsPremium':
    'Linha {row}: um Supervisor precisa da licença de Agente Premium, mas Agente Padrão está TRUE.',
  'row.administratorNeedsPremium':
    'Linha {row}: um Administrador precisa da licença de Agente Premium, mas Agente Padrão está TRUE.',
  'row.phoneNumber':
    'Linha {row}: o telefone "{phone}" foi transformado em número por uma planilha; formate a coluna como Texto e digite o número de novo com o +.',
  'row.phonePlus':
    'Linha {row}: o telefone "{phone}" parece um número internacional cujo + uma planilha removeu; use "+{digits}" (formate a coluna como Texto para ele ficar).',
  'export.done':
    '**{count} usuários**, no formato CSV do Control Hub. Altere as células TRUE/FALSE das licenças do Contact Center e a coluna Contact Center Role (Agent, Supervisor, Administrator) e depois envie o arquivo neste espaço me mencionando.',
  'export.noSupervisors':
    '**{count} usuários**, no formato CSV do Control Hub. Altere as células TRUE/FALSE das licenças do Contact Center e a coluna Contact Center Role (Agent, Supervisor, Administrator) e depois envie o arquivo neste espaço me mencionando. Não foi possível ler os supervisores do Contact Center ({error}), então eles aparecem como Agent.',
  'import.how': [
    '**Importar usuários de um arquivo CSV**',
    '1. Envie `exportar` para receber os usuários atuais no formato do Control Hub (ou use a exportação do próprio Control Hub).',
    '2. Edite: TRUE/FALSE (ou VERDADEIRO/FALSO) nas colunas "Contact center Standard Agent" e "Contact Center Premium Agent" (em branco deixa a licença como está), e Agent, Supervisor ou Administrator em "Contact Center Role".',
    '3. Envie o arquivo neste espaço (aqui nesta conversa serve) e me mencione na mesma mensagem.',
    'Verifico cada linha antes de qualquer alteração, depois pergunto se devo **adicionar serviços apenas** ou **adicionar e remover serviços**, e mostro uma prévia para confirmar.',
  ].join('\n'),
  'import.refused': {
    one: '**{file} não foi importado: {count} problema a corrigir primeiro.** Nada foi alterado.',
    other: '**{file} não foi importado: {count} problemas a corrigir primeiro.** Nada foi alterado.',
  },
  'import.moreProblems':
    '…e mais {count} problemas: corrija estes primeiro e envie o arquivo de novo para ver o resto.',
  'import.checked':
    '{file}: {rows} linhas verificadas. Escolha "Adicionar serviços apenas" ou "Adicionar e remover serviços" no cartão.',
  'import.unknownUpload': 'Esse botão não pertence a um envio que eu conheça. Envie o arquivo de novo.',
  'importMode.title': '{file}: {rows} linhas verificadas, sem problemas',
  'card.importMode.how': 'Como devo aplicá-lo? Nada muda antes de você confirmar a prévia.',
  'card.importMode.addExplained': 'TRUE adiciona uma licença; FALSE e células em branco não alteram nada.',
  'card.importMode.addRemoveExplained':
    'TRUE adiciona, FALSE remove (as duas em FALSE removem a licença do Contact Center); células em branco não alteram nada.',
  'importMode.ignored': 'Colunas de outros serviços não são alteradas: {columns}.',
  'card.importMode.add': 'Adicionar serviços apenas',
  'card.importMode.addRemove': 'Adicionar e remover serviços',

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
  'task.moreFailures': '…e mais {count} falhas (veja o arquivo de resultados da tarefa).',
  'cancel.queued': 'Tarefa `{job}` cancelada antes de começar. Nada foi alterado por ela.',
  'cancel.stopping': 'Parando a tarefa `{job}` depois do usuário atual; o resumo dela dirá o que foi feito.',
  'cancel.nothing': 'A tarefa `{job}` está {state}: não há nada para cancelar.',
  'progress.working':
    'Trabalhando na tarefa `{job}`: {done} de {total} usuários concluídos (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}).',
  'progress.finished':
    'Tarefa `{job}` terminada: {done} de {total} usuários concluídos (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}). O resumo vem a seguir.',
  'progress.cancelled':
    'Tarefa `{job}` cancelada depois de {done} de {total} usuários (criados: {created}, atualizados: {updated}, sem alteração: {unchanged}, com falha: {failed}). O resumo vem a seguir.',
  'progress.dequeued': 'Iniciando agora a tarefa `{job}` que estava na fila: 0 de {total} usuários concluídos.',
  'summary.cancelledHeadline': 'Tarefa {job} terminou antes: cancelada depois de {done} de {total} usuários',
  'summary.doneHeadline': 'Tarefa {job} terminada: todos os usuários concluídos',
  'summary.failedHeadline': {
    one: 'Tarefa {job} terminada com {count} falha',
    other: 'Tarefa {job} terminada com {count} falhas',
  },
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
  'summary.moreFallback': '…e mais {count} linhas (veja {where}).',
  'summary.whereFile': 'o arquivo de resultados',
  'summary.whereHistory': 'o `histórico` de cada usuário',
  'summary.cancelledNote': 'Cancelada a pedido: {count} usuário(s) não foram alcançados e não foram alterados.',
  'summary.activation': 'E-mails de ativação: o envio de e-mails de ativação {id} do Webex foi iniciado.',
  'summary.activationSent':
    'E-mails de ativação: o envio de e-mails de ativação {id} do Webex foi iniciado e enviou {count} e-mail(s) a usuários com ativação pendente.',
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
  'results.errors': {
    one: 'A {count} linha que não foi aplicada, no formato de importação: corrija-a (veja os motivos acima) e envie este arquivo de novo.',
    other:
      'As {count} linhas que não foram aplicadas, no formato de importação: corrija-as (veja os motivos acima) e envie este arquivo de novo.',
  },

  // ---- sincronização do Contact Center ---------------------------------------------------------
  'sync.state.synced': 'Sincronizado',
  'sync.state.pending': 'Pendente',
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
  'sync.why.first': 'sincronização depois da alteração',
  'sync.why.resync': 'nova sincronização porque usuários continuaram inválidos',
  'sync.why.retry': 'sincronização pedida pelo alerta (Tentar sincronizar de novo)',
  'sync.tried.endpoint': '{at}: {why}, "Sincronizar Usuário" pedido pelo bot',
  'sync.tried.endpointTracking': '{at}: {why}, "Sincronizar Usuário" pedido pelo bot (trackingId {trackingId})',
  'sync.tried.manual':
    '{at}: {why}, os administradores foram convidados a pressionar "Sincronizar Usuário" no Control Hub',
  'sync.origin.job': 'a tarefa {job}',
  'sync.origin.command': 'o pedido de sincronização {run}',
  'sync.tally': 'sincronizados: {synced}, pendentes: {pending}, inválidos: {invalid}',
  'sync.supervisor.set': 'Perfil de supervisor definido no Contact Center e conferido para {users}.',
  'sync.supervisor.failed':
    'Perfil de supervisor NÃO definido para {email}: {reason}. Defina-o no portal de gerenciamento do Contact Center (Usuários > {email} > Perfil de usuário), ou rode `sincronizar {email}` para tentar de novo.',
  'sync.supervisor.waiting': {
    one: 'Perfil de supervisor pedido para {users}: ele é definido quando este usuário for sincronizado.',
    other: 'Perfil de supervisor pedido para {users}: ele é definido quando estes usuários forem sincronizados.',
  },
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
  'sync.steps.2': '2. Vá para **Serviços > Contact Center > Configurações > Geral**.',
  'sync.steps.3': '3. Pressione **Sincronizar Usuário**.',
  'sync.steps.4': '4. Volte aqui e pressione **Sincronizado: verificar de novo**.',
  'sync.manual.first': 'Pressione "Sincronizar Usuário" no Control Hub',
  'sync.manual.again': 'Alguns usuários continuam inválidos: pressione "Sincronizar Usuário" mais uma vez',
  'sync.manual.intro':
    'O Contact Center precisa receber os usuários de {origin}, e não há API pública para a sincronização do Control Hub, então é preciso pressionar um botão:',
  'sync.manual.meanwhile': 'Enquanto isso continuo verificando por conta própria, até {deadline} no máximo.',
  'card.syncManual.checkAgain': 'Sincronizado: verificar de novo',
  'sync.progress': '**Até agora** ({at}): {tally}; ainda verificando, até {deadline} no máximo.',
  'sync.result': {
    one: '**Verificação do Contact Center de {origin} terminada**: {tally} (de {count} usuário).',
    other: '**Verificação do Contact Center de {origin} terminada**: {tally} (de {count} usuários).',
  },
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.more': '…e mais {count}.',
  'sync.result.alerted':
    'O alerta publicado neste espaço tem os detalhes para um chamado de suporte e um botão Tentar sincronizar de novo.',
  'sync.alert.headline': {
    one: 'Problema de sincronização do Contact Center: {count} usuário continua inválido',
    other: 'Problema de sincronização do Contact Center: {count} usuários continuam inválidos',
  },
  'sync.alert.intro': {
    one: 'Depois de {origin}, o Contact Center não recebeu este usuário corretamente, e {syncs} sincronização(ões) não resolveram. Este usuário não pode trabalhar como agente até isso ser corrigido. Continuo acompanhando e aviso aqui quando se resolver.',
    other:
      'Depois de {origin}, o Contact Center não recebeu estes usuários corretamente, e {syncs} sincronização(ões) não resolveram. Eles não podem trabalhar como agentes até isso ser corrigido. Continuo acompanhando e aviso aqui quando se resolver.',
  },
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
  'sync.resolved': {
    one: '**Resolvido** ({at}): o usuário do alerta `{alert}` está Sincronizado agora: {users}.',
    other: '**Resolvido** ({at}): todos os {count} usuários do alerta `{alert}` estão Sincronizados agora: {users}.',
  },
  'sync.retryDone':
    '**Nova tentativa concluída** ({at}): {still} de {count} ainda não sincronizados depois da sincronização de {synced}.',
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
  'sync.cmd.whatJob': {
    one: 'o {count} usuário que a tarefa {job} criou ou alterou, no Contact Center,',
    other: 'os {count} usuários que a tarefa {job} criou ou alterou, no Contact Center,',
  },
  'sync.cmd.started': {
    one: 'Verificando {what} (verificação `{run}`, {count} usuário): pedi uma sincronização e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
    other:
      'Verificando {what} (verificação `{run}`, {count} usuários): pedi uma sincronização e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
  },
  'sync.cmd.startedManual': {
    one: 'Verificando {what} (verificação `{run}`, {count} usuário): é preciso uma sincronização (veja abaixo), e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
    other:
      'Verificando {what} (verificação `{run}`, {count} usuários): é preciso uma sincronização (veja abaixo), e verifico com intervalos crescentes até todos estarem Sincronizados ou até {deadline}. O resultado vem nesta conversa.',
  },
  'sync.check.unknown':
    'Esse botão não pertence a uma verificação que eu conheça. Diga `sincronizar` para começar uma.',
  'sync.check.allSynced': 'Todos os usuários da verificação `{run}` já estão Sincronizados: nada mais a fazer.',
  'sync.check.checking': 'Obrigado, {name}: verificando agora os usuários de `{run}`. O resultado vem nesta conversa.',
  'sync.alert.unknown': 'Esse botão não pertence a um alerta que eu conheça.',
  'sync.alert.closed': 'O alerta `{alert}` já está {state}: nada a tentar de novo.',
  'sync.alert.closedAlready': 'O alerta `{alert}` já está {state}.',
  'sync.alert.busy': 'Os usuários do alerta `{alert}` estão sendo verificados agora; o resultado vem aqui.',
  'sync.alert.retrying': {
    one: 'Tentando de novo para {name}: pedi outra sincronização e estou verificando o {count} usuário de novo. O resultado vem aqui.',
    other:
      'Tentando de novo para {name}: pedi outra sincronização e estou verificando os {count} usuários de novo. O resultado vem aqui.',
  },
  'sync.alert.retryingManual': {
    one: 'Tentando de novo para {name}: pressione "Sincronizar Usuário" no Control Hub mais uma vez; estou verificando o {count} usuário de novo. O resultado vem aqui.',
    other:
      'Tentando de novo para {name}: pressione "Sincronizar Usuário" no Control Hub mais uma vez; estou verificando os {count} usuários de novo. O resultado vem aqui.',
  },
  'sync.alert.dismissed':
    'Dispensado por {name}: paro de acompanhar os usuários do alerta `{alert}`. `sincronizar <e-mail>` verifica qualquer um deles de novo a qualquer momento.',
  'alert.state.open': 'aberto',
  'alert.state.resolved': 'resolvido',
  'alert.state.dismissed': 'dispensado',
};
