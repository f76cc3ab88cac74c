import { jetstream } from '@nats-io/jetstream';
import {
  EventSubjects,
  eventType,
  InventoryEventSubjects,
  OutletEventSubjects,
  QualityEventSubjects,
  unitMatchesRecallCriteria,
  type CaseView,
  type CreateRecallRequest,
  type RecallCriteria,
  type RecallProgress,
  type RecallReport,
  type RecallView,
} from '@aftersales/contracts';
import { recallWorkflowId } from '@aftersales/workflows';
import { ContactProvider, type ContactAttempt } from '../support/contact-provider';
import { publishEvent } from '../support/event-fixtures';
import { expectEventually, expectFor } from '../support/expect-eventually';
import { seedRecallUnits } from '../support/recall-fixtures';
import { TestCluster } from '../support/test-cluster';

const MODEL = 'WM-800';
const runTag = `R${Date.now() % 1_000_000}`;

describe('recall campaigns', () => {
  const provider = new ContactProvider();
  let cluster: TestCluster;

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('recall', ['gateway', 'intake', 'quality', 'worker'], {
      NOTIFY_PROVIDERS: provider.providersSetting(url),
      // A few turns per run, so that the campaign continues as new several times.
      RECALL_TURNS_PER_RUN: '15',
    });
  });

  afterAll(async () => {
    await cluster?.stop();
    await provider.stop();
  });

  const campaignRequest = (criteria: RecallCriteria, pacing: Partial<CreateRecallRequest['pacing']>, deadlineMs: number): CreateRecallRequest => ({
    reason: 'product_defect',
    title: 'Drum bearing defect / 滚筒轴承缺陷',
    criteria,
    remedies: ['repair', 'replace'],
    startAt: new Date().toISOString(),
    deadline: new Date(Date.now() + deadlineMs).toISOString(),
    pacing: { channels: ['sms', 'phone', 'email'], attemptsPerChannel: 2, retryInitialMs: 100, reminderEveryMs: 60_000, maxReminders: 0, ...pacing } as CreateRecallRequest['pacing'],
    proposedBy: 'qa.lead',
  });
  const startCampaign = async (request: CreateRecallRequest): Promise<string> => {
    const created = await cluster.api<RecallView>('/api/v1/recalls', { body: request });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('proposed');
    const approved = await cluster.api<RecallView>(`/api/v1/recalls/${created.body.campaignNo}/approval`, { body: { approvedBy: 'quality.director' } });
    expect(approved.body.status).toBe('running');
    return created.body.campaignNo;
  };
  const noticesOf = (campaignNo: string, round = 'notice'): ContactAttempt[] => provider.attempts.filter((a) => a.idempotencyKey.includes(`:recall:${campaignNo}:${round}:`));
  const unitOf = (attempt: ContactAttempt) => attempt.idempotencyKey.split(':').at(-1)!;
  const progressOf = async (campaignNo: string) => (await cluster.api<RecallProgress>(`/api/v1/recalls/${campaignNo}/progress`)).body;

  it('reaches every affected unit exactly once across a worker SIGKILL and restart, reminds, schedules a free remedy and reports', async () => {
    const tag = `${runTag}A`;
    const units = await seedRecallUnits(cluster.db, { count: 2_700, model: MODEL, tag, phonePrefix: '166' });
    // Batches B0–B2 of the tag's serial range: 2,025 of the 2,700 units; B3 and every other unit are outside.
    const criteria: RecallCriteria = { models: [{ model: MODEL, serialFrom: `${tag}-000000`, serialTo: `${tag}-999999`, batches: ['B0', 'B1', 'B2'] }], caseNos: [] };
    const affected = units.filter((u) => unitMatchesRecallCriteria(u, criteria));
    expect(affected.length).toBeGreaterThanOrEqual(2_000);
    const unreachable = affected.slice(0, 5);
    for (const u of unreachable) provider.unreachablePhones.add(u.phone);

    const campaignNo = await startCampaign(campaignRequest(criteria, { ratePerMinute: 12_000, batchSize: 50, reminderEveryMs: 2_000, maxReminders: 1 }, 75_000));
    const handle = cluster.temporal.workflow.getHandle(recallWorkflowId(campaignNo));

    // Mid-campaign: the worker dies without a chance to clean up, and comes back.
    await expectEventually(() => expect(new Set(noticesOf(campaignNo).map(unitOf)).size).toBeGreaterThan(300), 60_000, 200);
    await cluster.apps.kill('worker');
    const atKill = noticesOf(campaignNo).length;
    cluster.apps.start('worker');
    await cluster.apps.waitHealthy('worker');
    await expectEventually(() => expect(noticesOf(campaignNo).length).toBeGreaterThan(atKill + 100), 60_000, 200);

    // Owners answer while the notices go on: one takes a repair, one declines.
    const [first, second] = affected.slice(10, 12);
    const notified = `SELECT 1 FROM quality.recall_unit WHERE campaign_no = $1 AND unit_id = ANY($2::uuid[]) AND state = 'notified'`;
    await expectEventually(async () => expect((await cluster.db.query(notified, [campaignNo, [first.id, second.id]])).rowCount).toBe(2), 90_000, 200);
    const scheduled = await cluster.api<{ state: string; caseNo: string }>(`/api/v1/recalls/${campaignNo}/units/${first.id}/schedule`, {
      body: { remedy: 'repair', address: { province: '浙江省', city: '杭州市', line: '西湖区文三路 1 号' } },
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.state).toBe('scheduled');
    const again = await cluster.api<{ caseNo: string }>(`/api/v1/recalls/${campaignNo}/units/${first.id}/schedule`, {
      body: { remedy: 'repair', address: { province: '浙江省', city: '杭州市', line: '西湖区文三路 1 号' } },
    });
    expect(again.body.caseNo).toBe(scheduled.body.caseNo);
    const remedyCase = (await cluster.api<CaseView>(`/api/v1/cases/${scheduled.body.caseNo}`)).body;
    expect(remedyCase).toMatchObject({ serviceType: 'recall_remedy', serialNo: first.serialNo, entitlement: expect.objectContaining({ decision: 'free' }) });
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/units/${second.id}/decline`, { body: { reason: 'already_fixed' } })).body).toMatchObject({ state: 'declined' });
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/units/${second.id}/schedule`, { body: { remedy: 'repair', address: { province: '浙江省', city: '杭州市', line: '1 号' } } })).status).toBe(409);

    // The campaign reminds once and completes at its deadline.
    const result = await handle.result();
    expect(result.status).toBe('completed');

    // Every affected unit was identified once, and no other unit.
    const { rows } = await cluster.db.query<{ unit_id: string; state: string }>(`SELECT unit_id, state FROM quality.recall_unit WHERE campaign_no = $1`, [campaignNo]);
    expect(rows.map((r) => r.unit_id).sort()).toEqual(affected.map((u) => u.id).sort());
    // Every reachable owner got exactly one notice, delivered; the unreachable got none after trying every channel.
    const reachable = affected.filter((u) => !unreachable.includes(u));
    const notices = noticesOf(campaignNo);
    const perUnit = new Map<string, ContactAttempt[]>();
    for (const n of notices) perUnit.set(unitOf(n), [...(perUnit.get(unitOf(n)) ?? []), n]);
    const wrong = reachable.filter((u) => perUnit.get(u.id)?.length !== 1 || perUnit.get(u.id)![0].answeredWith !== 200);
    expect(wrong.map((u) => ({ unit: u.id, notices: perUnit.get(u.id) }))).toEqual([]);
    for (const u of unreachable) expect(perUnit.get(u.id)?.map((a) => `${a.channel}:${a.answeredWith}`)).toEqual(['sms:503', 'sms:503', 'phone:503', 'phone:503', 'email:503', 'email:503']);
    const affectedIds = new Set(affected.map((u) => u.id));
    expect([...perUnit.keys()].filter((id) => !affectedIds.has(id))).toEqual([]);
    // One reminder to each owner who neither answered nor was unreachable.
    const reminded = new Set(noticesOf(campaignNo, 'reminder-1').filter((a) => a.answeredWith === 200).map(unitOf));
    expect(reminded.has(first.id) || reminded.has(second.id)).toBe(false);
    expect(noticesOf(campaignNo, 'reminder-1').filter((a) => a.answeredWith === 200)).toHaveLength(reminded.size);
    expect(reminded.size).toBeGreaterThan(reachable.length - 2 - 100);

    const report = (await cluster.api<RecallReport>(`/api/v1/recalls/${campaignNo}/report`)).body;
    expect(report.campaign.status).toBe('completed');
    expect(report.total).toBe(affected.length);
    expect(report.counts).toMatchObject({ identified: 0, unreachable: unreachable.length, scheduled: 1, declined: 1, notified: reachable.length - 2 });
    expect(report.byRemedy).toEqual({ repair: 1 });
    expect(report.byChannel.sms).toBe(reachable.length);

    // The remedy case closes (delivered twice, as JetStream may): its unit is remedied, once.
    const closed = { caseId: remedyCase.id, caseNo: remedyCase.caseNo, closedAt: new Date().toISOString() };
    for (let delivery = 0; delivery < 2; delivery++) await publishEvent(cluster.nats, EventSubjects.caseClosed, remedyCase.caseNo, closed);
    const remediedEvents = () =>
      cluster.db.query(`SELECT 1 FROM quality.outbox WHERE subject = $1 AND envelope->'data'->>'unitId' = $2 AND envelope->'data'->>'state' = 'remedied'`, [QualityEventSubjects.recallUnitResponded, first.id]);
    await expectEventually(async () => expect((await remediedEvents()).rowCount).toBe(1), 30_000, 200);
    expect((await cluster.api<RecallReport>(`/api/v1/recalls/${campaignNo}/report`)).body.counts).toMatchObject({ scheduled: 0, remedied: 1, declined: 1 });
    await expectFor(async () => expect((await remediedEvents()).rowCount).toBe(1), 1_000);

    // The campaign continued as new; no run's history holds an owner's name or phone.
    const runs: string[] = [];
    for await (const wf of cluster.temporal.workflow.list({ query: `WorkflowId = "${recallWorkflowId(campaignNo)}"` })) runs.push(wf.runId);
    expect(runs.length).toBeGreaterThan(1);
    for (const runId of runs) {
      const history = JSON.stringify(await cluster.temporal.workflow.getHandle(recallWorkflowId(campaignNo), runId).fetchHistory());
      expect(history).not.toContain('召回车主');
      expect(history).not.toContain(affected[0].phone);
      expect(history).not.toContain(affected[0].id);
    }
  }, 300_000);

  it('holds a pause until resumed, changes the rate, and sends nothing more once cancelled', async () => {
    const tag = `${runTag}B`;
    await seedRecallUnits(cluster.db, { count: 800, model: MODEL, tag, phonePrefix: '177' });
    const criteria: RecallCriteria = { models: [{ model: MODEL, serialFrom: `${tag}-000000`, serialTo: `${tag}-999999` }], caseNos: [] };
    const campaignNo = await startCampaign(campaignRequest(criteria, { ratePerMinute: 1_200, batchSize: 20 }, 600_000));
    const delivered = () => noticesOf(campaignNo).filter((a) => a.answeredWith === 200).length;

    await expectEventually(() => expect(delivered()).toBeGreaterThan(60), 60_000, 200);
    const paused = await cluster.api<RecallProgress>(`/api/v1/recalls/${campaignNo}/pause`, { method: 'POST' });
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('paused');
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/pause`, { method: 'POST' })).status).toBe(409);
    // The batch under way may finish; after that, nothing goes out while paused.
    await new Promise((r) => setTimeout(r, 1_500));
    const whilePaused = delivered();
    await expectFor(() => expect(delivered()).toBe(whilePaused), 3_000);
    expect((await progressOf(campaignNo)).expectedFinishAt).toBeNull();
    expect((await cluster.api<RecallView>(`/api/v1/recalls/${campaignNo}`)).body.status).toBe('paused');

    const resumed = await cluster.api<RecallProgress>(`/api/v1/recalls/${campaignNo}/resume`, { method: 'POST' });
    expect(resumed.body.status).toBe('running');
    await expectEventually(() => expect(delivered()).toBeGreaterThan(whilePaused + 40), 30_000, 200);
    const rated = await cluster.api<RecallProgress>(`/api/v1/recalls/${campaignNo}/rate`, { body: { ratePerMinute: 600 } });
    expect(rated.body.ratePerMinute).toBe(600);
    expect(rated.body.expectedFinishAt).not.toBeNull();
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/rate`, { body: { ratePerMinute: 0 } })).status).toBe(400);

    // A cancel says why: without a reason, or with one not on the list, nothing changes.
    const unexplained = await cluster.api<{ errors: { field: string }[] }>(`/api/v1/recalls/${campaignNo}/cancel`, { method: 'POST' });
    expect(unexplained.status).toBe(400);
    expect(unexplained.body.errors.map((e) => e.field)).toContain('reason');
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/cancel`, { body: { reason: 'bored' } })).status).toBe(400);
    expect((await cluster.api<RecallView>(`/api/v1/recalls/${campaignNo}`)).body.status).toBe('running');
    const cancelled = await cluster.api<RecallProgress>(`/api/v1/recalls/${campaignNo}/cancel`, { body: { reason: 'superseded' } });
    expect(cancelled.body.status).toBe('cancelled');
    await expect(cluster.temporal.workflow.getHandle(recallWorkflowId(campaignNo)).result()).resolves.toMatchObject({ status: 'cancelled' });
    const atCancel = delivered();
    await expectFor(() => expect(delivered()).toBe(atCancel), 3_000);
    const report = (await cluster.api<RecallReport>(`/api/v1/recalls/${campaignNo}/report`)).body;
    expect(report.campaign).toMatchObject({ status: 'cancelled', cancelReason: 'superseded' });
    expect(report.counts.notified).toBe(atCancel);
    expect(report.counts.notified).toBeLessThan(800);
    expect((await cluster.api(`/api/v1/recalls/${campaignNo}/resume`, { method: 'POST' })).status).toBe(409);
  }, 180_000);

  const outletId = crypto.randomUUID();
  it.each([
    {
      cause: 'a discontinued part',
      subject: InventoryEventSubjects.partDiscontinued,
      source: 'P-BEARING-9',
      caseNos: ['CS-20261123-900001', 'CS-20261123-900002'],
      data: (caseNos: string[]) => ({ partCode: 'P-BEARING-9', affectedCaseNos: caseNos, substitutes: [], discontinuedAt: new Date().toISOString() }),
      reason: 'part_discontinued',
      remedies: ['replace', 'compensation'],
    },
    {
      cause: 'a closed outlet (coverage lost)',
      subject: OutletEventSubjects.coverageLost,
      source: outletId,
      caseNos: ['CS-20261123-900003'],
      data: (caseNos: string[]) => ({ outletId, caseNos, workOrderIds: [crypto.randomUUID()], lostAt: new Date().toISOString() }),
      reason: 'outlet_service_discontinued',
      remedies: ['repair', 'compensation'],
    },
  ])('proposes a campaign, pending approval, for the cases $cause leaves without service; once per event', async ({ subject, source, caseNos, data, reason, remedies }) => {
    const envelope = { id: crypto.randomUUID(), type: eventType(subject), source: 'aftersales/test', subject: source, correlationid: source, time: new Date().toISOString(), data: data(caseNos) };
    const js = jetstream(cluster.nats);
    await js.publish(subject, JSON.stringify(envelope), { msgID: envelope.id });
    await js.publish(subject, JSON.stringify(envelope), { msgID: `${envelope.id}-again` });
    const proposals = () => cluster.db.query<{ campaign_no: string }>(`SELECT campaign_no FROM quality.recall_campaign WHERE source_event_id = $1`, [envelope.id]);
    const [row] = await expectEventually(async () => {
      const { rows } = await proposals();
      expect(rows).toHaveLength(1);
      return rows;
    });
    const proposal = (await cluster.api<RecallView>(`/api/v1/recalls/${row.campaign_no}`)).body;
    expect(proposal).toMatchObject({ status: 'proposed', reason, remedies, criteria: { caseNos }, proposedBy: 'system' });
    expect((await progressOf(row.campaign_no)).status).toBe('proposed');
    // Not running yet: nothing to pause.
    expect((await cluster.api(`/api/v1/recalls/${row.campaign_no}/pause`, { method: 'POST' })).status).toBe(404);
    await expectFor(async () => expect((await proposals()).rows).toHaveLength(1), 1_000);
  });
});

