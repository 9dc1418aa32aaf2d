/** Licenses and roles, the users an admin enters, and why the planner blocks one. */
export const licenses = {
  // ---- licenses and roles ----------------------------------------------------------------------
  'tier.standard': 'Standard Agent',
  'tier.premium': 'Premium Agent',
  'role.standard': 'Standard Agent',
  'role.agent': 'Premium Agent (Agent)',
  'role.supervisor': 'Premium Agent (Supervisor)',
  'role.administrator': 'Administrator',
  'role.no-admin': 'Remove administrator privileges',
  'role.remove-license': 'Remove the Contact Center license',
  'role.note':
    'For a Supervisor, I post the Control Hub steps for the role. The last two choices are for existing users only.',
  'access.none': 'no Contact Center license',
  'access.withAdmin': '{license} + Full Administrator',
  'change.fromTo': '{before} → {after}',
  'licenses.notInOrg': "not in this organization's subscriptions",
  'licenses.seats': '{free} free of {total} ({used} in use)',
  'licenses.subscription': '{name}: {free} free of {total}',
  'licenses.bySubscription': '{label} by subscription: {subscriptions}',
  'licenses.full': 'No free {tiers} seats: no one else can get that license until seats are freed or bought.',
  'card.licenses.title': 'Contact Center seats',

  // ---- entering users --------------------------------------------------------------------------
  'entries.none': 'No users given: enter at least one email address.',
  'entries.tooMany':
    '{count, plural, one {# user} other {# users}} given: at most {max} can be added or changed at a time. Split the list, or use a CSV import for more.',
  'entries.nameNoEmail': 'Line {line}: "{text}" has a name but no email address.',
  'entries.invalidEmail': 'Line {line}: "{email}" is not a valid email address.',
  'entries.unreadable':
    'Line {line}: "{text}" cannot be read as a list of addresses. Write each user as a name and address, like {example}, or as the address alone, separated by commas or semicolons. A name that holds a comma goes in quotes.',
  'entries.duplicateSameLine': 'Line {line}: {email} appears twice on this line; each user can appear once.',
  'entries.duplicate': 'Line {line}: {email} is already on line {first}; each user can appear once.',
  'entries.noName':
    'Line {line}: {email} has no name. With "Names and email addresses", write the name before the address, like {example}.',

  // ---- planning --------------------------------------------------------------------------------
  'plan.notPerson': '{email} is a {type} account, not a person.',
  'plan.notUser': '{email} is not a user of this organization, so there is nothing to remove.',
  'plan.notUserModify':
    '{email} is not a user of this organization. This card changes existing users only; use add to create new ones.',
  'advice.notUserModify': 'Check the address, or add the user with the add command.',
  'advice.notUser': 'Check the address: removals apply to existing users only.',
  'plan.noAdminRole':
    "The bot's admin credential cannot see the Full Administrator role, so it cannot grant administrator privileges.",
  'plan.fullAdminOnly':
    'Only a Full Administrator can grant or remove the Full Administrator role in Control Hub; ask one to preview and confirm this change.',
  'plan.noLicense': 'This organization has no {tier} licenses.',
  'plan.noSeat': 'No free {tier} seat is left for this user ({free} free, {needed} needed by this batch so far).',
  'advice.freeSeats': 'Free or buy {tier} seats (the licenses command shows them), then add this user again.',
  'advice.blocked': 'Correct what the reason says, then add this user again.',
  'advice.fullAdminOnly': 'Ask a Full Administrator to make this change, with the bot or in Control Hub.',
  'agent.field.site': 'site',
  'agent.field.teams': 'teams',
  'agent.field.desktopProfile': 'desktop profile',
  'agent.field.multimediaProfile': 'multimedia profile',
  'agent.field.skillProfile': 'skill profile',
  'agent.part':
    '{field, select, site {site} teams {teams} desktopProfile {desktop profile} multimediaProfile {multimedia profile} other {skill profile}} {value}',
  'agent.part.default': '{part} (default)',
  'agent.part.was': '{part} (now {held})',
  'agent.line': 'Contact Center: {parts}',
  'agent.join': '{first} · {next}',
  'agent.unknown':
    '{field, select, site {Site} teams {Team} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}} "{name}" is not in the Contact Center, and no name there is close to it.',
  'agent.unknown.closest':
    '{field, select, site {Site} teams {Team} desktopProfile {Desktop profile} multimediaProfile {Multimedia profile} other {Skill profile}} "{name}" is not in the Contact Center; the closest names there: {closest}.',
  'agent.warn.capacity':
    'Team "{team}" is capacity-based, and the Contact Center does not take agents in capacity-based teams (its API says so): it will refuse it for {count, plural, one {# user} other {# users}} ({users}), who will then be listed as needing settings. Choose an agent-based team.',
  'agent.warn.otherSite':
    'Team "{team}" belongs to site {teamSite}, not to {site}, the site of {count, plural, one {# user} other {# users}} ({users}). Nothing says the Contact Center refuses this, but check that it is meant.',
  'agent.warn.missing':
    '{count, plural, one {# user new to the Contact Center ({users}) will be missing {fields}: none was chosen and no default is set (see the template command). The synchronization check will list this user as needing settings.} other {# users new to the Contact Center ({users}) will be missing {fields}: none was chosen and no default is set (see the template command). The synchronization check will list them as needing settings.}}',
  'agent.defaultMissing':
    'The default {field, select, site {site} teams {team} desktopProfile {desktop profile} multimediaProfile {multimedia profile} other {skill profile}} "{name}" ({source}) is no longer in the Contact Center, so users new to it do not get it. Change it with the template command.',
  'agent.unreadable':
    'The Contact Center could not be read ({error}), so its settings cannot be checked: this job sets no site, team or profile. The licenses are planned as usual.',
  'agent.cardGone':
    'The {field, select, site {site} teams {teams} desktopProfile {desktop profile} multimediaProfile {multimedia profile} other {skill profile}} chosen in the card is no longer in the Contact Center. Open a new card (`add`) and choose again.',
  'plan.agentNames':
    '{first} {count, plural, one {# more name of this user is} other {# more names of this user are}} not in the Contact Center either.',
  'advice.agentNames': 'Use the names the Contact Center has (the closest are given), then add this user again.',
} satisfies Record<string, string>;
