/** Contact Center synchronisation: checks, alerts and support requests. */
export const sync = {
  // ---- Contact Center synchronisation ----------------------------------------------------------
  'sync.state.synced': 'Ready',
  'sync.state.pending': 'Waiting for synchronisation',
  'sync.state.needs_settings': 'Needs settings',
  'sync.state.invalid': 'Invalid',
  'sync.state.supervisorStep': 'Waiting for the Supervisor role in Control Hub',
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
  'profile.noSupervisorProfile': 'the organisation has no supervisor user profile in the Contact Center',
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
  'sync.tally.ready': '{count} ready',
  'sync.tally.pending': '{count} waiting for synchronisation',
  'sync.tally.needsSettings': '{count, plural, one {# needs settings} other {# need settings}}',
  'sync.tally.invalid': '{count} invalid',
  'sync.field.site': 'site',
  'sync.field.teams': 'team',
  'sync.field.desktopProfile': 'desktop profile',
  'sync.field.multimediaProfile': 'multimedia profile',
  'sync.field.skillProfile': 'skill profile',
  'sync.setting.site': 'site {name}',
  'sync.setting.teams': '{count, plural, one {team} other {teams}} {names}',
  'sync.setting.desktopProfile': 'desktop profile {name}',
  'sync.setting.multimediaProfile': 'multimedia profile {name}',
  'sync.setting.skillProfile': 'skill profile {name}',
  'sync.supervisor.set': '{role}: confirmed in the Contact Center for {users}.',
  'sync.supervisor.waiting':
    '{role} for {users}: still to do: give {count, plural, one {this user} other {these users}} the Supervisor role in Control Hub (the steps are in this thread), then press **Done: check again**.',
  'sync.supervisor.failed':
    '{role} NOT confirmed for {email}: {reason}. Give the Supervisor role in Control Hub (**Users** > {email} > **Licenses** > **Contact Center** > **Premium Agent - Supervisor Role**), then say `sync {email}`.',
  'sync.supervisor.later':
    '{role} for {users}: once {count, plural, one {this user is} other {these users are}} in the Contact Center, I post the Control Hub steps that give the Supervisor role in this thread.',
  'sync.andMore': '{users} and {count} more',
  'sync.line.final': 'Contact Center: {tally}: every changed user is as Control Hub says.',
  'sync.line.invalid': 'Contact Center: {tally}. The alert posted in this space says what to do.',
  'sync.line.needsSettings':
    'Contact Center: {tally}. The to-do in this thread says which settings are missing, with a button to apply the defaults.',
  'sync.line.supervisorStep':
    'Contact Center: {tally}. Only the Supervisor role is still to be given, in Control Hub: see below.',
  'sync.line.alsoTodo': 'The to-do in this thread says which settings are missing.',
  'sync.line.unchecked':
    'Contact Center: {tally}. The users still waiting could not be checked; `sync` checks them again.',
  'sync.line.going': 'Contact Center: {tally} so far. I keep checking and post the result in this thread.',
  'sync.line.goingManual':
    'Contact Center: {tally} so far. Waiting for an administrator to press "Synchronize Users" in Control Hub (see above); I keep checking and post the result in this thread.',
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
  'sync.progress.ended': '**Check ended** ({at}): {tally}. The result is below.',
  'sync.jobWaiting.manual':
    'Contact Center: waiting since {since} for an administrator to press **Synchronize Users** in Control Hub (**Services > Contact Center > Tenant settings > General > Synchronize Users**). The summary follows once the users are there, or at {until} at the latest.',
  'sync.jobWaiting.endpoint':
    'Contact Center: checking since {since} that it picked up the users. The summary follows once they are there, or at {until} at the latest.',
  'sync.result':
    '**Contact Center check of {origin} finished**: {tally} (of {count, plural, one {# user} other {# users}}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.lineMissing': '- {email}: {state} (missing {fields}). {reason}',
  'sync.result.lineNotGiven': '- {email}: {state}: missing {fields}, and none were given.',
  'sync.result.todo': 'The to-do in this thread lists the missing settings, with a button to apply the defaults.',
  'sync.result.more': '…and {count} more.',
  'sync.result.alerted':
    'The alert posted in this space has the details for a support request, and a Retry sync button.',
  'sync.alert.headline': 'Contact Center sync problem: {count, plural, one {# user is} other {# users are}} Invalid',
  'sync.alert.intro':
    'After {origin}, the Contact Center does not hold {count, plural, one {this user} other {these users}} as Control Hub says, and {syncs, plural, one {# synchronisation did not fix it} other {# synchronisations did not fix it}}. I keep watching and post here when it clears.',
  'sync.advice.for': 'For {users}:',
  'sync.advice.missing.1':
    '1. In Control Hub, check that {count, plural, one {the user still has} other {each user still has}} a Contact Center license (**Users** > the user > **Licenses**).',
  'sync.advice.missing.2':
    '2. Press **Retry sync** below: I ask for another synchronisation and check {count, plural, one {the user} other {them}} again.',
  'sync.advice.missing.2manual':
    '2. Press **Synchronize Users** again in Control Hub (**Services > Contact Center > Tenant settings > General**), then **Retry sync** below.',
  'sync.advice.missing.3':
    '3. If {count, plural, one {the user is} other {they are}} still missing, open a case with Webex support (https://help.webex.com) and paste the text below: it has the organisation, the ids and the trackingIds support needs.',
  'sync.advice.notKept.1':
    '1. The Contact Center accepted the settings of {count, plural, one {this user} other {these users}} but did not keep them: this is for Webex support. Open a case (https://help.webex.com) and paste the text below: it has the organisation, the ids and the trackingIds support needs.',
  'sync.advice.notKept.2':
    '2. Meanwhile **Retry sync** checks {count, plural, one {the user} other {them}} again, and I keep watching and post here when it clears.',
  'sync.advice.stillEnabled.1':
    '1. The Contact Center license was removed in Control Hub, but the Contact Center still has {count, plural, one {this user} other {these users}} active. A synchronisation normally takes care of that: press **Retry sync** below.',
  'sync.advice.stillEnabled.1manual':
    '1. The Contact Center license was removed in Control Hub, but the Contact Center still has {count, plural, one {this user} other {these users}} active. A synchronisation normally takes care of that: press **Synchronize Users** again in Control Hub (**Services > Contact Center > Tenant settings > General**), then **Retry sync** below.',
  'sync.advice.stillEnabled.2':
    '2. If {count, plural, one {the user stays} other {they stay}} active, open a case with Webex support (https://help.webex.com) and paste the text below.',
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
    '**Resolved** ({at}): {count, plural, one {the user of alert `{alert}` is} other {all # users of alert `{alert}` are}} as Control Hub says now: {users}.',
  'sync.retryDone':
    '**Retry sync done** ({at}): {still} of {count} still not fixed after the synchronisation of {synced}.',
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
    'Checking {what} (check `{run}`, {count, plural, one {# user} other {# users}}): I asked for a synchronisation, then I check with backoff until every user is ready or {deadline}. The result follows in this thread.',
  'sync.cmd.startedManual':
    'Checking {what} (check `{run}`, {count, plural, one {# user} other {# users}}): a synchronisation is needed (see below), then I check with backoff until every user is ready or {deadline}. The result follows in this thread.',
  'sync.check.unknown': 'That button does not belong to a check I know. Say `sync` to start one.',
  'sync.check.allSynced': 'Every user of check `{run}` is ready already: nothing more to do.',
  'sync.check.checking': 'Thank you, {name}: checking the users of `{run}` now. The result follows in this thread.',
  'sync.alert.unknown': 'That button does not belong to an alert I know.',
  'sync.alert.closed': 'Alert `{alert}` is {state} already: nothing to retry.',
  'sync.alert.closedAlready': 'Alert `{alert}` is {state} already.',
  'sync.alert.busy': 'The users of alert `{alert}` are being checked right now; the result follows here.',
  'sync.alert.retrying':
    'Retrying for {name}: asked for another synchronisation and checking the {count, plural, one {# user} other {# users}} again. The result follows here.',
  'sync.alert.retryingManual':
    'Retrying for {name}: please press "Synchronize Users" in Control Hub once more and checking the {count, plural, one {# user} other {# users}} again. The result follows here.',
  'sync.alert.confirmDismiss':
    'Dismiss alert `{alert}`? I would stop watching its users and say nothing more about them. Press **Dismiss** again within 10 minutes to confirm.',
  'sync.alert.dismissed':
    'Dismissed by {name}: I stop watching the users of alert `{alert}`. `sync <email>` checks one of them again at any time.',
  // ---- to-dos in a check's thread: settings to apply, the Supervisor role to give in Control Hub --------
  'sync.todo.headline': '{count, plural, one {# user needs} other {# users need}} Contact Center settings',
  'sync.todo.intro':
    'After {origin}, {count, plural, one {this user is} other {these users are}} in the Contact Center but cannot log in to the Agent Desktop yet: some settings are missing.',
  'sync.todo.user': '**{email}**: missing {fields}. {reason}',
  'sync.todo.userReason': '**{email}**: {reason}',
  'sync.todo.userNotGiven': '**{email}**: missing {fields}, and none were given.',
  'sync.todo.defaults': '**Apply the defaults** sets what is missing to the defaults of this organisation: {settings}.',
  'sync.todo.noDefaults':
    'No defaults are set for this organisation yet: send `template` to set a default site, team and desktop profile, then press **Apply the defaults**.',
  'sync.todo.defaultsFailed':
    'The defaults of this organisation could not be read just now; **Apply the defaults** reads them again.',
  'sync.todo.byHand':
    'Or set them yourself in Control Hub (**Services > Contact Center > User management > Contact center users**, then the user) and press **Check again**.',
  'card.syncSettings.apply': 'Apply the defaults',
  'card.syncSettings.checkAgain': 'Check again',
  'sync.apply.noDefaults':
    'No default Contact Center settings are set for this organisation, so I applied nothing. Send `template` to see and set them (site, team, desktop profile), then press **Apply the defaults** again.',
  'sync.apply.nothing': 'Nothing to apply: no user of check `{run}` needs settings now.',
  'sync.apply.already':
    'These defaults were applied to the users of check `{run}` already, by {name} at {at}: nothing is done twice. The result follows in this thread; to apply other values, change the defaults with `template` and press **Apply the defaults** again.',
  'sync.apply.applying':
    'Applying the defaults for {name} to {count, plural, one {# user} other {# users}} of check `{run}`; then I check {count, plural, one {this user} other {them}} again and post the result in this thread:',
  'sync.apply.noneCovered':
    'The defaults have none of the settings missing for {count, plural, one {the user} other {the # users}} of check `{run}`, so I applied nothing:',
  'sync.apply.user': '- {email} gets {settings}.',
  'sync.apply.userLeft': '- {email} gets {settings}; still missing {fields}: the defaults have none.',
  'sync.apply.userNothing': '- {email}: nothing to apply; still missing {fields}: the defaults have none.',
  'sync.apply.setDefaults': 'Send `template` to set the defaults that are missing.',
  'sync.supervisorTodo.headline':
    '{count, plural, one {# user needs} other {# users need}} the Supervisor role in Control Hub',
  'sync.supervisorTodo.intro':
    '{count, plural, one {This user is} other {These users are}} meant to be {role}. The Supervisor role comes with the Premium Agent license in Control Hub and no public API gives it, so it takes these steps for {count, plural, one {this user} other {each of them}}:',
  'sync.supervisorSteps.1': '1. Open Control Hub (https://admin.webex.com), go to **Users** and open the user.',
  'sync.supervisorSteps.2': '2. Under **Licenses**, press **Edit Licenses** and choose **Contact Center**.',
  'sync.supervisorSteps.3': '3. Keep **Licensed agent** checked, choose **Premium Agent - Supervisor Role**, and save.',
  'sync.supervisorSteps.4':
    '4. Press **Synchronize Users** in **Services > Contact Center > Tenant settings > General**, so that the Contact Center takes the role.',
  'sync.supervisorSteps.5': '5. Come back here and press **Done: check again**.',
  'sync.supervisorSteps.4endpoint':
    '4. Come back here and press **Done: check again**: I ask for a synchronisation, so that the Contact Center takes the role, and check again.',
  'card.syncSupervisor.done': 'Done: check again',
  'sync.supervisorDone.checking':
    'Thank you, {name}: checking the Supervisor role of the users of `{run}` now. The result follows in this thread.',
  'alert.state.open': 'open',
  'alert.state.resolved': 'resolved',
  'alert.state.dismissed': 'dismissed',
} satisfies Record<string, string>;
