import { jetstream } from '@nats-io/jetstream';
import { BillingEventSubjects, DEAD_LETTER_SUBJECT_PREFIX, DispatchEventSubjects, EventSubjects, type WorkOrderView } from '@aftersales/contracts';
import { caseStateQuery, caseWorkflowId } from '@aftersales/workflows';
import { shortPolicyPriceList } from '../support/billing-fixtures';
import { DispatchApi } from '../support/dispatch-api';
import { newTechnician } from '../support/dispatch-fixtures';
import { shortPolicy } from '../support/policy-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { streamEvents, type StreamEvent } from '../support/stream-events';
import { TestCluster } from '../support/test-cluster';
import { BOARD, BOARD_PRICE, driveToEnd, openCase, type StreamCase } from './support/case-stream';
import { FAULTS_STACK } from './support/faults-settings';
import { expectConsumersCaughtUp } from './support/invariants';

/**
 * Every consumer that matters (the worker's case, dispatch, billing and quality bridges; quality's
 * projections) receives each event of whole cases again: with the same Nats-Msg-Id (the stream drops
 * it), then twice with new message ids and newest first (a redelivery, out of order). Nothing changes.
 */
describe('duplicate and out-of-order deliveries have no second effect', () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;

  beforeAll(async () => {
    cluster = await TestCluster.start('duplicates', undefined, {}, FAULTS_STACK);
    dispatch = new DispatchApi(cluster);
    // Its own policy with clocks far away: the shared stack may still have fault-injection's short one
    // active, under which a case would breach between the spec's before and after.
    const version = `dup-${Date.now()}`;
    const hour = 3_600_000;
    expect((await cluster.api('/api/v1/policies/cases', { body: shortPolicy(version, { normal: hour, high: hour, urgent: hour }, hour) })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
    const priceList = { ...shortPolicyPriceList(`dup-${Date.now()}`), parts: [{ partNo: BOARD, price: BOARD_PRICE }] };
    expect((await cluster.api('/api/v1/billing/price-lists', { body: priceList })).status).toBe(201);
    await dispatch.registerTechnician(newTechnician('hangzhou', { dailyCapacity: 20, workingHours: { start: '00:00', end: '23:59' } }));
  }, 400_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  const count = async (sql: string, caseNo: string) => Number((await cluster.db.query(sql, [caseNo])).rows[0].n);

  /** Everything an event could cause for a case, in every service and in Temporal. */
  const effects = async (caseNo: string) => ({
    status: (await cluster.db.query(`SELECT status FROM intake.service_case WHERE case_no = $1`, [caseNo])).rows[0]?.status,
    slaEntries: await count(`SELECT count(*) AS n FROM intake.case_sla_event WHERE case_no = $1`, caseNo),
    customerNotifications: await count(`SELECT count(*) AS n FROM intake.notification_attempt WHERE case_no = $1`, caseNo),
    workOrders: await count(`SELECT count(*) AS n FROM dispatch.work_order WHERE case_no = $1`, caseNo),
    assignments: await count(`SELECT count(*) AS n FROM dispatch.work_order_assignment a JOIN dispatch.work_order w ON w.id = a.work_order_id WHERE w.case_no = $1`, caseNo),
    technicianNotifications: await count(`SELECT count(*) AS n FROM dispatch.technician_notification t JOIN dispatch.work_order w ON w.id = t.work_order_id WHERE w.case_no = $1`, caseNo),
    reservations: await count(`SELECT count(*) AS n FROM inventory.reservation WHERE case_no = $1`, caseNo),
    quotes: await count(`SELECT count(*) AS n FROM billing.quote WHERE case_no = $1`, caseNo),
    invoices: await count(`SELECT count(*) AS n FROM billing.invoice WHERE case_no = $1`, caseNo),
    moneyMovements: await count(`SELECT count(*) AS n FROM billing.money_movement WHERE case_no = $1`, caseNo),
    qualityFact: (await cluster.db.query(`SELECT * FROM quality.case_quality_fact WHERE case_no = $1`, [caseNo])).rows,
    followUps: await count(`SELECT count(*) AS n FROM quality.follow_up WHERE case_no = $1`, caseNo),
    workflows: await workflowRuns(caseNo),
    eventsApplied: (await cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).query(caseStateQuery)).eventsApplied,
  });
  const casesCounted = async () => Number((await cluster.db.query(`SELECT coalesce(sum(count), 0) AS n FROM quality.cases_opened_daily`)).rows[0].n);
  const workflowRuns = async (caseNo: string) => {
    const runs: string[] = [];
    for await (const wf of cluster.temporal.workflow.list()) if (wf.workflowId.includes(caseNo)) runs.push(`${wf.workflowId}/${wf.runId}`);
    return runs.sort();
  };
  /** A picture that no longer changes (notifications and follow-ups of the last step have landed). */
  const settled = <T>(take: () => Promise<T>): Promise<T> =>
    expectEventually(async () => {
      const first = await take();
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await take()).toEqual(first);
      return first;
    }, 60_000, 0);
  const deadLetters = async () => (await streamEvents(cluster.nats, `${DEAD_LETTER_SUBJECT_PREFIX}.`)).length;

  /** The same envelopes again: same message id (dropped), then new ids twice, newest first. */
  const deliverAgain = async (events: StreamEvent[]) => {
    const js = jetstream(cluster.nats);
    for (const e of events) expect((await js.publish(e.subject, JSON.stringify(e.envelope), { msgID: e.envelope.id })).duplicate).toBe(true);
    for (const round of [1, 2]) {
      for (const e of [...events].reverse()) await js.publish(e.subject, JSON.stringify(e.envelope), { msgID: `${e.envelope.id}-again-${round}` });
    }
  };
  const eventsOf = async (caseNos: string[]) =>
    (await streamEvents(cluster.nats, 'aftersales.')).filter((e) => caseNos.includes(e.envelope.correlationid) || caseNos.includes((e.envelope.data as { caseNo?: string })?.caseNo ?? ''));

  it('redelivers every event of a closed free repair and a closed paid repair, in and out of order: nothing happens again', async () => {
    const done: StreamCase[] = [await openCase(cluster, 'dispatched'), await openCase(cluster, 'paid')];
    for (const c of done) await driveToEnd(cluster, dispatch, c);
    for (const c of done) await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(c.caseNo)).result()).resolves.toEqual({ caseNo: c.caseNo, status: 'closed' });
    await expectConsumersCaughtUp(cluster);
    // Follow-ups start from case.closed: let them start before taking the picture.
    for (const c of done) await expectEventually(async () => expect((await workflowRuns(c.caseNo)).some((id) => id.startsWith('followup-'))).toBe(true), 30_000);
    const picture = async () => ({ cases: await casesCounted(), deadLetters: await deadLetters(), ...Object.fromEntries(await Promise.all(done.map(async (c) => [c.caseNo, await effects(c.caseNo)]))) });
    const before = await settled(picture);
    const events = await eventsOf(done.map((c) => c.caseNo));
    expect(events.map((e) => e.subject)).toEqual(expect.arrayContaining([
      EventSubjects.caseOpened, EventSubjects.caseAcknowledged, DispatchEventSubjects.workOrderAssigned, DispatchEventSubjects.workOrderSignedOff,
      BillingEventSubjects.quoteAccepted, BillingEventSubjects.paymentReceived, BillingEventSubjects.invoiceIssued, EventSubjects.caseClosed,
    ]));

    await deliverAgain(events);
    await expectConsumersCaughtUp(cluster);
    expect(await settled(picture)).toEqual(before);
  });

  it('redelivers the events of a case in progress newest first: no second effect, and the case still closes normally', async () => {
    const c = await openCase(cluster, 'dispatched');
    await expectEventually(async () => expect((await cluster.api<WorkOrderView>(`/api/v1/cases/${c.caseNo}/work-order`)).body.status).toBe('assigned'), 60_000, 500);
    await expectConsumersCaughtUp(cluster);
    const picture = async () => ({ cases: await casesCounted(), deadLetters: await deadLetters(), effects: await effects(c.caseNo) });
    const before = await settled(picture);

    await deliverAgain(await eventsOf([c.caseNo]));
    await expectConsumersCaughtUp(cluster);
    expect(await settled(picture)).toEqual(before);

    await driveToEnd(cluster, dispatch, c);
    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(c.caseNo)).result()).resolves.toEqual({ caseNo: c.caseNo, status: 'closed' });
  });
});
