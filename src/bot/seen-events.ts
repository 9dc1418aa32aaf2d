/** Remembers recent event ids so a redelivered webhook or a double click never runs twice. */
export class SeenEvents {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is offered, false afterwards. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
