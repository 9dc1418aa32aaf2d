/** The conversation itself: languages, refusals, errors from Webex, the commands and their help. */
export const conversation = {
  // ---- languages -------------------------------------------------------------------------------
  'lang.name.en': 'English',
  'lang.name.pt-BR': 'Brazilian Portuguese',
  'lang.now': 'From now on I answer you in English. Say `language pt-BR` (or `idioma pt-BR`) for Brazilian Portuguese.',
  'lang.current':
    'I answer you in {language} (the organisation default is {default}). Say `language en` or `language pt-BR` to choose.',
  'lang.unknown':
    'I do not know the language "{given}". I speak English (`language en`) and Brazilian Portuguese (`language pt-BR`).',

  // ---- the conversation ------------------------------------------------------------------------
  'bot.sorry': 'Sorry, that did not work. {error}',
  'bot.empty': 'Yes? Send `help` to see what I can do.',
  'bot.unknownCommand': 'I don\'t know the command "{text}". Send `help` to see what I can do.',
  'bot.unknownCard': 'That card is not one I know any more. Send `help` for the current commands.',
  'bot.refusal.space': 'I only take commands in the Contact Center admin space. Nothing was done here.',
  'bot.refusal.person':
    'Sorry, only Control Hub administrators of this organisation (Full, User or Contact Center Service Administrator) who are members of this space can use me. Nothing was done.',
  'bot.more': '…and {count, plural, one {# more line} other {# more lines}}.',

  // ---- errors ----------------------------------------------------------------------------------
  'error.tracking': ' (Webex trackingId: `{trackingId}`)',
  'error.unauthorized':
    "Webex did not accept the bot's credentials for {method} {path}: the token is invalid or has expired. An operator must renew it in the bot's configuration.{tracking}",
  'error.forbidden':
    'Webex refused {method} {path}: the admin credential lacks the scope or the administrator role this needs. Webex said: "{message}".{tracking}',
  'error.notFound': 'Webex could not find what {method} {path} refers to: "{message}".{tracking}',
  'error.rateLimited':
    'Webex kept asking the bot to slow down (too many requests) and it gave up waiting. Try again in a few minutes.{tracking}',
  'error.server':
    'Webex had an internal error ({status}) and kept failing after several tries. Try again later; if it persists, open a case with Webex support.{tracking}',
  'error.network': 'Webex could not be reached: {message}. Try again shortly.',
  'error.other': 'Webex answered {status}: "{message}".{tracking}',
  'error.otherNoStatus': 'Webex answered with an error: "{message}".{tracking}',
  'error.internal':
    'Something unexpected went wrong inside the bot; the details are in its log. Nothing further was changed.',
  'error.storage':
    'I cannot save anything right now: my data directory `{dataDir}` is {state, select, deleted {gone (deleted while I was running)} replaced {no longer the one I opened (its database file was replaced)} readonly {read-only} full {full} locked {in use by another process} other {unusable}}. Nothing was changed. An operator must fix it; I recover by myself once it is back.',
  'error.fileWrite':
    'I could not write a file in `{folder}`: {reason, select, readonly {that folder cannot be written (permissions or a read-only disk)} full {the disk is full} notADirectory {something that is not a folder is in the way} other {{detail}}}. An operator must fix the data directory.',

  // ---- commands (help) -------------------------------------------------------------------------
  'cmd.help.summary': 'What I do and the commands I understand.',
  'cmd.help.example': 'help',
  'cmd.add.summary':
    'Add up to 25 users (by email, or by name and email) with a Contact Center role; shows a preview before anything changes.',
  'cmd.add.example': 'add',
  'cmd.modify.summary': 'Change the role of existing users: license, administrator privileges granted or removed.',
  'cmd.modify.example': 'modify',
  'cmd.import.summary': "How to import users from a CSV file (Control Hub's layout): upload it here mentioning me.",
  'cmd.import.example': 'import',
  'cmd.export.summary':
    "Every user of the organisation as a CSV file in Control Hub's layout, with a Contact Center Role column: edit it and upload it back.",
  'cmd.export.example': 'export',
  'cmd.tasks.summary': 'Recent and running jobs: who, when, what, state and counts.',
  'cmd.tasks.example': 'tasks',
  'cmd.task.summary': 'The details of one job.',
  'cmd.task.example': 'task job-1a2b3c',
  'cmd.cancel.summary': 'Stops a queued or running job between two users, keeping what was already done.',
  'cmd.cancel.example': 'cancel job-1a2b3c',
  'cmd.licenses.summary': 'Contact Center Standard and Premium Agent seats: total, used and free.',
  'cmd.licenses.example': 'licenses',
  'cmd.history.summary':
    'What the bot changed for one user: when, who asked and confirmed, before and after, trackingId.',
  'cmd.history.example': 'history ana.souza@example.com',
  'cmd.sync.summary':
    'Checks that the Contact Center picked users up (Synced, Pending, Invalid), asks for a synchronisation, retries, and alerts when users stay Invalid: the last job, one address, a job id, or `all`.',
  'cmd.sync.example': 'sync ana.souza@example.com',
  'cmd.language.summary': 'The language I answer you in: English or Brazilian Portuguese.',
  'cmd.language.example': 'language pt-BR',
  'help.intro': '**{bot}** provisions Webex Contact Center agents, supervisors and administrators from this space.',
  'help.line': '- **{name}**: {summary} Example: `{example}`',
  'card.help.about':
    'I add and change Webex Contact Center users from this space: Standard and Premium agents, supervisors and administrators, one by one or by CSV, and I check that the Contact Center picks them up.',
  'card.help.example': 'Example:',
  'card.help.who':
    'Only Control Hub administrators (Full, User or Contact Center Service Administrator) who are members of this space can use me.',
  'card.help.addUsers': 'Add users',
  'cmd.template.summary':
    'The defaults for users new to the Contact Center (site, teams, desktop, multimedia and skill profile) and where each comes from. `template site São Paulo`, `template teams Vendas; Suporte`, `template desktop profile Padrão`, `template multimedia profile …` or `template skill profile …` sets one; `template clear teams` removes one.',
  'cmd.template.example': 'template teams Vendas; Suporte',
  'template.title':
    '**Defaults for users new to the Contact Center**: given for every setting the card or the file leaves out; users already in the Contact Center keep theirs.',
  'template.line':
    '- **{field, select, site {Site} teams {Teams} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}}**: {value} ({source})',
  'template.none': 'none',
  'template.capacityName': '{name} (capacity-based: the Contact Center refuses it for agents)',
  'template.missingName': '"{name}", no longer in the Contact Center and so not given',
  'template.by': '{by}, {at}',
  'template.source.stored': 'set with the template command',
  'template.source.storedBy': 'set with `template` by {by}',
  'template.source.environment': 'from {variable}',
  'template.source.cleared': 'cleared with `template` by {by}',
  'template.source.clearedOverEnvironment': 'cleared with `template` by {by}; {variable} ({names}) is not used',
  'template.source.none': 'none set; {variable} can give one',
  'template.notChecked': 'The names could not be checked: the Contact Center could not be read ({error}).',
  'template.usage':
    'Set a default: `template site São Paulo`, `template teams Vendas; Suporte` (teams separated by ; or |), `template desktop profile Padrão`, `template multimedia profile Voz e chat`, `template skill profile Idiomas`. Remove one: `template clear teams`. Write the names as the Contact Center shows them (upper or lower case does not matter).',
  'template.set':
    '{field, select, teams {The default teams are} site {The default site is} desktopProfile {The default desktop profile is} multimediaProfile {The default multimedia profile is} other {The default skill profile is}} now {value}. Users new to the Contact Center get {field, select, teams {them} other {it}} when the card or the file gives none.',
  'template.notChanged': 'Nothing was changed:',
  'template.capacity':
    'Nothing was changed: {teams} {count, plural, one {is a capacity-based team} other {are capacity-based teams}}, and the Contact Center does not take agents in capacity-based teams. Choose agent-based teams.',
  'template.noValue':
    'Which {field, select, site {site} teams {teams} desktopProfile {desktop profile} multimediaProfile {multimedia profile} other {skill profile}}? Write the name after it, as in `template teams Vendas; Suporte`.',
  'template.unreadable':
    'Nothing was changed: the Contact Center could not be read to check the name ({error}). Try again in a moment.',
  'template.cleared':
    '{field, select, teams {There are no default teams} site {There is no default site} desktopProfile {There is no default desktop profile} multimediaProfile {There is no default multimedia profile} other {There is no default skill profile}} any more: users new to the Contact Center get none unless the card or the file gives one.',
  'template.otherSite': 'Team "{team}" belongs to site {teamSite}, not to the default site {site}.',
} satisfies Record<string, string>;
