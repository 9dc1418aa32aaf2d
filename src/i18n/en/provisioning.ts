/** What happened to one user, and the admin credential. */
export const provisioning = {
  // ---- provisioning one user -------------------------------------------------------------------
  'exec.gone': '{email} no longer exists in Webex.',
  'exec.gone.advice': 'Add the user again if they should exist.',
  'exec.notRemoved': 'Webex did not remove the Contact Center license.',
  'exec.checkAgain': 'Check the user in Control Hub and try again.',
  'exec.noSeat.created':
    'The user was created, but Webex did not assign the {tier} license: no free seat was left when this user was reached.',
  'exec.noSeat.updated': 'Webex did not assign the {tier} license: no free seat was left when this user was reached.',
  'exec.roleNotApplied': 'Webex did not apply the administrator role change.',
  'exec.otherOrganisation':
    '{email} belongs to another Webex organization, often a free trial someone created with this address, so Webex cannot add it here. Webex said: "{message}"',
  'exec.otherOrganisation.advice':
    'Ask the owner of the address to delete that organization (as its administrator, in Control Hub), or add the user with a different email address.',
  'exec.unexpected': 'Unexpected problem: {message}',
  'exec.unexpected.advice': "Check the bot's log, then try this user again.",
  'exec.forbidden': 'Webex refused the change: the admin credential may not manage this user.',
  'exec.forbidden.advice':
    "Give the bot's admin credential the Full or User Administrator role and the people write scope.",
  'exec.throttled': 'Webex answered "too many requests" to every try for this user.',
  'exec.throttled.advice': 'Run the batch again later for this user.',
  'exec.failing': 'Webex failed every try for this user ({status}).',
  'exec.failing.advice':
    'Try this user again later; if it keeps failing, open a Webex support case and give them the trackingId.',
  'exec.refused': 'Webex refused the change: {message}',
  'exec.refused.advice': 'Correct the user in Control Hub or in your list and try again.',
  'exec.fullAdminUnverified':
    'Could not check that the person who confirmed still holds the Full Administrator role ({message}), so the role was not changed.',
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
    "To fix: a Full Administrator re-authorizes the Service App in Control Hub (Apps → Service Apps); its owner copies the new refresh token from developer.webex.com (My Webex Apps → the Service App → Org authorizations), sets it as WEBEX_ADMIN_REFRESH_TOKEN in the bot's configuration and restarts the bot. `npm run doctor` checks the result.",
  'credential.recovered':
    "✅ **The bot's admin credential was renewed**: provisioning goes on, and jobs that were waiting resume.",
  'exec.unknown': 'Unknown',
  'exec.tryAgain': 'Try again.',
} satisfies Record<string, string>;
