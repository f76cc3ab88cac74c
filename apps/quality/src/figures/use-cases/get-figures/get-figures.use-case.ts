import { Injectable } from '@nestjs/common';
import type { QualityFiguresQuery, QualityFiguresView } from '@aftersales/contracts';
import { FiguresRepository, type FigureGroup } from '../../figures.repository';

/** Only the published figures leave quality (not the internal counts they come from). */
export const publicFigures = ({ complaintCases: _c, slaBreaches: _s, ...figures }: FigureGroup) => figures;

/** First-time-fix, satisfaction, complaint, SLA on-time and cycle figures by technician, outlet, model or month. */
@Injectable()
export class GetFiguresUseCase {
  constructor(private readonly figures: FiguresRepository) {}

  async execute(query: QualityFiguresQuery): Promise<QualityFiguresView> {
    const rows = await this.figures.figures(query.by, { month: query.month });
    return { by: query.by, month: query.month ?? null, rows: rows.map(publicFigures) };
  }
}
