import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, type RecallView, type RecordRecallStatusCommand } from '@aftersales/contracts';
import { RecallRepository, toRecallView } from '../../recall.repository';

/**
 * Stores what the campaign's workflow decided (pause, resume, rate, completion, cancellation with its reason) and
 * publishes it. A repeated record (an activity retry) changes nothing; an ended campaign stays ended.
 */
@Injectable()
export class RecordRecallStatusUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(command: RecordRecallStatusCommand, causationId?: string): Promise<RecallView> {
    const saved = await this.recalls.change(
      command.campaignNo,
      QualityEventSubjects.recallStatusChanged,
      (current) => {
        const rate = command.ratePerMinute ?? current.pacing.ratePerMinute;
        const ended = current.status === 'completed' || current.status === 'cancelled';
        if (ended || (current.status === command.status && rate === current.pacing.ratePerMinute)) return null;
        const endedNow = command.status === 'completed' || command.status === 'cancelled';
        const cancelReason = command.status === 'cancelled' ? (command.cancelReason ?? null) : null;
        return Object.assign(current, { status: command.status, pacing: { ...current.pacing, ratePerMinute: rate }, completedAt: endedNow ? new Date() : null, cancelReason });
      },
      causationId,
    );
    return toRecallView(saved);
  }
}
