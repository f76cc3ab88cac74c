import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { describeExit } from '../deploy/local/background-process';
import { backgroundNice, temporalServerNice } from '../deploy/local/cpu-priority';
import { formatDistribution } from './bench-stats';
import { parseOptions, type BenchOptions } from './bench-options';
import { BENCH_DIR, BenchStack } from './bench-stack';
import { runCasesScenario, type CasesResult, type LoadPhase } from './cases-scenario';
import { EventWatch } from './event-watch';
import { machineLoad, ProcessMeter, type ProcessUsage } from './proc-stats';
import { measureRawLimits, type RawLimits } from './raw-limits';
import { LoopbackProvider, runRecallScenario, type RecallResult } from './recall-scenario';
import type { PersistencePerUnit } from './server-persistence';
import { runTimersScenario, type TimersResult } from './timers-scenario';

const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
      } catch {
        return null;
      }
    })(),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // The recall scenario's notices go to a provider on loopback that counts them.
  const provider = options.scenario === 'recall' ? new LoopbackProvider() : null;
  await provider?.start();
  const stack = new BenchStack(options, provider?.appEnv());
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping what the bench started`);
    void stack.stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  // Last resort: whatever way the bench exits, no process it started outlives it.
  process.on('exit', () => {
    if (stack.stopped) return;
    for (const pid of Object.values(stack.pids())) {
      try {
        if (pid) process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  const startedAt = new Date().toISOString();
  const loadBefore = machineLoad();
  try {
    log(`provisioning (database ${new URL(options.databaseUrl).pathname.slice(1)}, NATS ${options.natsUrl}, Temporal ${options.temporalAddress} (${options.temporalStore} when started), app ports +${options.portOffset})`);
    await stack.provision(log);
    log(`Temporal namespace ${stack.settings.TEMPORAL_NAMESPACE}; ${stack.components?.started.map((s) => `started ${s.name}`).join(', ') || 'using running components'}`);
    const raw = options.scenario === 'cases' ? await measureRawLimits(stack, options.rawConcurrency, options.rawSeconds, log) : null;
    log('starting the eight apps');
    await stack.startApps();
    // An app that exits mid-run (a crash, out of memory) voids the run: stop at once rather than wait out the phase.
    const appExited = new Promise<never>((_, reject) =>
      stack.apps.onUnexpectedExit((app, status) => reject(new Error(`${app} exited during the run (${describeExit(status)}); nothing was measured. Its log: ${stack.apps.logOf(app)}`))),
    );
    appExited.catch(() => undefined);
    const unlessAnAppExits = <T>(scenario: Promise<T>): Promise<T> => Promise.race([scenario, appExited]);
    const whole = new ProcessMeter(() => stack.pids());
    whole.begin();
    let cases: CasesResult | null = null;
    let timers: TimersResult | null = null;
    let recall: RecallResult | null = null;
    if (options.scenario === 'cases') {
      const watch = new EventWatch(stack.nats);
      await watch.start();
      try {
        cases = await unlessAnAppExits(runCasesScenario(stack, watch, options, log));
      } finally {
        await watch.stop();
      }
    } else if (options.scenario === 'timers') {
      timers = await unlessAnAppExits(runTimersScenario(stack, options, log));
    } else {
      recall = await unlessAnAppExits(runRecallScenario(stack, options, provider!, log));
    }
    const processes = whole.end();
    const result = {
      scenario: options.scenario,
      label: options.label || null,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { ...machine(), loadBefore: loadBefore.loadavg, loadAfter: machineLoad().loadavg, backgroundNice: backgroundNice(), temporalServerNice: temporalServerNice() },
      options,
      raw,
      cases,
      timers,
      recall,
      intakeRatioToRawTemporalStart: cases && raw ? Math.round((cases.peak.workflowStartedPerSecond / raw.temporalStart.perSecond) * 100) / 100 : null,
      ratioToRawTemporalStart: cases && raw ? Math.round((cases.peak.acknowledgedPerSecond / raw.temporalStart.perSecond) * 100) / 100 : null,
      processes,
    };
    const file = writeResult(result, options);
    printReport(result, file);
  } finally {
    if (!stopping) await stack.stop();
    provider?.stop();
    if (options.profile.length > 0) log(`CPU profiles of ${options.profile.join(', ')}: ${stack.profileDir} (open in Chrome DevTools, Performance)`);
  }
}

function writeResult(result: object, options: BenchOptions): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(BENCH_DIR, `${stamp}-${options.scenario}${options.label ? `-${options.label.replace(/[^A-Za-z0-9_-]/g, '_')}` : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  writeFileSync(join(BENCH_DIR, `latest-${options.scenario}.json`), JSON.stringify(result, null, 2));
  return file;
}

