import type { CaseView } from '@aftersales/contracts';
import { CASE_WORKFLOW_TYPE, caseWorkflowId } from '@aftersales/workflows';
import { distribution, lanes, perSecond, sleep, type Distribution } from './bench-stats';
import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import { benchArrivalAt, benchCaseRequest, benchTechnician } from './case-requests';
import type { CaseMilestone, EventWatch } from './event-watch';
import { snapshotMetrics } from './app-metrics';
import { readPersistenceCounters } from '../deploy/local/temporal-server-metrics';
import { persistencePerUnit, type PersistencePerUnit } from './server-persistence';
import { ProcessMeter, settleBefore, type ProcessUsage, type Settle } from './proc-stats';
import { firstActivityStartMs } from './workflow-history';

interface SentCase {
  caseNo: string;
  sentAt: number;
  httpMs: number;
}

export interface LoadPhase {
  seconds: number;
  /** Half load only: how long the stack took to work off the earlier phases before this one began. */
  settle?: Settle;
  clients?: number;
  targetPerSecond?: number;
  created: number;
  failed: number;
  /** Failed requests by HTTP status (0: no answer). */
  failures: Record<string, number>;
  httpPerSecond: number;
  /**
   * Cases whose workflow the server started, per second from the first request to the last start: intake
   * throughput in the terms of the raw limit (a workflow start), read from visibility's start times.
   */
  workflowStartedPerSecond: number;
  workflowStarted: number;
  /** Of those, the workflows started before the phase's last answer. */
  workflowStartedWithinPhase: number;
  /** From the HTTP request to the workflow's start (visibility's StartTime). */
  toWorkflowStartMs: Distribution;
  /** Cases whose workflow ran its first activity, per second from the first request to the last acknowledgement. */
  acknowledgedPerSecond: number;
  acknowledged: number;
  httpMs: Distribution;
  /** From the HTTP request to the event on JetStream. */
  toOpenedEventMs: Distribution;
  toAcknowledgedEventMs: Distribution;
  toAssignedEventMs: Distribution;
  processes: Record<string, ProcessUsage>;
  /** Peak only: the Temporal server's store operations within the peak, a unit a workflow started within it. */
  temporalPersistence?: PersistencePerUnit | null;
}

export interface DispatchPhase {
  cases: number;
  seconds: number;
  casesPerSecond: number;
  stepHttpMs: Distribution;
  /** From the first dispatch step (appointment) to the case.closed event. */
  toClosedEventMs: Distribution;
  failed: number;
}

export interface CasesResult {
  peak: LoadPhase;
  /** The peak's cases acknowledged a second until the last of them (acknowledgedThrough); half of it sets the half load. */
  sustainedAcknowledgedPerSecond: number | null;
  halfLoad: LoadPhase | null;
  firstActivityFromHistoryMs: Distribution;
  dispatch: DispatchPhase;
  /** Selected series of the apps' /metrics right after the peak phase. */
  metricsAfterPeak: Record<string, Record<string, number>>;
}

type Log = (line: string) => void;

export async function runCasesScenario(stack: BenchStack, watch: EventWatch, options: BenchOptions, log: Log): Promise<CasesResult> {
  log(`registering ${options.technicians} technicians`);
  let registered = 0;
  await lanes(8, () => registered < options.technicians, async () => {
    const n = (registered += 1);
    await stack.http.expect(201, 'POST', '/api/v1/technicians', benchTechnician(n));
  });
  log('warm-up: 5 s with 4 clients');
  await closedLoop(stack, 4, 5);

  log(`peak: ${options.clients} clients for ${options.peakSeconds} s`);
  const meter = new ProcessMeter(() => stack.pids());
  const store = await readPersistenceCounters(stack.settings.TEMPORAL_ADDRESS);
  meter.begin();
  const peakLoad = await closedLoop(stack, options.clients, options.peakSeconds);
  const processes = meter.end();
  const storeAfterPeak = await readPersistenceCounters(stack.settings.TEMPORAL_ADDRESS);
  const metricsAfterPeak = await snapshotMetrics(stack, ['worker', 'intake', 'gateway']);
  const peak = await summarise(stack, watch, peakLoad, processes, log, { clients: options.clients });
  peak.temporalPersistence = persistencePerUnit(store, storeAfterPeak, peak.workflowStartedWithinPhase, peakLoad.seconds);

  const firstActivityFromHistoryMs = await firstActivityStarts(stack, peakLoad.sent, options.historySample);

  const dispatch = await dispatchPhase(stack, watch, peakLoad.sent, options, log);

  let halfLoad: LoadPhase | null = null;
  let sustainedAcknowledgedPerSecond: number | null = null;
  if (options.halfLoadSeconds > 0 && peak.httpPerSecond > 0) {
    // Measured at half the peak's rate in steady state, not on top of the peak's backlog still in the workflows.
    const settle = await settleBefore('half load', log);
    sustainedAcknowledgedPerSecond = acknowledgedThrough(watch, peakLoad.sent);
    const rate = Math.max(1, Math.min(peak.httpPerSecond, sustainedAcknowledgedPerSecond) / 2);
    log(`half load: ${rate.toFixed(1)} cases/s for ${options.halfLoadSeconds} s`);
    meter.begin();
    const load = await fixedRate(stack, rate, options.halfLoadSeconds);
    halfLoad = await summarise(stack, watch, load, meter.end(), log, { targetPerSecond: Math.round(rate * 10) / 10, settle });
  }
  return { peak, sustainedAcknowledgedPerSecond, halfLoad, firstActivityFromHistoryMs, dispatch, metricsAfterPeak };
}

