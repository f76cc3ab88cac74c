import { Injectable } from '@nestjs/common';
import type { CasesOpenedPerDay } from '@aftersales/contracts';
import { CasesOpenedRepository } from '../../cases-opened.repository';

@Injectable()
export class GetCasesOpenedUseCase {
  constructor(private readonly repository: CasesOpenedRepository) {}

  async execute(date: string): Promise<CasesOpenedPerDay> {
    const rows = await this.repository.findDay(date);
    const byServiceType = Object.fromEntries(rows.map((r) => [r.serviceType, r.count]));
    return { date, total: rows.reduce((sum, r) => sum + r.count, 0), byServiceType };
  }
}
