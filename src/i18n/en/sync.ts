/** Contact Center synchronisation: checks, alerts and support requests. */
export const sync = {
  // ---- Contact Center synchronisation ----------------------------------------------------------
  'sync.state.synced': 'Synced',
  'sync.state.pending': 'Pending',
  'sync.state.needs_settings': 'Needs settings',
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
  // ---- agent settings and their checks ----
  'verify.ready':
    'Ready: in the Contact Center, enabled, with a site, a team, a desktop profile and a profile type that fits the license.',
  'verify.goneInactive': 'No Contact Center license; inactive in the Contact Center.',
  'verify.goneDisabled': 'No Contact Center license; not enabled for the Agent Desktop.',
  'verify.adminOnly':
    'No Contact Center license; an Administrator Only user of the Contact Center, as administrators are.',
  'verify.inactiveYet':
    'Licensed in Control Hub; inactive in the Contact Center until a synchronisation picks the license up.',
  'verify.settingsNotGiven': 'In the Contact Center, but not ready to work as an agent: missing {fields} (none given).',
  'verify.settingsRefused': 'In the Contact Center, but the Contact Center refused the settings ({status}): {message}',
  'verify.settingsRefusedTracking':
    'In the Contact Center, but the Contact Center refused the settings ({status}): {message} (trackingId {trackingId})',
  'verify.supervisorWaiting':
    'Ready as an agent; waiting for the Supervisor role in Control Hub (Premium Agent - Supervisor).',
  'verify.applied': 'Settings applied; checking them in the Contact Center.',
  'verify.applyRetry': 'Settings not applied yet: the Contact Center failed ({message}); trying again.',
  'verify.applyRetryTracking':
    'Settings not applied yet: the Contact Center failed ({message}, trackingId {trackingId}); trying again.',
  'verify.applyFailed': 'The settings could not be applied: the Contact Center kept failing ({message}).',
  'verify.applyFailedTracking':
    'The settings could not be applied: the Contact Center kept failing ({message}, trackingId {trackingId}).',
  'verify.writeRefused': 'The settings could not be written: the Contact Center refused the call ({status}): {message}',
  'verify.writeRefusedTracking':
    'The settings could not be written: the Contact Center refused the call ({status}): {message} (trackingId {trackingId})',
  'verify.appliedDiffers':
    'The Contact Center accepted the settings, but reading the user back shows other values for {fields}.',
  'verify.field.enabled': 'Contact Center Enabled',
  'verify.field.site': 'site',
  'verify.field.teams': 'teams',
  'verify.field.desktopProfile': 'desktop profile',
  'verify.field.multimediaProfile': 'multimedia profile',
  'verify.field.skillProfile': 'skill profile',
  'sync.why.first': 'synchronisation after the change',
  'sync.why.resync': 're-synchronisation because users stayed Invalid',
  'sync.why.retry': 'synchronisation asked from the alert (Retry sync)',
  'sync.why.check': 'synchronisation after the Control Hub step for supervisors ("Done: check again")',
  'sync.tried.endpoint': '{at}: {why}, "Synchronize Users" requested by the bot',
  'sync.tried.endpointTracking': '{at}: {why}, "Synchronize Users" requested by the bot (trackingId {trackingId})',
  'sync.tried.manual': '{at}: {why}, the admins were asked to press "Synchronize Users" in Control Hub',
  'sync.origin.job': 'job {job}',
  'sync.origin.command': 'the sync request {run}',
  'sync.tally': '{synced} synced, {pending} pending, {invalid} invalid',
  'sync.supervisor.set': 'Supervisor role confirmed in the Contact Center for {users}.',
  'sync.supervisor.failed':
    'Supervisor profile NOT set for {email}: {reason}. Set it in the Contact Center management portal (Users > {email} > User Profile), or run `sync {email}` to try again.',
  'sync.supervisor.waiting':
    'Supervisor profile requested for {users}: it is set once {count, plural, one {this user is} other {these users are}} synchronised.',
  'sync.andMore': '{users} and {count} more',
  'sync.line.final': 'Contact Center: {tally}: every changed user is in the Contact Center as Control Hub says.',
  'sync.line.invalid': 'Contact Center: {tally}. The alert posted in this space says what to do.',
  'sync.line.unchecked': 'Contact Center: {tally}. Pending users could not be checked; `sync` checks them again.',
  'sync.line.going': 'Contact Center: {tally} so far. I keep checking and post the result in this thread.',
  'sync.line.goingManual':
    'Contact Center: {tally} so far. Waiting for "Synchronize Users" in Control Hub (see above); I keep checking and post the result in this thread.',
  'sync.steps.1': '1. Open Control Hub (https://admin.webex.com) as an administrator of this organisation.',
  'sync.steps.2': '2. Go to **Services > Contact Center > Tenant settings > General**.',
  'sync.steps.3': '3. Press **Synchronize Users**.',
  'sync.steps.4': '4. Come back here and press **Synchronised: check again**.',
  'sync.manual.first': 'Please press "Synchronize Users" in Control Hub',
  'sync.manual.again': 'Some users are still Invalid: please press "Synchronize Users" once more',
  'sync.manual.intro':
    "The Contact Center must pick up the users of {origin}, and there is no public API for Control Hub's synchronisation, so it takes a press of a button:",
  'sync.manual.meanwhile': 'Meanwhile I keep checking by myself, until {deadline} at the latest.',
  'card.syncManual.checkAgain': 'Synchronised: check again',
  'sync.progress': '**So far** ({at}): {tally}; still checking, until {deadline} at the latest.',
  'sync.result':
    '**Contact Center check of {origin} finished**: {tally} (of {count, plural, one {# user} other {# users}}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.more': '…and {count} more.',
  'sync.result.alerted':
    'The alert posted in this space has the details for a support request, and a Retry sync button.',
  'sync.alert.headline':
    'Contact Center sync problem: {count, plural, one {# user stays} other {# users stay}} Invalid',
  'sync.alert.intro':
    'After {origin}, the Contact Center did not pick up {count, plural, one {this user} other {these users}} correctly, and {syncs, plural, one {# synchronisation} other {# synchronisations}} did not fix it. {count, plural, one {This user cannot work as an agent} other {They cannot work as agents}} until this is fixed. I keep watching and post here when it clears.',
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
  'sync.resolved':
    '**Resolved** ({at}): {count, plural, one {the user of alert `{alert}` is} other {all # users of alert `{alert}` are}} Synced now: {users}.',
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
  'sync.cmd.whatJob':
    'the {count, plural, one {# user} other {# users}} job {job} created or changed, in the Contact Center,',
  'sync.cmd.started':
    'Checking {what} (check `{run}`, {count, plural, one {# user} other {# users}}): I asked for a synchronisation, then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
  'sync.cmd.startedManual':
    'Checking {what} (check `{run}`, {count, plural, one {# user} other {# users}}): a synchronisation is needed (see below), then I check with backoff until every user is Synced or {deadline}. The result follows in this thread.',
  'sync.check.unknown': 'That button does not belong to a check I know. Say `sync` to start one.',
  'sync.check.allSynced': 'Every user of check `{run}` is Synced already: nothing more to do.',
  'sync.check.checking': 'Thank you, {name}: checking the users of `{run}` now. The result follows in this thread.',
  'sync.alert.unknown': 'That button does not belong to an alert I know.',
  'sync.alert.closed': 'Alert `{alert}` is {state} already: nothing to retry.',
  'sync.alert.closedAlready': 'Alert `{alert}` is {state} already.',
  'sync.alert.busy': 'The users of alert `{alert}` are being checked right now; the result follows here.',
  'sync.alert.retrying':
    'Retrying for {name}: asked for another synchronisation and checking the {count, plural, one {# user} other {# users}} again. The result follows here.',
  'sync.alert.retryingManual':
    'Retrying for {name}: please press "Synchronize Users" in Control Hub once more and checking the {count, plural, one {# user} other {# users}} again. The result follows here.',
  'sync.alert.dismissed':
    'Dismissed by {name}: I stop watching the users of alert `{alert}`. `sync <email>` checks one of them again at any time.',
  'alert.state.open': 'open',
  'alert.state.resolved': 'resolved',
  'alert.state.dismissed': 'dismissed',
} satisfies Record<string, string>;
