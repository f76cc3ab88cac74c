import { ageInDays, agingBucketOf } from './aging';

describe('receivables aging buckets', () => {
  it.each([
    [0, 'd0_30'],
    [30, 'd0_30'],
    [31, 'd31_60'],
    [60, 'd31_60'],
    [61, 'd61_90'],
    [90, 'd61_90'],
    [91, 'd91_180'],
    [180, 'd91_180'],
    [181, 'over_180'],
    [400, 'over_180'],
  ] as const)('%i days old → %s', (days, bucket) => {
    expect(agingBucketOf(days)).toBe(bucket);
  });

  it('counts whole days and never ages a receivable that is not yet due', () => {
    const due = Date.parse('2026-01-01T00:00:00Z');
    expect(ageInDays(due, Date.parse('2026-01-31T23:59:59Z'))).toBe(30);
    expect(ageInDays(due, Date.parse('2026-02-01T00:00:00Z'))).toBe(31);
    expect(ageInDays(due, Date.parse('2025-12-01T00:00:00Z'))).toBe(0);
  });
});
