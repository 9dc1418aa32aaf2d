/** Control Hub CSV files: reading, checking, export and import. */
export const csv = {
  // ---- CSV -------------------------------------------------------------------------------------
  'mode.add': 'Add services only',
  'mode.add-remove': 'Add and remove services',
  'csv.empty': 'The file is empty.',
  'csv.xlsx':
    'This is an Excel workbook (.xlsx) or another zip file, not a CSV file. In Excel use File > Save As > "CSV UTF-8 (Comma delimited)" and upload that.',
  'csv.xls':
    'This is an old Excel workbook (.xls), not a CSV file. Save it as "CSV UTF-8 (Comma delimited)" and upload that.',
  'csv.binary':
    'This file contains binary data, so it is not a CSV file. Export the users as CSV and upload that file.',
  'csv.tooBig': 'The file is {size} MB; the limit is {max} MB. Split it into smaller files.',
  'csv.noRows': 'The file has no rows.',
  'csv.noUsers':
    'The file has no users: there is a header row but no rows under it. Add one row per user and upload the file again.',
  'csv.tooManyColumns':
    "The header row has {count, plural, one {# column} other {# columns}} ({names}); a Control Hub user file has a few dozen, and I read at most {max}. This is not a file of users I can import: start from the file `export` gives you (or Control Hub's export).",
  'csv.headerTooLong':
    "The header row is {size} KB long ({names}); a Control Hub header row is far shorter, and I read at most {max} KB. This is not a file of users I can import: start from the file `export` gives you (or Control Hub's export).",
  'csv.repeatedColumn':
    'The header has the same column more than once: {columns}. Keep only one of them, so that it is clear which one to read.',
  'csv.misplacedQuote':
    'Row {row}: a " is out of place (text after a closing quote, or a quote in the middle of a value), so the rest of the file cannot be read reliably. Put the whole value in quotes and write each " inside it twice ("").',
  'csv.unclosedQuote':
    'Line {line}: a quoted value is never closed (a " is missing), so the rest of the file cannot be read reliably.',
  'csv.tooManyRows':
    "The file has {rows, plural, one {# user row} other {# user rows}}; Control Hub's limit, which the bot keeps, is {max}. Split it into several files.",
  'csv.nothingToChange':
    'The file has no Contact Center license column ("Contact center Standard Agent", "Contact Center Premium Agent"), no "Contact Center Role" column and no Contact Center settings column ("Site", "Teams", "Desktop Profile", "Multimedia Profile", "Skill Profile"), so there is nothing to change.',
  'csv.noEmailColumn':
    'The file has no "{header}" column. Start from the file `export` gives you (or Control Hub\'s export) and keep its header row.',
  'csv.notUsers':
    'This does not look like a CSV file of users: its first line is not a header row with a "User ID/Email (Required)" column.',
  'row.moreCells':
    'Row {row} has {cells, plural, one {# value} other {# values}} but the header has {columns, plural, one {# column} other {# columns}}, so its values would land under the wrong columns. A value, such as a name, probably holds an unquoted {separator, select, semicolon {semicolon} tab {tab} other {comma}}: put that value in quotes.',
  'row.fewerCells':
    'Row {row} has {cells, plural, one {# value} other {# values}} but the header has {columns, plural, one {# column} other {# columns}}, so its values would land under the wrong columns: a {separator, select, semicolon {semicolon} tab {tab} other {comma}} between two values is missing, or the row was cut short. Give the row one cell per column (empty where there is nothing).',
  'row.nul':
    'Row {row} holds a NUL character (a zero byte), which no text file has: the file is damaged or was not saved as text. Export the users again as CSV and upload that file.',
  'row.mixedEncoding':
    'Row {row} is written in a different text encoding from the rest of the file (UTF-8 mixed with Windows-1252, for example), so its accents would be read wrong, like "FÃ¡tima". Save the whole file again as "CSV UTF-8 (Comma delimited)" and upload that.',
  'row.formulaCell':
    'Row {row}: "{value}" in "{header}" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
  'row.emailMissing': 'Row {row}: the email address is missing.',
  'row.invalidEmail': 'Row {row}: "{email}" is not a valid email address.',
  'row.duplicate': 'Row {row}: {email} is already on row {first}; each user can appear once.',
  'row.formula': 'Row {row}: {header} "{value}" is a spreadsheet formula, not a name.',
  'row.tooLong': 'Row {row}: {header} is longer than 256 characters.',
  'row.notBoolean': 'Row {row}: "{value}" in "{header}" is not TRUE or FALSE.',
  'row.bothLicenses':
    'Row {row}: both Standard Agent and Premium Agent are TRUE; a Contact Center user holds exactly one of them.',
  'row.unknownRole':
    'Row {row}: "{value}" in "{header}" is not a role I know. Write Agent, Supervisor or Administrator (or the Portuguese Agente, Supervisora, Administradora...), or leave the cell blank.',
  'row.supervisorNeedsPremium': 'Row {row}: a Supervisor needs the Premium Agent license, but Standard Agent is TRUE.',
  'row.administratorNeedsPremium':
    'Row {row}: an Administrator needs the Premium Agent license, but Standard Agent is TRUE.',
  'row.phoneNumber':
    'Row {row}: phone number "{phone}" was turned into a number by a spreadsheet; format the column as Text and type the number again with its +.',
  'row.phonePlus':
    'Row {row}: phone number "{phone}" looks like an international number whose + a spreadsheet removed; use "+{digits}" (format the column as Text so it stays).',
  'export.done':
    "**{count, plural, one {# user} other {# users}}**, in Control Hub's CSV layout. Change the TRUE/FALSE cells of the Contact Center licenses and the Contact Center Role column (Agent, Supervisor, Administrator), and the Contact Center settings by name (Site, Teams separated by ;, Desktop Profile, Multimedia Profile, Skill Profile; a blank cell leaves a setting as it is), then upload the file in this space mentioning me.",
  'export.noSupervisors':
    "**{count, plural, one {# user} other {# users}}**, in Control Hub's CSV layout. Change the TRUE/FALSE cells of the Contact Center licenses and the Contact Center Role column (Agent, Supervisor, Administrator), then upload the file in this space mentioning me. The Contact Center could not be read ({error}): supervisors show as Agent, and the Contact Center settings columns are blank (which leaves the settings as they are).",
  'import.how': [
    '**Import users from a CSV file**',
    "1. Send `export` to get the current users in Control Hub's layout (or use Control Hub's own export).",
    '2. Edit it: TRUE/FALSE in the "Contact center Standard Agent" and "Contact Center Premium Agent" columns (blank leaves a license as it is), and Agent, Supervisor or Administrator in "Contact Center Role".',
    '   The Contact Center settings by name, as the Contact Center shows them: "Site", "Teams" (separated by ; or |), "Desktop Profile", "Multimedia Profile", "Skill Profile". A blank cell leaves a setting as it is; users new to the Contact Center get the defaults (`template`) for what is blank.',
    '3. Upload the file in this space (here in this thread is fine) and mention me in the same message.',
    'I check every row before anything changes, then ask whether to **add services only** or to **add and remove services**, and show a preview to confirm.',
  ].join('\n'),
  'import.refused':
    '**{file} was not imported: {count, plural, one {# problem} other {# problems}} to fix first.** Nothing was changed.',
  'import.moreProblems':
    '…and {count, plural, one {# more problem} other {# more problems}}: fix these first, then upload the file again to see the rest.',
  'import.checked':
    '{file}: {rows, plural, one {# row} other {# rows}} checked. Choose "Add services only" or "Add and remove services" in the card.',
  'import.unknownUpload': 'That button does not belong to an upload I know. Upload the file again.',
  'importMode.title': '{file}: {rows, plural, one {# row} other {# rows}} checked, no problems',
  'card.importMode.how': 'How should I apply it? Nothing changes before you confirm the preview.',
  'card.importMode.addExplained': 'TRUE adds a license; FALSE and blank cells change nothing.',
  'card.importMode.addRemoveExplained':
    'TRUE adds, FALSE removes (both FALSE removes the Contact Center license); blank cells change nothing.',
  'importMode.ignored': 'Columns of other services are left alone: {columns}.',
  'card.importMode.add': 'Add services only',
  'card.importMode.addRemove': 'Add and remove services',
  'row.agentUnknown':
    'Row {row}: {field, select, site {Site} teams {Team} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}} "{name}" is not in the Contact Center, and no name there is close to it. Write it as the Contact Center shows it, or leave the cell blank to leave it as it is.',
  'row.agentUnknownClosest':
    'Row {row}: {field, select, site {Site} teams {Team} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}} "{name}" is not in the Contact Center; the closest names there: {closest}.',
} satisfies Record<string, string>;