/**
 * The peak's cases acknowledged a second, from the first request to the last acknowledgement, read once
 * the stack has worked off the peak: the rate the workflows sustain through a burst and its backlog. It
 * sets the half load, where the peak's own acknowledged rate would depend on how much of that work the
 * worker put off until after the peak (TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE).
 */
function acknowledgedThrough(watch: EventWatch, sent: SentCase[]): number {
  const acks = sent.map((c) => watch.trace(c.caseNo).seen.acknowledged).filter((t): t is number => t !== undefined);
  if (acks.length === 0) return 0;
  return perSecond(acks.length, Math.max(...acks) - Math.min(...sent.map((c) => c.sentAt)));
}

interface Load {
  sent: SentCase[];
  failed: number;
  failures: Record<string, number>;
  seconds: number;
  /** When the last request of the phase had its answer (Date.now()). */
  endedAt: number;
}

const fail = (load: Load, status: number): void => {
  load.failed += 1;
  load.failures[status] = (load.failures[status] ?? 0) + 1;
};

async function openOne(stack: BenchStack, load: Load): Promise<void> {
  const sentAt = Date.now();
  try {
    const res = await stack.http.openCase<CaseView>(benchCaseRequest());
    if (res.status === 201) load.sent.push({ caseNo: res.body.caseNo, sentAt, httpMs: res.ms });
    else fail(load, res.status);
  } catch {
    fail(load, 0);
  }
}

async function closedLoop(stack: BenchStack, clients: number, seconds: number): Promise<Load> {
  const load: Load = { sent: [], failed: 0, failures: {}, seconds, endedAt: 0 };
  const end = performance.now() + seconds * 1000;
  await lanes(clients, () => performance.now() < end, () => openOne(stack, load));
  load.endedAt = Date.now();
  return load;
}

