import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** A component this run started, so that it stops exactly what it started and nothing else. */
export interface StartedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
}

/** Starts a long-running process in its own process group, its output appended to a log file. */
export function startBackground(name: string, command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): StartedProcess {
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

/** SIGTERM, then SIGKILL if it has not exited within the grace period. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<ExitStatus> {
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
  const exited = new Promise<ExitStatus>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const status = await exited;
  clearTimeout(timer);
  return status;
}
