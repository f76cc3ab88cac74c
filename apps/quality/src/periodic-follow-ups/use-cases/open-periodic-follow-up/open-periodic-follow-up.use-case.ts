import { Injectable } from '@nestjs/common';
import type { PeriodicFollowUpRef, PeriodicFollowUpView } from '@aftersales/contracts';
import { PeriodicFollowUpRepository, toPeriodicFollowUpView } from '../../periodic-follow-up.repository';

@Injectable()
export class OpenPeriodicFollowUpUseCase {
  constructor(private readonly followUps: PeriodicFollowUpRepository) {}

  async execute(ref: PeriodicFollowUpRef): Promise<PeriodicFollowUpView> {
    return toPeriodicFollowUpView(await this.followUps.openOnce(ref));
  }
}
