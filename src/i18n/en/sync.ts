/** Contact Center synchronization: checks, to-dos, alerts and support requests (US English, as Control Hub). */
export const sync = {
  // ---- Contact Center synchronization ----------------------------------------------------------
  'sync.state.synced': 'Ready',
  'sync.state.pending': 'Waiting for synchronization',
  'sync.state.needs_settings': 'Needs settings',
  'sync.state.invalid': 'Invalid',
  'sync.state.supervisorStep': 'Waiting for the Supervisor role in Control Hub',
  'verify.gone': 'No Contact Center license and not in the Contact Center.',
  'verify.removedStillActive': 'Contact Center license removed, but the user is still active in the Contact Center.',
  'verify.removedWaiting': 'Contact Center license removed; waiting for the Contact Center to drop the user.',
  'verify.missing': 'Licensed in Control Hub, but still not in the Contact Center after synchronization.',
  'verify.notYet': 'Licensed in Control Hub; not in the Contact Center yet.',
  'verify.notEnabled': 'In the Contact Center, but not enabled for the Agent Desktop.',
  'verify.inactive': 'In the Contact Center, but inactive.',
  'verify.wrongProfile': 'Has the Contact Center user profile {profile}, which does not fit the {tier} license.',
  'verify.synced': 'In the Contact Center, enabled and active, with a profile that fits the license.',
  'verify.notChecked': 'Not checked yet.',
  'verify.apiFailed': 'Could not be checked: the Contact Center API failed.',
  'verify.apiFailedTracking': 'Could not be checked: the Contact Center API failed (trackingId {trackingId}).',
  'profile.noSupervisorProfile': 'the organization has no supervisor user profile in the Contact Center',
  'profile.stillShows': 'the Contact Center still shows the profile {profile}',
  'profile.gone': 'the user is no longer in the Contact Center',
  'profile.failed': '{message}',
  'profile.failedTracking': '{message} (trackingId {trackingId})',
  'profile.none': 'none',
  // ---- agent settings and their checks ----
  'verify.ready':
    'Ready: in the Contact Center and enabled, with a site, a team, a desktop profile and a profile that fits the license.',
  'verify.goneInactive': 'No Contact Center license; inactive in the Contact Center.',
  'verify.goneDisabled': 'No Contact Center license; not enabled for the Agent Desktop.',
  'verify.adminOnly': 'No Contact Center license; an Administrator Only user of the Contact Center, as admins are.',
  'verify.inactiveYet':
    'Licensed in Control Hub; inactive in the Contact Center until a synchronization picks up the license.',
  'verify.settingsNotGiven':
    'In the Contact Center, but cannot work as an agent yet: missing {fields}, and none was given.',
  'verify.settingsRefused': 'In the Contact Center, but the Contact Center refused the settings ({status}): {message}',
  'verify.settingsRefusedTracking':
    'In the Contact Center, but the Contact Center refused the settings ({status}): {message} (trackingId {trackingId})',
  'verify.supervisorWaiting':
    'Ready as an agent; waiting for the Supervisor role in Control Hub (Premium Agent - Supervisor Role).',
  'verify.applied': 'Settings applied; checking them in the Contact Center.',
  'verify.applyRetry': 'Settings not applied yet: the Contact Center failed ({message}). Trying again.',
  'verify.applyRetryTracking':
    'Settings not applied yet: the Contact Center failed ({message}, trackingId {trackingId}). Trying again.',
  'verify.applyFailed': 'Settings not applied: the Contact Center kept failing ({message}).',
  'verify.applyFailedTracking':
    'Settings not applied: the Contact Center kept failing ({message}, trackingId {trackingId}).',
  'verify.writeRefused': 'Settings not saved: the Contact Center refused them ({status}): {message}',
  'verify.writeRefusedTracking':
    'Settings not saved: the Contact Center refused them ({status}): {message} (trackingId {trackingId})',
  'verify.appliedDiffers':
    'The Contact Center accepted the settings, but the user still shows other values for {fields}.',
  'verify.field.enabled': 'Agent Desktop access (Contact Center Enabled)',
  'verify.field.site': 'site',
  'verify.field.teams': 'teams',
  'verify.field.desktopProfile': 'desktop profile',
  'verify.field.multimediaProfile': 'multimedia profile',
  'verify.field.skillProfile': 'skill profile',
  'sync.why.first': 'synchronization after the changes',
  'sync.why.asked': 'synchronization for this check',
  'sync.why.resync': 'synchronization again for users still Invalid',
  'sync.why.retry': 'synchronization from Retry sync',
  'sync.why.check': 'synchronization after the Supervisor role was given in Control Hub',
  'sync.tried.endpoint': '{at}: {why}{times, plural, one {} other { (asked # times)}}',
  'sync.tried.endpointTracking': '{at}: {why}{times, plural, one {} other { (asked # times)}}, trackingId {trackingId}',
  'sync.tried.manual':
    '{at}: {why}{times, plural, one {} other { (asked # times)}}; admins asked to press Synchronize Users in Control Hub',
  'sync.tally.ready': '{count} ready',
  'sync.tally.removed': '{count, plural, one {# no longer an agent} other {# no longer agents}}',
  'sync.tally.pending': '{count} waiting for synchronization',
  'sync.tally.needsSettings': '{count, plural, one {# needs settings} other {# need settings}}',
  'sync.tally.invalid': '{count} invalid',
  'sync.field.site': 'site',
  'sync.field.teams': 'teams',
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
    '{role} for {users}: still to do. Give {count, plural, one {this user} other {these users}} the Supervisor role in Control Hub (steps in this thread), then press **Done: check again**.',
  'sync.supervisor.failed':
    '{role} NOT confirmed for {email}: {reason}. Give the Supervisor role in Control Hub (**Users** › {email} › **Licenses** › **Contact Center** › **Premium Agent - Supervisor Role**), then send "sync {email}".',
  'sync.supervisor.later':
    '{role} for {users}: once {count, plural, one {this user is} other {these users are}} in the Contact Center, I will post the Control Hub steps for the Supervisor role in this thread.',
  'sync.andMore': '{users} and {count} more',
  'sync.line.final': 'Contact Center: {tally}. Nothing left to do.',
  'sync.line.invalid': 'Contact Center: {tally}. See the alert in this space for what to do.',
  'sync.line.needsSettings':
    'Contact Center: {tally}. The to-do in this thread lists the missing settings, with a button to apply the defaults.',
  'sync.line.supervisorStep':
    'Contact Center: {tally}. Still to do: the Supervisor role in Control Hub (steps in this thread).',
  'sync.line.alsoTodo': 'The to-do in this thread lists the missing settings.',
  'sync.line.unchecked':
    'Contact Center: {tally}. The users still waiting could not be checked; send "sync" to check them again.',
  'sync.line.going': 'Contact Center: {tally} so far. I keep checking and will post the result in this thread.',
  'sync.line.goingManual':
    'Contact Center: {tally} so far. Waiting for an admin to press Synchronize Users in Control Hub (see above); I keep checking and will post the result in this thread.',
  'sync.steps.1': '1. Open Control Hub (https://admin.webex.com) as an admin of this organization.',
  'sync.steps.2': '2. Go to **Services › Contact Center › Tenant settings › General**.',
  'sync.steps.3': '3. Press **Synchronize Users**.',
  'sync.steps.4': '4. Come back here and press **Synchronized: check again**.',
  'sync.manual.first': 'Press Synchronize Users in Control Hub',
  'sync.manual.again': 'Some users are still Invalid: press Synchronize Users once more',
  'sync.manual.intro':
    "The Contact Center has to pick up the users {origin, select, job {of job {job}} other {of the sync check by {by}}}. Control Hub's synchronization has no public API, so it takes a press of a button:",
  'sync.manual.meanwhile': 'Meanwhile I keep checking on my own until {deadline}.',
  'card.syncManual.checkAgain': 'Synchronized: check again',
  'sync.progress': '**So far** ({at}): {tally}. Still checking until about {deadline}.',
  'sync.progress.ended': '**Check ended** ({at}): {tally}. The result is below.',
  'sync.jobWaiting.manual':
    'Contact Center: since {since}, waiting for an admin to press **Synchronize Users** in Control Hub (**Services › Contact Center › Tenant settings › General**). The summary follows once the users are there, or by {until}.',
  'sync.jobWaiting.endpoint':
    'Contact Center: since {since}, checking that it picked up the users. The summary follows once they are there, or by {until}.',
  'sync.result':
    '**Contact Center check {origin, select, job {of job {job}} other {by {by}}} finished**: {tally} (of {count, plural, one {# user} other {# users}}).',
  'sync.result.open':
    '**Contact Center check {origin, select, job {of job {job}} other {by {by}}} ended**: {count, plural, one {the user is not ready yet} other {not all # users are ready yet}} ({tally}).',
  'sync.result.line': '- {email}: {state}. {reason}',
  'sync.result.lineMissing': '- {email}: {state} (missing {fields}). {reason}',
  'sync.result.lineNotGiven': '- {email}: {state} (missing {fields}, and none was given).',
  'sync.result.todo': 'The to-do in this thread lists the missing settings, with a button to apply the defaults.',
  'sync.result.more': '…and {count} more.',
  'sync.result.alerted': 'The alert in this space has a **{button}** button and a text for a support case.',
  'sync.alert.headline': '{count, plural, one {# user is} other {# users are}} Invalid in the Contact Center',
  'sync.alert.intro':
    '{syncs, plural, one {A synchronization did not fix {count, plural, one {it} other {them}}} other {# synchronizations did not fix {count, plural, one {it} other {them}}}}{origin, select, job { after job {job}} other {}}. Unless someone dismisses this alert, I keep watching and will post here when it clears.',
  'sync.advice.for': 'For {users}:',
  'sync.advice.license':
    'In Control Hub, check that {count, plural, one {the user still has} other {each user still has}} a Contact Center license (**Users** › the user › **Licenses**).',
  'sync.advice.retry':
    'Press **Retry sync** to synchronize and check {count, plural, one {the user} other {them}} again.',
  'sync.advice.retryManual':
    'Press **Synchronize Users** in Control Hub (**Services › Contact Center › Tenant settings › General**), then **Retry sync** here.',
  'sync.advice.case':
    'If that does not fix {count, plural, one {it} other {them}}, open a case at https://help.webex.com with the text below.',
  'sync.advice.notKept':
    'The Contact Center accepted the settings of {count, plural, one {this user} other {these users}} but did not keep them. If a retry does not fix that, open a case at https://help.webex.com with the text below.',
  'sync.advice.stillEnabled':
    'The Contact Center license was removed, but {count, plural, one {the user is} other {the users are}} still active in the Contact Center. A synchronization normally fixes that.',
  'sync.alert.noCcUser': 'none (not in the Contact Center)',
  'sync.alert.userLine': '- **{email}**: {reason}',
  'sync.alert.supportTitle': 'Text for a support case:',
  'card.syncAlert.tried': 'What was tried',
  'card.syncAlert.next': 'What to do',
  'card.syncAlert.support': 'For Webex support (select all, copy)',
  'card.syncAlert.retry': 'Retry sync',
  'card.syncAlert.dismiss': 'Dismiss',
  'card.syncAlert.dismissAsk': 'Dismiss this alert? I will stop watching its users and say nothing more about them.',
  'card.syncAlert.dismissYes': 'Yes, dismiss',
  'sync.support.subject':
    'Subject: {count, plural, one {Webex Contact Center user stays} other {Webex Contact Center users stay}} Invalid after Synchronize Users',
  'sync.support.org': 'Organization ID: {uuid} (API id {id})',
  'sync.support.detected':
    'Detected: {at} by our provisioning bot, after {origin, select, job {job {job}} other {a sync check}} (asked by {by}).',
  'sync.support.users': '{count, plural, one {User} other {Users ({count})}}:',
  'sync.support.user':
    '- {email}: CI user id {ci}; Contact Center user id {cc}; expected license {license}; sync status {state}: {reason}',
  'sync.support.userTracking':
    '- {email}: CI user id {ci}; Contact Center user id {cc}; expected license {license}; sync status {state}: {reason} trackingIds: {ids}',
  'sync.support.tried': 'What was tried:',
  'sync.support.checked': '- Checked through the Contact Center users API (by CI user id), with backoff, until {at}.',
  'sync.support.ask':
    'Please find out why the Contact Center does not pick up {count, plural, one {this user} other {these users}}, and fix the sync status.',
  'sync.support.noLicense': 'none',
  'sync.resolved':
    '**Resolved** ({at}): {count, plural, one {the user of this alert is} other {all # users of this alert are}} now ready in the Contact Center: {users}.',
  'sync.retryDone':
    '**Retry sync done** ({at}): {still} of {count} still Invalid after the synchronization of {synced}.',
  'sync.retryLine': '- {email}: {state}. {reason}',
  'sync.retryLineTracking': '- {email}: {state}. {reason} (trackingIds {ids})',
  'sync.retryAdvice':
    'Open a case with Webex support using the support text in the alert above. I keep watching and will post here when it clears.',
  'sync.cmd.badEmail':
    '"{given}" is not an email address. Send `sync` (the last job), `sync ana.souza@example.com`, `sync job-1a2b3c` or `sync all`.',
  'sync.cmd.noPerson': 'No Webex user in this organization has the address {email}.',
  'sync.cmd.badId': 'I cannot read the Webex id of {email}.',
  'sync.cmd.unknownJob': 'I know no job "{job}". Send `tasks` to see the recent ones.',
  'sync.cmd.noJob':
    'No job has finished yet. Send `sync ana.souza@example.com` or `sync all` to check the users you choose.',
  'sync.cmd.jobChangedNobody':
    'Job {job} changed no users, so there is nothing to check. Send `sync all` to check every Contact Center user.',
  'sync.cmd.nobody':
    'This organization has no Contact Center users and nobody with a Contact Center license: nothing to check.',
  'sync.cmd.whatAll': 'everyone who holds a Contact Center license or is already an agent',
  'sync.cmd.whatEmail': 'the user {email}',
  'sync.cmd.whatJob': 'the users that job {job} created or changed',
  'sync.cmd.started':
    'Checking {what} in the Contact Center{single, select, yes {} other { ({count, plural, one {# user} other {# users}})}}. I asked for a synchronization and will check until every user is ready, or until {deadline}. The result follows in this thread.',
  'sync.cmd.startedManual':
    'Checking {what} in the Contact Center{single, select, yes {} other { ({count, plural, one {# user} other {# users}})}}. A synchronization is needed (see below); I will check until every user is ready, or until {deadline}. The result follows in this thread.',
  'sync.check.unknown': 'That button is not from a check I know. Send `sync` to start one.',
  'sync.check.allSynced': 'Every user of this check is ready already: nothing more to do.',
  'sync.check.checking': 'Thanks, {name}: checking these users now. The result follows in this thread.',
  'sync.alert.unknown': 'That button is not from an alert I know.',
  'sync.alert.closed': 'This alert is {state} already: nothing to retry.',
  'sync.alert.closedAlready': 'This alert is {state} already.',
  'sync.alert.busy': 'The users of this alert are being checked right now; the result follows here.',
  'sync.alert.retrying':
    'Retrying for {name}: I asked for another synchronization and am checking the {count, plural, one {user} other {# users}} again. The result follows here.',
  'sync.alert.retryingManual':
    'Retrying for {name}: press Synchronize Users in Control Hub once more; I am checking the {count, plural, one {user} other {# users}} again. The result follows here.',
  'sync.alert.confirmDismiss':
    'Dismiss this alert? I will stop watching its users and say nothing more about them. Press **{button}** again within 10 minutes to confirm.',
  'sync.alert.dismissed':
    'Dismissed by {name}: I no longer watch the users of this alert, and its buttons do nothing more. Send `sync` with an email address to check one of them again.',
  // ---- to-dos in a check's thread: settings to apply, the Supervisor role to give in Control Hub --------
  'sync.todo.headline': '{count, plural, one {# user needs} other {# users need}} Contact Center settings',
  'sync.todo.intro':
    'After {origin, select, job {job {job}} other {the sync check by {by}}}, {count, plural, one {this user is} other {these users are}} in the Contact Center but cannot sign in to the Agent Desktop yet: some settings are missing.',
  'sync.todo.user': '**{email}**: missing {fields}. {reason}',
  'sync.todo.userReason': '**{email}**: {reason}',
  'sync.todo.userNotGiven': '**{email}**: missing {fields}, and none was given.',
  'sync.todo.defaults':
    "**Apply the defaults** fills in what is missing with this organization's defaults: {settings}.",
  'sync.todo.noDefaults':
    'This organization has no defaults yet: send "template" to set a default site, team and desktop profile, then press **Apply the defaults**.',
  'sync.todo.defaultsFailed':
    "This organization's defaults could not be read just now; **Apply the defaults** reads them again.",
  'sync.todo.byHand':
    'Or set them yourself in Control Hub (**Services › Contact Center › User management › Contact center users**, then the user) and press **Check again**.',
  'card.syncSettings.apply': 'Apply the defaults',
  'card.syncSettings.checkAgain': 'Check again',
  'sync.apply.noDefaults':
    'This organization has no default Contact Center settings, so nothing was applied. Send `template` to see and set them (site, team, desktop profile), then press **Apply the defaults** again.',
  'sync.apply.nothing': 'Nothing to apply: no user of this check needs settings now.',
  'sync.apply.already':
    '{name} already applied these defaults to these users on {at}, and nothing is done twice. The result follows in this thread. To apply other values, change the defaults with `template` and press **Apply the defaults** again.',
  'sync.apply.applying':
    'Applying the defaults for {name} to {count, plural, one {# user} other {# users}}, then checking again; the result follows in this thread. {count, plural, one {What the user gets:} other {What each user gets:}}',
  'sync.apply.noneCovered':
    'The defaults have none of the settings {count, plural, one {the user is} other {the # users are}} missing, so nothing was applied:',
  'sync.apply.user': '- {email} gets {settings}.',
  'sync.apply.userLeft': '- {email} gets {settings}; still missing {fields}, which the defaults do not have.',
  'sync.apply.userNothing': '- {email}: nothing to apply; still missing {fields}, which the defaults do not have.',
  'sync.apply.setDefaults': 'Send `template` to set the missing defaults.',
  'sync.supervisorTodo.headline':
    '{count, plural, one {# user needs} other {# users need}} the Supervisor role in Control Hub',
  'sync.supervisorTodo.intro':
    '{count, plural, one {This user is} other {These users are}} meant to be {role}. The Supervisor role comes with the Premium Agent license in Control Hub, and no public API gives it, so {count, plural, one {the user needs} other {each user needs}} these steps:',
  'sync.supervisorSteps.1': '1. Open Control Hub (https://admin.webex.com), go to **Users** and open the user.',
  'sync.supervisorSteps.2': '2. Under **Licenses**, press **Edit Licenses** and choose **Contact Center**.',
  'sync.supervisorSteps.3': '3. Keep **Licensed agent** checked, choose **Premium Agent - Supervisor Role**, and save.',
  'sync.supervisorSteps.4':
    '4. Press **Synchronize Users** in **Services › Contact Center › Tenant settings › General**, so that the Contact Center gets the role.',
  'sync.supervisorSteps.5': '5. Come back here and press **Done: check again**.',
  'sync.supervisorSteps.4endpoint':
    '4. Come back here and press **Done: check again**: I ask for a synchronization, so that the Contact Center gets the role, and check again.',
  'card.syncSupervisor.done': 'Done: check again',
  'sync.supervisorDone.checking':
    'Thanks, {name}: checking the Supervisor role of these users now. The result follows in this thread.',
  'alert.state.open': 'open',
  'alert.state.resolved': 'resolved',
  'alert.state.dismissed': 'dismissed',
} satisfies Record<string, string>;
