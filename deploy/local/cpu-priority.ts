import type { AppName } from '@aftersales/contracts';

/**
 * The processes that may be made to wait for a core: the worker, which drives workflows; the request
 * path (gateway, the services, PostgreSQL, NATS) answers people. On one shared host under overload,
 * BACKGROUND_NICE=10 put requests first (README, Benchmark: cases created 62 → 97/s at peak) but the
 * workflows then fell further behind (acknowledged 8.8 → 6.9/s, SLA timers with them), so the default
 * keeps one priority for all. The worker's own slots give way to intake instead (TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE).
 */
export const BACKGROUND_APPS: readonly AppName[] = ['worker'];

export const DEFAULT_BACKGROUND_NICE = 0;

/**
 * `BACKGROUND_NICE`: the nice value (0–19) the local scripts start the background processes with.
 * 0 runs everything at one priority. Anything else is refused, naming the variable.
 */
export function backgroundNice(env: NodeJS.ProcessEnv = process.env): number {
  return niceSetting(env, 'BACKGROUND_NICE', DEFAULT_BACKGROUND_NICE, 0);
}

/** A nice value from `env[name]` (`fallback` when unset), from `lowest` to 19; anything else is refused, naming the variable. */
function niceSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, lowest: number): number {
  const text = env[name] ?? String(fallback);
  const nice = Number(text);
  if (!/^-?\d+$/.test(text) || nice < lowest || nice > 19) throw new Error(`${name} must be a whole number from ${lowest} to 19, got ${JSON.stringify(text)}`);
  return nice;
}

/**
 * The command and arguments that run `command` at `nice` through coreutils' nice, which sets the
 * priority before exec: every thread the process makes (Node's, Go's) inherits it, which a
 * setpriority after the start would not do, Linux's nice being a thread's.
 */
export function atNice(nice: number, command: string, args: readonly string[]): [string, string[]] {
  return nice !== 0 ? ['nice', ['-n', String(nice), command, ...args]] : [command, [...args]];
}

export const DEFAULT_TEMPORAL_SERVER_NICE = -5;

/**
 * `TEMPORAL_SERVER_NICE`: the nice value (−20–19) the local scripts start a Temporal server with, −5 by
 * default. Every case's start, signals and timers go through that one server: on a host whose cores are
 * all taken, it comes first, so the workflows of the cases taken in start as fast as they come (README,
 * Benchmark, session 19). Below 0 needs root (CAP_SYS_NICE); without it nice warns and the server runs at 0.
 */
export function temporalServerNice(env: NodeJS.ProcessEnv = process.env): number {
  return niceSetting(env, 'TEMPORAL_SERVER_NICE', DEFAULT_TEMPORAL_SERVER_NICE, -20);
}
