import type { CasePolicy, CaseView } from '@aftersales/contracts';
import { ESCALATION_LEVELS } from '@aftersales/contracts/values';
import { caseWorkflowId } from '@aftersales/workflows';
import { distribution, lanes, perSecond, sleep, type Distribution } from './bench-stats';
import type { BenchOptions } from './bench-options';
import type { BenchStack } from './bench-stack';
import { benchCaseRequest } from './case-requests';
import { sampleProcess, ProcessMeter, type ProcessUsage } from './proc-stats';
import { snapshotMetrics } from './app-metrics';
import { firstTimerLateness, workflowTaskTroubles, type TimerLateness } from './workflow-history';

export interface TimersResult {
  cases: number;
  createdPerSecond: number;
  /** When the on-site deadlines fell, relative to the first one (s): how concentrated the timers were. */
  dueSpreadSeconds: number;
  breachLateMs: Distribution;
  escalationLateMs: Distribution;
  /** The breach's timer in a sample of histories (`--history-sample`): its lateness, part by part. */
  breachTimerParts: Record<keyof TimerLateness, Distribution>;
  /** The same sample's workflow tasks that timed out or failed (a sticky task not picked up in time, ...). */
  sampledTaskTroubles: Record<string, number>;
  /** Selected series of the worker's /metrics once the alarms have fired (task latencies, sticky cache). */
  workerMetricsAfterFiring: Record<string, number>;
  escalationsExpected: number;
  escalationsFired: number;
  workerPeakRssMiB: number | null;
  processes: Record<string, ProcessUsage>;
  /** From the first deadline to the end: what firing the alarms cost each process. */
  firing: { seconds: number; alarms: number; processes: Record<string, ProcessUsage> };
}

const ALWAYS_WORKING = { id: 'BENCH', version: '1', utcOffsetMinutes: 480, workdayStart: '00:00', workdayEnd: '24:00', weekendDays: [], holidays: [], makeUpWorkdays: [] };

/** A policy whose on-site clock runs out after `onsiteMs`, with no warnings and a short ladder. */
function timerPolicy(version: string, onsiteMs: number, stepMs: number): CasePolicy {
  const budgets = { acknowledgeMs: 3_600_000, onsiteMs, resolutionWorkingDays: 5 };
  return {
    version,
    budgets: { normal: budgets, high: budgets, urgent: budgets },
    onsiteRadiusKm: 5_000,
    onsiteBeyondRadiusMs: onsiteMs,
    warnAtFractions: [],
    escalationStepMs: stepMs,
    pauseResolutionForParts: true,
    calendar: ALWAYS_WORKING,
  };
}

type Log = (line: string) => void;

/**
 * Opens `timers` cases whose on-site deadlines fall within a window of a few minutes, then reads
 * how late each breach and escalation fired against its due time (intake's SLA timeline).
 * Deadlines are steered by activating a new policy version every few seconds while cases open,
 * each with the budget that lands its cases at their place in the window.
 */
