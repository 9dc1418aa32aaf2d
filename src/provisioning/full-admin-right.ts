import { msg } from '../i18n/msg.js';
import { WebexApiError } from '../webex/errors.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { Person } from '../webex/types.js';
import { type PeopleApi, type UserResult, webexTrouble } from './execute-user.js';
import { accessOf, FULL_ADMIN_ROLE_KEY, type OrgCatalogue, type UserAccess } from './license-model.js';
import type { PlannedUser } from './plan.js';

/**
 * What the person asking or confirming may do beyond provisioning. Control Hub lets only a Full
 * Administrator assign or change administrator roles ("Assign organization account roles in Control
 * Hub", help.webex.com); the bot's own credential could do it for anyone, so the bot holds the line.
 */
export interface AdminRights {
  fullAdmin: boolean;
}

/** Whether a planned change grants or removes the Full Administrator role. */
export function changesFullAdmin(user: { before?: UserAccess | undefined; after: UserAccess }): boolean {
  return (user.before?.fullAdmin ?? false) !== user.after.fullAdmin;
}

/** A planned user that a job would really change in that way (blocked rows never run). */
export function writesFullAdmin(user: Pick<PlannedUser, 'action' | 'before' | 'after'>): boolean {
  return (user.action === 'create' || user.action === 'update') && changesFullAdmin(user);
}

/** The role by its key in the id, or the organisation's role found by name (the job's catalogue). */
export function holdsFullAdmin(person: Pick<Person, 'roles'>, catalogue: OrgCatalogue): boolean {
  const roles = person.roles ?? [];
  return roles.some((id) => hydraKey(id, 'ROLE') === FULL_ADMIN_ROLE_KEY) || accessOf(person, catalogue).fullAdmin;
}

/**
 * The check a job makes when it starts (and when it resumes): the person who confirmed it must still
 * be a Full Administrator for its records that grant or remove that role. Their roles are read once,
 * at the first such record; a failed read is not remembered, so the next such record reads again.
 */
export class ConfirmerRight {
  private held: Promise<boolean> | undefined;

  constructor(
    private readonly api: Pick<PeopleApi, 'findPersonByEmail'>,
    private readonly confirmedBy: string | undefined,
    private readonly catalogue: OrgCatalogue,
  ) {}

  /** The failed result for a record the confirmer may not run; undefined when it may run. */
  async refusal(user: Pick<PlannedUser, 'action' | 'before' | 'after'>): Promise<UserResult | undefined> {
    if (!writesFullAdmin(user)) return undefined;
    this.held ??= this.read();
    const held = this.held;
    try {
      if (await held) return undefined;
      return { outcome: 'failed', reason: msg('plan.fullAdminOnly'), advice: msg('advice.fullAdminOnly') };
    } catch (error) {
      if (this.held === held) this.held = undefined;
      return unverified(error);
    }
  }

  private async read(): Promise<boolean> {
    if (!this.confirmedBy) return false;
    const person = await this.api.findPersonByEmail(this.confirmedBy);
    return person !== undefined && holdsFullAdmin(person, this.catalogue);
  }
}

function unverified(error: unknown): UserResult {
  // A refused credential or a Webex that is down says nothing about the confirmer: the runner waits for
  // the credential, or pauses the job, and asks again.
  const trouble = webexTrouble(error);
  if (trouble) return trouble;
  const trackingId = error instanceof WebexApiError && error.trackingId ? { trackingId: error.trackingId } : {};
  return {
    outcome: 'failed',
    reason: msg('exec.fullAdminUnverified', { message: (error as Error).message }),
    advice: msg('exec.tryAgain'),
    ...trackingId,
  };
}
