import type { CasePolicy } from '@aftersales/contracts';
import { budgetFor, type ClockContext } from './case-clocks';
import { DISTANCE_POLICY as distancePolicy, HOUR } from './case-policy.fixture';

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
