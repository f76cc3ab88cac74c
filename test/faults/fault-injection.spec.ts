import { jetstream } from '@nats-io/jetstream';
import { Client as PgClient } from 'pg';
import { ALL_APPS, deadLetterSubject, EventSubjects, type DeadLetterRecord } from '@aftersales/contracts';
import { caseWorkflowId } from '@aftersales/workflows';
import { shortPolicyPriceList } from '../support/billing-fixtures';
import { DispatchApi } from '../support/dispatch-api';
import { newTechnician } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { shortPolicy } from '../support/policy-fixtures';
import { streamEvents } from '../support/stream-events';
import { TestCluster } from '../support/test-cluster';
import { BOARD, BOARD_PRICE, CaseStream, driveToEnd, type CaseKind, type StreamCase } from './support/case-stream';
import { killAndRestart, stopPostgresFor } from './support/components';
import { FAULTS_MODE, FAULTS_STACK } from './support/faults-settings';
import { expectConsumersCaughtUp, expectNoEventLost, expectNoSecondEffect, expectOutboxesDrained } from './support/invariants';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stdout.write(`[faults] ${new Date().toISOString()} ${line}\n`);

type Fault = { name: string; strike: (cluster: TestCluster) => Promise<void> };

/** kill -9 of an app, a few seconds down, started again: what a crashed container and its restart policy do. */
const killApp = (app: 'worker' | 'intake' | 'dispatch' | 'billing'): Fault => ({
  name: `kill -9 ${app}`,
  strike: async (cluster) => {
    await cluster.apps.kill(app);
    await sleep(2_000);
    cluster.apps.start(app);
    await cluster.apps.waitHealthy(app);
  },
});

const FAULTS: Record<string, Fault> = {
  worker: killApp('worker'),
  intake: killApp('intake'),
  dispatch: killApp('dispatch'),
  nats: { name: 'kill -9 NATS', strike: (cluster) => killAndRestart('nats', cluster.env, 3_000, log) },
  temporal: { name: 'kill -9 Temporal', strike: (cluster) => killAndRestart('temporal', cluster.env, 3_000, log) },
  postgres: {
    name: 'PostgreSQL stopped for 6 s',
    strike: async (cluster) => {
      // The suite's own connection is cut too: expect that, and connect again afterwards.
      cluster.db.on('error', () => undefined);
      await stopPostgresFor(6_000, log);
      await cluster.db.end().catch(() => undefined);
      cluster.db = await expectEventually(async () => {
        const db = new PgClient({ connectionString: cluster.env.DATABASE_URL });
        db.on('error', () => undefined);
        await db.connect();
        return db;
      }, 60_000, 500);
    },
  },
};

/** The short form (in `npm test`) strikes twice during a handful of cases; the full form strikes every fault. */
const PLAN =
  FAULTS_MODE === 'full'
    ? { faults: ['worker', 'intake', 'nats', 'dispatch', 'temporal', 'postgres'], kinds: ['escalating', 'dispatched', 'paid', 'dispatched', 'escalating', 'dispatched'] as CaseKind[], maxCases: 30, everyMs: 3_500 }
    : { faults: ['worker', 'nats'], kinds: ['escalating', 'dispatched', 'paid'] as CaseKind[], maxCases: 8, everyMs: 4_000 };
// The demo stock holds 8 boards: at most 5 paid cases (one in six) in the full form's 30.

