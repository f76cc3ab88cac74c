import { randomInt, randomUUID } from 'node:crypto';
import { AckPolicy, DeliverPolicy, jetstreamManager } from '@nats-io/jetstream';
import { DurableConsumers, EVENT_STREAM, EventSubjects, type CaseOpenedV1 } from '@aftersales/contracts';
import { publishEvent } from '../support/event-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { ALWAYS_WORKING, shortPolicy } from '../support/policy-fixtures';
import { TestCluster } from '../support/test-cluster';

const RETIRED = DurableConsumers.qualityCasesOpened.durable;
const FIGURES = DurableConsumers.qualityFiguresCases.durable;
const HOUR = 3_600_000;

/**
 * Earlier releases counted the cases opened a day with a consumer of their own; the figures' consumer
 * counts them now. An upgrade finds the old consumer with events the figures' consumer had passed, and
 * events both will deliver: each case is counted once, and the old consumer is deleted once drained.
 */
describe('cases opened a day (每日受理量) after an upgrade from their own consumer', () => {
  let cluster: TestCluster;
  // A day of this run only (local to the calendar's UTC+8), far from the other specs' days.
  const dayNo = randomInt(0, 3_000);
  const midday = Date.UTC(2045, 0, 1, 4) + dayNo * 24 * HOUR;
  const day = new Date(midday + 8 * HOUR).toISOString().slice(0, 10);
  const run = String(randomInt(100_000, 999_999));

  beforeAll(async () => {
    cluster = await TestCluster.start('cases-opened-upgrade', []);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  const opened = (n: number): CaseOpenedV1 => ({
    caseId: randomUUID(),
    caseNo: `CS-UPGRADE-${run}-${n}`,
    serviceType: 'repair_onsite',
    channel: 'hotline',
    customerId: randomUUID(),
    customerTier: 'normal',
    productModel: `UPG-${run}`,
    receivedAt: new Date(midday).toISOString(),
    expectedCompletionAt: new Date(midday + 72 * HOUR).toISOString(),
    priority: 'normal',
    entitlement: { decision: 'free', reasonCodes: [] },
    siteDistanceKm: null,
    policy: { ...shortPolicy(`upgrade-${run}`, { normal: HOUR, high: HOUR, urgent: HOUR }), calendar: ALWAYS_WORKING },
  });
  const publishOpened = (n: number) => publishEvent(cluster.nats, EventSubjects.caseOpened, `CS-UPGRADE-${run}-${n}`, opened(n));
  const countOfDay = async () => Number((await cluster.db.query(`SELECT coalesce(sum(count), 0) AS n FROM quality.cases_opened_daily WHERE day = $1`, [day])).rows[0].n);

  it('counts each case once, whichever consumer had it, and deletes the old consumer once drained', async () => {
    const jsm = await jetstreamManager(cluster.nats);
    await jsm.consumers.delete(EVENT_STREAM, RETIRED).catch(() => false);
    // The old consumer as the earlier release left it, before the three events below.
    await jsm.consumers.add(EVENT_STREAM, { durable_name: RETIRED, filter_subject: EventSubjects.caseOpened, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New });
    // Counted by the old consumer, which stopped before its ack: it comes again to both consumers.
    const countedByOld = await publishOpened(1);
    await cluster.db.query(`INSERT INTO quality.inbox (consumer, event_id) VALUES ($1, $2)`, [RETIRED, countedByOld]);
    await cluster.db.query(`INSERT INTO quality.cases_opened_daily (day, service_type, count) VALUES ($1, 'repair_onsite', 1)`, [day]);
    // Applied to the figures by the earlier release, which did not count it there: only the old consumer has it.
    const passedByFigures = await publishOpened(2);
    await cluster.db.query(`INSERT INTO quality.inbox (consumer, event_id) VALUES ($1, $2)`, [FIGURES, passedByFigures]);
    // Neither had it.
    const neither = await publishOpened(3);

    await cluster.apps.startAll(['quality']);
    await expectEventually(async () => expect(await jsm.consumers.info(EVENT_STREAM, RETIRED).catch(() => 'deleted')).toBe('deleted'), 30_000, 250);
    await expectEventually(async () => expect(await countOfDay()).toBe(3), 15_000, 250);

    // From now on the figures' consumer alone counts.
    const after = await publishOpened(4);
    await expectEventually(async () => expect(await countOfDay()).toBe(4), 15_000, 250);
    // Once the figures' consumer has applied all four (its inbox; other specs' events may still be
    // retrying on it), the count still holds: nothing was counted twice.
    const ids = [countedByOld, passedByFigures, neither, after];
    await expectEventually(async () => {
      const { rows } = await cluster.db.query(`SELECT count(*)::int AS n FROM quality.inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [FIGURES, ids]);
      expect(rows[0].n).toBe(4);
    }, 15_000, 250);
    expect(await countOfDay()).toBe(4);
  });
});
