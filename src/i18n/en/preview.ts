/** The add-users card, the preview of a job and its confirmation. */
export const preview = {
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
  'preview.importHeadline':
    '{create} to create, {update} to update ({count, plural, one {# removal} other {# removals}}), {unchanged} unchanged',
  'preview.importHeadlineBlocked':
    '{create} to create, {update} to update ({count, plural, one {# removal} other {# removals}}), {unchanged} unchanged, {blocked} cannot be done',
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
  'preview.notEnough':
    'Not enough {tier} seats: {count, plural, one {this user would not get one and will not be changed} other {these users would not get one and will not be changed}}: {users}.',
  'preview.notEnoughFile':
    'Not enough {tier} seats for {count, plural, one {# user: that user will not be changed} other {# users: they will not be changed}}.',
  'preview.note.supervisor':
    'Supervisors get the Premium Agent license now. The Supervisor role itself can only be given in Control Hub: once they are in the Contact Center, I post the steps in this thread, naming them, and check the role when you press Done.',
  'preview.note.keepAdmin': 'Existing administrator privileges are kept; choose "No admin privileges" to remove them.',
  'preview.note.welcome':
    "After the new users are created I will start Webex's activation-email job, which emails every user of the organisation whose activation is still pending.",
  'preview.note.noWelcome':
    'No activation email is requested by me; whether Webex sends its own depends on the organisation\'s "Automatic activation emails" setting in Control Hub.',
  'preview.note.modeAdd': 'Mode "Add services only": TRUE adds a license; FALSE is ignored; nothing is removed.',
  'preview.note.modeAddRemove':
    'Mode "Add and remove services": TRUE adds a license, FALSE removes it, both Contact Center licenses FALSE removes the Contact Center license; Agent or Supervisor in the role column removes administrator privileges.',
  'preview.note.ignoredColumns': 'Columns of other services were left alone: {columns}.',
  'preview.note.phoneNotApplied':
    'Phone numbers in the file are not applied: Webex sets them only for Webex Calling users, and the bot gives no Webex Calling license.',
  'preview.confirm': 'Confirm: change {count, plural, one {# user} other {# users}}',
  'preview.confirmRemovals':
    'Confirm: change {changes, plural, one {# user} other {# users}}, including {count, plural, one {# removal} other {# removals}}',
  'preview.fallback': '**Preview of job {job}**: {headline}.',
  'preview.fallbackImport': '**Preview of job {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…and {count, plural, one {# more line} other {# more lines}} in the card and the plan file.',
  'preview.planFile': 'The full plan of job `{job}`, one row per user.',
  'card.preview.cancel': 'Cancel',
  'job.unknownButton': 'That button does not belong to a job I know. Nothing was changed.',
  'job.expired':
    'This preview (job `{job}`) expired after {minutes, plural, one {# minute} other {# minutes}}, because Webex may have changed since. Nothing was changed: send `add` again for a fresh preview.',
  'job.queued':
    'Queued: one import runs at a time, as in Control Hub. Job `{job}` is number {position} in line and starts when the import before it finishes. `cancel {job}` takes it out of the queue.',
  'job.fullAdminOnly':
    'Only a Full Administrator can confirm job `{job}`: it grants or removes the Full Administrator role in Control Hub. Nothing was changed; the preview stays open for a Full Administrator to confirm.',
  'job.started': 'Working on job `{job}`: 0 of {total, plural, one {# user} other {# users}} done.',
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
  'users.agentUnreadable':
    'Contact Center settings cannot be chosen now: the Contact Center could not be read ({error}).',
  'users.agentDefault': '{name} (default)',
  'users.agentMore':
    '{field, select, site {Sites} teams {Teams} desktopProfile {Desktop profiles} multimediaProfile {Multimedia profiles} other {Skill profiles}}: {count, plural, one {# more is} other {# more are}} not listed here; give them in a CSV file.',
  'users.agentNoDefault': 'No default set',
  'users.agentLeaveAsIs': 'Leave as is',
  'users.agentIntro.add':
    "Preselected: the organisation's defaults, which users new to the Contact Center get (see the template command). What you change here is given to every user of the batch, those already in the Contact Center too.",
  'users.agentIntro.modify':
    "Leave as is keeps what each user has in the Contact Center; a choice here is given to every user of the batch. Users new to the Contact Center get the organisation's defaults for what is left as is.",
  'card.addUsers.agentTitle': 'Contact Center settings',
  'card.addUsers.site': 'Site',
  'card.addUsers.teams': 'Teams',
  'card.addUsers.desktopProfile': 'Desktop profile',
  'card.addUsers.multimediaProfile': 'Multimedia profile',
  'card.addUsers.skillProfile': 'Skill profile',
  'preview.line.agent': '{change}; {agent}',
  'preview.note.agentDefaults':
    "Marked (default): the organisation's default, given to users new to the Contact Center for what the card or the file left out (the template command shows and changes the defaults).",
} satisfies Record<string, string>;
