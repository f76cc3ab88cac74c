import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { WorkflowNotFoundError } from '@temporalio/client';
import { ALL_APPS, EVENT_STREAM, EventSubjects, type CaseView, type CasesOpenedPerDay, type EventEnvelope } from '@aftersales/contracts';
import { caseStateQuery, caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { expectEventually, expectFor } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';
import { TEST_STATE_DIR } from '../support/test-settings';

describe('durability of a case across failures', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start('durability');
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  const openAcknowledgedCase = async (): Promise<CaseView> => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    await expectEventually(async () => expect((await cluster.api<CaseView>(`/api/v1/cases/${body.caseNo}`)).body.status).toBe('acknowledged'));
    return body;
  };

  it('continues a waiting case after the worker is killed with SIGKILL and started again', async () => {
    const { caseNo } = await openAcknowledgedCase();
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo));

    await cluster.apps.kill('worker');
    const cancelled = await cluster.api<CaseView>(`/api/v1/cases/${caseNo}/cancel`, { body: { reason: 'customer withdrew' } });
    expect(cancelled.body.status).toBe('cancelled');
    // Nobody relays the event or runs the workflow while the worker is down.
    await expectFor(async () => expect((await handle.describe()).status.name).toBe('RUNNING'), 1_500);

    cluster.apps.start('worker');
    await cluster.apps.waitHealthy('worker');
    await expect(handle.result()).resolves.toEqual({ caseNo, status: 'cancelled' });
  });

  it('answers for a waiting case after the worker restarts as it did before: its state is rebuilt from the history', async () => {
    const { caseNo } = await openAcknowledgedCase();
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo));
    const before = await expectEventually(async () => {
      const state = await handle.query(caseStateQuery);
      expect(state.clocks.find((c) => c.name === 'acknowledge')?.state).toBe('met');
      return state;
    });
    expect(before).toMatchObject({ status: 'acknowledged', acknowledgedAt: expect.any(String) });

    await cluster.apps.kill('worker');
    cluster.apps.start('worker');
    await cluster.apps.waitHealthy('worker');
    // The new worker holds nothing in its cache: it replays the history to answer.
    const after = await handle.query(caseStateQuery);
    expect({ ...after, clocks: after.clocks.map(({ name, state }) => ({ name, state })) }).toEqual({ ...before, clocks: before.clocks.map(({ name, state }) => ({ name, state })) });
  });

  it('delivers an event written while the outbox relay was stopped, once the relay runs again', async () => {
    await cluster.apps.stop('intake');
    cluster.apps.start('intake', { OUTBOX_RELAY_ENABLED: 'false' });
    await cluster.apps.waitHealthy('intake');

    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    expect(body.status).toBe('opened');
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    const unpublished = () =>
      cluster.db.query(`SELECT count(*)::int AS n FROM intake.outbox WHERE subject = $1 AND envelope->>'subject' = $2 AND published_at IS NULL`, [EventSubjects.caseOpened, body.caseNo]);
    await expectFor(async () => {
      expect((await unpublished()).rows[0].n).toBe(1);
      await expect(handle.describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    }, 1_500);

    await cluster.apps.stop('intake');
    cluster.apps.start('intake');
    await cluster.apps.waitHealthy('intake');
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).status).toBe('acknowledged'), 30_000);
    expect((await unpublished()).rows[0].n).toBe(0);
  });

  it('applies a redelivered event once: one workflow, one count in the quality figures', async () => {
    const { caseNo, receivedAt } = await openAcknowledgedCase();
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(receivedAt));
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo));
    const figures = async () => (await cluster.api<CasesOpenedPerDay>(`/api/v1/stats/cases-opened?date=${day}`)).body.total;
    await expectEventually(async () => expect(await figures()).toBeGreaterThan(0));
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).eventsApplied).toBe(1)); // opened (the workflow acknowledges; that event is not relayed back)
    const countBefore = await figures();

    const { rows } = await cluster.db.query<{ envelope: EventEnvelope }>(
      `SELECT envelope FROM intake.outbox WHERE subject = $1 AND envelope->>'subject' = $2`,
      [EventSubjects.caseOpened, caseNo],
    );
    const original = JSON.stringify(rows[0].envelope);
    const js = jetstream(cluster.nats);
    // The same message id is dropped by the stream; new ids get past it, as a redelivery would.
    expect((await js.publish(EventSubjects.caseOpened, original, { msgID: rows[0].envelope.id })).duplicate).toBe(true);
    await js.publish(EventSubjects.caseOpened, original, { msgID: `${rows[0].envelope.id}-again-1` });
    await js.publish(EventSubjects.caseOpened, original, { msgID: `${rows[0].envelope.id}-again-2` });

    const jsm = await jetstreamManager(cluster.nats);
    await expectEventually(async () => {
      for (const durable of ['quality-figures-cases', 'worker-case-bridge']) {
        const info = await jsm.consumers.info(EVENT_STREAM, durable);
        expect({ durable, pending: info.num_pending, unacked: info.num_ack_pending }).toEqual({ durable, pending: 0, unacked: 0 });
      }
      // Messages the SIGKILLed worker held come back only after the consumer's 30 s ack wait.
    }, 45_000);
    expect(await figures()).toBe(countBefore);
    expect((await handle.query(caseStateQuery)).eventsApplied).toBe(1);
    const runs: string[] = [];
    for await (const wf of cluster.temporal.workflow.list({ query: `WorkflowId = "${caseWorkflowId(caseNo)}"` })) runs.push(wf.runId);
    expect(runs).toHaveLength(1);
  });

  it('starts no workflow from a case.opened event it cannot run (no policy), and keeps consuming', async () => {
    const caseNo = `CS-20310101-${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    const malformed = { id: crypto.randomUUID(), type: 'aftersales.intake.case.opened.v1', source: 'aftersales/intake', subject: caseNo, correlationid: caseNo, time: new Date().toISOString(), data: { caseNo, caseId: crypto.randomUUID(), policy: {} } };
    await jetstream(cluster.nats).publish(EventSubjects.caseOpened, JSON.stringify(malformed), { msgID: malformed.id });
    // A good case opened after it still runs: the consumer was not blocked.
    const { caseNo: next } = await openAcknowledgedCase();
    expect(next).not.toBe(caseNo);
    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    const workerLog = readFileSync(join(TEST_STATE_DIR, 'logs', 'durability', 'worker.log'), 'utf8');
    expect(workerLog).toContain(`case.opened event ${malformed.id} not started: serviceType missing`);
  });

  it('stops every app cleanly on SIGTERM: NATS drained, database closed, worker stopped', async () => {
    for (const app of ALL_APPS) expect({ app, exit: await cluster.apps.stop(app) }).toEqual({ app, exit: { code: 0, signal: null } });
    const log = (app: string) => readFileSync(join(TEST_STATE_DIR, 'logs', 'durability', `${app}.log`), 'utf8');
    expect(log('intake')).toContain('NATS drained');
    expect(log('intake')).toContain('database pool closed');
    expect(log('worker')).toContain('worker stopped');
  });
});
