import { Context } from '@temporalio/activity';
import { CommandSubjects, QualityCommandSubjects as Q } from '@aftersales/contracts';
import type { CommandClient } from '@aftersales/messaging';
import type { RecallActivities } from '@aftersales/workflows';
import { withActivityErrors } from './to-application-failure';

const HEARTBEAT_MS = 3_000;
/** A batch of several hundred webhooks takes a while; the heartbeat, not this, detects a lost worker. */
const BATCH_TIMEOUT_MS = 120_000;

/** Heartbeats while a batch runs, so that a killed worker's batch is retried within the heartbeat timeout. */
async function heartbeating<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  const timer = setInterval(() => context.heartbeat(), HEARTBEAT_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * Recall activities: one batch each. Unit ids pass through here from intake to quality and are never
 * returned to the workflow; owners' contacts stay in intake.
 */
export function createRecallActivities(commands: CommandClient): RecallActivities {
  return withActivityErrors<RecallActivities>({
    async loadRecallPlan({ campaignNo }) {
      const { reason, status, startAt, deadline, pacing } = await commands.send(Q.getRecall, { campaignNo }, { correlationId: campaignNo });
      return { reason, status, startAt, deadline, pacing };
    },
    identifyRecallPage({ campaignNo, afterUnitId, limit }) {
      return heartbeating(async () => {
        const { criteria } = await commands.send(Q.getRecall, { campaignNo }, { correlationId: campaignNo });
        const page = await commands.send(CommandSubjects.intakeMatchRecallUnits, { criteria, afterUnitId, limit }, { correlationId: campaignNo, timeoutMs: BATCH_TIMEOUT_MS });
        const { identified } = await commands.send(Q.identifyRecallUnits, { campaignNo, unitIds: page.unitIds }, { correlationId: campaignNo, timeoutMs: BATCH_TIMEOUT_MS });
        return { identified, nextAfterUnitId: page.nextAfterUnitId };
      });
    },
    notifyRecallBatch(command) {
      return heartbeating(async () => {
        const result = await commands.send(Q.notifyRecallBatch, command, { correlationId: command.campaignNo, timeoutMs: BATCH_TIMEOUT_MS });
        const counts = await commands.send(Q.recallCounts, { campaignNo: command.campaignNo }, { correlationId: command.campaignNo });
        return { ...result, counts };
      });
    },
    recallCounts({ campaignNo }) {
      return commands.send(Q.recallCounts, { campaignNo }, { correlationId: campaignNo });
    },
    async recordRecallStatus(command) {
      await commands.send(Q.recordRecallStatus, command, { correlationId: command.campaignNo });
    },
  });
}