export async function runTimersScenario(stack: BenchStack, options: BenchOptions, log: Log): Promise<TimersResult> {
  const run = Date.now().toString(36);
  let versions = 0;
  const activate = async (onsiteMs: number) => {
    const version = `bench-${run}-${(versions += 1)}`;
    await stack.http.expect(201, 'POST', '/api/v1/policies/cases', timerPolicy(version, Math.max(1_000, Math.round(onsiteMs)), options.escalationStepSeconds * 1000));
    await stack.http.expect(200, 'POST', `/api/v1/policies/cases/${version}/activate`);
  };
  const open = async () => {
    const res = await stack.http.openCaseSurely<CaseView>(benchCaseRequest());
    if (res.status !== 201) throw new Error(`opening a case answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  };

  // Estimate the intake rate with cases that fall due long after the bench has ended.
  await activate(86_400_000);
  const estimateStart = performance.now();
  let estimated = 0;
  await lanes(options.clients, () => estimated < 200, async () => {
    estimated += 1;
    await open();
  });
  const httpRate = perSecond(200, performance.now() - estimateStart);
  // The timers wait in running workflows: the cases are due once the workflows can have caught up with
  // the requests, so the scenario measures timers firing, not a backlog of workflow starts.
  while ((await acknowledgedCases(stack)) < 200) await sleep(200);
  const workflowRate = perSecond(200, performance.now() - estimateStart);
  const rate = Math.min(httpRate, workflowRate);
  log(`timers: cases open at ${httpRate}/s over HTTP, their workflows acknowledge ${workflowRate}/s`);
  const windowMs = options.dueWindowSeconds * 1000;
  const dueStart = Date.now() + (options.timers / rate) * 1300 + 20_000;
  log(`timers: ${rate} cases/s; ${options.timers} cases due from ${new Date(dueStart).toISOString()} over ${options.dueWindowSeconds} s`);

  const meter = new ProcessMeter(() => stack.pids());
  meter.begin();
  let created = 0;
  let creating = true;
  // The first steered version is active before any timed case opens (none may pin the far policy).
  await activate(dueStart - Date.now());
  const steer = (async () => {
    await sleep(3_000);
    while (creating) {
      // A refused or timed-out activation leaves the previous version active: its cases fall due a little late.
      await activate(dueStart + (created / options.timers) * windowMs - Date.now()).catch((error: unknown) => log(`  policy not steered: ${(error as Error).message.slice(0, 160)}`));
      await sleep(3_000);
    }
  })();
  const createStart = performance.now();
  let started = 0;
  // Opened at the rate the workflows keep up with: faster, each opening task waits behind the backlog and
  // sets its timer late, so the alarms would measure that backlog, not the timers firing.
  await lanes(options.clients, () => started < options.timers, async () => {
    const slot = started;
    started += 1;
    await sleep(createStart + (slot / rate) * 1000 - performance.now());
    await open();
    created += 1;
  });
  creating = false;
  await steer;
  const createdPerSecond = perSecond(created, performance.now() - createStart);
  log(`timers: ${created} cases opened (${createdPerSecond}/s); waiting for their ladders`);

  const levels = ladderLevelsWaitedFor(options.escalationStepSeconds);
  const expected = created * levels;
  const ladderEnd = dueStart + windowMs + (levels - 1) * options.escalationStepSeconds * 1000;
  // Long enough past the ladder's end for a slow machine to fire them all: lateness of every alarm, not of the first few.
  const giveUp = Math.max(ladderEnd, Date.now()) + GIVE_UP_AFTER_LADDER_MS;
  log(`timers: waiting for ${levels} escalation level(s) a case (ladder step ${options.escalationStepSeconds} s)`);
  let workerPeak: number | null = null;
  const firingMeter = new ProcessMeter(() => stack.pids());
  await sleep(dueStart - Date.now());
  const firingStart = performance.now();
  firingMeter.begin();
  for (;;) {
    workerPeak = Math.max(workerPeak ?? 0, sampleProcess(stack.apps.pid('worker'))?.rssMiB ?? 0);
    const fired = await countEscalations(stack);
    if ((fired >= expected && Date.now() > ladderEnd) || Date.now() > giveUp) break;
    log(`  ${fired}/${expected} escalations fired`);
    await sleep(10_000);
  }
  const firingProcesses = firingMeter.end();
  const processes = meter.end();
  const { worker: workerMetricsAfterFiring = {} } = await snapshotMetrics(stack, ['worker']);
  const late = await lateness(stack, levels);
  const sampled = await sampleHistories(stack, options.historySample);
  return {
    cases: created,
    createdPerSecond,
    dueSpreadSeconds: late.spreadSeconds,
    breachLateMs: distribution(late.breach),
    escalationLateMs: distribution(late.escalation),
    breachTimerParts: sampled.parts,
    sampledTaskTroubles: sampled.troubles,
    workerMetricsAfterFiring,
    escalationsExpected: expected,
    escalationsFired: late.escalation.length,
    workerPeakRssMiB: processes.worker?.peakRssMiB ?? workerPeak,
    processes,
    firing: {
      seconds: Math.round((performance.now() - firingStart) / 1000),
      alarms: late.breach.length + late.escalation.length,
      processes: firingProcesses,
    },
  };
}

const GIVE_UP_AFTER_LADDER_MS = 900_000;

/** How long the bench waits past the window: ladder levels due later are not waited for (nor measured). */
const LADDER_HORIZON_SECONDS = 600;

/**
 * The escalation levels each case reaches while the bench waits: level n is due n - 1 steps after the
 * deadline. With a real ladder's step (an hour, the default) that is level 1 alone, fired with the breach:
 * one timer a case. A step of seconds puts the whole ladder inside the window: four timers a case.
 */
export function ladderLevelsWaitedFor(stepSeconds: number): number {
  return Math.min(ESCALATION_LEVELS.length, 1 + Math.floor(LADDER_HORIZON_SECONDS / stepSeconds));
}

/** In the histories of a sample of the timed cases: the breach timer's lateness, part by part, and the tasks' troubles. */
async function sampleHistories(stack: BenchStack, sample: number): Promise<{ parts: Record<keyof TimerLateness, Distribution>; troubles: Record<string, number> }> {
  const { rows } = await stack.db.query<{ case_no: string; deadline_ms: string }>(
    `SELECT case_no, deadline_ms FROM (
        SELECT case_no, extract(epoch FROM ${ONSITE_DEADLINE}) * 1000 AS deadline_ms,
               row_number() OVER (ORDER BY received_at) AS n, count(*) OVER () AS total
          FROM intake.service_case c WHERE ${TIMED_CASE}) timed
      WHERE n % greatest(1, total / greatest($1::bigint, 1)) = 0 LIMIT $1`,
    [sample],
  );
  const parts: TimerLateness[] = [];
  const troubles: Record<string, number> = {};
  await lanes(8, () => rows.length > 0, async () => {
    const row = rows.pop() as { case_no: string; deadline_ms: string };
    const events = (await stack.temporal.workflow.getHandle(caseWorkflowId(row.case_no)).fetchHistory().catch(() => null))?.events ?? [];
    const found = firstTimerLateness(events, Math.round(Number(row.deadline_ms)));
    if (found) parts.push(found);
    for (const trouble of workflowTaskTroubles(events)) troubles[trouble] = (troubles[trouble] ?? 0) + 1;
  });
  return {
    parts: { setLateMs: distribution(parts.map((p) => p.setLateMs)), firingMs: distribution(parts.map((p) => p.firingMs)), pickupMs: distribution(parts.map((p) => p.pickupMs)) },
    troubles,
  };
}

async function acknowledgedCases(stack: BenchStack): Promise<number> {
  const { rows } = await stack.db.query<{ n: string }>(`SELECT count(*) AS n FROM intake.service_case WHERE acknowledged_at IS NOT NULL`);
  return Number(rows[0].n);
}

async function countEscalations(stack: BenchStack): Promise<number> {
  const { rows } = await stack.db.query<{ n: string }>(`SELECT count(*) AS n FROM intake.case_sla_event WHERE body->>'kind' = 'escalated'`);
  return Number(rows[0].n);
}

/** A case's on-site deadline in SQL (`c` is intake.service_case): its receipt plus its pinned budget. */
const ONSITE_DEADLINE = `c.received_at + (c.policy->'budgets'->(c.priority::text)->>'onsiteMs')::bigint * interval '1 millisecond'`;
/** The timed cases: the estimate's cases fall due a day later. */
const TIMED_CASE = `(c.policy->'budgets'->(c.priority::text)->>'onsiteMs')::bigint < 86400000`;

/**
 * How late each breach and escalation fired against when it was due: the case's on-site deadline (its
 * receipt plus the pinned policy's budget: the bench's calendar is always working and nothing pauses the
 * clock) and, for escalation level n, n - 1 ladder steps after it. The timeline's own `dueAt` cannot
 * serve: a breach noticed late is recorded as due when noticed, and its ladder counts from there.
 */
async function lateness(stack: BenchStack, levels: number): Promise<{ breach: number[]; escalation: number[]; spreadSeconds: number }> {
  const level = `coalesce(nullif(split_part(e.body->>'key', ':', 2), ''), '1')::int`;
  const { rows } = await stack.db.query<{ kind: string; late_ms: string }>(
    `SELECT e.body->>'kind' AS kind,
            extract(epoch FROM (e.body->>'occurredAt')::timestamptz - (${ONSITE_DEADLINE}
              + (${level} - 1) * (c.policy->>'escalationStepMs')::bigint * interval '1 millisecond')) * 1000 AS late_ms
       FROM intake.case_sla_event e JOIN intake.service_case c ON c.case_no = e.body->>'caseNo'
      WHERE e.body->>'clock' = 'onsite' AND e.body->>'kind' IN ('breached', 'escalated') AND ${level} <= $1`,
    [levels],
  );
  // The spread of every timed case's deadline (the estimate's cases fall due a day later).
  const { rows: spread } = await stack.db.query<{ seconds: string | null }>(
    `SELECT extract(epoch FROM max(${ONSITE_DEADLINE}) - min(${ONSITE_DEADLINE})) AS seconds
       FROM intake.service_case c WHERE ${TIMED_CASE}`,
  );
  return {
    breach: rows.filter((r) => r.kind === 'breached').map((r) => Number(r.late_ms)),
    escalation: rows.filter((r) => r.kind === 'escalated').map((r) => Number(r.late_ms)),
    spreadSeconds: Math.round(Number(spread[0]?.seconds ?? 0) * 10) / 10,
  };
}
