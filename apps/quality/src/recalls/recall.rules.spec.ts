import { campaignNoFor, retryDelayMs } from './recall.rules';

describe('recall retry and numbering rules', () => {
  const pacing = { attemptsPerChannel: 3, retryInitialMs: 1_000 };

  it.each([
    [0, 1_000],
    [1, 2_000],
    [2, 0],
    [3, 1_000],
    [4, 2_000],
    [5, 0],
  ])('after failed try %i the unit waits %i ms (the fallback channel follows at once)', (attempt, expected) => {
    expect(retryDelayMs(attempt, pacing)).toBe(expected);
  });

  it('numbers campaigns by day and sequence', () => {
    expect(campaignNoFor(new Date('2026-11-23T10:00:00Z'), 7)).toBe('RC-20261123-0007');
  });
});
