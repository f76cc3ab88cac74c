import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ComponentName } from './component-names';
import { StopWaiting, waitUntil } from './wait-until';

/** A component this run started, so that it stops exactly what it started and nothing else. */
export interface StartedProcess {
  name: ComponentName;
  child: ChildProcess;
  logFile: string;
}

/** Starts a long-running process in its own process group, its output appended to a log file. */
export function startBackground(name: ComponentName, command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): StartedProcess {
  mkdirSync(dirname(logFile), { recursive: true });
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env });
  child.unref();
  return { name, child, logFile };
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `code 1` or `signal SIGKILL`, for a log line. */
export const describeExit = ({ code, signal }: ExitStatus): string => (signal ? `signal ${signal}` : `code ${code}`);

/** How the process exited, or null while it runs. */
export function exitOf(child: ChildProcess): ExitStatus | null {
  return child.exitCode !== null || child.signalCode !== null ? { code: child.exitCode, signal: child.signalCode } : null;
}

/**
 * `probe`, for as long as `child` runs; once it has exited, a StopWaiting with `why(exit)`, so that a
 * wait on it ends at once instead of running out its time.
 */
export const whileRunning =
  (child: ChildProcess, why: (exit: ExitStatus) => string, probe: () => Promise<boolean>) =>
  async (): Promise<boolean> => {
    const exit = exitOf(child);
    if (exit) throw new StopWaiting(why(exit));
    return probe();
  };

/** SIGTERM, then SIGKILL if it has not exited within the grace period. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<ExitStatus> {
  const exit = exitOf(child);
  if (exit) return exit;
  const exited = new Promise<ExitStatus>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const status = await exited;
  clearTimeout(timer);
  return status;
}

/** The last `count` lines of a log file, for an error that says why a process stopped. */
export function lastLines(file: string, count: number): string {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}

/**
 * Waits until `probe` answers for a process this run started; should the process exit first, the wait
 * ends at once with its exit and the end of its log (a port taken, a bad flag). Should it run but never
 * answer, the timeout says so with the end of its log too, which is where an operator looks next.
 */
export async function waitUntilAnswering(started: StartedProcess, probe: () => Promise<boolean>, timeoutMs: number, intervalMs?: number): Promise<void> {
  const logEnd = () => `the end of ${started.logFile}:\n${lastLines(started.logFile, 10)}`;
  const why = (exit: ExitStatus) => `${started.name} exited with ${describeExit(exit)} before it answered; ${logEnd()}`;
  const timedOut = () => `${started.name} (pid ${started.child.pid}) runs but did not answer within ${timeoutMs / 1000} s; ${logEnd()}`;
  await waitUntil(started.name, whileRunning(started.child, why, probe), timeoutMs, intervalMs, timedOut);
}
