import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcSample {
  cpuSeconds: number;
  rssMiB: number;
  peakRssMiB: number;
}

/**
 * CPU time (utime + stime) and resident memory (VmRSS, peak VmHWM) of a process, from /proc. With
 * `reapedChildren`, also the CPU of its children that have exited and been waited for (cutime + cstime).
 */
export function sampleProcess(pid: number | undefined, reapedChildren = false): ProcSample | null {
  if (!pid) return null;
  try {
    // Fields after the command name, which may hold spaces: utime, stime, cutime, cstime are the 14th to 17th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields.slice(11, reapedChildren ? 15 : 13).reduce((sum, field) => sum + Number(field), 0);
    const cpuSeconds = ticks / TICKS_PER_SECOND;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { cpuSeconds, rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

/**
 * The processes of one command (e.g. every PostgreSQL backend), summed: CPU and resident memory; the
 * peak is the largest one's. The CPU counts the children they have reaped: a backend that exits during
 * the window moves its time into the postmaster's, so the sum still holds it (and never goes down).
 */
function sampleCommand(command: string): ProcSample | null {
  let found: ProcSample | null = null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let comm: string;
    try {
      comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (comm !== command) continue;
    const sample = sampleProcess(Number(entry), true);
    if (!sample) continue;
    found = found
      ? { cpuSeconds: found.cpuSeconds + sample.cpuSeconds, rssMiB: found.rssMiB + sample.rssMiB, peakRssMiB: Math.max(found.peakRssMiB, sample.peakRssMiB) }
      : sample;
  }
  return found;
}

/** The machine's busy CPU seconds (all but idle and iowait) from /proc/stat. */
export function sampleMachine(): ProcSample {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = ticks[3] + ticks[4];
  const busy = ticks.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
  return { cpuSeconds: busy / TICKS_PER_SECOND, rssMiB: 0, peakRssMiB: 0 };
}

/**
 * Besides the named processes, the window's usage of the machine's PostgreSQL server (every backend
 * of it, shared with anything else using it), of the bench itself (it shares the cores with the stack it
 * loads, so its own CPU is taken from the platform; besides the HTTP clients it holds the event watch and
 * the Temporal, NATS and database clients) and of the whole machine (busy cores).
 */
const SHARED_SAMPLES: Record<string, () => ProcSample | null> = {
  'postgresql (all backends)': () => sampleCommand('postgres'),
  'bench (this process)': () => sampleProcess(process.pid),
  'machine (all processes)': sampleMachine,
};

export interface ProcessUsage {
  /** Cores used on average over the window (CPU seconds / wall seconds). */
  cpuCores: number;
  cpuSeconds: number;
  rssMiB: number;
  peakRssMiB: number;
}

/** Samples a set of named processes at the start and end of a window. */
export class ProcessMeter {
  private start = new Map<string, ProcSample>();
  private startedAt = 0;

  constructor(private readonly pids: () => Record<string, number | undefined>) {}

  begin(): void {
    this.startedAt = performance.now();
    this.start = new Map();
    for (const [name, sample] of this.sampleAll()) if (sample) this.start.set(name, sample);
  }

  private sampleAll(): [string, ProcSample | null][] {
    return [
      ...Object.entries(this.pids()).map(([name, pid]): [string, ProcSample | null] => [name, sampleProcess(pid)]),
      ...Object.entries(SHARED_SAMPLES).map(([name, sample]): [string, ProcSample | null] => [name, sample()]),
    ];
  }

  end(): Record<string, ProcessUsage> {
    const wallSeconds = (performance.now() - this.startedAt) / 1000;
    const usage: Record<string, ProcessUsage> = {};
    for (const [name, now] of this.sampleAll()) {
      const before = this.start.get(name);
      if (!now || !before) continue;
      const cpuSeconds = Math.round((now.cpuSeconds - before.cpuSeconds) * 100) / 100;
      usage[name] = { cpuCores: Math.round((cpuSeconds / wallSeconds) * 100) / 100, cpuSeconds, rssMiB: now.rssMiB, peakRssMiB: now.peakRssMiB };
    }
    return usage;
  }
}

/** Busy cores below which the machine counts as quiet: an idle stack uses 0.3–0.35 (polls, the server's loops). */
export const QUIET_BUSY_CORES = 0.4;

/** How long the machine took to quieten, whether it did, and how busy it was at the end. */
export interface Settle {
  seconds: number;
  settled: boolean;
  busyCores: number;
}

/**
 * Waits until the machine's busy cores, averaged over `windowMs`, drop to `idleCores` or below (the
 * backlog of an earlier phase worked off), at most `timeoutMs`. Returns the seconds waited and whether it settled.
 */
export async function waitForQuietMachine(idleCores: number, windowMs = 5_000, timeoutMs = 900_000): Promise<Settle> {
  const started = performance.now();
  let busyCores = Number.POSITIVE_INFINITY;
  while (performance.now() - started < timeoutMs) {
    const before = sampleMachine().cpuSeconds;
    await new Promise((r) => setTimeout(r, windowMs));
    busyCores = Math.round(((sampleMachine().cpuSeconds - before) / (windowMs / 1000)) * 100) / 100;
    if (busyCores <= idleCores) return { seconds: Math.round((performance.now() - started) / 1000), settled: true, busyCores };
  }
  return { seconds: Math.round((performance.now() - started) / 1000), settled: false, busyCores };
}

/** Waits for a quiet machine (QUIET_BUSY_CORES), saying before what and how long it took. */
export async function settleBefore(what: string, log: (line: string) => void): Promise<Settle> {
  log(`waiting for the machine to settle before ${what} (below ${QUIET_BUSY_CORES} busy cores over 5 s)`);
  const settle = await waitForQuietMachine(QUIET_BUSY_CORES);
  log(`  ${settle.settled ? 'settled' : 'not settled'} after ${settle.seconds} s (${settle.busyCores} busy cores)`);
  return settle;
}

/** The machine's load averages and core count, for the report. */
export function machineLoad(): { loadavg: number[]; uptime: string } {
  const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return { loadavg: [one, five, fifteen], uptime: `load average: ${one}, ${five}, ${fifteen}` };
}
