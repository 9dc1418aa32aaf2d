/** A deployment that serves several organizations: choosing one, and the `orgs` command. */
export const orgs = {
  'orgs.about': 'About **{org}**:',
  'orgs.choose':
    'This space acts for several organizations, so I need to know which one this is for. Name it in the message, as in “{example}”, or choose it below.',
  'orgs.unknown':
    'This space doesn\'t act for "{given}": {count, plural, one {it acts for {orgs} only} other {it acts for {orgs}; name one of them, as in `{example}`}}. Nothing was changed.',
  'orgs.several': 'Name one organization at a time: this message names {orgs}. Nothing was changed.',
  'orgs.chooseFirst': 'Choose an organization on the card first. Nothing was changed.',
  'orgs.refusal':
    "Sorry, you may not act for any organization of this space: only their Control Hub administrators, and the partner administrators listed for them in the bot's organizations file, can. Ask whoever runs the bot to list you. Nothing was changed.",
  'orgs.helpNote':
    'This space acts for {orgs}. Name the organization in each command, as in “{example}”, or choose it on the card that asks; send “{list}” to see them.',
  'orgs.notAllowed':
    'Sorry, you may not act for {org}: only its Control Hub administrators, and the partner administrators listed for it, can. Nothing was changed.',
  'orgs.cardMismatch': "That card belongs to an organization this space doesn't act for. Nothing was changed.",
  'orgs.list.title': 'Organizations this space acts for',
  'orgs.list.none': 'You may not act for any organization of this space.',
  'orgs.list.line': '**{name}** (`@{key}`)',
  'orgs.list.seats': '{tier}: {free} of {total} free',
  'orgs.list.seatsUnknown': 'seats unknown: {error}',
  'orgs.list.credentialOk': 'Admin credential: working',
  'orgs.list.credentialFailing': 'Admin credential: failing ({detail})',
  'orgs.list.lastJob': 'Last job: {job} by {by}, {state} ({at})',
  'orgs.list.noJob': 'No job yet',
  'orgs.list.alerts': '{count, plural, one {# open synchronization alert} other {# open synchronization alerts}}',
  'orgs.list.noAlerts': 'No open synchronization alert',
  'orgs.list.hint': 'Name the organization in a command, as in `{example}`.',
  'cmd.orgs.summary':
    'The organizations this space acts for, with their seats, admin credential, last job and open alerts.',
  'cmd.orgs.example': 'orgs',
  'card.orgs.title': 'Which organization?',
  'card.orgs.choice': 'Organization',
  'card.orgs.continue': 'Continue',
  'card.orgs.required': 'Choose the organization this is for.',
};
