import type { AppName } from '@aftersales/contracts';

/**
 * The processes that may be made to wait for a core: the worker and the Temporal server, which drive
 * workflows; the request path (gateway, the services, PostgreSQL, NATS) answers people. On one shared
 * host under overload, BACKGROUND_NICE=10 put requests first (README, Benchmark: cases created 62 → 97/s
 * at peak) but the workflows then fell further behind (acknowledged 8.8 → 6.9/s, SLA timers with
 * them), so the default keeps one priority for all.
 */
export const BACKGROUND_APPS: readonly AppName[] = ['worker'];

export const DEFAULT_BACKGROUND_NICE = 0;

/**
 * `BACKGROUND_NICE`: the nice value (0–19) the local scripts start the background processes with.
 * 0 runs everything at one priority. Anything else is refused, naming the variable.
 */
export function backgroundNice(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.BACKGROUND_NICE ?? String(DEFAULT_BACKGROUND_NICE);
  const nice = Number(text);
  if (!/^\d+$/.test(text) || nice > 19) throw new Error(`BACKGROUND_NICE must be a whole number from 0 to 19, got ${JSON.stringify(text)}`);
  return nice;
}

/**
 * The command and arguments that run `command` at `nice` through coreutils' nice, which sets the
 * priority before exec: every thread the process makes (Node's, Go's) inherits it, which a
 * setpriority after the start would not do, Linux's nice being a thread's.
 */
export function atNice(nice: number, command: string, args: readonly string[]): [string, string[]] {
  return nice > 0 ? ['nice', ['-n', String(nice), command, ...args]] : [command, [...args]];
}
