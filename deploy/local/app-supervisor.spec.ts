import { DEFAULT_RESTART_POLICY, nextRestartDelayMs } from './app-supervisor';

describe('restarting an app that exited on its own', () => {
  const policy = DEFAULT_RESTART_POLICY;

  it('waits a second before the first restart', () => {
    expect(nextRestartDelayMs(policy, null, 0)).toBe(1_000);
  });

  it('doubles the wait while the app keeps exiting soon after each start, up to 30 s', () => {
    const waits: number[] = [];
    let last: number | null = null;
    for (let n = 0; n < 7; n += 1) {
      last = nextRestartDelayMs(policy, last, 5_000);
      waits.push(last);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('starts again from a second once the app ran a minute', () => {
    expect(nextRestartDelayMs(policy, 30_000, 59_999)).toBe(30_000);
    expect(nextRestartDelayMs(policy, 30_000, 60_000)).toBe(1_000);
  });
});
