import { Injectable } from '@nestjs/common';
import type { RecallUnitCounts, RecallView } from '@aftersales/contracts';
import { RecallRepository, toRecallView } from '../../recall.repository';

@Injectable()
export class GetRecallUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  async execute(campaignNo: string): Promise<RecallView> {
    return toRecallView(await this.recalls.find(campaignNo));
  }

  /** Units per state, from the tracking table: the truth the workflow's progress refreshes from. */
  async counts(campaignNo: string): Promise<RecallUnitCounts> {
    await this.recalls.find(campaignNo);
    return this.recalls.counts(campaignNo);
  }
}
