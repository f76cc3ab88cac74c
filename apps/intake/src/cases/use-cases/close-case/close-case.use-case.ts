import { Injectable } from '@nestjs/common';
import { DomainError, EventSubjects, type CaseView } from '@aftersales/contracts';
import { CaseErrors } from '../../case.errors';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';

/** Closes a case after its sign-off. Idempotent for the workflow: a closed case is returned as it is. */
@Injectable()
export class CloseCaseUseCase {
  constructor(private readonly cases: CaseRepository) {}

  execute(caseNo: string, causationId?: string): Promise<CaseView> {
    return this.cases.inTransaction(async (tx) => {
      const { serviceCase, tier } = await tx.requireByCaseNo(caseNo);
      if (serviceCase.status === 'closed') return toCaseView(serviceCase, tier);
      if (serviceCase.status === 'cancelled') {
        throw new DomainError(CaseErrors.INVALID_TRANSITION, { details: [{ field: 'status', reason: 'case is cancelled' }] });
      }
      serviceCase.status = 'closed';
      serviceCase.closedAt = new Date();
      await tx.saveCase(serviceCase);
      await tx.appendCaseEvent(EventSubjects.caseClosed, caseNo, causationId, { caseId: serviceCase.id, caseNo, closedAt: serviceCase.closedAt.toISOString() });
      return toCaseView(serviceCase, tier);
    });
  }
}
