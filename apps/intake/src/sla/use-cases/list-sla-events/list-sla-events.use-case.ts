import { Injectable } from '@nestjs/common';
import { DomainError, type SlaEventV1 } from '@aftersales/contracts';
import { CaseErrors } from '../../../cases/case.errors';
import { CaseRepository } from '../../../cases/case.repository';
import { SlaEventRepository } from '../../sla-event.repository';

@Injectable()
export class ListSlaEventsUseCase {
  constructor(
    private readonly cases: CaseRepository,
    private readonly slaEvents: SlaEventRepository,
  ) {}

  async execute(caseNo: string): Promise<SlaEventV1[]> {
    if (!(await this.cases.exists(caseNo))) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    return this.slaEvents.listForCase(caseNo);
  }
}
