import { StopWaiting, waitUntil } from './wait-until';

describe('waitUntil', () => {
  it('keeps polling through a probe that throws, until it answers true', async () => {
    let calls = 0;
    await waitUntil('server', async () => {
      calls += 1;
      if (calls < 3) throw new Error('ECONNREFUSED');
      return true;
    }, 5_000, 1);
    expect(calls).toBe(3);
  });

  it('ends at once with the probe\'s reason when the probe says waiting cannot help', async () => {
    let calls = 0;
    const began = Date.now();
    const waiting = waitUntil('billing health', async () => {
      calls += 1;
      throw new StopWaiting('billing exited with code 1 before it was healthy');
    }, 60_000, 1_000);
    await expect(waiting).rejects.toThrow('billing exited with code 1 before it was healthy');
    expect(calls).toBe(1);
    expect(Date.now() - began).toBeLessThan(1_000);
  });

  it('gives up after the deadline, naming what it waited for', async () => {
    await expect(waitUntil('Temporal', async () => false, 30, 5)).rejects.toThrow('Temporal did not become ready within 30 ms');
  });
});
