import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcSample {
  cpuSeconds: number;
  rssMiB: number;
  peakRssMiB: number;
}

/** CPU time (utime + stime) and resident memory (VmRSS, peak VmHWM) of a process, from /proc. */
export function sampleProcess(pid: number | undefined): ProcSample | null {
  if (!pid) return null;
  try {
    // Fields after the command name, which may hold spaces: utime and stime are the 14th and 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { cpuSeconds, rssMiB: Math.round(kib('VmRSS') / 1024), peakRssMiB: Math.round(kib('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

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
    for (const [name, pid] of Object.entries(this.pids())) {
      const sample = sampleProcess(pid);
      if (sample) this.start.set(name, sample);
    }
  }

  end(): Record<string, ProcessUsage> {
    const wallSeconds = (performance.now() - this.startedAt) / 1000;
    const usage: Record<string, ProcessUsage> = {};
    for (const [name, pid] of Object.entries(this.pids())) {
      const now = sampleProcess(pid);
      const before = this.start.get(name);
      if (!now || !before) continue;
      const cpuSeconds = Math.round((now.cpuSeconds - before.cpuSeconds) * 100) / 100;
      usage[name] = { cpuCores: Math.round((cpuSeconds / wallSeconds) * 100) / 100, cpuSeconds, rssMiB: now.rssMiB, peakRssMiB: now.peakRssMiB };
    }
    return usage;
  }
}

/** The machine's load averages and core count, for the report. */
export function machineLoad(): { loadavg: number[]; uptime: string } {
  const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return { loadavg: [one, five, fifteen], uptime: `load average: ${one}, ${five}, ${fifteen}` };
}
