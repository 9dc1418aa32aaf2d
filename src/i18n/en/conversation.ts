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
    'Sorry, only Control Hub administrators of this organisation (Full or User Administrator) who are members of this space can use me. Nothing was done.',
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
    'Only Control Hub administrators (Full or User Administrator) who are members of this space can use me.',
  'card.help.addUsers': 'Add users',
} satisfies Record<string, string>;
