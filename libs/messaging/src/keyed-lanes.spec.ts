import { KeyedLanes } from './keyed-lanes';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedLanes', () => {
  it('keeps the order of one key while other keys run alongside, never above the limit', async () => {
    const lanes = new KeyedLanes(3);
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await tick(ms);
      log.push(name);
      running -= 1;
    };
    await lanes.run('a', task('a1', 30));
    await lanes.run('a', task('a2', 1));
    await lanes.run('b', task('b1', 5));
    await lanes.run('c', task('c1', 5));
    await lanes.run('d', task('d1', 1));
    await lanes.idle();
    expect(log.indexOf('a1')).toBeLessThan(log.indexOf('a2'));
    expect(log.indexOf('b1')).toBeLessThan(log.indexOf('a1'));
    expect(most).toBeLessThanOrEqual(3);
    expect(log).toHaveLength(5);
  });

  it('goes on with a key after one of its tasks failed', async () => {
    const lanes = new KeyedLanes(2);
    const log: string[] = [];
    await lanes.run('a', async () => {
      throw new Error('boom');
    });
    await lanes.run('a', async () => {
      log.push('after');
    });
    await lanes.idle();
    expect(log).toEqual(['after']);
  });

  it('counts as backed up while a task waits for a lane, and for the given time after, not before', async () => {
    const lanes = new KeyedLanes(1);
    expect(lanes.backedUp(1_000)).toBe(false);
    await lanes.run('a', async () => { await tick(50); });
    expect(lanes.backedUp(1_000)).toBe(false);
    const second = lanes.run('b', async () => { await tick(1); });
    expect(lanes.backedUp(0)).toBe(true);
    await second;
    expect(lanes.backedUp(1_000)).toBe(true);
    await tick(30);
    expect(lanes.backedUp(20)).toBe(false);
    await lanes.idle();
  });
});
