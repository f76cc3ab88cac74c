import { Injectable } from '@nestjs/common';
import type { RecallCriteria, RecallUnitIdPage } from '@aftersales/contracts';
import { UnitRepository } from '../../unit.repository';

/** A page of the registered units a recall covers: ids only, no owner data. */
@Injectable()
export class MatchRecallUnitsUseCase {
  constructor(private readonly units: UnitRepository) {}

  async execute(query: { criteria: RecallCriteria; limit: number; afterUnitId: string | null }): Promise<RecallUnitIdPage> {
    const unitIds = await this.units.pageMatching(query.criteria, query.limit, query.afterUnitId);
    return { unitIds, nextAfterUnitId: unitIds.length === query.limit ? unitIds[unitIds.length - 1] : null };
  }
}
