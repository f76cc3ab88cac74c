import { Injectable } from '@nestjs/common';
import type { PeriodicFollowUpsQuery, PeriodicFollowUpView } from '@aftersales/contracts';
import { PeriodicFollowUpRepository, toPeriodicFollowUpView } from '../../periodic-follow-up.repository';

/** The follow-ups one run of a campaign's schedule opened. */
@Injectable()
export class ListPeriodicFollowUpsUseCase {
  constructor(private readonly followUps: PeriodicFollowUpRepository) {}

  async execute(query: PeriodicFollowUpsQuery): Promise<PeriodicFollowUpView[]> {
    return (await this.followUps.list(query.campaign, query.period)).map(toPeriodicFollowUpView);
  }
}
