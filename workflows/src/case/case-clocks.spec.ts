import type { CasePolicy } from '@aftersales/contracts';
import { CN_ZJ } from '../sla/cn-zj.calendar.fixture';
import { budgetFor, type ClockContext } from './case-clocks';

const HOUR = 3600_000;
const budgets = (onsiteMs: number) => ({ acknowledgeMs: 24 * HOUR, onsiteMs, resolutionWorkingDays: 3 });
const distancePolicy: CasePolicy = {
  version: 'test',
  budgets: { normal: budgets(24 * HOUR), high: budgets(24 * HOUR), urgent: budgets(8 * HOUR) },
  onsiteRadiusKm: 100,
  onsiteBeyondRadiusMs: 72 * HOUR,
  warnAtFractions: [0.5],
  escalationStepMs: HOUR,
  pauseResolutionForParts: true,
  calendar: { ...CN_ZJ, holidays: [...CN_ZJ.holidays], makeUpWorkdays: [...CN_ZJ.makeUpWorkdays], weekendDays: [...CN_ZJ.weekendDays] },
};
const provincePolicy: CasePolicy = { ...distancePolicy, onsiteBasis: 'province', onsiteInProvinceMs: 8 * HOUR, onsiteOutOfProvinceMs: 24 * HOUR };
const ctx = (policy: CasePolicy, site: Partial<ClockContext> = {}): ClockContext => ({ policy, serviceType: 'repair_onsite', siteDistanceKm: null, ...site });

describe('the on-site budget (RULES.md 响应时限)', () => {
  it.each([
    ['an unknown distance counts as within the radius', ctx(distancePolicy), 'normal', 24],
    ['100 km is within the radius', ctx(distancePolicy, { siteDistanceKm: 100 }), 'normal', 24],
    ['beyond 100 km the longer budget applies', ctx(distancePolicy, { siteDistanceKm: 100.5 }), 'normal', 72],
    ['within the radius an urgent case keeps its own budget', ctx(distancePolicy, { siteDistanceKm: 5 }), 'urgent', 8],
    ['the province variant: in the province 8 h', ctx(provincePolicy, { siteDistanceKm: 300, outOfProvince: false }), 'normal', 8],
    ['the province variant: out of the province 24 h, whatever the distance', ctx(provincePolicy, { siteDistanceKm: 30, outOfProvince: true }), 'normal', 24],
    ['the province variant before assignment counts as in the province', ctx(provincePolicy), 'urgent', 8],
  ] as const)('%s', (_name, context, priority, hours) => {
    expect(budgetFor('onsite', context, priority)).toBe(hours * HOUR);
  });
});
