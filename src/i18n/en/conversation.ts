/** The conversation itself: languages, refusals, errors from Webex, the commands and their help. */
export const conversation = {
  // ---- languages -------------------------------------------------------------------------------
  'lang.name.en': 'English',
  'lang.name.pt-BR': 'Brazilian Portuguese',
  'lang.now': "From now on I'll reply to you in English. To switch to Brazilian Portuguese, send `language pt-BR`.",
  'lang.current':
    "I reply to you in {language}; the organization's default is {default}. To change it, send `language en` or `language pt-BR`.",
  'lang.unknown':
    'I don\'t know a language called "{given}". I can reply in English (`language en`) or Brazilian Portuguese (`language pt-BR`).',

  // ---- the conversation ------------------------------------------------------------------------
  'bot.sorry': "Sorry, that didn't work. {error}",
  'bot.empty': 'Yes? Send `help` to see what I can do.',
  'bot.unknownCommand': 'I don\'t know the command "{text}". Send `help` to see the commands I understand.',
  'bot.unknownCard': 'That card is out of date. Send `help` to see the current commands.',
  'bot.refusal.space': 'I only take commands in the Contact Center admin space. Nothing was changed.',
  'bot.refusal.person':
    'Sorry, only Control Hub administrators of this organization (full, user and device, or Contact Center service administrators) who are members of this space can use me. Nothing was changed.',
  'bot.more': '…and {count, plural, one {# more line} other {# more lines}}.',

  // ---- errors: these can end up in a card (a failed user's reason), so no inline code ----------
  'error.tracking': ' (Webex trackingId: {trackingId})',
  'error.unauthorized':
    "Webex didn't accept the bot's credentials for {method} {path}: the token is invalid or has expired. Whoever runs the bot must renew it in the bot's settings.{tracking}",
  'error.forbidden':
    'Webex refused {method} {path}: the bot\'s admin credential is missing a scope or an administrator role this needs. Webex said: "{message}".{tracking}',
  'error.notFound': 'Webex couldn\'t find what {method} {path} refers to: "{message}".{tracking}',
  'error.rateLimited':
    'Webex kept asking the bot to slow down (too many requests), so the bot stopped waiting. Try again in a few minutes.{tracking}',
  'error.server':
    'Webex had an internal error ({status}) and was still failing after several tries. Try again later; if it keeps happening, open a case with Webex support.{tracking}',
  'error.network': "Couldn't reach Webex: {message}. Try again in a moment.",
  'error.other': 'Webex answered {status}: "{message}".{tracking}',
  'error.otherNoStatus': 'Webex answered with an error: "{message}".{tracking}',
  'error.wrongOrganisation':
    "The bot's admin credential for this organization belongs to another organization ({actual}, not {expected} as configured), so the bot won't act with it. Whoever runs the bot must give this organization's own Service App in the organizations file. Nothing was changed.",
  'error.internal':
    'Something unexpected went wrong inside the bot (the details are in its log). Nothing else was changed.',
  'error.storage':
    "I can't save anything right now: my data folder {dataDir} {state, select, deleted {is gone (it was deleted while I was running)} replaced {is no longer the one I opened (its database file was replaced)} readonly {is read-only} full {is full} locked {is in use by another program} other {can't be used}}. Nothing was changed. Whoever runs the bot must fix it; I'll carry on by myself once it's back.",
  'error.storageDatabase':
    "I can't save anything right now: my database ({database}) {state, select, readonly {refuses writes (it is read-only, or a standby)} full {is full} closed {was closed} other {doesn't answer}}. Nothing was changed. Whoever runs the bot must fix it; I'll carry on by myself once it's back.",
  'error.fileWrite':
    "I couldn't write a file in {folder}: {reason, select, readonly {that folder can't be written to (permissions, or a read-only disk)} full {the disk is full} notADirectory {something that isn't a folder is in the way} other {{detail}}}. Whoever runs the bot must fix its data folder.",

  // ---- commands (help: these go into the help card, so no inline code) ---------------------------
  'cmd.help.summary': 'What I do, and the commands I understand.',
  'cmd.help.example': 'help',
  'cmd.add.summary':
    'Add up to 25 users, by email address or by name and address, with a Contact Center role. You see a preview before anything changes.',
  'cmd.add.example': 'add',
  'cmd.modify.summary':
    'Change the Contact Center role of users who already exist: their license and their administrator rights.',
  'cmd.modify.example': 'modify',
  'cmd.import.summary': "How to import users from a CSV file in Control Hub's layout: upload it here and mention me.",
  'cmd.import.example': 'import',
  'cmd.export.summary':
    "Every user in the organization as a CSV file in Control Hub's layout, with a Contact Center Role column. Edit it and upload it back.",
  'cmd.export.example': 'export',
  'cmd.tasks.summary': 'Recent and running jobs: who started them, when, what they do, their state and their counts.',
  'cmd.tasks.example': 'tasks',
  'cmd.task.summary': 'The details of one job.',
  'cmd.task.example': 'task job-1a2b3c',
  'cmd.cancel.summary': 'Stop a queued or running job. It stops between two users; what was already done stays done.',
  'cmd.cancel.example': 'cancel job-1a2b3c',
  'cmd.licenses.summary': 'Contact Center Standard Agent and Premium Agent seats: total, in use and free.',
  'cmd.licenses.example': 'licenses',
  'cmd.history.summary':
    'What the bot changed for one user: when, who asked and who confirmed, before and after, and the Webex trackingId.',
  'cmd.history.example': 'history ana.souza@example.com',
  'cmd.sync.summary':
    'Check that the Contact Center has picked users up (ready, waiting for synchronization, needs settings, or invalid), ask Webex to sync them again, and get an alert about users who stay Invalid. On its own it checks the last job; follow it with an address, a job id or "all" to check those instead.',
  'cmd.sync.example': 'sync ana.souza@example.com',
  'cmd.language.summary': 'The language I reply to you in: English or Brazilian Portuguese.',
  'cmd.language.example': 'language pt-BR',
  'help.intro':
    '**{bot}** adds and changes Webex Contact Center agents, supervisors and administrators from this space.',
  'help.line': '- **{name}**: {summary} Example: `{example}`',
  'card.help.about':
    'I add and change Webex Contact Center users from this space (Standard and Premium agents, supervisors and administrators), one at a time or from a CSV file, and I check that the Contact Center picks them up.',
  'card.help.example': 'Example:',
  'card.help.who':
    'Only Control Hub administrators (full, user and device, or Contact Center service administrators) who are members of this space can use me.',
  'card.help.addUsers': 'Add users',
  'cmd.template.summary':
    'The site, teams and desktop, multimedia and skill profiles that users new to the Contact Center get when the card or the file gives none, and who set each one. Send the command alone to see them and how to change them.',
  'cmd.template.example': 'template teams Vendas; Suporte',

  // ---- template (a message, not a card: inline code is drawn) ------------------------------------
  'template.title':
    '**Defaults for users new to the Contact Center**: they get these when the card or the file leaves a setting out. Users already in the Contact Center keep their own settings.',
  'template.line':
    '- **{field, select, site {Site} teams {Teams} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}}**: {value} ({source})',
  'template.none': 'none',
  'template.capacityName': "{name} (a capacity-based team: the Contact Center won't take agents in it)",
  'template.missingName': '"{name}" (no longer in the Contact Center, so it isn\'t applied)',
  'template.by': '{by} on {at}',
  'template.source.stored': 'set with the template command',
  'template.source.storedBy': 'set with `template` by {by}',
  'template.source.environment': "set in the bot's settings by whoever runs it",
  'template.source.cleared': 'removed with `template` by {by}',
  'template.source.clearedOverEnvironment':
    "removed with `template` by {by}, so the one in the bot's settings ({names}) isn't used",
  'template.source.none': 'not set',
  'template.notChecked': "Couldn't check the names: the Contact Center couldn't be read ({error}).",
  'template.usage':
    "To set a default: `template site São Paulo`, `template teams Vendas; Suporte` (separate teams with ; or |), `template desktop profile Padrão`, `template multimedia profile Voz e chat` or `template skill profile Idiomas`. To remove one: `template clear teams`. Write names as the Contact Center shows them; upper or lower case doesn't matter.",
  'template.set':
    '{field, select, teams {The default teams are} site {The default site is} desktopProfile {The default desktop profile is} multimediaProfile {The default multimedia profile is} other {The default skill profile is}} now {value}. Users new to the Contact Center get {field, select, teams {them} other {it}} when the card or the file gives none.',
  'template.notChanged': 'Nothing was changed:',
  'template.capacity':
    "Nothing was changed: {teams} {count, plural, one {is a capacity-based team} other {are capacity-based teams}}, and the Contact Center doesn't take agents in capacity-based teams. Choose agent-based teams.",
  'template.noValue':
    'Which {field, select, site {site} teams {teams} desktopProfile {desktop profile} multimediaProfile {multimedia profile} other {skill profile}}? Write the name after it, as in `template teams Vendas; Suporte`.',
  'template.unreadable':
    "Nothing was changed: the Contact Center couldn't be read to check the name ({error}). Try again in a moment.",
  'template.cleared':
    '{field, select, teams {There are no default teams} site {There is no default site} desktopProfile {There is no default desktop profile} multimediaProfile {There is no default multimedia profile} other {There is no default skill profile}} any more: users new to the Contact Center get none unless the card or the file gives one.',
  'template.otherSite': 'Team "{team}" belongs to the site {teamSite}, not to the default site {site}.',
} satisfies Record<string, string>;
