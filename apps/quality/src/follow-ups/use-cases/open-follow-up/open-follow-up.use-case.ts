import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, type FollowUpView, type OpenFollowUpCommand } from '@aftersales/contracts';
import { FollowUpRepository } from '../../follow-up.repository';
import { toFollowUpView } from '../../follow-up.view';

/** Opens the follow-up of a closed case; idempotent, a case has one follow-up. */
@Injectable()
export class OpenFollowUpUseCase {
  constructor(private readonly followUps: FollowUpRepository) {}

  execute(command: OpenFollowUpCommand): Promise<FollowUpView> {
    return this.followUps.inTransaction(async (tx) => {
      const openedAt = new Date();
      const created = await tx.insertOnce({ caseNo: command.caseNo, customerId: command.customerId, status: 'scheduled', openedAt });
      if (!created) return toFollowUpView((await tx.lockByCaseNo(command.caseNo))!);
      await tx.appendEvent(command.caseNo, {
        subject: QualityEventSubjects.followUpOpened,
        data: { followUpId: created.id, caseNo: created.caseNo, customerId: created.customerId, openedAt: openedAt.toISOString() },
      });
      return toFollowUpView(created);
    });
  }
}
