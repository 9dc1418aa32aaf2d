import type { csv as en } from '../en/csv.js';

export const csv: Record<keyof typeof en, string> = {
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
  'csv.noUsers':
    'O arquivo não tem usuários: há uma linha de cabeçalho, mas nenhuma linha abaixo dela. Adicione uma linha por usuário e envie o arquivo de novo.',
  'csv.tooManyColumns':
    'A linha de cabeçalho tem {count, plural, =1 {# coluna} other {# colunas}} ({names}); um arquivo de usuários do Control Hub tem algumas dezenas, e eu leio no máximo {max}. Este não é um arquivo de usuários que eu possa importar: comece pelo arquivo que `exportar` gera (ou pela exportação do Control Hub).',
  'csv.headerTooLong':
    'A linha de cabeçalho tem {size} KB ({names}); um cabeçalho do Control Hub é bem menor, e eu leio no máximo {max} KB. Este não é um arquivo de usuários que eu possa importar: comece pelo arquivo que `exportar` gera (ou pela exportação do Control Hub).',
  'csv.repeatedColumn':
    'O cabeçalho tem a mesma coluna mais de uma vez: {columns}. Mantenha apenas uma delas, para que fique claro qual deve ser lida.',
  'csv.misplacedQuote':
    'Linha {row}: há uma " fora do lugar (texto depois da aspa que fecha um valor, ou uma aspa no meio de um valor), então o resto do arquivo não pode ser lido com segurança. Coloque o valor inteiro entre aspas e escreva cada " dentro dele duas vezes ("").',
  'csv.unclosedQuote':
    'Linha {line}: um valor entre aspas nunca é fechado (falta uma "), então o resto do arquivo não pode ser lido com segurança.',
  'csv.tooManyRows':
    'O arquivo tem {rows, plural, =1 {# linha} other {# linhas}} de usuários; o limite do Control Hub, que o bot também segue, é {max}. Divida-o em vários arquivos.',
  'csv.nothingToChange':
    'O arquivo não tem coluna de licença do Contact Center ("Contact center Standard Agent", "Contact Center Premium Agent"), nem coluna "Contact Center Role", nem coluna de configurações do Contact Center ("Site", "Teams", "Desktop Profile", "Multimedia Profile", "Skill Profile"), então não há nada para alterar.',
  'csv.noEmailColumn':
    'O arquivo não tem a coluna "{header}". Comece pelo arquivo que `exportar` gera (ou pela exportação do Control Hub) e mantenha a linha de cabeçalho.',
  'csv.notUsers':
    'Isto não parece um arquivo CSV de usuários: a primeira linha não é um cabeçalho com a coluna "User ID/Email (Required)".',
  'row.moreCells':
    'A linha {row} tem {cells, plural, =1 {# valor} other {# valores}}, mas o cabeçalho tem {columns, plural, =1 {# coluna} other {# colunas}}, então os valores cairiam nas colunas erradas. Provavelmente um valor, como um nome, contém {separator, select, semicolon {um ponto e vírgula} tab {uma tabulação} other {uma vírgula}} sem aspas: coloque esse valor entre aspas.',
  'row.fewerCells':
    'A linha {row} tem {cells, plural, =1 {# valor} other {# valores}}, mas o cabeçalho tem {columns, plural, =1 {# coluna} other {# colunas}}, então os valores cairiam nas colunas erradas: falta {separator, select, semicolon {um ponto e vírgula} tab {uma tabulação} other {uma vírgula}} entre dois valores, ou a linha foi cortada. Dê à linha uma célula por coluna (vazia onde não há nada).',
  'row.nul':
    'A linha {row} contém um caractere NUL (um byte zero), que nenhum arquivo de texto tem: o arquivo está danificado ou não foi salvo como texto. Exporte os usuários de novo como CSV e envie esse arquivo.',
  'row.mixedEncoding':
    'A linha {row} está em uma codificação de texto diferente do resto do arquivo (UTF-8 misturado com Windows-1252, por exemplo), então os acentos seriam lidos errado, como "FÃ¡tima". Salve o arquivo inteiro de novo como "CSV UTF-8 (Delimitado por vírgulas)" e envie esse arquivo.',
  'row.formulaCell':
    'Linha {row}: "{value}" em "{header}" é uma fórmula de planilha, que uma planilha executaria ao abrir o arquivo. Digite o próprio valor.',
  'row.emailMissing': 'Linha {row}: falta o endereço de e-mail.',
  'row.invalidEmail': 'Linha {row}: "{email}" não é um endereço de e-mail válido.',
  'row.duplicate': 'Linha {row}: {email} já está na linha {first}; cada usuário só pode aparecer uma vez.',
  'row.formula': 'Linha {row}: {header} "{value}" é uma fórmula de planilha, não um nome.',
  'row.tooLong': 'Linha {row}: {header} tem mais de 256 caracteres.',
  'row.notBoolean': 'Linha {row}: "{value}" em "{header}" não é TRUE nem FALSE (nem VERDADEIRO/FALSO).',
  'row.bothLicenses':
    'Linha {row}: Agente Padrão e Agente Premium estão ambos TRUE; um usuário do Contact Center tem exatamente uma delas.',
  'row.unknownRole':
    'Linha {row}: "{value}" em "{header}" não é uma função que eu conheça. Escreva Agente, Supervisor ou Supervisora, Administrador ou Administradora (Agent e Administrator também valem), ou deixe a célula em branco.',
  'row.supervisorNeedsPremium':
    'Linha {row}: um Supervisor precisa da licença de Agente Premium, mas Agente Padrão está TRUE.',
  'row.administratorNeedsPremium':
    'Linha {row}: um Administrador precisa da licença de Agente Premium, mas Agente Padrão está TRUE.',
  'row.phoneNumber':
    'Linha {row}: o telefone "{phone}" foi transformado em número por uma planilha; formate a coluna como Texto e digite o número de novo com o +.',
  'row.phonePlus':
    'Linha {row}: o telefone "{phone}" parece um número internacional cujo + uma planilha removeu; use "+{digits}" (formate a coluna como Texto para ele ficar).',
  'export.done':
    '**{count, plural, =1 {# usuário} other {# usuários}}**, no formato CSV do Control Hub. Altere as células TRUE/FALSE das licenças do Contact Center, a coluna Contact Center Role (Agent, Supervisor, Administrator) e as configurações do Contact Center por nome (Site, Teams separadas por ;, Desktop Profile, Multimedia Profile, Skill Profile; célula em branco deixa a configuração como está) e depois envie o arquivo neste espaço me mencionando.',
  'export.noSupervisors':
    '**{count, plural, =1 {# usuário} other {# usuários}}**, no formato CSV do Control Hub. Altere as células TRUE/FALSE das licenças do Contact Center e a coluna Contact Center Role (Agent, Supervisor, Administrator) e depois envie o arquivo neste espaço me mencionando. Não foi possível ler o Contact Center ({error}): os supervisores aparecem como Agent, e as colunas de configurações do Contact Center ficam em branco (o que deixa as configurações como estão).',
  'import.how': [
    '**Importar usuários de um arquivo CSV**',
    '1. Envie `exportar` para receber os usuários atuais no formato do Control Hub (ou use a exportação do próprio Control Hub).',
    '2. Edite: TRUE/FALSE (ou VERDADEIRO/FALSO) nas colunas "Contact center Standard Agent" e "Contact Center Premium Agent" (em branco deixa a licença como está), e Agent, Supervisor ou Administrator em "Contact Center Role".',
    '   As configurações do Contact Center por nome, como o Contact Center as mostra: "Site", "Teams" (separadas por ; ou |), "Desktop Profile", "Multimedia Profile", "Skill Profile". Célula em branco deixa a configuração como está; os usuários novos no Contact Center recebem os padrões (`modelo`) no que estiver em branco.',
    '3. Envie o arquivo neste espaço (aqui nesta conversa serve) e me mencione na mesma mensagem.',
    'Verifico cada linha antes de qualquer alteração, depois pergunto se devo **adicionar serviços apenas** ou **adicionar e remover serviços**, e mostro uma prévia para confirmar.',
  ].join('\n'),
  'import.refused':
    '**{file} não foi importado: {count, plural, =1 {# problema} other {# problemas}} a corrigir primeiro.** Nada foi alterado.',
  'import.moreProblems':
    '…e mais {count, plural, =1 {# problema} other {# problemas}}: corrija estes primeiro e envie o arquivo de novo para ver o resto.',
  'import.checked':
    '{file}: {rows, plural, =1 {# linha verificada} other {# linhas verificadas}}. Escolha "Adicionar serviços apenas" ou "Adicionar e remover serviços" no cartão.',
  'import.unknownUpload': 'Esse botão não pertence a um envio que eu conheça. Envie o arquivo de novo.',
  'importMode.title': '{file}: {rows, plural, =1 {# linha verificada} other {# linhas verificadas}}, sem problemas',
  'card.importMode.how': 'Como devo aplicá-lo? Nada muda antes de você confirmar a prévia.',
  'card.importMode.addExplained': 'TRUE adiciona uma licença; FALSE e células em branco não alteram nada.',
  'card.importMode.addRemoveExplained':
    'TRUE adiciona, FALSE remove (as duas em FALSE removem a licença do Contact Center); células em branco não alteram nada.',
  'importMode.ignored': 'Colunas de outros serviços não são alteradas: {columns}.',
  'card.importMode.add': 'Adicionar serviços apenas',
  'card.importMode.addRemove': 'Adicionar e remover serviços',
  'row.agentUnknown':
    'Linha {row}: {field, select, site {Site} teams {Equipe} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}} "{name}" não existe no Contact Center, e nenhum nome de lá é parecido. Escreva-o como o Contact Center mostra, ou deixe a célula em branco para não mudar.',
  'row.agentUnknownClosest':
    'Linha {row}: {field, select, site {Site} teams {Equipe} desktopProfile {Perfil de desktop} multimediaProfile {Perfil multimídia} other {Perfil de habilidades}} "{name}" não existe no Contact Center; os nomes mais parecidos de lá: {closest}.',
};
