/** Licenses and roles, the users an admin enters, and why the planner blocks one. */
export const licenses = {
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
    '{count, plural, one {# user} other {# users}} given: at most {max} can be added or changed in one pass. Split the list, or use a CSV import for more.',
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
  'plan.fullAdminOnly':
    'Only a Full Administrator can grant or remove the Full Administrator role in Control Hub; ask one to preview and confirm this change.',
  'plan.noLicense': 'This organisation has no {tier} licenses.',
  'plan.noSeat': 'No free {tier} seat is left for this user ({free} free, {needed} needed by this batch so far).',
  'advice.freeSeats': 'Free or buy {tier} seats (see `licenses`), then add this user again.',
  'advice.blocked': 'Correct what the reason says, then add this user again.',
  'advice.fullAdminOnly': 'Ask a Full Administrator to make this change, with the bot or in Control Hub.',
} satisfies Record<string, string>;
