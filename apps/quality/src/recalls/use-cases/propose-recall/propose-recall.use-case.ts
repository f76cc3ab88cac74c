import { Injectable } from '@nestjs/common';
import type { CoverageLostV1, EventEnvelope, PartDiscontinuedV1, RecallReason, RecallRemedy } from '@aftersales/contracts';
import { RecallRepository } from '../../recall.repository';

/** How long an automatic proposal gives owners, until staff change it on approval. */
const PROPOSAL_WINDOW_MS = 30 * 86_400_000;

/**
 * Proposes a campaign (pending approval) for the cases a discontinued part or a lost outlet coverage
 * leaves without service: once per event, nothing when no case is affected.
 */
@Injectable()
export class ProposeRecallUseCase {
  constructor(private readonly recalls: RecallRepository) {}

  fromPartDiscontinued(envelope: EventEnvelope<PartDiscontinuedV1>): Promise<void> {
    const { partCode, affectedCaseNos } = envelope.data;
    return this.propose(envelope, affectedCaseNos, 'part_discontinued', ['replace', 'compensation'], `Part ${partCode} discontinued / 配件 ${partCode} 停产`);
  }

  fromCoverageLost(envelope: EventEnvelope<CoverageLostV1>): Promise<void> {
    const { outletId, caseNos } = envelope.data;
    return this.propose(envelope, caseNos, 'outlet_service_discontinued', ['repair', 'compensation'], `Outlet ${outletId.slice(0, 8)} no longer serves / 网点停止服务`);
  }

  private async propose(envelope: EventEnvelope, caseNos: string[], reason: RecallReason, remedies: RecallRemedy[], title: string): Promise<void> {
    if (caseNos.length === 0) return;
    const now = new Date();
    await this.recalls.propose(
      {
        reason,
        title,
        criteria: { models: [], caseNos: [...new Set(caseNos)].slice(0, 10_000) },
        remedies,
        startAt: now,
        deadline: new Date(now.getTime() + PROPOSAL_WINDOW_MS),
        pacing: { ratePerMinute: 600, batchSize: 200, channels: ['sms', 'phone', 'email'], attemptsPerChannel: 3, retryInitialMs: 60_000, reminderEveryMs: 7 * 86_400_000, maxReminders: 3 },
        proposedBy: 'system',
        sourceEventId: envelope.id,
      },
      envelope.id,
    );
  }
}
