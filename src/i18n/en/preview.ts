/** The add-users card, the preview of a job and its confirmation. */
export const preview = {
  // ---- the add-users card, preview and confirmation ---------------------------------------------
  'users.title.add': 'Add or change Contact Center users',
  'users.title.modify': 'Change existing Contact Center users',
  'users.cardFallback': '{title}: open this message in a Webex app that shows cards.',
  'users.intro.add': 'Up to 25 users; new addresses are created. Nothing changes until you confirm the preview.',
  'users.intro.modify':
    'Up to 25 existing users; other addresses are refused, not created. Nothing changes until you confirm the preview.',
  'card.addUsers.listType': 'Type of list',
  'card.addUsers.emails': 'Email addresses',
  'card.addUsers.names': 'Names and email addresses',
  'card.addUsers.users': 'Users (one per line, or pasted from Outlook or Gmail)',
  'card.addUsers.role': 'What to do for these users',
  'card.addUsers.adminWarning':
    'Administrator also makes each user a Full Administrator in Control Hub (the whole organization, not just the Contact Center), even before they sign in.',
  'card.addUsers.welcome':
    'Ask Webex to send activation emails (to everyone whose activation is pending; the preview says how many)',
  'card.addUsers.preview': 'Preview',
  'users.welcomeNewOnly':
    'Ask Webex to send activation emails to the new users (no other activation is pending; the preview confirms)',
  'users.welcomeCounted':
    'Ask Webex to send activation emails (to the new users and the {count, plural, one {# person} other {# people}} whose activation is pending now; the preview confirms)',
  'preview.invalid': '**Nothing was changed.** Correct the card and select Preview again:',
  'preview.chooseRole': 'Choose what to do for these users.',
  'preview.headline': '{create} to add, {update} to change, {unchanged} unchanged',
  'preview.headlineBlocked': '{create} to add, {update} to change, {unchanged} unchanged, {blocked} not possible',
  'preview.importHeadline':
    '{create} to add, {update} to change ({count, plural, one {# removal} other {# removals}}), {unchanged} unchanged',
  'preview.importHeadlineBlocked':
    '{create} to add, {update} to change ({count, plural, one {# removal} other {# removals}}), {unchanged} unchanged, {blocked} not possible',
  'preview.title': 'Preview: {headline}',
  'preview.subtitle': '{role}. Asked by {requestedBy}. Nothing has changed yet ({job}).',
  'preview.subtitle.card':
    'Chosen on the card for every user: {role}. Asked by {requestedBy}. Nothing has changed yet ({job}).',
  'preview.asFile': 'as each row of the file says',
  'preview.fromFile': 'File {file}, mode {mode}',
  'preview.section.removals': 'Removals ({count}): confirm only if you mean them',
  'preview.section.create': 'New users ({count})',
  'preview.section.update': 'Changes ({count})',
  'preview.section.unchanged': 'Unchanged ({count})',
  'preview.section.blocked': 'Not possible ({count})',
  'preview.line.unchanged': '{email}: already {access}',
  'preview.line.row': 'Row {row}, {line}',
  'preview.morePlan': '…and {count} more (all in the plan file below).',
  'preview.seats.title': '{tier} seats',
  'preview.seats.batch': '{free} free, {needed} needed by this batch',
  'preview.seats.file': '{free} free, {needed} needed by this file',
  'preview.seats.freed': '{count, plural, one {# seat} other {# seats}} freed',
  'preview.notEnough':
    'Not enough {tier} seats. {count, plural, one {This user gets none and will not be changed} other {These users get none and will not be changed}}: {users}.',
  'preview.notEnoughFile':
    'Not enough {tier} seats for {count, plural, one {# user, who will not be changed} other {# users, who will not be changed}}.',
  'preview.warn.fullAdmin':
    '{count, plural, one {# user becomes} other {# users become}} Full Administrator in Control Hub: full control of the whole organization, not just the Contact Center.',
  'preview.warn.fullAdminNew':
    '{count, plural, one {# of them does not exist yet and will be created} other {# of them do not exist yet and will be created}} as Full Administrator, before they ever sign in. Confirm only if that is what you want.',
  'preview.warn.activation':
    'Activation emails go to {total} people: {count, plural, one {the new user} other {the # new users}}, and {others, plural, one {# other person} other {# other people}} in the organization whose activation is pending. Webex emails everyone pending; it cannot email only this batch.',
  'preview.warn.activationOnlyNew':
    'Activation emails go to {count, plural, one {the new user} other {the # new users}} only: nobody else in the organization has a pending activation right now.',
  'preview.warn.activationUncounted':
    'Activation emails go to {count, plural, one {the new user} other {the # new users}} and to everyone else in the organization whose activation is pending. I could not count them: Webex did not list the organization’s users.',
  'preview.warn.noName':
    '{count, plural, one {# new user has no name and would appear} other {# new users have no name and would appear}} in Control Hub under the address alone: {users}.',
  'preview.namesFromAddress': 'Use names from the addresses',
  'preview.note.namesFromAddress':
    'Names of users given without one are taken from their addresses (carla.mendes@… becomes Carla Mendes). Check them before you confirm.',
  'preview.note.supervisor':
    'Supervisors get the Premium Agent license now. The Supervisor role itself can only be given in Control Hub: once they are in the Contact Center, I post the steps in this thread, naming them, and check the role when you select Done.',
  'preview.note.keepAdmin':
    'Existing administrator privileges are kept. To remove them, choose "Remove administrator privileges".',
  'preview.note.noWelcome':
    'The bot will not ask Webex for activation emails. Webex may still send its own, depending on the organization’s email settings in Control Hub.',
  'preview.note.modeAdd': 'Mode "Add services only": TRUE adds a license, FALSE is ignored, nothing is removed.',
  'preview.note.modeAddRemove':
    'Mode "Add and remove services": TRUE adds a license and FALSE removes it; FALSE for both Contact Center licenses removes the Contact Center license; Agent or Supervisor in the role column removes administrator privileges.',
  'preview.note.ignoredColumns': 'Columns of other services were left alone: {columns}.',
  'preview.note.phoneNotApplied':
    'Phone numbers in the file are not applied: Webex sets them only for Webex Calling users, and the bot does not assign Webex Calling licenses.',
  'preview.confirm': 'Confirm: change {count, plural, one {# user} other {# users}}',
  'preview.confirm.add': 'Confirm: add {count, plural, one {# user} other {# users}}',
  'preview.confirm.change': 'Confirm: change {count, plural, one {# user} other {# users}}',
  'preview.confirm.both':
    'Confirm: add {create, plural, one {# user} other {# users}}, change {update, plural, one {# user} other {# users}}',
  'preview.confirmRemovals':
    'Confirm: change {changes, plural, one {# user} other {# users}}, including {count, plural, one {# removal} other {# removals}}',
  'preview.fallback': '**Preview of job {job}**: {headline}.',
  'preview.fallbackImport': '**Preview of job {job}** ({mode}): {headline}.',
  'preview.moreInCard': '…and {count, plural, one {# more line} other {# more lines}} in the card and the plan file.',
  'preview.planFile': 'The full plan of job `{job}`, one row per user.',
  'card.preview.cancel': 'Cancel',
  'job.unknownButton': 'That button does not belong to a job I know. Nothing was changed.',
  'job.expired':
    'This preview (job `{job}`) expired after {minutes, plural, one {# minute} other {# minutes}}, because Webex may have changed since. Nothing was changed: send `add` again for a new preview.',
  'job.queued':
    'Queued: as in Control Hub, one import runs at a time. Job `{job}` is number {position} in the queue and starts when the one before it finishes. `cancel {job}` takes it out of the queue.',
  'job.fullAdminOnly':
    'Only a Full Administrator can confirm job `{job}`, because it grants or removes the Full Administrator role in Control Hub. Nothing was changed; the preview stays open for a Full Administrator to confirm.',
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
    'Contact Center settings cannot be chosen right now: the Contact Center could not be read ({error}).',
  'users.agentDefault': '{name} (default)',
  'users.agentMore':
    '{field, select, site {Sites} teams {Teams} desktopProfile {Desktop profiles} multimediaProfile {Multimedia profiles} other {Skill profiles}}: {count, plural, one {# more is} other {# more are}} not listed here; set them with a CSV import.',
  'users.agentNoDefault': 'No default set',
  'users.agentLeaveAsIs': 'Leave as is',
  'card.addUsers.agentTitle': 'Contact Center settings for every user in the list',
  'card.addUsers.site': 'Site',
  'card.addUsers.teams': 'Teams',
  'card.addUsers.desktopProfile': 'Desktop profile',
  'card.addUsers.multimediaProfile': 'Multimedia profile',
  'card.addUsers.skillProfile': 'Skill profile',
  'preview.line.agent': '{change}; {agent}',
  'preview.note.agentDefaults':
    "Marked (default): the organization's default, given to users new to the Contact Center for anything the card or the file left out (the template command shows and changes the defaults).",
} satisfies Record<string, string>;
