/**
 * Every text the bot shows, in English. `pt-br.ts` has the same keys (a test compares them, and the
 * type below makes a missing one a compile error there). `{name}` is a parameter; an entry with `one`
 * and `other` is chosen by its `count` parameter. Keys starting with `card.` are the fixed words of the
 * card templates (`${$root.t.summary.created}` in `cards/summary.json`).
 */
export type CatalogEntry = string | { one: string; other: string };

export const en = {
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
  'bot.more': '…and {count} more lines.',

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

  // ---- licenses and roles ----------------------------------------------------------------------
  'tier.standard': 'Standard Agent',
  'tier.premium': 'Premium Agent',
  'role.standard': 'Standard Agent',
  'role.agent': 'Premium Agent (Agent)',
  'role.supervisor': 'Premium Agent (Supervisor)',
  'role.administrator': 'Administrator',
  'role.no-admin': 'No admin privileges',
  'role.explain.standard': 'Standard Agent license.',
  'role.explain.agent': 'Premium Agent license.',
  'role.explain.supervisor': 'Premium Agent license; supervisor profile in the Contact Center once synchronised.',
  'role.explain.administrator': 'Premium Agent license plus the Full Administrator role in Control Hub.',
  'role.explain.no-admin': 'Removes the Full Administrator role; the license stays as it is.',
  'access.none': 'no Contact Center license',
  'access.withAdmin': '{license} + Full Administrator',
  'change.fromTo': '{before} → {after}',
  'licenses.notInOrg': "not in this organisation's subscriptions",
  'licenses.seats': '{free} free of {total} ({used} in use)',
  'licenses.subscription': '{name}: {free} free of {total}',
  'licenses.bySubscription': '{label} by subscription: {subscriptions}',
  'licenses.full': 'No free {tiers} seats: new users of that kind cannot be licensed until seats are freed or bought.',
  'card.licenses.title': 'Contact Center seats',

  // ---- entering users --------------------------------------------------------------------------
  'entries.none': 'No users given: enter at least one email address.',
  'entries.tooMany':
    '{count} users given: at most {max} can be added or changed in one pass. Split the list, or use a CSV import for more.',
  'entries.nameNoEmail': 'Line {line}: "{text}" has a name but no email address.',
  'entries.invalidEmail': 'Line {line}: "{email}" is not a valid email address.',
  'entries.duplicate': 'Line {line}: {email} is already on line {first}; each user can appear once.',
  'entries.noName':
    'Line {line}: {email} has no name. In "names and email addresses" mode write "First Last <{email}>" or "{email}, First, Last".',

  // ---- planning --------------------------------------------------------------------------------
  'plan.notPerson': '{email} is a {type} account, not a person.',
  'plan.notUser': '{email} is not a user of this organisation; "No admin privileges" only changes existing users.',
  'plan.noAdminRole':
    "The Full Administrator role is not visible to the bot's admin credential, so administrator privileges cannot be granted.",
  'plan.noLicense': 'This organisation has no {tier} licenses.',
  'plan.noSeat': 'No free {tier} seat is left for this user ({free} free, {needed} needed by this batch so far).',
  'advice.freeSeats': 'Free or buy {tier} seats (see `licenses`), then add this user again.',
  'advice.blocked': 'Correct what the reason says, then add this user again.',

  // ---- provisioning one user -------------------------------------------------------------------
  'exec.gone': '{email} no longer exists in Webex.',
  'exec.gone.advice': 'Add the user again if they should exist.',
  'exec.notRemoved': 'Webex did not remove the Contact Center license.',
  'exec.checkAgain': 'Check the user in Control Hub and try again.',
  'exec.noSeat.created':
    'The user was created, but Webex did not assign the {tier} license: no free seat was left when this user was reached.',
  'exec.noSeat.updated': 'Webex did not assign the {tier} license: no free seat was left when this user was reached.',
  'exec.roleNotApplied': 'Webex did not apply the administrator role change.',
  'exec.trial':
    '{email} is already used by another Webex organisation, typically a trial that someone created with this address. Webex cannot add it here until that trial organisation is deleted.',
  'exec.trial.advice':
    'Ask the user to delete the trial organisation (as its administrator, in Control Hub), or add them with a different email address.',
  'exec.unexpected': 'Unexpected problem: {message}',
  'exec.unexpected.advice': "Check the bot's log, then try this user again.",
  'exec.forbidden': 'Webex refused the change: the admin credential may not manage this user.',
  'exec.forbidden.advice':
    "Give the bot's admin credential the Full or User Administrator role and the people write scope.",
  'exec.throttled': 'Webex kept answering "too many requests" for this user.',
  'exec.throttled.advice': 'Run the batch again later for this user.',
  'exec.failing': 'Webex kept failing for this user ({status}).',
  'exec.failing.advice': 'Try this user again later; if it persists, open a Webex support case with the trackingId.',
  'exec.refused': 'Webex refused the change: {message}',
  'exec.refused.advice': 'Correct the user in Control Hub or in your list and try again.',
  'exec.credential': "Webex did not accept the bot's admin credential for this user.",
  'exec.credential.advice':
    'Renew the admin credential (see the alert in the admin space), then run the batch again for this user.',
  'credential.failed.refused':
    '⚠️ **The bot\'s admin credential could not be renewed.** Webex refused its refresh token or client: "{detail}".{tracking}',
  'credential.failed.unreachable':
    '⚠️ **The bot\'s admin credential could not be renewed**: the Webex token service did not answer ("{detail}"). The bot keeps trying.{tracking}',
  'credential.expiry.future': 'The access token in hand works until {at}; provisioning goes on until then.',
  'credential.expiry.past':
    'The access token in hand has expired, so provisioning is paused: jobs in progress wait and go on by themselves once the credential works again. Nothing is lost.',
  'credential.fix':
    "To fix: a Full Administrator re-authorises the Service App in Control Hub (Apps > Service Apps); its owner copies the new refresh token from developer.webex.com (My Webex Apps > the Service App > Org authorizations), sets it as WEBEX_ADMIN_REFRESH_TOKEN in the bot's configuration and restarts the bot. `npm run doctor` checks the result.",
  'credential.recovered':
    "✅ **The bot's admin credential was renewed**: provisioning goes on, and jobs that were waiting resume.",
  'exec.unknown': 'Unknown',
  'exec.tryAgain': 'Try again.',

  // ---- the add-users card, preview and confirmation ---------------------------------------------
  'users.title.add': 'Add or change Contact Center users',
  'users.title.modify': 'Change the role of existing users',
  'users.cardFallback': '{title}: open this message in a Webex app that shows cards.',
  'card.addUsers.intro':
    'Up to 25 users per pass. New users are created; existing users get the chosen role. Nothing changes before you confirm the preview.',
  'card.addUsers.enter': 'Enter',
  'card.addUsers.emails': 'Email addresses',
  'card.addUsers.names': 'Names and email addresses',
  'card.addUsers.users': 'Users, one per line',
  'card.addUsers.role': 'Contact Center role',
  'card.addUsers.welcome': 'Send the Webex activation email when new users are created',
  'card.addUsers.preview': 'Preview',
  'preview.invalid': '**Nothing was changed.** Please correct the card and press Preview again:',
  'preview.chooseRole': 'Choose a Contact Center role.',
  'preview.headline': '{create} to create, {update} to update, {unchanged} unchanged',
  'preview.headlineBlocked': '{create} to create, {update} to update, {unchanged} unchanged, {blocked} cannot be done',
  'preview.importHeadline': {
    one: '{create} to create, {update} to update ({count} removal), {unchanged} unchanged',
    other: '{create} to create, {update} to update ({count} removals), {unchanged} unchanged',
  },
  'preview.importHeadlineBlocked': {
    one: '{create} to create, {update} to update ({count} removal), {unchanged} unchanged, {blocked} cannot be done',
    other: '{create} to create, {update} to update ({count} removals), {unchanged} unchanged, {blocked} cannot be done',
  },
  'preview.title': 'Preview: {headline}',
  'preview.subtitle': 'Role: {role}. Job {job}, asked by {requestedBy}. Nothing has been changed yet.',
  'preview.asFile': 'as each row of the file says',
  'preview.fromFile': 'from {file}, {mode}',
  'preview.section.removals': 'Removals ({count}): confirm only if intended',
  'preview.section.create': 'Will be created ({count})',
  'preview.section.update': 'Will be updated ({count})',
  'preview.section.unchanged': 'Unchanged ({count})',
  'preview.section.blocked': 'Cannot be done ({count})',
  'preview.line.unchanged': '{email}: already {access}',
  'preview.line.row': 'Row {row}, {line}',
  'preview.morePlan': '…and {count} more (all in the plan file below).',
  'preview.seats.title': '{tier} seats',
  'preview.seats.batch': '{free} free, {needed} needed by this batch',
  'preview.seats.file': '{free} free, {needed} needed by this file',
  'preview.notEnough': 'Not enough {tier} seats: these users would not get one and will not be changed: {users}.',
  'preview.notEnoughFile': 'Not enough {tier} seats for {count} user(s): they will not be changed.',
  'preview.note.supervisor':
    'Supervisors get the Premium Agent license now; their supervisor profile is set in the Contact Center once the users are synchronised.',
  'preview.note.keepAdmin': 'Existing administrator privileges are kept; choose "No admin privileges" to remove them.',
  'preview.note.welcome':
    "After the new users are created I will start Webex's activation-email job, which emails every user of the organisation whose activation is still pending.",
  'preview.note.noWelcome':
    'No activation email is requested by me; whether Webex sends its own depends on the organisation\'s "Automatic activation emails" setting in Control Hub.',
  'preview.note.modeAdd': 'Mode "Add services only": TRUE adds a license; FALSE is ignored; nothing is removed.',
  'preview.note.modeAddRemove':
    'Mode "Add and remove services": TRUE adds a license, FALSE removes it, both Contact Center licenses FALSE removes the Contact Center license; Agent or Supervisor in the role column removes administrator privileges.',
  'preview.note.ignoredColumns': 'Columns of other services were left alone: {columns}.',
  'preview.confirm': { one: 'Confirm: change {count} user', other: 'Confirm: change {count} users' },
  'preview.confirmRemovals': {
    one: 'Confirm: change {changes} users, including {count} removal',
    other: 'Confirm: change {changes} users, including {count} removals',
  },
  'preview.fallback': '**Preview of job {job}**: {headline}.',
  'preview.fallbackImport': '**Preview of job {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…and {count} more lines in the card and the plan file.',
  'preview.planFile': 'The full plan of job `{job}`, one row per user.',
  'card.preview.cancel': 'Cancel',
  'job.unknownButton': 'That button does not belong to a job I know. Nothing was changed.',
  'job.expired':
    'This preview (job `{job}`) expired after {minutes} minutes, because Webex may have changed since. Nothing was changed: send `add` again for a fresh preview.',
  'job.queued':
    'Queued: one import runs at a time, as in Control Hub. Job `{job}` is number {position} in line and starts when the import before it finishes. `cancel {job}` takes it out of the queue.',
  'job.started': 'Working on job `{job}`: 0 of {total} users done.',
  'job.cancelledPreview': 'Cancelled job `{job}`. Nothing was changed.',
  'job.handled.cancelled': 'Already handled: job `{job}` was cancelled. Nothing more was done.',
  'job.handled.expired': 'Already handled: job `{job}` expired. Nothing more was done.',
  'job.handled.done':
    'Already handled: job `{job}` was already confirmed by {by} and has finished. Nothing more was done.',
  'job.handled.queued':
    'Already handled: job `{job}` was already confirmed by {by} and is queued. Nothing more was done.',
  'job.handled.running':
    'Already handled: job `{job}` was already confirmed by {by} and is running. Nothing more was done.',
  'job.someone': 'someone',

  // ---- history ---------------------------------------------------------------------------------
  'history.ask': 'Say whose history you want, for example `history ana.souza@example.com`.',
  'history.none': 'I have not changed {email} (no entry in my audit trail).',
  'history.title': '**History of {email}** (newest first)',
  'history.line': '- {at}, job `{job}`: {detail}. Asked by {requestedBy}, confirmed by {confirmedBy}.',
  'history.lineTracking':
    '- {at}, job `{job}`: {detail}. Asked by {requestedBy}, confirmed by {confirmedBy}, trackingId `{trackingId}`.',
  'history.failed': 'failed: {reason}',
  'history.seeSummary': 'see the job summary',
  'history.outcome': '{outcome}: {change}',
  'outcome.created': 'created',
  'outcome.updated': 'updated',
  'outcome.unchanged': 'unchanged',
  'outcome.failed': 'failed',
  'outcome.notReached': 'not reached',
  'action.create': 'create',
  'action.update': 'update',
  'action.unchanged': 'unchanged',
  'action.blocked': 'blocked',

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
  'csv.unclosedQuote':
    'Line {line}: a quoted value is never closed (a " is missing), so the rest of the file cannot be read reliably.',
  'csv.misplacedQuote':
    'Row {row}: a " is out of place (text after a closing quote, or a quote in the middle of a value), so the rest of the file cannot be read reliably. Put the whole value in quotes and write each " inside it twice ("").',
  'csv.tooManyRows':
    "The file has {rows} user rows; Control Hub's limit, which the bot keeps, is {max}. Split it into several files.",
  'csv.nothingToChange':
    'The file has no Contact Center license column ("Contact center Standard Agent", "Contact Center Premium Agent") and no "Contact Center Role" column, so there is nothing to change.',
  'csv.noEmailColumn':
    'The file has no "{header}" column. Start from the file `export` gives you (or Control Hub\'s export) and keep its header row.',
  'csv.notUsers':
    'This does not look like a CSV file of users: its first line is not a header row with a "User ID/Email (Required)" column.',
  'row.emailMissing': 'Row {row}: the email address is missing.',
  'row.invalidEmail': 'Row {row}: "{email}" is not a valid email address.',
  'row.duplicate': 'Row {row}: {email} is already on row {first}; each user can appear once.',
  'row.formula': 'Row {row}: {header} "{value}" is a spreadsheet formula, not a name.',
  'row.tooLong': 'Row {row}: {header} is longer than 256 characters.',
  'row.notBoolean': 'Row {row}: "{value}" in "{header}" is not TRUE or FALSE.',
  'row.bothLicenses':
    'Row {row}: both Standard Agent and Premium Agent are TRUE; a Contact Center user holds exactly one of them.',
  'row.unknownRole': 'Row {row}: "{value}" in "{header}" is not Agent, Supervisor or Administrator.',
  'row.supervisorNeedsPremium': 'Row {row}: a Supervisor needs the Premium Agent license, but Standard Agent is TRUE.',
  'row.administratorNeedsPremium':
    'Row {row}: an Administrator needs the Premium Agent license, but Standard Agent is TRUE.',
  'row.phoneNumber':
    'Row {row}: phone number "{phone}" was turned into a number by a spreadsheet; format the column as Text and type the number again with its +.',
  'row.phonePlus':
    'Row {row}: phone number "{phone}" looks like an international number whose + a spreadsheet removed; use "+{digits}" (format the column as Text so it stays).',
  'export.done':
    "**{count} users**, in Control Hub's CSV layout. Change the TRUE/FALSE cells of the Contact Center licenses and the Contact Center Role column (Agent, Supervisor, Administrator), then upload the file in this space mentioning me.",
  'export.noSupervisors':
    "**{count} users**, in Control Hub's CSV layout. Change the TRUE/FALSE cells of the Contact Center licenses and the Contact Center Role column (Agent, Supervisor, Administrator), then upload the file in this space mentioning me. Supervisors could not be read from the Contact Center ({error}), so they show as Agent.",
  'import.how': [
    '**Import users from a CSV file**',
    "1. Send `export` to get the current users in Control Hub's layout (or use Control Hub's own export).",
    '2. Edit it: TRUE/FALSE in the "Contact center Standard Agent" and "Contact Center Premium Agent" columns (blank leaves a license as it is), and Agent, Supervisor or Administrator in "Contact Center Role".',
    '3. Upload the file in this space (here in this thread is fine) and mention me in the same message.',
    'I check every row before anything changes, then ask whether to **add services only** or to **add and remove services**, and show a preview to confirm.',
  ].join('\n'),
  'import.refused': {
    one: '**{file} was not imported: {count} problem to fix first.** Nothing was changed.',
    other: '**{file} was not imported: {count} problems to fix first.** Nothing was changed.',
  },
  'import.moreProblems': '…and {count} more problems: fix these first, then upload the file again to see the rest.',
  'import.checked': '{file}: {rows} rows checked. Choose "Add services only" or "Add and remove services" in the card.',
  'import.unknownUpload': 'That button does not belong to an upload I know. Upload the file again.',
  'importMode.title': '{file}: {rows} rows checked, no problems',
  'card.importMode.how': 'How should I apply it? Nothing changes before you confirm the preview.',
  'card.importMode.addExplained': 'TRUE adds a license; FALSE and blank cells change nothing.',
  'card.importMode.addRemoveExplained':
    'TRUE adds, FALSE removes (both FALSE removes the Contact Center license); blank cells change nothing.',
  'importMode.ignored': 'Columns of other services are left alone: {columns}.',
  'card.importMode.add': 'Add services only',
  'card.importMode.addRemove': 'Add and remove services',

  // ---- jobs ------------------------------------------------------------------------------------
  'tasks.none': 'No jobs yet.',
  'tasks.title': '**Recent jobs** (newest first)',
  'tasks.footer': 'Send `task <id>` for one job, `cancel <id>` to stop a queued or running one.',
  'tasks.line':
    '`{job}` {what}, by {by}, {at}: **{state}**; {total} users: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed.',
  'tasks.lineQueued':
    '`{job}` {what}, by {by}, {at}: **{state}** (number {position} in line); {total} users: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed.',
  'tasks.whatImport': 'import of {file} ({mode})',
  'tasks.whatCard': 'users by card',
  'tasks.aFile': 'a file',
  'state.previewed': 'previewed',
  'state.queued': 'queued',
  'state.running': 'running',
  'state.done': 'done',
  'state.cancelled': 'cancelled',
  'state.expired': 'expired',
  'task.unknown': 'I know no job "{job}". Send `tasks` to see the recent ones.',
  'task.title': '**Job {job}**: {line}',
  'task.created': 'Created {created}.',
  'task.createdConfirmed': 'Created {created}, confirmed {confirmed} by {by}.',
  'task.createdConfirmedEnded': 'Created {created}, confirmed {confirmed} by {by}, ended {ended}.',
  'task.createdEnded': 'Created {created}, ended {ended}.',
  'task.moreFailures': '…and {count} more failures (see the results file of the job).',
  'cancel.queued': 'Cancelled job `{job}` before it started. Nothing was changed by it.',
  'cancel.stopping': 'Stopping job `{job}` after the user in hand; its summary will say what was done.',
  'cancel.nothing': 'Job `{job}` is {state}: there is nothing to cancel.',
  'progress.working':
    'Working on job `{job}`: {done} of {total} users done ({created} created, {updated} updated, {unchanged} unchanged, {failed} failed).',
  'progress.finished':
    'Finished job `{job}`: {done} of {total} users done ({created} created, {updated} updated, {unchanged} unchanged, {failed} failed). The summary follows.',
  'progress.cancelled':
    'Cancelled job `{job}` after {done} of {total} users ({created} created, {updated} updated, {unchanged} unchanged, {failed} failed). The summary follows.',
  'progress.dequeued': 'Starting queued job `{job}` now: 0 of {total} users done.',
  'summary.cancelledHeadline': 'Job {job} finished early: cancelled after {done} of {total} users',
  'summary.doneHeadline': 'Job {job} finished: every user is done',
  'summary.failedHeadline': {
    one: 'Job {job} finished with {count} failure',
    other: 'Job {job} finished with {count} failures',
  },
  'summary.byline': 'Job {job}: asked by {requestedBy}, confirmed by {confirmedBy}.',
  'summary.fallback': '**{headline}**: {created} created, {updated} updated, {unchanged} unchanged, {failed} failed.',
  'summary.failedLine': '- {email}: {reason} What to do: {advice}',
  'summary.failedLineTracking': '- {email}: {reason} What to do: {advice} (trackingId {trackingId})',
  'summary.whatToDo': 'What to do: {advice}',
  'summary.trackingId': 'Webex trackingId: {trackingId}',
  'summary.moreFailures': '…and {count} more',
  'summary.moreFailuresWhere': 'listed in {where}.',
  'summary.seeThere': 'See there.',
  'summary.moreLines': '…and {count} more (see {where}).',
  'summary.moreFallback': '…and {count} more lines (see {where}).',
  'summary.whereFile': 'the results file',
  'summary.whereHistory': 'the `history` of each user',
  'summary.cancelledNote': 'Cancelled on request: {count} user(s) were not reached and are unchanged.',
  'summary.activation': "Activation emails: Webex's activation-email job {id} was started.",
  'summary.activationSent':
    "Activation emails: Webex's activation-email job {id} was started and sent {count} email(s) to users whose activation is pending.",
  'summary.activationFailed': 'Activation emails could not be requested: {error}',
  'card.summary.created': 'Created',
  'card.summary.updated': 'Updated',
  'card.summary.unchanged': 'Unchanged',
  'card.summary.failed': 'Failed',
  'card.summary.whatFailed': 'What failed, and what to do',
  'results.header.row': 'Row',
  'results.header.email': 'Email',
  'results.header.action': 'Action',
  'results.header.outcome': 'Outcome',
  'results.header.reason': 'Reason',
  'results.header.trackingId': 'TrackingId',
  'results.header.change': 'Change',
  'results.notReached': 'The job was cancelled before this user.',
  'results.posted': 'Results of job `{job}`, one row per user of the file.',
  'results.errors': {
    one: 'The {count} row that did not go through, in the import layout: fix it (see the reasons above) and upload this file again.',
    other:
      'The {count} rows that did not go through, in the import layout: fix them (see the reasons above) and upload this file again.',
  },

  // ---- Contact Center synchronisation ----------------------------------------------------------
  'sync.state.synced': 'Synced',
  'sync.state.pending': 'Pending',
  'sync.state.invalid': 'Invalid',
  'verify.gone': 'No Contact Center license, and not in the Contact Center.',
  'verify.removedStillActive':
    'The Contact Center license was removed, but the user is still active in the Contact Center.',
  'verify.removedWaiting': 'The Contact Center license was removed; waiting for the Contact Center to drop the user.',
  'verify.missing': 'Licensed in Control Hub, but still missing from the Contact Center after synchronisation.',
  'verify.notYet': 'Licensed in Control Hub; not in the Contact Center yet.',
  'verify.notEnabled': 'In the Contact Center, but not enabled for the Agent Desktop (contactCenterEnabled is false).',
  'verify.inactive': 'In the Contact Center, but inactive.',
  'verify.wrongProfile': 'The Contact Center user profile is {profile}, which does not match the {tier} license.',
  'verify.synced': 'In the Contact Center, enabled and active, with a profile that matches the license.',
  'verify.notChecked': 'Not checked yet.',
  'verify.apiFailed': 'Could not be checked: the Contact Center API failed.',
  'verify.apiFailedTracking': 'Could not be checked: the Contact Center API failed (trackingId {trackingId}).',
  'profile.noSupervisorProfile':
    'the organisation has no supervisor user profile in the Contact Center; create one, or name one in CC_SUPERVISOR_PROFILE_ID',
  'profile.stillShows': 'the Contact Center still shows the profile {profile}',
  'profile.gone': 'the user is no longer in the Contact Center',
  'profile.failed': '{message}',
  'profile.failedTracking': '{message} (trackingId {trackingId})',
  'profile.none': 'none',
  'sync.why.first': 'synchronisation after the change',
  'sync.why.resync': 're-synchronisation because users stayed Invalid',
  'sync.why.retry': 'synchronisation asked from the alert (Retry sync)',
  'sync.tried.endpoint': '{at}: {why}, "Synchronize Users" requested by the bot',
  'sync.tried.endpointTracking': '{at}: {why}, "Synchronize Users" requested by the bot (trackingId {trackingId})',
  'sync.tried.manual': '{at}: {why}, the admins were asked to press "Synchronize Users" in Control Hub',
  'sync.origin.job': 'job {job}',
  'sync.origin.command': 'the sync request {run}',
  'sync.tally': '{synced} synced, {pending} pending, {invalid} invalid',
  'sync.supervisor.set': 'Supervisor profile set in the Contact Center and read back for {users}.',
  'sync.supervisor.failed':
    'Supervisor profile NOT set for {email}: {reason}. Set it in the Contact Center management portal (Users > {email} > User Profile), or run `sync {email}` to try again.',
  'sync.supervisor.waiting': {
    one: 'Supervisor profile requested for {users}: it is set once this user is synchronised.',
    other: 'Supervisor profile requested for {users}: it is set once these users are synchronised.',
  },
  'sync.andMore': '{users} and {count} more',
  'sync.line.final': 'Contact Center: {tally}: every changed user is in the Contact Center as Control Hub says.',
  'sync.line.invalid': 'Contact Center: {tally}. The alert posted in this space says what to do.',
  'sync.line.unchecked': 'Contact Center: {tally}. Pending users could not be checked; `sync` checks them again.',
  'sync.line.going': 'Contact Center: {tally} so far. I keep checking and post the result in this thread.',
  'sync.line.goingManual':
    'Contact Center: {tally} so far. Waiting for "Synchronize Users" in Control Hub (see above); I keep checking and post the result in this thread.',
  'sync.steps.1': '1. Open Control Hub (https://admin.webex.com) as an administrator of this organisation.',
  'sync.steps.2': '2. Go to **Services > Contact Center > Settings > General**.',
  'sync.steps.3': '3. Press **Synchronize Users**.',
  'sync.steps.4': '4. Come back here and press **Synchronised: check again**.',
  'sync.manual.first': 'Please press "Synchronize Users" in Control Hub',
  'sync.manual.again': 'Some users are still Invalid: please press "Synchronize Users" once more',
  'sync.manual.intro':
    "The Contact Center must pick up the users of {origin}, and there is no public API for Control Hub's synchronisation, so it takes a press of a button:",
  'sync.manual.meanwhile': 'Meanwhile I keep checking by myself, until {deadline} at the latest.',
  'card.syncManual.checkAgain': 'Synchronised: check again',
  'sync.progress': '**So far** ({at}): {tally}; still checking, until {deadline} at the latest.',
  'sync.result': {
    one: '**Contact Center check of {origin} finished**: {tally} (of {count} user).',
    other: '**Contact Center check of {origin} finished**: {tally} (of {count} users).',
  },
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.more': '…and {count} more.',
  'sync.result.alerted':
    'The alert posted in this space has the details for a support request, and a Retry sync button.',
  'sync.alert.headline': {
    one: 'Contact Center sync problem: {count} user stays Invalid',
    other: 'Contact Center sync problem: {count} users stay Invalid',
  },
  'sync.alert.intro': {
    one: 'After {origin}, the Contact Center did not pick up this user correctly, and {syncs} synchronisation(s) did not fix it. This user cannot work as an agent until this is fixed. I keep watching and post here when it clears.',
    other:
      'After {origin}, the Contact Center did not pick up these users correctly, and {syncs} synchronisation(s) did not fix it. They cannot work as agents until this is fixed. I keep watching and post here when it clears.',
  },
  'sync.alert.step1':
    '1. In Control Hub, open each user and check the Contact Center license is there (remove it and add it again if it is).',
  'sync.alert.step2': '2. Press **Retry sync** below: I ask for another synchronisation and check again.',
  'sync.alert.step3':
    '3. If it stays Invalid, open a case with Webex support (https://help.webex.com) and paste the text below: it has the organisation, the ids and the trackingIds support needs.',
  'sync.alert.ids': 'CI user id {ci}; Contact Center user id {cc}',
  'sync.alert.trackingIds': 'trackingIds: {ids}',
  'sync.alert.noCcUser': 'none (not in the Contact Center)',
  'sync.alert.userLine': '**{email}**: {state}. {reason}',
  'sync.alert.fact': '{alert}, {at}',
  'sync.alert.supportTitle': 'Support request text:',
  'card.syncAlert.org': 'Organization ID',
  'card.syncAlert.origin': 'Found after',
  'card.syncAlert.askedBy': 'Asked by',
  'card.syncAlert.alert': 'Alert',
  'card.syncAlert.tried': 'What was tried',
  'card.syncAlert.next': 'What to do next',
  'card.syncAlert.support': 'Support request (copy and paste)',
  'card.syncAlert.retry': 'Retry sync',
  'card.syncAlert.dismiss': 'Dismiss',
  'sync.support.subject': 'Subject: Webex Contact Center users stay Invalid after "Synchronize Users"',
  'sync.support.org': 'Organization ID: {uuid} (API id {id})',
  'sync.support.detected': 'Detected: {at} by our provisioning bot, after {origin} (asked by {by}).',
  'sync.support.users': 'Users ({count}):',
  'sync.support.user':
    '- {email}: CI user id {ci}; Contact Center user id {cc}; expected license {license}; sync status {state}: {reason}',
  'sync.support.userTracking':
    '- {email}: CI user id {ci}; Contact Center user id {cc}; expected license {license}; sync status {state}: {reason} trackingIds: {ids}',
  'sync.support.tried': 'What was tried:',
  'sync.support.checked':
    '- The users were checked through the Contact Center users API (by CI user id) with backoff until {at}.',
  'sync.support.ask': 'Please find out why the Contact Center does not pick these users up, and fix their sync status.',
  'sync.support.noLicense': 'none',
  'sync.resolved': {
    one: '**Resolved** ({at}): the user of alert `{alert}` is Synced now: {users}.',
    other: '**Resolved** ({at}): all {count} users of alert `{alert}` are Synced now: {users}.',
  },
  'sync.retryDone':
    '**Retry sync done** ({at}): {still} of {count} still not synced after the synchronisation of {synced}.',
  'sync.retryLine': '- {email}: {state}. {reason}',
  'sync.retryLineTracking': '- {email}: {state}. {reason} (trackingIds {ids})',
  'sync.retryAdvice':
    'Open a case with Webex support with the text of the alert above; I keep watching and post here when it clears.',
  'sync.cmd.badEmail':
    '"{given}" is not an email address. Say `sync` (the last job), `sync ana.souza@example.com`, `sync job-1a2b3c` or `sync all`.',
  'sync.cmd.noPerson': 'No Webex user of this organisation has the address {email}.',
  'sync.cmd.badId': 'The Webex id of {email} is not one I can read.',
  'sync.cmd.unknownJob': 'I know no job "{job}". Send `tasks` to see the recent ones.',
  'sync.cmd.noJob':
    'No job has finished yet. Say `sync ana.souza@example.com` or `sync all` to check users of your choice.',
  'sync.cmd.jobChangedNobody':
    'Job `{job}` changed nobody, so there is nothing to check. Say `sync all` to check every Contact Center user.',
  'sync.cmd.nobody':
    'The organisation has no Contact Center users and nobody with a Contact Center license: nothing to check.',
  'sync.cmd.whatAll': 'everyone licensed for the Contact Center, and every Contact Center user of the organisation,',
  'sync.cmd.whatEmail': '{email} in the Contact Center',
  'sync.cmd.whatJob': {
    one: 'the {count} user job {job} created or changed, in the Contact Center,',
    other: 'the {count} users job {job} created or changed, in the Contact Center,',
  },
  'sync.cmd.started': {
    one: 'Checking {what} (check `{run}`, {count} user): I asked for a synchronisation, then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
    other:
      'Checking {what} (check `{run}`, {count} users): I asked for a synchronisation, then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
  },
  'sync.cmd.startedManual': {
    one: 'Checking {what} (check `{run}`, {count} user): a synchronisation is needed (see below), then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
    other:
      'Checking {what} (check `{run}`, {count} users): a synchronisation is needed (see below), then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
  },
  'sync.check.unknown': 'That button does not belong to a check I know. Say `sync` to start one.',
  'sync.check.allSynced': 'Every user of check `{run}` is Synced already: nothing more to do.',
  'sync.check.checking': 'Thank you, {name}: checking the users of `{run}` now. The result follows in this thread.',
  'sync.alert.unknown': 'That button does not belong to an alert I know.',
  'sync.alert.closed': 'Alert `{alert}` is {state} already: nothing to retry.',
  'sync.alert.closedAlready': 'Alert `{alert}` is {state} already.',
  'sync.alert.busy': 'The users of alert `{alert}` are being checked right now; the result follows here.',
  'sync.alert.retrying': {
    one: 'Retrying for {name}: asked for another synchronisation and checking the {count} user again. The result follows here.',
    other:
      'Retrying for {name}: asked for another synchronisation and checking the {count} users again. The result follows here.',
  },
  'sync.alert.retryingManual': {
    one: 'Retrying for {name}: please press "Synchronize Users" in Control Hub once more and checking the {count} user again. The result follows here.',
    other:
      'Retrying for {name}: please press "Synchronize Users" in Control Hub once more and checking the {count} users again. The result follows here.',
  },
  'sync.alert.dismissed':
    'Dismissed by {name}: I stop watching the users of alert `{alert}`. `sync <email>` checks one of them again at any time.',
  'alert.state.open': 'open',
  'alert.state.resolved': 'resolved',
  'alert.state.dismissed': 'dismissed',
} satisfies Record<string, CatalogEntry>;

export type MsgKey = keyof typeof en;
