import type { CasePolicy } from '@aftersales/contracts';
import { CN_ZJ } from '../sla/cn-zj.calendar.fixture';

export const HOUR = 3600_000;
const budgets = (onsiteMs: number) => ({ acknowledgeMs: 24 * HOUR, onsiteMs, resolutionWorkingDays: 3 });

/** A case policy for specs: on-site 24 h (urgent 8 h) within 100 km, 72 h beyond; the Zhejiang calendar. */
export const DISTANCE_POLICY: CasePolicy = {
  version: 'test',
  budgets: { normal: budgets(24 * HOUR), high: budgets(24 * HOUR), urgent: budgets(8 * HOUR) },
  onsiteRadiusKm: 100,
  onsiteBeyondRadiusMs: 72 * HOUR,
  warnAtFractions: [0.5],
  escalationStepMs: HOUR,
  pauseResolutionForParts: true,
  calendar: { ...CN_ZJ, holidays: [...CN_ZJ.holidays], makeUpWorkdays: [...CN_ZJ.makeUpWorkdays], weekendDays: [...CN_ZJ.weekendDays] },
};
