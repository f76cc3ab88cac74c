import { AppSupervisor } from '../../deploy/local/app-supervisor';
import { expectEventually, expectFor } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';

/** `npm start`'s supervisor, on a real app process: what an operator sees when an app dies under it. */
describe("npm start's supervisor", () => {
  let cluster: TestCluster;
  let supervisor: AppSupervisor;
  const logged: string[] = [];
  const healthy = (): Promise<boolean> => cluster.apps.answersHealthy('billing');

  beforeAll(async () => {
    cluster = await TestCluster.start('app-supervisor', ['billing']);
    supervisor = new AppSupervisor(cluster.apps, (line) => logged.push(line), { firstDelayMs: 300, maxDelayMs: 1_200, stableAfterMs: 60_000 });
  });

  afterAll(async () => {
    supervisor?.stop();
    await cluster?.stop();
  });

  const killFromOutside = (): number => {
    const pid = cluster.apps.pid('billing') as number;
    process.kill(pid, 'SIGKILL');
    return pid;
  };

  it('starts an app killed from outside again, healthy, with a new process', async () => {
    const killed = killFromOutside();
    await expectEventually(async () => {
      expect(cluster.apps.pid('billing')).not.toBe(killed);
      expect(await healthy()).toBe(true);
      expect(logged).toHaveLength(2);
    }, 60_000, 250);
    expect(logged).toEqual(['billing exited on its own (signal SIGKILL); starting it again in 0.3 s (billing 意外退出，0.3 秒后重启)', 'billing is healthy again (billing 已恢复)']);
  });

  it('waits twice as long when the app exits again soon after its restart', async () => {
    logged.length = 0;
    killFromOutside();
    await expectEventually(async () => expect(logged).toContain('billing is healthy again (billing 已恢复)'), 60_000, 250);
    expect(logged[0]).toBe('billing exited on its own (signal SIGKILL); starting it again in 0.6 s (billing 意外退出，0.6 秒后重启)');
  });

  it('leaves an app stopped on purpose stopped', async () => {
    logged.length = 0;
    await cluster.apps.stop('billing');
    await expectFor(async () => expect(await healthy()).toBe(false), 2_000, 250);
    expect(logged).toEqual([]);
  });

  it('reports an app that cannot start as soon as it exits, and keeps trying with longer waits', async () => {
    logged.length = 0;
    const began = Date.now();
    cluster.apps.start('billing', { LOG_LEVEL: 'loud' });
    await expect(cluster.apps.waitHealthy('billing')).rejects.toThrow(/^billing exited with code 1 before it was healthy; see \S+\/billing\.log$/);
    expect(Date.now() - began).toBeLessThan(20_000);
    // Each start with the same bad setting fails the same way, and is logged as soon as it does.
    await expectEventually(async () => expect(logged.filter((line) => line.startsWith('billing did not become healthy: billing exited with code 1'))).not.toHaveLength(0), 30_000, 250);
    expect(logged.filter((line) => line.startsWith('billing exited on its own (code 1)')).length).toBeGreaterThanOrEqual(2);
    expect(logged).not.toContain('billing is healthy again (billing 已恢复)');
  });

  it('kills at once an app that a signal from outside already ended (nothing to wait for)', async () => {
    supervisor.stop();
    await cluster.apps.stop('billing');
    cluster.apps.start('billing');
    await cluster.apps.waitHealthy('billing');
    const killed = killFromOutside();
    await expectEventually(async () => expect(() => process.kill(killed, 0)).toThrow(), 10_000, 50);
    const began = Date.now();
    await cluster.apps.kill('billing');
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