describe(`cases in flight through component failures (${FAULTS_MODE} form: ${PLAN.faults.join(', ')})`, () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;
  let cases: StreamCase[] = [];
  const poison = `{"id":"faults-poison-${Date.now()}","type":`;

  beforeAll(async () => {
    cluster = await TestCluster.start('fault-injection', undefined, {}, FAULTS_STACK);
    dispatch = new DispatchApi(cluster);
    // Short clocks: the on-site promise runs out in 6 s and the ladder climbs a step a second.
    const version = `faults-${Date.now()}`;
    expect((await cluster.api('/api/v1/policies/cases', { body: shortPolicy(version, { normal: 6_000, high: 6_000, urgent: 6_000 }, 1_000) })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
    const priceList = { ...shortPolicyPriceList(`faults-${Date.now()}`), parts: [{ partNo: BOARD, price: BOARD_PRICE }] };
    expect((await cluster.api('/api/v1/billing/price-lists', { body: priceList })).status).toBe(201);
    for (let i = 0; i < 3; i++) await dispatch.registerTechnician(newTechnician('hangzhou', { dailyCapacity: 20, workingHours: { start: '00:00', end: '23:59' } }));
  }, 400_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  it('brings every case to its end with no event lost, no effect twice, the outboxes drained and a poison event set aside', async () => {
    const stream = new CaseStream(cluster, PLAN.kinds, PLAN.everyMs, PLAN.maxCases);
    stream.start();
    let poisoned = false;
    for (const name of PLAN.faults) {
      // A case opened since the last fault, unless the stream has opened all it may.
      const before = stream.opened();
      await expectEventually(() => expect(stream.opened() > before || stream.finished()).toBe(true), 120_000, 200);
      const fault = FAULTS[name];
      log(`striking: ${fault.name} (${stream.opened()} cases opened)`);
      await fault.strike(cluster);
      log(`recovered from: ${fault.name}`);
      if (!poisoned) {
        // An event no consumer can parse, in the middle of real ones.
        await jetstream(cluster.nats).publish(EventSubjects.caseOpened, poison);
        poisoned = true;
      }
    }
    // A few more cases after the last fault, then the stream ends.
    const afterFaults = stream.opened();
    await expectEventually(() => expect(stream.opened() >= afterFaults + 2 || stream.finished()).toBe(true), 120_000, 200);
    cases = await stream.stop();
    log(`${cases.length} cases opened: ${cases.map((c) => `${c.caseNo}/${c.kind}`).join(' ')}`);
    for (const app of ALL_APPS) await cluster.apps.waitHealthy(app);

    // Every case reaches the state it should.
    // A few at a time, as people would: the 2-core machine runs every component and app.
    for (let i = 0; i < cases.length; i += 4) await Promise.all(cases.slice(i, i + 4).map((c) => driveToEnd(cluster, dispatch, c)));
    for (const c of cases) {
      const expected = c.kind === 'escalating' ? 'cancelled' : 'closed';
      await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(c.caseNo)).result()).resolves.toEqual({ caseNo: c.caseNo, status: expected });
      expect({ caseNo: c.caseNo, status: (await cluster.api<{ status: string }>(`/api/v1/cases/${c.caseNo}`)).body.status }).toEqual({ caseNo: c.caseNo, status: expected });
    }
    // The ladder of every escalating case: each warning, the breach and each level, once and in order.
    for (const c of cases.filter((x) => x.kind === 'escalating')) {
      const { body } = await cluster.api<{ timeline: { clock: string; kind: string; key: string }[] }>(`/api/v1/cases/${c.caseNo}/sla`);
      expect({ caseNo: c.caseNo, keys: body.timeline.filter((e) => e.clock === 'onsite' && e.kind !== 'met').map((e) => e.key) }).toEqual({
        caseNo: c.caseNo,
        keys: ['warning:0.5', 'warning:0.75', 'warning:0.9', 'breached', 'escalated:1', 'escalated:2', 'escalated:3', 'escalated:4'],
      });
    }
    // Every paid case: one reservation of the board, one invoice of the quoted amount.
    for (const c of cases.filter((x) => x.kind === 'paid')) {
      const reservations = (await cluster.db.query(`SELECT part_code, qty FROM inventory.reservation WHERE case_no = $1`, [c.caseNo])).rows;
      expect({ caseNo: c.caseNo, reservations }).toEqual({ caseNo: c.caseNo, reservations: [{ part_code: BOARD, qty: 1 }] });
      const invoices = (await cluster.db.query(`SELECT customer_total_minor::int AS total FROM billing.invoice WHERE case_no = $1`, [c.caseNo])).rows;
      expect({ caseNo: c.caseNo, invoices }).toEqual({ caseNo: c.caseNo, invoices: [{ total: 12_000 + BOARD_PRICE }] });
    }

    await expectOutboxesDrained(cluster);
    await expectConsumersCaughtUp(cluster);
    const events = await expectNoEventLost(cluster);
    await expectNoSecondEffect(cluster, events, cases.map((c) => c.caseNo));

    // The poison event went to the dead letters of the consumers of case.opened, with its reason, once each.
    for (const consumer of ['worker-case-bridge', 'quality-figures-cases']) {
      const letters = (await streamEvents(cluster.nats, deadLetterSubject(consumer))).map((e) => e.envelope as unknown as DeadLetterRecord);
      expect(letters.map((l) => ({ kind: l.kind, payload: l.payload }))).toEqual([{ kind: 'unparseable', payload: poison }]);
    }
  }, 900_000);
});
