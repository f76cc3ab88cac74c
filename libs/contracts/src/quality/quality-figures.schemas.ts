import { z } from 'zod';
import { bilingual } from '../bilingual';

export const FIGURE_DIMENSIONS = ['technician', 'outlet', 'productModel', 'month'] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: bilingual('must be a month as YYYY-MM', '须为 YYYY-MM 格式的月份') });

export const qualityFiguresQuerySchema = z.strictObject({
  by: z.enum(FIGURE_DIMENSIONS, { error: bilingual(`must be one of ${FIGURE_DIMENSIONS.join(', ')}`, `须为 ${FIGURE_DIMENSIONS.join('、')} 之一`) }),
  month: month.optional(),
});
export type QualityFiguresQuery = z.infer<typeof qualityFiguresQuerySchema>;

export const scorecardOutletRefSchema = z.strictObject({ outletId: z.string().regex(/^[A-Za-z0-9_-]{1,50}$/, { error: bilingual('must be an outlet id', '须为网点编号') }) });
export type ScorecardOutletRef = z.infer<typeof scorecardOutletRefSchema>;

/** Figures of closed cases in one group; a rate is null when nothing it divides by happened. */
export interface QualityFigures {
  closedCases: number;
  /** Share of visited cases fixed at the first visit (维修一次成功率). */
  firstTimeFixRate: number | null;
  /** Average overall survey score, 1–5. */
  averageSatisfaction: number | null;
  /** Share of closed cases with a complaint. */
  complaintRate: number | null;
  /** Share of closed cases without any SLA breach. */
  slaOnTimeRate: number | null;
  /** Average time from opening to closing. */
  averageCycleMs: number | null;
  /** Average cost in minor units: null until billing publishes settlement amounts. */
  averageCost: { amountMinor: number; currency: string } | null;
}

export interface QualityFiguresRow extends QualityFigures {
  key: string;
}

export interface QualityFiguresView {
  by: FigureDimension;
  month: string | null;
  rows: QualityFiguresRow[];
}

export interface OutletScorecard extends QualityFigures {
  outletId: string;
  months: (QualityFigures & { month: string })[];
}

/** The public service-defect disclosure (服务缺陷公开): aggregated per month, no ids of people. */
export interface ServiceDefectDisclosure {
  months: (Pick<QualityFigures, 'closedCases' | 'complaintRate' | 'slaOnTimeRate' | 'firstTimeFixRate' | 'averageSatisfaction'> & { month: string; complaints: number; slaBreaches: number })[];
}
