import { Injectable } from '@nestjs/common';
import type { ServiceDefectDisclosure } from '@aftersales/contracts';
import { FiguresRepository } from '../../figures.repository';

/** The public service-defect disclosure (服务缺陷公开机制): monthly aggregates, nothing about a person. */
@Injectable()
export class GetServiceDefectsUseCase {
  constructor(private readonly figures: FiguresRepository) {}

  async execute(): Promise<ServiceDefectDisclosure> {
    const months = await this.figures.figures('month');
    return {
      months: months.map((m) => ({
        month: m.key,
        closedCases: m.closedCases,
        complaints: m.complaintCases,
        complaintRate: m.complaintRate,
        slaBreaches: m.slaBreaches,
        slaOnTimeRate: m.slaOnTimeRate,
        firstTimeFixRate: m.firstTimeFixRate,
        averageSatisfaction: m.averageSatisfaction,
      })),
    };
  }
}
