import { Injectable } from '@nestjs/common';
import { DomainError, EventSubjects, TERMINAL_CASE_STATUSES, type CancelCaseCommand, type CaseView } from '@aftersales/contracts';
import { CaseErrors } from '../../case.errors';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';

/** Cancels or withdraws a case that has not ended; `case.cancelled` lets the workflow finish. */
@Injectable()
export class CancelCaseUseCase {
  constructor(private readonly cases: CaseRepository) {}

  execute(command: CancelCaseCommand, causationId?: string): Promise<CaseView> {
    return this.cases.inTransaction(async (tx) => {
      const { serviceCase, tier } = await tx.requireByCaseNo(command.caseNo);
      if (TERMINAL_CASE_STATUSES.includes(serviceCase.status)) {
        throw new DomainError(CaseErrors.INVALID_TRANSITION, {
          details: [{ field: 'status', reason: `case is already ${serviceCase.status}` }],
        });
      }
      serviceCase.status = 'cancelled';
      serviceCase.cancelledAt = new Date();
      serviceCase.cancelReason = command.reason;
      await tx.saveCase(serviceCase);
      await tx.appendCaseEvent(EventSubjects.caseCancelled, command.caseNo, causationId, { caseId: serviceCase.id, caseNo: command.caseNo, cancelledAt: serviceCase.cancelledAt.toISOString() });
      return toCaseView(serviceCase, tier);
    });
  }
}
