import { periodicScheduleId, type CaseView, type PeriodicFollowUpView, type QualityPolicy } from '@aftersales/contracts';
import { newCaseRequest } from '../support/case-fixtures';
import { ContactProvider } from '../support/contact-provider';
import { expectEventually } from '../support/expect-eventually';
import { ALWAYS_WORKING } from '../support/policy-fixtures';
import { TestCluster } from '../support/test-cluster';

const POLICY: QualityPolicy = {
  followUp: { version: 'test-periodic', delayMs: 1_000, methodOrder: ['phone', 'sms', 'online_survey'], attemptsPerMethod: 2, retryInitialMs: 200, backoffCoefficient: 2, surveyWindowMs: 60_000, complaintThreshold: 2 },
  complaint: { version: 'test-periodic', promisedReplyMs: 600_000, acknowledgeMs: 60_000, verifyWorkingMs: 60_000, calendar: ALWAYS_WORKING },
};
/** The schedule's period: the local month of its run on the policy calendar. */
const period = () => new Date(Date.now() + ALWAYS_WORKING.utcOffsetMinutes * 60_000).toISOString().slice(0, 7);

describe('periodic follow-ups with Temporal Schedules', () => {
  const provider = new ContactProvider();
  let cluster: TestCluster;

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('periodic-follow-ups', ['gateway', 'intake', 'quality', 'worker'], {
      NOTIFY_PROVIDERS: provider.providersSetting(url),
      QUALITY_POLICY: JSON.stringify(POLICY),
    });
  });

  afterAll(async () => {
    await cluster?.stop();
    await provider.stop();
  });

  const customerOfTier = async (tier: 'normal' | 'long_term' | 'key'): Promise<string> => {
    const request = newCaseRequest({ serviceType: 'technical_support' });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: { ...request, customer: { ...request.customer, tier } } });
    return body.customerId;
  };
  const followUps = async (campaign: string) => (await cluster.api<PeriodicFollowUpView[]>(`/api/v1/periodic-follow-ups?campaign=${campaign}&period=${period()}`)).body;

  it('creates follow-ups for exactly the key customers when the key-customer schedule runs, once per period', async () => {
    const keyCustomers = [await customerOfTier('key'), await customerOfTier('key')];
    const others = [await customerOfTier('normal'), await customerOfTier('long_term')];
    const { rows } = await cluster.db.query<{ id: string }>(`SELECT id FROM intake.customer WHERE tier = 'key'`);
    const allKey = rows.map((r) => r.id).sort();
    expect(allKey).toEqual(expect.arrayContaining(keyCustomers));

    const schedule = cluster.temporal.schedule.getHandle(periodicScheduleId('key_customers'));
    await schedule.trigger();
    const done = await expectEventually(async () => {
      const list = await followUps('key_customers');
      expect(list.map((f) => f.customerId).sort()).toEqual(allKey);
      expect(list.every((f) => f.status === 'completed' && f.outcome === 'reached')).toBe(true);
      return list;
    }, 60_000, 500);
    expect(done.map((f) => f.customerId)).not.toEqual(expect.arrayContaining([others[0]]));
    expect(done.map((f) => f.customerId)).not.toEqual(expect.arrayContaining([others[1]]));
    // Each was contacted on the preferred channel (SMS), by customer id: no case is involved.
    expect(provider.attempts.filter((a) => a.idempotencyKey.startsWith(`${keyCustomers[0]}:key_customers:`)).map((a) => a.channel)).toEqual(['sms']);

    // A second run in the same period follows nobody up twice.
    await schedule.trigger();
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await followUps('key_customers')).length).toBe(allKey.length);
    expect(await followUps('long_term_customers')).toEqual([]);
  });

  it('visits for the summer inspection exactly the owners of air conditioners and refrigerators', async () => {
    const ownerOf = async (model: string): Promise<string> => {
      const request = newCaseRequest({ serviceType: 'technical_support', product: { model, serialNo: `${model}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, purchaseDate: '2026-03-01' } });
      return (await cluster.api<CaseView>('/api/v1/cases', { body: request })).body.customerId;
    };
    const acOwner = await ownerOf('AC-3000');
    const fridgeOwner = await ownerOf('RF-520');
    const washerOwner = await ownerOf('WM-800');
    const { rows } = await cluster.db.query<{ id: string }>(
      `SELECT DISTINCT u.customer_id AS id FROM intake.unit u JOIN intake.product_model m ON m.code = u.product_model WHERE m.category IN ('air_conditioner', 'refrigerator')`,
    );
    const owners = rows.map((r) => r.id).sort();
    expect(owners).toEqual(expect.arrayContaining([acOwner, fridgeOwner]));
    expect(owners).not.toContain(washerOwner);

    await cluster.temporal.schedule.getHandle(periodicScheduleId('summer_inspection')).trigger();
    await expectEventually(async () => expect((await followUps('summer_inspection')).map((f) => f.customerId).sort()).toEqual(owners), 60_000, 500);
    const summer = await cluster.temporal.schedule.getHandle(periodicScheduleId('summer_inspection')).describe();
    expect(summer.spec.calendars?.[0]).toMatchObject({ month: [{ start: 'MAY', end: 'MAY', step: 1 }] });
  });

  it('keeps every campaign as a schedule that can be paused and resumed', async () => {
    for (const campaign of ['key_customers', 'long_term_customers', 'june_campaign', 'december_campaign', 'summer_inspection', 'winter_inspection'] as const) {
      const schedule = cluster.temporal.schedule.getHandle(periodicScheduleId(campaign));
      await schedule.pause('spec: paused by an operator');
      expect((await schedule.describe()).state.paused).toBe(true);
      await schedule.unpause();
      expect((await schedule.describe()).state.paused).toBe(false);
    }
    const december = await cluster.temporal.schedule.getHandle(periodicScheduleId('december_campaign')).describe();
    expect(december.spec.calendars?.[0]).toMatchObject({ month: [{ start: 'DECEMBER', end: 'DECEMBER', step: 1 }] });
  });
});
