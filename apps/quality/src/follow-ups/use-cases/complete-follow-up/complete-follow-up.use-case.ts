import { Injectable } from '@nestjs/common';
import { DomainError, QualityEventSubjects, type CompleteFollowUpCommand, type FollowUpView } from '@aftersales/contracts';
import { FollowUpErrors } from '../../follow-up.errors';
import { FollowUpRepository } from '../../follow-up.repository';
import { toFollowUpView } from '../../follow-up.view';

/** Records how the follow-up ended (reached, unreachable, declined); a completed one is returned unchanged. */
@Injectable()
export class CompleteFollowUpUseCase {
  constructor(private readonly followUps: FollowUpRepository) {}

  execute(command: CompleteFollowUpCommand): Promise<FollowUpView> {
    return this.followUps.inTransaction(async (tx) => {
      const followUp = await tx.lockByCaseNo(command.caseNo);
      if (!followUp) throw new DomainError(FollowUpErrors.FOLLOW_UP_NOT_FOUND);
      if (followUp.status === 'completed') return toFollowUpView(followUp);
      const completedAt = new Date();
      Object.assign(followUp, { status: 'completed', outcome: command.outcome, method: command.method, methodsTried: command.methodsTried, completedAt });
      await tx.save(followUp);
      await tx.appendEvent(command.caseNo, {
        subject: QualityEventSubjects.followUpCompleted,
        data: {
          followUpId: followUp.id,
          caseNo: followUp.caseNo,
          customerId: followUp.customerId,
          outcome: command.outcome,
          method: command.method,
          methodsTried: command.methodsTried,
          completedAt: completedAt.toISOString(),
        },
      });
      return toFollowUpView(followUp);
    });
  }
}
