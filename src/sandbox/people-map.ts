import type { PersonRecord } from './model.js';

/** People by id, with an index by email kept in step (imports of thousands of users look up by email). */
export class PeopleMap extends Map<string, PersonRecord> {
  private readonly byEmail = new Map<string, string>();

  override set(id: string, person: PersonRecord): this {
    const old = super.get(id);
    if (old) for (const email of old.emails) this.byEmail.delete(email);
    super.set(id, person);
    for (const email of person.emails) this.byEmail.set(email, id);
    return this;
  }

  override delete(id: string): boolean {
    const old = super.get(id);
    if (old) for (const email of old.emails) this.byEmail.delete(email);
    return super.delete(id);
  }

  override clear(): void {
    this.byEmail.clear();
    super.clear();
  }

  /** After a person's emails were changed in place. */
  reindex(person: PersonRecord, previousEmails: string[]): void {
    for (const email of previousEmails) if (this.byEmail.get(email) === person.id) this.byEmail.delete(email);
    for (const email of person.emails) this.byEmail.set(email, person.id);
  }

  byEmailAddress(email: string): PersonRecord | undefined {
    const id = this.byEmail.get(email);
    return id ? super.get(id) : undefined;
  }
}
