import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, DomainError, type ApproveRecallCommand, type RecallView } from '@aftersales/contracts';
import { RecallErrors } from '../../recall.errors';
import { RecallRepository, toRecallView } from '../../recall.repository';

/** Approves a proposed campaign: it runs, and `recall.approved` starts its workflow. Approving twice changes nothing. */
@Injectable()
export class ApproveRecallUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(command: ApproveRecallCommand, causationId?: string): Promise<RecallView> {
    const saved = await this.recalls.change(
      command.campaignNo,
      QualityEventSubjects.recallApproved,
      (current) => {
        if (current.status === 'running' && current.approvedBy) return null;
        if (current.status !== 'proposed') throw new DomainError(RecallErrors.RECALL_STEP_REFUSED, { details: [{ field: 'status', reason: `campaign is ${current.status}` }] });
        return Object.assign(current, { status: 'running', approvedBy: command.approvedBy });
      },
      causationId,
    );
    return toRecallView(saved);
  }
}
