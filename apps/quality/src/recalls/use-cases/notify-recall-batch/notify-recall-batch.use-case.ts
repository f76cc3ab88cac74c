import { Injectable } from '@nestjs/common';
import { CommandSubjects, type NotifyRecallBatchCommand, type NotifyRecallBatchResult } from '@aftersales/contracts';
import { CommandClient } from '@aftersales/messaging';
import { RecallRepository } from '../../recall.repository';

/** Longer than a batch can take; a batch lost with its caller frees its units when this passes. */
const CLAIM_MS = 120_000;

/**
 * One batch of a notice or reminder round: takes the units due (each once, even with a retried or
 * concurrent call), has intake tell their owners on the channel each attempt comes to, and moves each
 * unit by its outcome: reached, unreachable after every channel's tries, or due again after a backoff.
 */
@Injectable()
export class NotifyRecallBatchUseCase {
  constructor(
    private readonly recalls: RecallRepository,
    private readonly commands: CommandClient,
  ) {}

  async execute(command: NotifyRecallBatchCommand): Promise<NotifyRecallBatchResult> {
    const { campaignNo, round } = command;
    const { pacing } = await this.recalls.find(campaignNo);
    const claimed = await this.recalls.claimDue(campaignNo, round, command.limit, CLAIM_MS);
    let moved = { reached: 0, unreachable: 0, retrying: 0 };
    if (claimed.length > 0) {
      const { results } = await this.commands.send(
        CommandSubjects.intakeNotifyRecallOwners,
        { campaignNo, round, channels: pacing.channels, attemptsPerChannel: pacing.attemptsPerChannel, units: claimed.map((c) => ({ unitId: c.unitId, attempt: c.attempts })) },
        { correlationId: campaignNo, timeoutMs: 90_000 },
      );
      moved = await this.recalls.applyOutcomes({ campaignNo, round, pacing, attempts: new Map(claimed.map((c) => [c.unitId, c.attempts])), outcomes: results });
    }
    return { taken: claimed.length, ...moved, ...(await this.recalls.due(campaignNo, round)) };
  }
}
