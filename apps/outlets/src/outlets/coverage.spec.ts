import { covers, distanceKm, rankCovering } from './coverage';

const hangzhou = { lat: 30.27, lon: 120.16 };
const ningbo = { lat: 29.87, lon: 121.54 };
const shanghai = { lat: 31.23, lon: 121.47 };

describe('outlet coverage', () => {
  it('measures great-circle distances between city centres', () => {
    expect(distanceKm(hangzhou, ningbo)).toBeGreaterThan(130);
    expect(distanceKm(hangzhou, ningbo)).toBeLessThan(150);
  });

  it('covers a place within the radius and not beyond it', () => {
    const outlet = { ...hangzhou, coverageRadiusKm: 100, coverageRegions: [] };
    expect(covers(outlet, { ...hangzhou, regions: [] })).toBe(true);
    expect(covers(outlet, { ...ningbo, regions: ['浙江省'] })).toBe(false);
  });

  it('covers listed regions whether or not the name carries 省 or 市', () => {
    const outlet = { ...hangzhou, coverageRadiusKm: null, coverageRegions: ['浙江'] };
    expect(covers(outlet, { ...ningbo, regions: ['浙江省'] })).toBe(true);
    expect(covers(outlet, { ...shanghai, regions: ['上海市'] })).toBe(false);
  });

  it('ranks covering outlets nearest first and leaves out the others', () => {
    const near = { id: 'near', ...ningbo, coverageRadiusKm: 300, coverageRegions: [] };
    const far = { id: 'far', ...shanghai, coverageRadiusKm: 300, coverageRegions: [] };
    const tiny = { id: 'tiny', ...shanghai, coverageRadiusKm: 1, coverageRegions: [] };
    const ranked = rankCovering([far, tiny, near], { ...hangzhou, regions: [] });
    expect(ranked.map((r) => r.outlet.id)).toEqual(['near', 'far']);
    expect(ranked[0].distanceKm).toBeLessThan(ranked[1].distanceKm);
  });
});
