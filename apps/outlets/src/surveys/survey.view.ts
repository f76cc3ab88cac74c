import { RECTIFICATION_STATUSES, type SurveyView } from '@aftersales/contracts';
import type { OutletSurvey } from './outlet-survey.entity';

export function toSurveyView(s: OutletSurvey): SurveyView {
  return {
    id: s.id,
    outletId: s.outletId,
    year: s.year,
    score: s.score,
    demands: s.demands,
    rectificationStatus: s.rectificationStatus,
    rectificationStatusLabel: s.rectificationStatus ? RECTIFICATION_STATUSES[s.rectificationStatus] : null,
    rectificationDueAt: s.rectificationDueAt?.toISOString() ?? null,
    escalatedAt: s.escalatedAt?.toISOString() ?? null,
    completedAt: s.completedAt?.toISOString() ?? null,
    recordedAt: s.recordedAt.toISOString(),
  };
}
