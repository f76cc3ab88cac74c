import { randomInt, randomUUID } from 'node:crypto';
import {
  DispatchEventSubjects,
  EventSubjects,
  QualityEventSubjects,
  type CaseOpenedV1,
  type CasesOpenedPerDay,
  type OutletScorecard,
  type QualityFiguresRow,
  type QualityFiguresView,
  type ServiceDefectDisclosure,
} from '@aftersales/contracts';
import { publishEvent } from '../support/event-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { ALWAYS_WORKING, shortPolicy } from '../support/policy-fixtures';
import { TestCluster } from '../support/test-cluster';

const HOUR = 3600_000;
// A month no other spec closes cases in, and ids of this run only.
const MONTH = '2031-07';
const run = String(randomInt(100_000, 999_999));
const caseNo = (n: number) => `CS-203107${String(n).padStart(2, '0')}-${run}`;
const techA = randomUUID();
const techB = randomUUID();
const outlet = `OUT-FX-${run}`;
const at = (day: number, hours = 0) => new Date(Date.UTC(2031, 6, day) + hours * HOUR).toISOString();

interface FixtureCase {
  n: number;
  model: string;
  technicianId: string;
  visits: number;
  passed: boolean;
  cycleHours: number | null;
  overall?: number;
  complaint?: boolean;
  breaches?: number;
}

/**
 * Four cases at one outlet: A fixed case 1 at the first visit (10 h, score 5); case 2 took two visits
 * (20 h, score 2, a complaint, one SLA breach); B's case 3 failed its test (6 h, no survey); case 4 is
 * still open and counts nowhere.
 */
const FIXTURE: FixtureCase[] = [
  { n: 1, model: `M1-${run}`, technicianId: techA, visits: 1, passed: true, cycleHours: 10, overall: 5 },
  { n: 2, model: `M1-${run}`, technicianId: techA, visits: 2, passed: true, cycleHours: 20, overall: 2, complaint: true, breaches: 1 },
  { n: 3, model: `M2-${run}`, technicianId: techB, visits: 1, passed: false, cycleHours: 6 },
  { n: 4, model: `M2-${run}`, technicianId: techB, visits: 1, passed: true, cycleHours: null },
];

/** By hand from the fixture. */
const EXPECTED_BY_TECHNICIAN: Record<string, Omit<QualityFiguresRow, 'key'>> = {
  [techA]: { closedCases: 2, firstTimeFixRate: 0.5, averageSatisfaction: 3.5, complaintRate: 0.5, slaOnTimeRate: 0.5, averageCycleMs: 15 * HOUR, averageCost: null },
  [techB]: { closedCases: 1, firstTimeFixRate: 0, averageSatisfaction: null, complaintRate: 0, slaOnTimeRate: 1, averageCycleMs: 6 * HOUR, averageCost: null },
};
const EXPECTED_OUTLET = { closedCases: 3, firstTimeFixRate: 0.3333, averageSatisfaction: 3.5, complaintRate: 0.3333, slaOnTimeRate: 0.6667, averageCycleMs: 12 * HOUR, averageCost: null };

