import { Injectable } from '@nestjs/common';
import { DomainError, type FollowUpView } from '@aftersales/contracts';
import { FollowUpErrors } from '../../follow-up.errors';
import { FollowUpRepository } from '../../follow-up.repository';
import { toFollowUpView } from '../../follow-up.view';

@Injectable()
export class GetFollowUpUseCase {
  constructor(private readonly followUps: FollowUpRepository) {}

  async execute(caseNo: string): Promise<FollowUpView> {
    const followUp = await this.followUps.findByCaseNo(caseNo);
    if (!followUp) throw new DomainError(FollowUpErrors.FOLLOW_UP_NOT_FOUND);
    return toFollowUpView(followUp);
  }
}
