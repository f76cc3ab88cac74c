import type { AppName } from '@aftersales/contracts';
import type { AppProcesses } from './app-processes';
import { describeExit, type ExitStatus } from './background-process';

/** When `npm start` starts an app again that exited on its own, as compose's `restart: unless-stopped` does. */
export interface RestartPolicy {
  /** The wait before the first restart. */
  firstDelayMs: number;
  /** The longest wait, reached by doubling while the app keeps exiting soon after each start. */
  maxDelayMs: number;
  /** An app that ran this long before it exited is started again after the first wait. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 };

/** The wait before the next start, from the last wait (null: none yet) and how long the app ran after it. */
export function nextRestartDelayMs(policy: RestartPolicy, lastDelayMs: number | null, ranForMs: number): number {
  if (lastDelayMs === null || ranForMs >= policy.stableAfterMs) return policy.firstDelayMs;
  return Math.min(lastDelayMs * 2, policy.maxDelayMs);
}

/**
 * Starts again every app that exits without being asked to (a crash, `kill -9`, the worker after its
 * workflow thread ran out of memory), with the environment it had, after a wait that doubles while it
 * keeps failing. Its work is durable meanwhile: JetStream keeps the events, Temporal the workflow tasks.
 */
export class AppSupervisor {
  private readonly lastDelayMs = new Map<AppName, number>();
  private readonly restartedAt = new Map<AppName, number>();
  private readonly pending = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly apps: AppProcesses,
    private readonly log: (line: string) => void,
    private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY,
  ) {
    apps.onUnexpectedExit((app, status) => this.restartLater(app, status));
  }

  /** No more restarts, before the apps are stopped on purpose. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }

  private restartLater(app: AppName, status: ExitStatus): void {
    if (this.stopped) return;
    const restartedAt = this.restartedAt.get(app);
    const ranForMs = restartedAt === undefined ? Number.POSITIVE_INFINITY : Date.now() - restartedAt;
    const delayMs = nextRestartDelayMs(this.policy, this.lastDelayMs.get(app) ?? null, ranForMs);
    this.lastDelayMs.set(app, delayMs);
    this.log(`${app} exited on its own (${describeExit(status)}); starting it again in ${delayMs / 1000} s (${app} 意外退出，${delayMs / 1000} 秒后重启)`);
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      if (this.stopped) return;
      this.restartedAt.set(app, Date.now());
      // Should it exit again before it is healthy, its exit schedules the next start, after a longer wait.
      this.apps.restart(app).then(
        () => this.log(`${app} is healthy again (${app} 已恢复)`),
        (error: unknown) => this.log(`${app} did not become healthy: ${(error as Error).message}`),
      );
    }, delayMs);
    this.pending.add(timer);
  }
}
