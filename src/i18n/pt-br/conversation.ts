import type { conversation as en } from '../en/conversation.js';

export const conversation: Record<keyof typeof en, string> = {
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
    'Desculpe, só administradores desta organização no Control Hub (Administrador completo, Administrador de usuário ou Administrador de serviço do Contact Center) que participam deste espaço podem me usar. Nada foi feito.',
  'bot.more': '…e mais {count, plural, =1 {# linha} other {# linhas}}.',

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
  'error.storage':
    'Não consigo salvar nada agora: meu diretório de dados `{dataDir}` {state, select, deleted {sumiu (foi apagado enquanto eu rodava)} replaced {não é mais o que abri (o arquivo do banco de dados foi substituído)} readonly {está somente leitura} full {está cheio} locked {está em uso por outro processo} other {está inutilizável}}. Nada foi alterado. Um operador precisa corrigir isso; eu me recupero sozinho assim que ele voltar.',
  'error.fileWrite':
    'Não consegui gravar um arquivo em `{folder}`: {reason, select, readonly {essa pasta não pode ser gravada (permissões ou um disco somente leitura)} full {o disco está cheio} notADirectory {há algo que não é uma pasta no caminho} other {{detail}}}. Um operador precisa corrigir o diretório de dados.',

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
    'Só administradores do Control Hub (Administrador completo, Administrador de usuário ou Administrador de serviço do Contact Center) que participam deste espaço podem me usar.',
  'card.help.addUsers': 'Adicionar usuários',
  'cmd.template.summary':
    'Os padrões para usuários novos no Contact Center (site, equipes, perfil de desktop, multimídia e de habilidades) e de onde cada um vem. `modelo site São Paulo`, `modelo equipes Vendas; Suporte`, `modelo perfil de desktop Padrão`, `modelo perfil multimídia …` ou `modelo perfil de habilidades …` define um; `modelo limpar equipes` remove um.',
  'cmd.template.example': 'modelo equipes Vendas; Suporte',
  'template.title':
    '**Padrões para usuários novos no Contact Center**: dados em toda configuração que o cartão ou o arquivo deixa de fora; os usuários que já estão no Contact Center mantêm as suas.',
  'template.line':
    '- **{field, select, site {Site} teams {Equipes} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}}**: {value} ({source})',
  'template.none': 'nenhum',
  'template.capacityName': '{name} (baseada em capacidade: o Contact Center a recusa para agentes)',
  'template.missingName': '"{name}", que não existe mais no Contact Center e por isso não é dado',
  'template.by': '{by}, {at}',
  'template.source.stored': 'definido com o comando modelo',
  'template.source.storedBy': 'definido com `modelo` por {by}',
  'template.source.environment': 'de {variable}',
  'template.source.cleared': 'removido com `modelo` por {by}',
  'template.source.clearedOverEnvironment': 'removido com `modelo` por {by}; {variable} ({names}) não é usado',
  'template.source.none': 'nenhum definido; {variable} pode dar um',
  'template.notChecked': 'Não foi possível verificar os nomes: não foi possível ler o Contact Center ({error}).',
  'template.usage':
    'Definir um padrão: `modelo site São Paulo`, `modelo equipes Vendas; Suporte` (equipes separadas por ; ou |), `modelo perfil de desktop Padrão`, `modelo perfil multimídia Voz e chat`, `modelo perfil de habilidades Idiomas`. Remover um: `modelo limpar equipes`. Escreva os nomes como o Contact Center os mostra (maiúsculas ou minúsculas tanto faz).',
  'template.set':
    'O padrão de {field, select, site {site} teams {equipes} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}} agora é {value}. Os usuários novos no Contact Center o recebem quando o cartão ou o arquivo não indica nenhum.',
  'template.notChanged': 'Nada foi alterado:',
  'template.capacity':
    'Nada foi alterado: {teams} {count, plural, =1 {é uma equipe baseada em capacidade} other {são equipes baseadas em capacidade}}, e o Contact Center não aceita agentes em equipes baseadas em capacidade. Escolha equipes de agentes.',
  'template.noValue':
    'Qual {field, select, site {site} teams {equipes} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}}? Escreva o nome depois, como em `modelo equipes Vendas; Suporte`.',
  'template.unreadable':
    'Nada foi alterado: não foi possível ler o Contact Center para verificar o nome ({error}). Tente de novo daqui a pouco.',
  'template.cleared':
    'Não há mais padrão de {field, select, site {site} teams {equipes} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}}: os usuários novos no Contact Center não recebem nenhum, a menos que o cartão ou o arquivo indique um.',
  'template.otherSite': 'A equipe "{team}" é do site {teamSite}, não do site padrão {site}.',
};
