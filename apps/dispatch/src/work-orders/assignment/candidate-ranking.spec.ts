import { compareCandidates, hasRoomLeft, isCertifiedOn, rankCandidates, type AssignmentNeed, type CandidateTechnician } from './candidate-ranking';

const HANGZHOU = { lat: 30.27, lon: 120.16 };
const JIAXING = { lat: 30.75, lon: 120.76 };
const SHANGHAI = { lat: 31.23, lon: 121.47 };

const technician = (id: string, overrides: Partial<CandidateTechnician> = {}): CandidateTechnician => ({
  id,
  status: 'active',
  skills: ['air_conditioner', 'repair_onsite'],
  certifications: [{ category: 'air_conditioner', issuedOn: '2025-01-01', expiresOn: '2027-12-31' }],
  location: SHANGHAI,
  province: '上海市',
  dailyCapacity: 4,
  loadThatDay: 0,
  ...overrides,
});

const need = (overrides: Partial<AssignmentNeed> = {}): AssignmentNeed => ({
  site: HANGZHOU,
  siteProvince: '浙江省',
  requiredSkill: 'air_conditioner',
  productCategory: 'air_conditioner',
  serviceDate: '2026-11-23',
  excludedTechnicianIds: new Set(),
  ...overrides,
});

const order = (technicians: CandidateTechnician[], overrides: Partial<AssignmentNeed> = {}) =>
  rankCandidates(technicians, need(overrides)).ranked.map((c) => c.technicianId);

describe('choosing a technician for a work order', () => {
  it('offers the nearest qualified technician first, with the distance in km', () => {
    const ranking = rankCandidates([technician('sh'), technician('hz', { location: HANGZHOU }), technician('jx', { location: JIAXING })], need());
    expect(ranking.ranked.map((c) => c.technicianId)).toEqual(['hz', 'jx', 'sh']);
    expect(ranking.ranked[0].distanceKm).toBe(0);
    expect(ranking.ranked[2].distanceKm).toBeCloseTo(164.5, 1);
    expect(ranking.qualified).toBe(3);
  });

  it('breaks a distance tie by the lower load that day, then by id', () => {
    const technicians = [
      technician('c', { location: HANGZHOU, loadThatDay: 2 }),
      technician('b', { location: HANGZHOU, loadThatDay: 1 }),
      technician('a', { location: HANGZHOU, loadThatDay: 1 }),
    ];
    expect(order(technicians)).toEqual(['a', 'b', 'c']);
    expect(order([...technicians].reverse())).toEqual(['a', 'b', 'c']);
  });

  it('lets distance outweigh load: a busier technician in town beats an idle one 78 km away', () => {
    expect(order([technician('idle-jx', { location: JIAXING }), technician('busy-hz', { location: HANGZHOU, loadThatDay: 3 })])).toEqual(['busy-hz', 'idle-jx']);
  });

  it('never offers a technician without the required skill', () => {
    const ranking = rankCandidates([technician('washer-only', { location: HANGZHOU, skills: ['washing_machine'] }), technician('sh')], need());
    expect(ranking.ranked.map((c) => c.technicianId)).toEqual(['sh']);
    expect(ranking.qualified).toBe(1);
  });

  it('never offers a technician whose certification for the category has expired or not yet begun on the service date', () => {
    const expired = technician('expired', { location: HANGZHOU, certifications: [{ category: 'air_conditioner', issuedOn: '2020-01-01', expiresOn: '2026-11-22' }] });
    const future = technician('future', { location: HANGZHOU, certifications: [{ category: 'air_conditioner', issuedOn: '2026-11-24', expiresOn: '2030-01-01' }] });
    const otherCategory = technician('fridge', { location: HANGZHOU, certifications: [{ category: 'refrigerator', issuedOn: '2020-01-01', expiresOn: '2030-01-01' }] });
    expect(order([expired, future, otherCategory, technician('sh')])).toEqual(['sh']);
  });

  it('counts a certification that expires on the service date itself as valid', () => {
    expect(isCertifiedOn([{ category: 'vehicle', issuedOn: '2026-01-01', expiresOn: '2026-11-23' }], 'vehicle', '2026-11-23')).toBe(true);
    expect(isCertifiedOn([{ category: 'vehicle', issuedOn: '2026-01-01', expiresOn: '2026-11-23' }], 'vehicle', '2026-11-24')).toBe(false);
  });

  it('skips technicians who are off duty, suspended, or declined this work order', () => {
    const technicians = [
      technician('off', { location: HANGZHOU, status: 'off_duty' }),
      technician('suspended', { location: HANGZHOU, status: 'suspended' }),
      technician('declined', { location: HANGZHOU }),
      technician('sh'),
    ];
    const ranking = rankCandidates(technicians, need({ excludedTechnicianIds: new Set(['declined']) }));
    expect(ranking.ranked.map((c) => c.technicianId)).toEqual(['sh']);
    expect(ranking.qualified).toBe(1);
  });

  it('leaves out a technician whose day is full, while still counting them as considered', () => {
    const ranking = rankCandidates([technician('full', { location: HANGZHOU, dailyCapacity: 2, loadThatDay: 2 }), technician('sh')], need());
    expect(ranking.ranked.map((c) => c.technicianId)).toEqual(['sh']);
    expect(ranking.qualified).toBe(2);
  });

  it('offers nobody when nobody qualifies', () => {
    expect(rankCandidates([technician('x', { skills: ['vehicle'] })], need())).toEqual({ qualified: 0, ranked: [] });
  });
});

describe('capacity', () => {
  it('marks a technician based in another province than the site', () => {
    const ranking = rankCandidates([technician('sh'), technician('jx', { location: JIAXING, province: '浙江省' })], need());
    expect(ranking.ranked.map((c) => [c.technicianId, c.outOfProvince])).toEqual([
      ['jx', false],
      ['sh', true],
    ]);
  });

  it('has room while the load is below the daily capacity, and none at it', () => {
    expect(hasRoomLeft(0, 1)).toBe(true);
    expect(hasRoomLeft(2, 3)).toBe(true);
    expect(hasRoomLeft(3, 3)).toBe(false);
    expect(hasRoomLeft(4, 3)).toBe(false);
  });

  it('treats distances within 0.1 km as equal, so load decides', () => {
    const near = { technicianId: 'b', distanceKm: 10.02, outOfProvince: false, loadThatDay: 0, dailyCapacity: 3 };
    const alsoNear = { technicianId: 'a', distanceKm: 9.98, outOfProvince: false, loadThatDay: 1, dailyCapacity: 3 };
    expect(compareCandidates(near, alsoNear)).toBeLessThan(0);
  });
});
