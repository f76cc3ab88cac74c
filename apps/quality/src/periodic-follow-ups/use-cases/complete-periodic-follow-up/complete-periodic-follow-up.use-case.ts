import { Injectable } from '@nestjs/common';
import { DomainError, type CompletePeriodicFollowUpCommand, type PeriodicFollowUpView } from '@aftersales/contracts';
import { FollowUpErrors } from '../../../follow-ups/follow-up.errors';
import { PeriodicFollowUpRepository, toPeriodicFollowUpView } from '../../periodic-follow-up.repository';

@Injectable()
export class CompletePeriodicFollowUpUseCase {
  constructor(private readonly followUps: PeriodicFollowUpRepository) {}

  async execute(command: CompletePeriodicFollowUpCommand): Promise<PeriodicFollowUpView> {
    const { outcome, method, methodsTried, ...ref } = command;
    const row = await this.followUps.complete(ref, { outcome, method, methodsTried });
    if (!row) throw new DomainError(FollowUpErrors.FOLLOW_UP_NOT_FOUND);
    return toPeriodicFollowUpView(row);
  }
}