interface Report {
  options: BenchOptions;
  machine: { cores: number; memoryGiB: number; loadBefore: number[]; loadAfter: number[]; backgroundNice: number; temporalServerNice: number };
  raw: RawLimits | null;
  cases: CasesResult | null;
  timers: TimersResult | null;
  recall: RecallResult | null;
  intakeRatioToRawTemporalStart: number | null;
  ratioToRawTemporalStart: number | null;
  processes: Record<string, ProcessUsage>;
}

function printReport(r: Report, file: string): void {
  const out: string[] = ['', `machine: ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load ${r.machine.loadBefore.join(' ')} before, ${r.machine.loadAfter.join(' ')} after; worker at nice ${r.machine.backgroundNice} (BACKGROUND_NICE), a Temporal server the bench starts at nice ${r.machine.temporalServerNice} (TEMPORAL_SERVER_NICE)`];
  if (r.raw) {
    out.push(`raw limits (Temporal at ${r.options.temporalAddress}, ${r.options.temporalStore} when this run started it):`);
    out.push(`  (read once the machine ${r.raw.settle.settled ? 'settled' : 'had not settled'}, ${r.raw.settle.seconds} s after provisioning: ${r.raw.settle.busyCores} busy cores)`);
    out.push(`  Temporal workflow start   ${r.raw.temporalStart.perSecond}/s   ${formatDistribution(r.raw.temporalStart.latencyMs)}  (${r.raw.temporalStart.completed} completed)`);
    out.push(`    cores meanwhile: ${Object.entries(r.raw.temporalStart.cpuCores ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    out.push(`    server store: ${formatPersistence(r.raw.temporalStart.persistence, 'start')}`);
    out.push(`  JetStream publish + ack   ${r.raw.jetstreamPublish.perSecond}/s   ${formatDistribution(r.raw.jetstreamPublish.latencyMs)}`);
    out.push(`  PostgreSQL insert+commit  ${r.raw.postgresInsertCommit.perSecond}/s   ${formatDistribution(r.raw.postgresInsertCommit.latencyMs)}`);
  }
  const phase = (name: string, p: LoadPhase) => {
    if (p.settle) out.push(`(the stack ${p.settle.settled ? 'settled' : 'had not settled'} ${p.settle.seconds} s after the dispatch phase: ${p.settle.busyCores} busy cores)`);
    out.push(`${name}: ${p.created} cases (${p.failed} failed${p.failed ? ` ${JSON.stringify(p.failures)}` : ''}); HTTP ${p.httpPerSecond}/s; workflows started ${p.workflowStartedPerSecond}/s (${p.workflowStarted}); acknowledged by the workflow ${p.acknowledgedPerSecond}/s`);
    out.push(`  create HTTP          ${formatDistribution(p.httpMs)}`);
    out.push(`  → case.opened event  ${formatDistribution(p.toOpenedEventMs)}`);
    out.push(`  → workflow started   ${formatDistribution(p.toWorkflowStartMs)}`);
    out.push(`  → first activity     ${formatDistribution(p.toAcknowledgedEventMs)}  (case.acknowledged event)`);
    out.push(`  → assigned event     ${formatDistribution(p.toAssignedEventMs)}`);
    out.push(`  CPU (cores) / RSS MiB: ${Object.entries(p.processes).map(([k, v]) => `${k} ${v.cpuCores}/${v.rssMiB}`).join(', ')}`);
  };
  if (r.cases) {
    phase('peak', r.cases.peak);
    out.push(`  first ActivityTaskStarted (history sample) ${formatDistribution(r.cases.firstActivityFromHistoryMs)}`);
    out.push(`  server store within the peak: ${formatPersistence(r.cases.peak.temporalPersistence, 'workflow started')}`);
    if (r.cases.sustainedAcknowledgedPerSecond !== null) out.push(`the peak's cases acknowledged through their backlog: ${r.cases.sustainedAcknowledgedPerSecond}/s (half of it, or of the HTTP rate if lower, is the half load)`);
    if (r.cases.halfLoad) phase('half of peak', r.cases.halfLoad);
    const d = r.cases.dispatch;
    out.push(`dispatch: ${d.cases} cases through appointment → check-in → record → sign-off in ${d.seconds} s (${d.casesPerSecond}/s, ${d.failed} failed)`);
    out.push(`  step HTTP            ${formatDistribution(d.stepHttpMs)}`);
    out.push(`  → case.closed event  ${formatDistribution(d.toClosedEventMs)}`);
    out.push(`intake (workflows started) / raw Temporal start rate: ${r.intakeRatioToRawTemporalStart}`);
    out.push(`acknowledged cases / raw Temporal start rate: ${r.ratioToRawTemporalStart}`);
  }
  if (r.timers) {
    const t = r.timers;
    out.push(`timers: ${t.cases} cases (opened ${t.createdPerSecond}/s), deadlines spread over ${t.dueSpreadSeconds} s`);
    out.push(`  breach late       ${formatDistribution(t.breachLateMs)}  (${t.breachLateMs.count}/${t.cases} fired)`);
    out.push(`  escalation late   ${formatDistribution(t.escalationLateMs)}  (${t.escalationsFired}/${t.escalationsExpected} fired)`);
    out.push(`  the breach's timer in ${t.breachTimerParts.setLateMs.count} histories:`);
    out.push(`    due after deadline    ${formatDistribution(t.breachTimerParts.setLateMs)}  (its start plus its duration, against the deadline)`);
    out.push(`    fired late by server  ${formatDistribution(t.breachTimerParts.firingMs)}`);
    out.push(`    picked up after       ${formatDistribution(t.breachTimerParts.pickupMs)}  (TimerFired to the task's start)`);
    const troubles = Object.entries(t.sampledTaskTroubles);
    out.push(`    workflow tasks in trouble: ${troubles.length > 0 ? troubles.map(([what, n]) => `${n} ${what}`).join(', ') : 'none'}`);
    out.push(`  worker peak RSS   ${t.workerPeakRssMiB} MiB`);
    out.push(`  firing the ${t.firing.alarms} alarms (${t.firing.seconds} s from the first deadline), CPU per alarm:`);
    for (const [name, u] of Object.entries(t.firing.processes)) out.push(`    ${name.padEnd(24)} ${String(u.cpuCores).padStart(5)} cores  ${perAlarmMs(u.cpuSeconds, t.firing.alarms)} ms`);
  }
  if (r.recall) {
    const c = r.recall;
    out.push(`recall: campaign ${c.campaignNo} ${c.status}; ${c.units} units seeded in ${c.seedMs} ms; ${c.providerMessages} provider messages`);
    out.push(`  units notified per second  ${c.unitsNotifiedPerSecond}  (all notified after ${c.secondsToNotifyAll} s; ${c.totalSeconds} s approval → completed)`);
    out.push(`  worker peak RSS            ${c.workerPeakRssMiB} MiB over ${c.workflowRuns} workflow run(s)`);
  }
  out.push('CPU seconds and peak memory over the scenario (VmHWM):');
  for (const [name, u] of Object.entries(r.processes)) out.push(`  ${name.padEnd(22)} ${String(u.cpuSeconds).padStart(8)} s CPU  ${String(u.cpuCores).padStart(5)} cores  peak ${u.peakRssMiB} MiB`);
  out.push(`result: ${file}`);
  console.log(out.join('\n'));
}

function formatPersistence(p: PersistencePerUnit | null | undefined, unit: string): string {
  if (!p) return 'no metrics from the server';
  const top = Object.entries(p.topOperations).map(([operation, n]) => `${operation} ${n}`).join(', ');
  return `${p.requestsPerUnit} operations a ${unit} (${p.units}), ${p.requestsPerSecond}/s, ${p.meanInFlight} in flight on average; most: ${top}`;
}

function perAlarmMs(cpuSeconds: number, alarms: number): string {
  return alarms > 0 ? ((cpuSeconds * 1000) / alarms).toFixed(1) : '—';
}

process.on('unhandledRejection', (error: unknown) => {
  console.error(`[bench] failed: ${(error as Error)?.stack ?? String(error)}`);
  process.exit(1);
});

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
