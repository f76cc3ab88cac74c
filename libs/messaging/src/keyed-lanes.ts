/**
 * Runs tasks concurrently up to a limit, but one after another for the same key: a consumer keeps
 * the order of each aggregate's events while different aggregates proceed side by side.
 */
export class KeyedLanes {
  private readonly tails = new Map<string, Promise<void>>();
  private inFlight = 0;
  private slotFreed?: () => void;
  private waiting = false;
  private lastWaitEndedAt = 0;

  constructor(private readonly limit: number) {}

  /** Whether a task waits for a free slot now, or did within the last `withinMs`: more comes in than the lanes get through. */
  backedUp(withinMs: number): boolean {
    return this.waiting || Date.now() - this.lastWaitEndedAt < withinMs;
  }

  /** Resolves once the task is scheduled (a slot was free), not when it has finished. */
  async run(key: string, task: () => Promise<void>): Promise<void> {
    if (this.inFlight >= this.limit) {
      this.waiting = true;
      while (this.inFlight >= this.limit) await new Promise<void>((resolve) => (this.slotFreed = resolve));
      this.waiting = false;
      this.lastWaitEndedAt = Date.now();
    }
    this.inFlight += 1;
    const tail: Promise<void> = (this.tails.get(key) ?? Promise.resolve())
      .then(task)
      .catch(() => undefined)
      .finally(() => {
        this.inFlight -= 1;
        if (this.tails.get(key) === tail) this.tails.delete(key);
        const wake = this.slotFreed;
        this.slotFreed = undefined;
        wake?.();
      });
    this.tails.set(key, tail);
  }

  /** Resolves when every scheduled task has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }
}
