import { Injectable } from '@nestjs/common';
import { DomainError, type CaseView } from '@aftersales/contracts';
import { CaseErrors } from '../../case.errors';
import { CaseRepository } from '../../case.repository';
import { toCaseView } from '../../case.view';

@Injectable()
export class GetCaseUseCase {
  constructor(private readonly cases: CaseRepository) {}

  async execute(caseNo: string): Promise<CaseView> {
    const found = await this.cases.findByCaseNo(caseNo);
    if (!found) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    return toCaseView(found.serviceCase, found.tier);
  }
}
