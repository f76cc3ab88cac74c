import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { RecallCancelReason, RecallProgress, RecallStatus, RecallUnitCounts } from '@aftersales/contracts';
import { RECALL_CANCEL_REASONS } from '@aftersales/contracts/values';
import { RECALL_CAMPAIGN_NO, RECALL_STATUS } from '../case/search-attributes';
import { cancelRecallUpdate, changeRecallRateUpdate, pauseRecallUpdate, recallProgressQuery, resumeRecallUpdate } from './messages';
import type { RecallActivities, RecallPlan } from './recall.activities';
import { expectedFinishAt, pacingDelayMs, unidentifiedEstimate } from './recall-pacing';

const activities = proxyActivities<RecallActivities>({
  startToCloseTimeout: '3 minutes',
  // A worker killed mid-batch stops heartbeating: the batch is retried on another worker within seconds.
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

type Phase = 'identify' | 'notice' | 'remind' | 'wait' | 'done';

/** Carried from run to run by continue-as-new: cursor, counts and status, never a unit or an owner. */
export interface RecallRunState {
  status: RecallStatus;
  ratePerMinute: number;
  phase: Phase;
  afterUnitId: string | null;
  identified: number;
  remindersSent: number;
  nextReminderAt: number | null;
  counts: RecallUnitCounts;
}

export interface RecallWorkflowInput {
  campaignNo: string;
  plan?: RecallPlan;
  state?: RecallRunState;
  /** Loop turns per run before continuing as new (tests lower it to exercise the hand-over). */
  turnsPerRun?: number;
}

const EMPTY_COUNTS: RecallUnitCounts = { identified: 0, notified: 0, scheduled: 0, remedied: 0, unreachable: 0, declined: 0 };
const DEFAULT_TURNS_PER_RUN = 250;
/** How often a waiting campaign refreshes its counts (answers arrive through quality, not the workflow). */
const REFRESH_MS = 30_000;

/**
 * `recall-<campaignNo>`: pages the affected units from intake into quality and notifies their owners in
 * batches at the campaign's rate, reminds the unresponsive until the deadline, and ends with the campaign
 * completed or cancelled. Pause, resume, cancel and rate are updates; progress is a query.
 */
export async function recallWorkflow(input: RecallWorkflowInput): Promise<{ status: RecallStatus; counts: RecallUnitCounts }> {
  const { campaignNo } = input;
  const plan = input.plan ?? (await activities.loadRecallPlan({ campaignNo }));
  const { pacing } = plan;
  const deadline = Date.parse(plan.deadline);
  const state: RecallRunState = input.state ?? {
    status: 'running',
    ratePerMinute: pacing.ratePerMinute,
    phase: 'identify',
    afterUnitId: null,
    identified: 0,
    remindersSent: 0,
    nextReminderAt: null,
    counts: EMPTY_COUNTS,
  };
  const ended = () => state.status === 'cancelled' || state.status === 'completed';

  const progress = (): RecallProgress => {
    const identificationDone = state.phase !== 'identify';
    const total = Object.values(state.counts).reduce((a, b) => a + b, 0);
    const estimate = unidentifiedEstimate({ identified: state.identified, afterUnitId: state.afterUnitId, done: identificationDone });
    const finish = ended() ? null : expectedFinishAt({ now: Date.now(), ratePerMinute: state.ratePerMinute, paused: state.status === 'paused', counts: state.counts, unidentifiedEstimate: estimate });
    return { campaignNo, status: state.status, ratePerMinute: state.ratePerMinute, counts: state.counts, total, identificationDone, remindersSent: state.remindersSent, expectedFinishAt: finish === null ? null : new Date(finish).toISOString() };
  };
  const record = async (status: RecallStatus, change: { ratePerMinute?: number; cancelReason?: RecallCancelReason } = {}) => {
    state.status = status;
    upsertSearchAttributes([{ key: RECALL_STATUS, value: status }]);
    await activities.recordRecallStatus({ campaignNo, status, ...change });
  };
  const refuseUnless = (allowed: RecallStatus[], step: string) => {
    if (!allowed.includes(state.status)) throw ApplicationFailure.create({ type: 'QUALITY.RECALL_STEP_REFUSED', message: `cannot ${step} a ${state.status} campaign`, nonRetryable: true });
  };

  setHandler(recallProgressQuery, progress);
  const step = (to: RecallStatus, from: RecallStatus[], verb: string) => ({
    handler: async (_: Record<string, never>) => (await record(to), progress()),
    options: { validator: (_: Record<string, never>) => refuseUnless(from, verb) },
  });
  for (const [definition, { handler, options }] of [
    [pauseRecallUpdate, step('paused', ['running'], 'pause')],
    [resumeRecallUpdate, step('running', ['paused'], 'resume')],
  ] as const) {
    setHandler(definition, handler, options);
  }
  setHandler(
    cancelRecallUpdate,
    async ({ reason }) => {
      await record('cancelled', { cancelReason: reason });
      return progress();
    },
    {
      validator: ({ reason }) => {
        refuseUnless(['running', 'paused'], 'cancel');
        if (!Object.hasOwn(RECALL_CANCEL_REASONS, reason)) throw ApplicationFailure.create({ type: 'QUALITY.RECALL_STEP_REFUSED', message: `reason must be one of ${Object.keys(RECALL_CANCEL_REASONS).join(', ')}`, nonRetryable: true });
      },
    },
  );
  setHandler(
    changeRecallRateUpdate,
    async ({ ratePerMinute }) => {
      state.ratePerMinute = ratePerMinute;
      await record(state.status, { ratePerMinute });
      return progress();
    },
    {
      validator: ({ ratePerMinute }) => {
        refuseUnless(['running', 'paused'], 'change the rate of');
        if (!Number.isInteger(ratePerMinute) || ratePerMinute < 1 || ratePerMinute > 1_000_000) throw ApplicationFailure.create({ type: 'QUALITY.RECALL_STEP_REFUSED', message: 'ratePerMinute must be 1 to 1,000,000', nonRetryable: true });
      },
    },
  );

  if (!input.state) {
    upsertSearchAttributes([{ key: RECALL_CAMPAIGN_NO, value: campaignNo }, { key: RECALL_STATUS, value: 'running' }]);
    // Not before the campaign's start; a cancel while waiting ends it.
    await condition(ended, Math.max(0, Date.parse(plan.startAt) - Date.now()));
  }

  /** Sleeps up to `ms`, cut short by a cancel or (when asked) by a pause or rate change. */
  const rest = (ms: number) => (ms > 0 ? condition(ended, ms) : Promise.resolve(false));
  const notify = async (round: string) => {
    const batch = await activities.notifyRecallBatch({ campaignNo, round, limit: pacing.batchSize });
    state.counts = batch.counts;
    return batch;
  };
  /** After a batch: keep to the rate, or wait for the first retry when only retries are left. */
  const pace = async (batch: { taken: number; remaining: number; nextDueInMs: number | null }, startedAt: number) => {
    if (batch.taken > 0) return rest(pacingDelayMs({ taken: batch.taken, ratePerMinute: state.ratePerMinute, elapsedMs: Date.now() - startedAt }));
    if (batch.remaining > 0) return rest(Math.max(batch.nextDueInMs ?? 1_000, 100));
  };

  const turnsPerRun = input.turnsPerRun ?? DEFAULT_TURNS_PER_RUN;
  for (let turn = 0; ; turn++) {
    await condition(() => state.status !== 'paused');
    if (ended()) break;
    if (turn >= turnsPerRun || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof recallWorkflow>({ campaignNo, plan, state, turnsPerRun: input.turnsPerRun });
    }
    const startedAt = Date.now();
    if (state.phase === 'identify') {
      const page = await activities.identifyRecallPage({ campaignNo, afterUnitId: state.afterUnitId, limit: pacing.batchSize });
      state.identified += page.identified;
      state.afterUnitId = page.nextAfterUnitId;
      if (!page.nextAfterUnitId) state.phase = 'notice';
      await pace(await notify('notice'), startedAt);
    } else if (state.phase === 'notice') {
      const batch = await notify('notice');
      if (batch.remaining === 0) {
        state.phase = 'remind';
        state.nextReminderAt = Date.now() + pacing.reminderEveryMs;
      } else await pace(batch, startedAt);
    } else if (state.phase === 'remind') {
      if (state.remindersSent >= pacing.maxReminders || (state.nextReminderAt ?? 0) >= deadline) {
        state.phase = 'wait';
      } else if (Date.now() < state.nextReminderAt!) {
        await rest(Math.min(state.nextReminderAt! - Date.now(), REFRESH_MS));
        state.counts = await activities.recallCounts({ campaignNo });
      } else {
        const batch = await notify(`reminder-${state.remindersSent + 1}`);
        if (batch.remaining === 0) {
          state.remindersSent += 1;
          state.nextReminderAt = Date.now() + pacing.reminderEveryMs;
        } else await pace(batch, startedAt);
      }
    } else if (state.phase === 'wait') {
      // Until the deadline, or until no owner is left to answer or be remedied.
      const open = state.counts.identified + state.counts.notified + state.counts.scheduled;
      if (Date.now() >= deadline || open === 0) state.phase = 'done';
      else {
        await rest(Math.min(deadline - Date.now(), REFRESH_MS));
        state.counts = await activities.recallCounts({ campaignNo });
      }
    } else {
      await record('completed');
      break;
    }
  }
  await condition(allHandlersFinished);
  state.counts = await activities.recallCounts({ campaignNo });
  return { status: state.status, counts: state.counts };
}
