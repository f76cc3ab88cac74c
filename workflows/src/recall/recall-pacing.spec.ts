import { expectedFinishAt, pacingDelayMs, unidentifiedEstimate } from './recall-pacing';

const counts = { identified: 0, notified: 0, scheduled: 0, remedied: 0, unreachable: 0, declined: 0 };

describe('recall pacing', () => {
  it('spaces batches to the rate: 200 units at 600 a minute take 20 s', () => {
    expect(pacingDelayMs({ taken: 200, ratePerMinute: 600, elapsedMs: 0 })).toBe(20_000);
  });

  it('counts the time the batch itself took', () => {
    expect(pacingDelayMs({ taken: 200, ratePerMinute: 600, elapsedMs: 5_000 })).toBe(15_000);
    expect(pacingDelayMs({ taken: 200, ratePerMinute: 600, elapsedMs: 25_000 })).toBe(0);
  });

  it('does not wait after an empty batch', () => {
    expect(pacingDelayMs({ taken: 0, ratePerMinute: 600, elapsedMs: 0 })).toBe(0);
  });

  it('expects the finish from the units waiting for their notice at the current rate', () => {
    expect(expectedFinishAt({ now: 1_000, ratePerMinute: 600, paused: false, counts: { ...counts, identified: 1_200 }, unidentifiedEstimate: 0 })).toBe(1_000 + 120_000);
    expect(expectedFinishAt({ now: 1_000, ratePerMinute: 1_200, paused: false, counts: { ...counts, identified: 1_200 }, unidentifiedEstimate: 1_200 })).toBe(1_000 + 120_000);
  });

  it('expects no finish while paused', () => {
    expect(expectedFinishAt({ now: 0, ratePerMinute: 600, paused: true, counts, unidentifiedEstimate: 0 })).toBeNull();
  });

  it('estimates the units not identified yet from the share of the id space read', () => {
    expect(unidentifiedEstimate({ identified: 250, afterUnitId: '40000000-0000-4000-8000-000000000000', done: false })).toBe(750);
    expect(unidentifiedEstimate({ identified: 250, afterUnitId: '40000000-0000-4000-8000-000000000000', done: true })).toBe(0);
    expect(unidentifiedEstimate({ identified: 0, afterUnitId: null, done: false })).toBe(0);
  });
});
