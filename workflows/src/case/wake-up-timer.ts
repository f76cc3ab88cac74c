import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';

/**
 * One durable timer for the instant a workflow must next wake, kept while that instant stays the same.
 * A `condition` with a timeout sets a new timer each time it is awaited: a case re-planning on every
 * event cancelled its timer and started another for the same deadline, two more history events each
 * time, and the new timer was due as late as the server saw the task that set it complete.
 */
export class WakeUpTimer {
  private armed: { atMs: number; scope: CancellationScope } | null = null;
  private fired = false;

  /** Whether the timer set for the instant last asked for has fired. */
  get rang(): boolean {
    return this.fired;
  }

  /** Wakes the workflow at `atMs` (workflow time), or never when null: the running timer stays if its instant is the same. */
  setFor(atMs: number | null): void {
    if (this.armed !== null && this.armed.atMs === atMs) return;
    this.armed?.scope.cancel();
    this.armed = null;
    this.fired = false;
    if (atMs === null) return;
    const armed = { atMs, scope: new CancellationScope() };
    this.armed = armed;
    armed.scope
      .run(() => sleep(Math.max(1, atMs - Date.now())))
      .then(
        () => {
          if (this.armed !== armed) return;
          this.armed = null;
          this.fired = true;
        },
        (error: unknown) => {
          // Cancelled because the instant changed: the new timer stands in for it.
          if (!isCancellation(error)) throw error;
        },
      );
  }
}
