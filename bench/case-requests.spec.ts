import { benchArrivalAt } from './case-requests';

describe("the bench's appointment", () => {
  it('is a minute from now during the Shanghai day', () => {
    // 12:00 in Shanghai.
    const now = Date.parse('2026-12-06T04:00:00Z');
    expect(benchArrivalAt(now, now - 5_000).toISOString()).toBe('2026-12-06T04:01:00.000Z');
  });

  it('stays on the service date when a minute from now is past midnight in Shanghai', () => {
    // Assigned at 23:59:30 on 6 December in Shanghai, the appointment made at 00:05 on the 7th.
    const assignedAt = Date.parse('2026-12-06T15:59:30Z');
    expect(benchArrivalAt(Date.parse('2026-12-06T16:05:00Z'), assignedAt).toISOString()).toBe('2026-12-06T15:58:00.000Z');
    expect(benchArrivalAt(assignedAt, assignedAt).toISOString()).toBe('2026-12-06T15:58:00.000Z');
  });
});
