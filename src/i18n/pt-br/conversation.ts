import type { conversation as en } from '../en/conversation.js';

export const conversation: Record<keyof typeof en, string> = {
  // ---- idiomas ---------------------------------------------------------------------------------
  'lang.name.en': 'inglês',
  'lang.name.pt-BR': 'português do Brasil',
  'lang.now': 'A partir de agora, respondo a você em português. Para mudar para inglês, envie `idioma en`.',
  'lang.current':
    'Respondo a você em {language}; o padrão da organização é {default}. Para mudar, envie `idioma pt-BR` ou `idioma en`.',
  'lang.unknown':
    'Não conheço nenhum idioma chamado "{given}". Posso responder em português do Brasil (`idioma pt-BR`) ou em inglês (`idioma en`).',

  // ---- a conversa ------------------------------------------------------------------------------
  'bot.sorry': 'Desculpe, não deu certo. {error}',
  'bot.empty': 'Pois não? Envie `ajuda` para ver o que eu sei fazer.',
  'bot.unknownCommand': 'Não conheço o comando "{text}". Envie `ajuda` para ver os comandos que eu entendo.',
  'bot.unknownCard': 'Esse cartão está desatualizado. Envie `ajuda` para ver os comandos atuais.',
  'bot.refusal.space': 'Só aceito comandos no espaço de administração do Contact Center. Nada foi alterado.',
  'bot.refusal.person':
    'Desculpe, só administradores do Control Hub desta organização (Administrador total, Administrador de usuários e dispositivos ou Administrador de serviço do Contact Center) que participam deste espaço podem me usar. Nada foi alterado.',
  'bot.more': '…e mais {count, plural, =1 {# linha} other {# linhas}}.',

  // ---- erros: podem ir parar num cartão (o motivo de uma falha), então sem código inline --------
  'error.tracking': ' (trackingId do Webex: {trackingId})',
  'error.unauthorized':
    'O Webex não aceitou as credenciais do bot para {method} {path}: o token é inválido ou expirou. Quem administra o bot precisa renová-lo nas configurações dele.{tracking}',
  'error.forbidden':
    'O Webex recusou {method} {path}: a credencial de administração do bot não tem o escopo ou a função de administrador que isso exige. O Webex disse: "{message}".{tracking}',
  'error.notFound': 'O Webex não encontrou o que {method} {path} indica: "{message}".{tracking}',
  'error.rateLimited':
    'O Webex continuou pedindo que o bot fosse mais devagar (solicitações demais), então o bot parou de esperar. Tente de novo daqui a alguns minutos.{tracking}',
  'error.server':
    'O Webex teve um erro interno ({status}) e continuou falhando depois de várias tentativas. Tente mais tarde; se continuar, abra um chamado no suporte do Webex.{tracking}',
  'error.network': 'Não consegui falar com o Webex: {message}. Tente de novo daqui a pouco.',
  'error.other': 'O Webex respondeu {status}: "{message}".{tracking}',
  'error.otherNoStatus': 'O Webex respondeu com um erro: "{message}".{tracking}',
  'error.wrongOrganisation':
    'A credencial de administrador do bot para esta organização pertence a outra organização ({actual}, não {expected} como configurado), então o bot não age com ela. Quem mantém o bot deve indicar o Service App desta organização no arquivo de organizações. Nada foi alterado.',
  'error.internal': 'Algo inesperado deu errado dentro do bot (os detalhes estão no log dele). Nada mais foi alterado.',
  'error.storage':
    'Não consigo salvar nada agora: minha pasta de dados {dataDir} {state, select, deleted {sumiu (foi apagada enquanto eu estava rodando)} replaced {não é mais a que eu abri (o arquivo do banco de dados foi substituído)} readonly {está somente leitura} full {está cheia} locked {está em uso por outro programa} other {não pode ser usada}}. Nada foi alterado. Quem administra o bot precisa corrigir isso; eu volto a funcionar sozinho assim que ela voltar.',
  'error.storageDatabase':
    'Não consigo salvar nada agora: meu banco de dados ({database}) {state, select, readonly {recusa gravações (está somente leitura, ou é uma réplica em espera)} full {está cheio} closed {foi fechado} other {não responde}}. Nada foi alterado. Quem administra o bot precisa corrigir isso; eu volto a funcionar sozinho assim que ele voltar.',
  'error.fileWrite':
    'Não consegui gravar um arquivo em {folder}: {reason, select, readonly {não é possível gravar nessa pasta (permissões ou disco somente leitura)} full {o disco está cheio} notADirectory {há algo no caminho que não é uma pasta} other {{detail}}}. Quem administra o bot precisa corrigir a pasta de dados dele.',

  // ---- comandos (vão para o cartão de ajuda, então sem código inline) ---------------------------
  'cmd.help.summary': 'O que eu faço e os comandos que eu entendo.',
  'cmd.help.example': 'ajuda',
  'cmd.add.summary':
    'Adiciona até 25 usuários, pelo e-mail ou pelo nome e e-mail, com uma função do Contact Center. Você vê uma prévia antes de qualquer alteração.',
  'cmd.add.example': 'adicionar',
  'cmd.modify.summary':
    'Altera a função no Contact Center de usuários que já existem: a licença e os direitos de administrador.',
  'cmd.modify.example': 'modificar',
  'cmd.import.summary':
    'Como importar usuários de um arquivo CSV no formato do Control Hub: envie o arquivo aqui e me mencione.',
  'cmd.import.example': 'importar',
  'cmd.export.summary':
    'Todos os usuários da organização num arquivo CSV no formato do Control Hub, com uma coluna Contact Center Role. Edite o arquivo e envie de volta.',
  'cmd.export.example': 'exportar',
  'cmd.tasks.summary': 'Tarefas recentes e em andamento: quem iniciou, quando, o que fazem, o estado e as contagens.',
  'cmd.tasks.example': 'tarefas',
  'cmd.task.summary': 'Os detalhes de uma tarefa.',
  'cmd.task.example': 'tarefa job-1a2b3c',
  'cmd.cancel.summary':
    'Interrompe uma tarefa na fila ou em andamento. Ela para entre um usuário e outro; o que já foi feito continua feito.',
  'cmd.cancel.example': 'cancelar job-1a2b3c',
  'cmd.licenses.summary': 'Licenças de Agente Padrão e Agente Premium do Contact Center: total, em uso e livres.',
  'cmd.licenses.example': 'licenças',
  'cmd.history.summary':
    'O que o bot alterou num usuário: quando, quem pediu e quem confirmou, antes e depois, e o trackingId do Webex.',
  'cmd.history.example': 'histórico ana.souza@example.com',
  'cmd.sync.summary':
    'Verifica se o Contact Center já recebeu os usuários (pronto, aguardando sincronização, faltam configurações ou inválido), pede ao Webex que os sincronize de novo e avisa você dos usuários que continuam inválidos. Sozinho, ele verifica a última tarefa; acrescente um endereço, o id de uma tarefa ou "todos" para verificar esses usuários.',
  'cmd.sync.example': 'sincronizar ana.souza@example.com',
  'cmd.language.summary': 'O idioma em que eu respondo a você: português do Brasil ou inglês.',
  'cmd.language.example': 'idioma en',
  'help.intro':
    '**{bot}** adiciona e altera agentes, supervisores e administradores do Webex Contact Center a partir deste espaço.',
  'help.line': '- **{name}**: {summary} Exemplo: `{example}`',
  'card.help.about':
    'Adiciono e altero usuários do Webex Contact Center a partir deste espaço (agentes Padrão e Premium, supervisores e administradores), um por vez ou por um arquivo CSV, e verifico se o Contact Center os recebeu.',
  'card.help.example': 'Exemplo:',
  'card.help.who':
    'Só administradores do Control Hub (Administrador total, Administrador de usuários e dispositivos ou Administrador de serviço do Contact Center) que participam deste espaço podem me usar.',
  'card.help.addUsers': 'Adicionar usuários',
  'cmd.template.summary':
    'O site, as equipes e os perfis de desktop, multimídia e de habilidades que os usuários novos no Contact Center recebem quando o cartão ou o arquivo não indica nenhum, e quem definiu cada um. Envie só o comando para vê-los e saber como alterá-los.',
  'cmd.template.example': 'modelo equipes Vendas; Suporte',

  // ---- modelo (uma mensagem, não um cartão: o código inline aparece) -----------------------------
  'template.title':
    '**Padrões para usuários novos no Contact Center**: eles recebem estes valores quando o cartão ou o arquivo deixa uma configuração de fora. Os usuários que já estão no Contact Center mantêm as configurações deles.',
  'template.line':
    '- **{field, select, site {Site} teams {Equipes} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}}**: {value} ({source})',
  'template.none': 'nenhum',
  'template.capacityName': '{name} (equipe baseada em capacidade: o Contact Center não aceita agentes nela)',
  'template.missingName': '"{name}" (não existe mais no Contact Center, então não é aplicado)',
  'template.by': '{by} em {at}',
  'template.source.stored': 'definido com o comando modelo',
  'template.source.storedBy': 'definido com `modelo` por {by}',
  'template.source.environment': 'definido nas configurações do bot por quem o administra',
  'template.source.cleared': 'removido com `modelo` por {by}',
  'template.source.clearedOverEnvironment':
    'removido com `modelo` por {by}, então o das configurações do bot ({names}) não é usado',
  'template.source.none': 'não definido',
  'template.notChecked': 'Não consegui verificar os nomes: não foi possível ler o Contact Center ({error}).',
  'template.usage':
    'Para definir um padrão: `modelo site São Paulo`, `modelo equipes Vendas; Suporte` (separe as equipes com ; ou |), `modelo perfil de desktop Padrão`, `modelo perfil multimídia Voz e chat` ou `modelo perfil de habilidades Idiomas`. Para remover um: `modelo limpar equipes`. Escreva os nomes como o Contact Center os mostra; maiúsculas ou minúsculas não fazem diferença.',
  'template.set':
    '{field, select, teams {As equipes padrão agora são} site {O site padrão agora é} desktopProfile {O perfil de desktop padrão agora é} multimediaProfile {O perfil multimídia padrão agora é} other {O perfil de habilidades padrão agora é}} {value}. Os usuários novos no Contact Center {field, select, teams {recebem essas equipes} site {recebem esse site} other {recebem esse perfil}} quando o cartão ou o arquivo não indica nenhum.',
  'template.notChanged': 'Nada foi alterado:',
  'template.capacity':
    'Nada foi alterado: {teams} {count, plural, =1 {é uma equipe baseada em capacidade} other {são equipes baseadas em capacidade}}, e o Contact Center não aceita agentes em equipes baseadas em capacidade. Escolha equipes baseadas em agentes.',
  'template.noValue':
    'Qual {field, select, site {site} teams {equipe} desktopProfile {perfil de desktop} multimediaProfile {perfil multimídia} other {perfil de habilidades}}? Escreva o nome logo depois, como em `modelo equipes Vendas; Suporte`.',
  'template.unreadable':
    'Nada foi alterado: não foi possível ler o Contact Center para verificar o nome ({error}). Tente de novo daqui a pouco.',
  'template.cleared':
    '{field, select, teams {Não há mais equipes padrão} site {Não há mais site padrão} desktopProfile {Não há mais perfil de desktop padrão} multimediaProfile {Não há mais perfil multimídia padrão} other {Não há mais perfil de habilidades padrão}}: os usuários novos no Contact Center não recebem nenhum, a menos que o cartão ou o arquivo indique um.',
  'template.otherSite': 'A equipe "{team}" é do site {teamSite}, não do site padrão {site}.',
};
