import { Injectable } from '@nestjs/common';
import type { OutletScorecard } from '@aftersales/contracts';
import { FiguresRepository } from '../../figures.repository';
import { publicFigures } from '../get-figures/get-figures.use-case';

const EMPTY = { closedCases: 0, firstTimeFixRate: null, averageSatisfaction: null, complaintRate: null, slaOnTimeRate: null, averageCycleMs: null, averageCost: null };

/** An outlet's scorecard from the quality figures: overall, and month by month. */
@Injectable()
export class GetOutletScorecardUseCase {
  constructor(private readonly figures: FiguresRepository) {}

  async execute(outletId: string): Promise<OutletScorecard> {
    const [overall] = await this.figures.figures('outlet', { outletId });
    const months = await this.figures.figures('month', { outletId });
    const { key: _key, ...totals } = overall ? publicFigures(overall) : { key: outletId, ...EMPTY };
    return { outletId, ...totals, months: months.map(publicFigures).map(({ key, ...m }) => ({ month: key, ...m })) };
  }
}