/** Open loop: requests leave on schedule whether or not earlier ones have answered. */
async function fixedRate(stack: BenchStack, perSecondTarget: number, seconds: number): Promise<Load> {
  const load: Load = { sent: [], failed: 0, failures: {}, seconds, endedAt: 0 };
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.floor(perSecondTarget * seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecondTarget;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const p = openOne(stack, load).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  load.endedAt = Date.now();
  return load;
}

/** When the server started each case's workflow (visibility's StartTime), by case number; only the phase's are listed. */
async function workflowStartTimes(stack: BenchStack, sent: SentCase[], since: number): Promise<Map<string, number>> {
  const wanted = new Set(sent.map((c) => caseWorkflowId(c.caseNo)));
  const times = new Map<string, number>();
  const query = `WorkflowType = "${CASE_WORKFLOW_TYPE}" AND StartTime >= "${new Date(since).toISOString()}"`;
  for await (const execution of stack.temporal.workflow.list({ query })) {
    if (wanted.has(execution.workflowId)) times.set(execution.workflowId.replace(/^case-/, ''), execution.startTime.getTime());
  }
  return times;
}

async function summarise(stack: BenchStack, watch: EventWatch, load: Load, processes: Record<string, ProcessUsage>, log: Log, extra: Partial<LoadPhase>): Promise<LoadPhase> {
  // Let the pipeline drain: every created case should be acknowledged and assigned.
  const deadline = Date.now() + 60_000;
  const pending = () => load.sent.filter((c) => !watch.trace(c.caseNo).seen.assigned).length;
  while (pending() > 0 && Date.now() < deadline) await sleep(250);
  if (pending() > 0) log(`  ${pending()} cases not assigned within 60 s of the phase's end`);
  const since = (milestone: CaseMilestone) =>
    load.sent.flatMap((c) => {
      const at = watch.trace(c.caseNo).seen[milestone];
      return at ? [at - c.sentAt] : [];
    });
  const firstSent = Math.min(...load.sent.map((c) => c.sentAt));
  const started = await workflowStartTimes(stack, load.sent, firstSent);
  const lastStart = started.size ? Math.max(...started.values()) : firstSent;
  const acks = load.sent.map((c) => watch.trace(c.caseNo).seen.acknowledged).filter((t): t is number => t !== undefined);
  const lastAck = acks.length ? Math.max(...acks) : firstSent;
  return {
    seconds: load.seconds,
    ...extra,
    created: load.sent.length,
    failed: load.failed,
    failures: load.failures,
    httpPerSecond: perSecond(load.sent.length, load.seconds * 1000),
    workflowStarted: started.size,
    workflowStartedWithinPhase: [...started.values()].filter((at) => at <= load.endedAt).length,
    workflowStartedPerSecond: perSecond(started.size, lastStart - firstSent),
    toWorkflowStartMs: distribution(load.sent.flatMap((c) => (started.has(c.caseNo) ? [started.get(c.caseNo)! - c.sentAt] : []))),
    acknowledged: acks.length,
    acknowledgedPerSecond: perSecond(acks.length, lastAck - firstSent),
    httpMs: distribution(load.sent.map((c) => c.httpMs)),
    toOpenedEventMs: distribution(since('opened')),
    toAcknowledgedEventMs: distribution(since('acknowledged')),
    toAssignedEventMs: distribution(since('assigned')),
    processes,
  };
}

/**
 * The workflow's first activity, as the server recorded it: the first ActivityTaskStarted of a sample of
 * histories, or, for a local activity, the start of the workflow task that ran it (its marker follows).
 */
async function firstActivityStarts(stack: BenchStack, sent: SentCase[], sample: number): Promise<Distribution> {
  const step = Math.max(1, Math.floor(sent.length / Math.max(1, sample)));
  const picked = sent.filter((_, i) => i % step === 0).slice(0, sample);
  const latencies: number[] = [];
  await lanes(8, () => picked.length > 0, async () => {
    const c = picked.pop() as SentCase;
    const history = await stack.temporal.workflow.getHandle(caseWorkflowId(c.caseNo)).fetchHistory().catch(() => null);
    const at = firstActivityStartMs(history?.events ?? []);
    if (at !== null) latencies.push(at - c.sentAt);
  });
  return distribution(latencies);
}

/** Moves assigned cases through appointment, check-in, the service record and the customer's sign-off. */
async function dispatchPhase(stack: BenchStack, watch: EventWatch, sent: SentCase[], options: BenchOptions, log: Log): Promise<DispatchPhase> {
  const queue = sent.filter((c) => watch.trace(c.caseNo).workOrderId);
  log(`dispatch: ${queue.length} assigned cases, ${options.clients} clients, at most ${options.dispatchSeconds} s`);
  const stepMs: number[] = [];
  const toClosed: Promise<number | null>[] = [];
  let failed = 0;
  let done = 0;
  const started = performance.now();
  const end = started + options.dispatchSeconds * 1000;
  await lanes(options.clients, () => queue.length > 0 && performance.now() < end, async () => {
    const c = queue.shift() as SentCase;
    const trace = watch.trace(c.caseNo);
    const path = `/api/v1/work-orders/${trace.workOrderId}`;
    const began = Date.now();
    const steps: [string, unknown][] = [
      ['appointment', { expectedArrivalAt: benchArrivalAt(Date.now(), trace.seen.assigned ?? Date.now()).toISOString(), confirmedWithCustomer: true, channel: 'phone' }],
      ['check-in', { technicianId: trace.technicianId }],
      ['record', { diagnosis: '冷媒不足', repairPlan: '加注冷媒', customerConsent: { given: true, at: new Date().toISOString() }, testResult: { outcome: 'passed', note: '制冷正常' } }],
      ['sign-off', { signedBy: '压测用户' }],
    ];
    for (const [action, body] of steps) {
      const res = await stack.http.call('POST', `${path}/${action}`, body);
      if (res.status !== 200) {
        failed += 1;
        if (failed <= 3) log(`  ${action} on ${c.caseNo} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
        return;
      }
      stepMs.push(res.ms);
    }
    done += 1;
    toClosed.push(watch.waitFor(c.caseNo, 'closed', 60_000).then((t) => (t?.seen.closed ? t.seen.closed - began : null)));
  });
  const seconds = (performance.now() - started) / 1000;
  const closed = (await Promise.all(toClosed)).filter((ms): ms is number => ms !== null);
  return {
    cases: done,
    seconds: Math.round(seconds * 10) / 10,
    casesPerSecond: perSecond(done, seconds * 1000),
    stepHttpMs: distribution(stepMs),
    toClosedEventMs: distribution(closed),
    failed,
  };
}
