import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { caseStartSearchAttributes } from '@aftersales/workflows';
import { TEMPORAL_SERVER_METRICS_OFFSET } from '../../deploy/local/paths';
import { provision } from '../../deploy/local/provision';
import { readPersistenceCounters, type PersistenceCounters } from '../../deploy/local/temporal-server-metrics';
import { expectEventually } from '../support/expect-eventually';
import { runEnvironment, TEST_STATE_DIR } from '../support/test-settings';

const STARTS = 20;

const grewBy = (before: PersistenceCounters, after: PersistenceCounters, operation: string): number =>
  (after.requests.get(operation) ?? 0) - (before.requests.get(operation) ?? 0);

/** The Temporal server that provisioning starts (the CLI's dev server on SQLite), as the test run got it. */
describe('the local Temporal server', () => {
  const env = runEnvironment();
  let connection: Connection;
  let client: Client;

  beforeAll(async () => {
    connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    await connection?.close();
  });

  /** Case workflows with their search attributes, on a queue no worker polls: each is only its start. */
  const startUnpolledCases = async (count: number, prefix: string) => {
    const taskQueue = `${prefix}-${randomUUID()}`;
    const handles = [];
    for (let n = 0; n < count; n += 1) {
      handles.push(
        await client.workflow.start('caseWorkflow', {
          taskQueue,
          workflowId: `${prefix}-${randomUUID()}`,
          args: [],
          typedSearchAttributes: caseStartSearchAttributes({ caseNo: `${prefix}${Date.now()}${n}`, serviceType: 'repair_onsite', customerTier: 'normal', priority: 'normal', calendarId: 'cn-mainland' }),
        }),
      );
    }
    return handles;
  };

  it("serves its store's metrics beside the frontend and reads search attributes and namespaces from its cache, not from SQLite on every start", async () => {
    const before = await readPersistenceCounters(env.TEMPORAL_ADDRESS);
    expect(before).not.toBeNull();
    const handles = await startUnpolledCases(STARTS, 'store-reads');
    // The server publishes its counters every second or so.
    const after = await expectEventually(async () => {
      const now = (await readPersistenceCounters(env.TEMPORAL_ADDRESS))!;
      expect(grewBy(before!, now, 'CreateWorkflowExecution')).toBeGreaterThanOrEqual(STARTS);
      return now;
    });
    await Promise.all(handles.map((h) => h.terminate('store reads checked')));

    // The CLI's default re-reads both on every such start (at least STARTS each); cached, the namespace
    // refresh (every 2 s) and the cache's expiry read them a few times at most.
    expect(grewBy(before!, after, 'GetCurrentClusterMetadata')).toBeLessThan(STARTS / 4);
    expect(grewBy(before!, after, 'GetNamespace')).toBeLessThan(STARTS / 4);
  });

  it('checkpoints its write-ahead log every 10,000 pages, so that the log grows well past the 1,000 pages of SQLite\'s default', async () => {
    const wal = join(TEST_STATE_DIR, 'temporal', 'temporal.db-wal');
    // Each start writes its execution and, with the visibility table's 45 indexes, some 50 pages of visibility row.
    const handles = await startUnpolledCases(100, 'wal');
    // SQLite checkpoints once the log holds the pages set, then writes it again from its start: the file
    // stays at its largest. With the default, a checkpoint every 1,000 pages (4 MiB) keeps it near 5 MiB.
    await expectEventually(async () => expect(statSync(wal).size).toBeGreaterThan(16 * 1024 * 1024), 20_000);
    await Promise.all(handles.map((h) => h.terminate('write-ahead log checked')));
  });

  it('says at once why a server it starts cannot run, from its log: here another process holds its metrics port', async () => {
    const port = 7533;
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port + TEMPORAL_SERVER_METRICS_OFFSET, '127.0.0.1', resolve));
    const stateDir = mkdtempSync(join(tmpdir(), 'provision-'));
    const began = Date.now();
    try {
      const provisioning = provision({ env: { ...env, TEMPORAL_ADDRESS: `127.0.0.1:${port}` }, stateDir, log: () => undefined });
      await expect(provisioning).rejects.toThrow(/^Temporal exited with code \d+ before it answered; the end of \S+temporal-7533\.log:\n[\s\S]*address already in use/);
      // Before, provisioning waited out its two minutes and said only that Temporal did not answer.
      expect(Date.now() - began).toBeLessThan(30_000);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