describe('quality figures (质量指标) from the event stream', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start('quality-figures', ['gateway', 'quality']);
    for (const c of FIXTURE) await publishCase(c);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  async function publishCase(c: FixtureCase): Promise<void> {
    const no = caseNo(c.n);
    const workOrderId = randomUUID();
    // A complete case.opened as intake writes it: every consumer of the stream can take it.
    const opened: CaseOpenedV1 = {
      caseId: randomUUID(),
      caseNo: no,
      serviceType: 'repair_onsite',
      channel: 'hotline',
      customerId: randomUUID(),
      customerTier: 'normal',
      productModel: c.model,
      receivedAt: at(c.n),
      expectedCompletionAt: at(c.n + 3),
      priority: 'normal',
      entitlement: { decision: 'free', reasonCodes: [] },
      siteDistanceKm: null,
      policy: { ...shortPolicy(`figures-${run}`, { normal: HOUR, high: HOUR, urgent: HOUR }), calendar: ALWAYS_WORKING },
    };
    await publishEvent(cluster.nats, EventSubjects.caseOpened, no, opened);
    await publishEvent(cluster.nats, DispatchEventSubjects.workOrderCreated, workOrderId, { workOrderId, caseNo: no, outletId: outlet } as never);
    await publishEvent(cluster.nats, DispatchEventSubjects.workOrderAssigned, workOrderId, { workOrderId, caseNo: no, technicianId: c.technicianId } as never);
    for (let v = 0; v < c.visits; v++) await publishEvent(cluster.nats, DispatchEventSubjects.workOrderCheckedIn, workOrderId, { workOrderId, caseNo: no, technicianId: c.technicianId } as never);
    await publishEvent(cluster.nats, DispatchEventSubjects.workOrderSignedOff, workOrderId, { workOrderId, caseNo: no, technicianId: c.technicianId, testOutcome: c.passed ? 'passed' : 'failed' } as never);
    for (let b = 0; b < (c.breaches ?? 0); b++) await publishEvent(cluster.nats, EventSubjects.caseSlaBreached, no, { caseNo: no, clock: 'resolution', kind: 'breached' } as never);
    if (c.overall) await publishEvent(cluster.nats, QualityEventSubjects.surveyRecorded, no, { caseNo: no, scores: { repairQuality: 4, timeliness: 4, attitude: 4, overall: c.overall, problemRaised: false } } as never);
    if (c.complaint) await publishEvent(cluster.nats, QualityEventSubjects.complaintRegistered, 'CP-20310702-000001', { caseNo: no, complaintNo: 'CP-20310702-000001' } as never);
    if (c.cycleHours !== null) await publishEvent(cluster.nats, EventSubjects.caseClosed, no, { caseId: opened.caseId, caseNo: no, closedAt: at(c.n, c.cycleHours) });
  }

  const byTechnician = async (): Promise<Record<string, Omit<QualityFiguresRow, 'key'>>> => {
    const res = await cluster.api<QualityFiguresView>(`/api/v1/quality/figures?by=technician&month=${MONTH}`);
    expect(res.status).toBe(200);
    return Object.fromEntries(res.body.rows.filter((r) => r.key === techA || r.key === techB).map(({ key, ...figures }) => [key, figures]));
  };

  it('match the hand-computed fixture by technician, outlet, product model and month', async () => {
    await expectEventually(async () => expect(await byTechnician()).toEqual(EXPECTED_BY_TECHNICIAN), 20_000, 250);

    const byOutlet = (await cluster.api<QualityFiguresView>('/api/v1/quality/figures?by=outlet')).body.rows.find((r) => r.key === outlet);
    expect(byOutlet).toEqual({ key: outlet, ...EXPECTED_OUTLET });
    const byModel = (await cluster.api<QualityFiguresView>(`/api/v1/quality/figures?by=productModel&month=${MONTH}`)).body.rows;
    expect(byModel.find((r) => r.key === `M2-${run}`)).toMatchObject({ closedCases: 1, firstTimeFixRate: 0 });
    const byMonth = (await cluster.api<QualityFiguresView>(`/api/v1/quality/figures?by=month&month=${MONTH}`)).body.rows;
    expect(byMonth).toEqual([{ key: MONTH, ...EXPECTED_OUTLET }]);

    const scorecard = (await cluster.api<OutletScorecard>(`/api/v1/quality/outlets/${outlet}/scorecard`)).body;
    expect(scorecard).toEqual({ outletId: outlet, ...EXPECTED_OUTLET, months: [{ month: MONTH, ...EXPECTED_OUTLET }] });
  });

  it('discloses service defects publicly as monthly aggregates without personal data', async () => {
    const res = await cluster.api<ServiceDefectDisclosure>('/api/v1/public/service-defects');
    expect(res.status).toBe(200);
    expect(res.body.months.find((m) => m.month === MONTH)).toEqual({
      month: MONTH,
      closedCases: 3,
      complaints: 1,
      complaintRate: 0.3333,
      slaBreaches: 1,
      slaOnTimeRate: 0.6667,
      firstTimeFixRate: 0.3333,
      averageSatisfaction: 3.5,
    });
    expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${techA}|${caseNo(1)}|${outlet}`));
  });

  it('are the same after rebuilding them by replaying the stream', async () => {
    // The fixture's first day: its count holds every run's case 1 (the stream keeps them all).
    const openedOnDay1 = async () => (await cluster.api<CasesOpenedPerDay>(`/api/v1/stats/cases-opened?date=${MONTH}-01`)).body.byServiceType.repair_onsite;
    const countedBefore = await openedOnDay1();
    expect(countedBefore).toBeGreaterThanOrEqual(1);
    // Spoil the projection first, so that only a replay can bring the right figures back.
    await cluster.db.query(`UPDATE quality.case_quality_fact SET overall_score = 1, visits = 9 WHERE case_no = $1`, [caseNo(1)]);
    await cluster.db.query(`UPDATE quality.cases_opened_daily SET count = count + 100 WHERE day = $1`, [`${MONTH}-01`]);
    expect((await byTechnician())[techA]).not.toEqual(EXPECTED_BY_TECHNICIAN[techA]);

    const rebuild = await cluster.api('/api/v1/quality/figures/rebuild', { method: 'POST' });
    expect(rebuild.status).toBe(202);
    await expectEventually(async () => expect(await byTechnician()).toEqual(EXPECTED_BY_TECHNICIAN), 30_000, 250);
    const byOutlet = (await cluster.api<QualityFiguresView>('/api/v1/quality/figures?by=outlet')).body.rows.find((r) => r.key === outlet);
    expect(byOutlet).toEqual({ key: outlet, ...EXPECTED_OUTLET });
    await expectEventually(async () => expect(await openedOnDay1()).toBe(countedBefore), 30_000, 250);
  });

  it('refuses an unknown grouping or a malformed month, naming the field', async () => {
    const res = await cluster.api<{ errors: { field: string }[] }>('/api/v1/quality/figures?by=colour&month=2031-13');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.field).sort()).toEqual(['by', 'month']);
  });
});
