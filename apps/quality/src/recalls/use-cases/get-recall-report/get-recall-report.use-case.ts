import { Injectable } from '@nestjs/common';
import type { RecallReport } from '@aftersales/contracts';
import { RecallRepository, toRecallView } from '../../recall.repository';

/** The campaign's report: units per state, remedies chosen, channels that reached owners, response rate. */
@Injectable()
export class GetRecallReportUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(campaignNo: string): Promise<RecallReport> {
    const campaign = await this.recalls.find(campaignNo);
    const [counts, byRemedy, byChannel] = await Promise.all([this.recalls.counts(campaignNo), this.recalls.tally(campaignNo, 'remedy'), this.recalls.tally(campaignNo, 'channel')]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const answered = counts.scheduled + counts.remedied + counts.declined;
    return {
      campaign: toRecallView(campaign),
      counts,
      total,
      byRemedy,
      byChannel,
      responseRate: total === 0 ? 0 : Math.round((answered / total) * 10_000) / 10_000,
      remedyCaseNos: counts.scheduled + counts.remedied,
    };
  }
}
