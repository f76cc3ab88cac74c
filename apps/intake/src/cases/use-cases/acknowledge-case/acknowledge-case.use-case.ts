import { Injectable } from '@nestjs/common';
import { EventSubjects, type CaseView } from '@aftersales/contracts';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';

/**
 * Acknowledges an opened case. Idempotent, because the workflow's activity may run more than once:
 * a case past `opened` is returned as it is, with no second event.
 */
@Injectable()
export class AcknowledgeCaseUseCase {
  constructor(private readonly cases: CaseRepository) {}

  execute(caseNo: string, causationId?: string): Promise<CaseView> {
    return this.cases.inTransaction(async (tx) => {
      const { serviceCase, tier } = await tx.requireByCaseNo(caseNo);
      if (serviceCase.status !== 'opened') return toCaseView(serviceCase, tier);
      serviceCase.status = 'acknowledged';
      serviceCase.acknowledgedAt = new Date();
      await tx.saveCase(serviceCase);
      await tx.appendCaseEvent(EventSubjects.caseAcknowledged, caseNo, causationId, { caseId: serviceCase.id, caseNo, acknowledgedAt: serviceCase.acknowledgedAt.toISOString() });
      return toCaseView(serviceCase, tier);
    });
  }
}
