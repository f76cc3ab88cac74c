import { ALL_APPS, type CaseView, type CustomerFileView } from '@aftersales/contracts';
import { CALENDAR_ID, CASE_STATUS, CASE_WORKFLOW_TYPE, caseEventSignal, caseStateQuery, caseWorkflowId, ESCALATION_LEVEL, SLA_BREACHED } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { daysAgo } from '../support/dates';
import { expectEventually } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';
import { timerChanges } from '../support/workflow-history';

type CaseWithWorkflow = CaseView & { workflow: { workflowId: string; status: string; caseStatus: string | null } | null };

describe('a service case from HTTP to workflow', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start('case-intake');
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('answers the health check of every app with its real dependencies up', async () => {
    for (const app of ALL_APPS) {
      const res = await fetch(`${cluster.apps.url(app)}/health`);
      const body = (await res.json()) as { status: string; checks: Record<string, { status: string }> };
      expect({ app, status: res.status, body: body.status }).toEqual({ app, status: 200, body: 'ok' });
      expect(Object.values(body.checks).every((c) => c.status === 'up')).toBe(true);
    }
  });

  it('opens a case, starts workflow case-<caseNo> and acknowledges it through intake', async () => {
    const created = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    expect(created.status).toBe(201);
    expect(created.body.caseNo).toMatch(/^CS-\d{8}-\d{6}$/);
    expect(created.body.status).toBe('opened');

    const shown = await expectEventually(async () => {
      const res = await cluster.api<CaseWithWorkflow>(`/api/v1/cases/${created.body.caseNo}`);
      expect(res.body.status).toBe('acknowledged');
      expect(res.body.workflow).toMatchObject({ workflowId: `case-${created.body.caseNo}`, status: 'RUNNING', caseStatus: 'acknowledged' });
      return res.body;
    });
    expect(shown.acknowledgedAt).not.toBeNull();
  });

  it('makes the workflow findable in Temporal by case number and status', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'installation' }) });
    await expectEventually(async () => {
      const found: string[] = [];
      for await (const wf of cluster.temporal.workflow.list({ query: `CaseNo = "${body.caseNo}" AND CaseStatus = "acknowledged"` })) found.push(wf.workflowId);
      expect(found).toEqual([caseWorkflowId(body.caseNo)]);
    });
  });

  it('starts a new case as the current type (caseWorkflowV5) with its search attributes set, without patch markers in its history', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).status).toBe('acknowledged'));
    const described = await handle.describe();
    expect(described.type).toBe(CASE_WORKFLOW_TYPE);
    expect(described.typedSearchAttributes.get(SLA_BREACHED)).toBe(false);
    expect(described.typedSearchAttributes.get(ESCALATION_LEVEL)).toBe(0);
    expect(described.typedSearchAttributes.get(CALENDAR_ID)).toEqual(expect.any(String));
    expect(described.typedSearchAttributes.get(CASE_STATUS)).toBe('acknowledged');
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch')).toEqual([]);
    // Started with its attributes, the case upserts only what changed: the status, once acknowledged.
    const upserts = events.map((e) => Object.keys(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {})).filter((keys) => keys.length > 0);
    expect(upserts).toEqual([expect.arrayContaining([CASE_STATUS.name])]);
  });

  it('keeps its alarm timer through an event that leaves the deadlines, and replaces it when the priority moves them', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'technical_support' }) });
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).status).toBe('acknowledged'));
    const timers = async () => timerChanges((await handle.fetchHistory()).events ?? []);
    await expectEventually(async () => expect(await timers()).toEqual({ started: 1, cancelled: 0 }));

    // A fact the case takes in without any clock moving: the loop plans again and lands on the same instant.
    const applied = (await handle.query(caseStateQuery)).eventsApplied;
    await handle.signal(caseEventSignal, { eventId: `unrelated-${body.caseNo}`, type: 'case.noted' });
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).eventsApplied).toBe(applied + 1));
    expect(await timers()).toEqual({ started: 1, cancelled: 0 });

    // Urgent shortens the budgets: the next alarm comes sooner, on a new timer.
    expect((await cluster.api(`/api/v1/cases/${body.caseNo}/priority`, { body: { priority: 'urgent' } })).status).toBe(200);
    await expectEventually(async () => expect(await timers()).toEqual({ started: 2, cancelled: 1 }));
  });

  it('returns the same case for a retried request with the same Idempotency-Key', async () => {
    const request = newCaseRequest();
    const headers = { 'Idempotency-Key': `retry-${request.customer.phone}` };
    const first = await cluster.api<CaseView>('/api/v1/cases', { body: request, headers });
    const again = await cluster.api<CaseView>('/api/v1/cases', { body: request, headers });
    expect(first.status).toBe(201);
    expect(again.body.caseNo).toBe(first.body.caseNo);
    const { rows } = await cluster.db.query('SELECT count(*)::int AS n FROM intake.service_case WHERE idempotency_key = $1', [headers['Idempotency-Key']]);
    expect(rows[0].n).toBe(1);
  });

  it('answers retries racing each other with the one case they opened', async () => {
    const request = newCaseRequest();
    const headers = { 'Idempotency-Key': `race-${request.customer.phone}` };
    const answers = await Promise.all(Array.from({ length: 6 }, () => cluster.api<CaseView>('/api/v1/cases', { body: request, headers })));
    expect(new Set(answers.map((a) => a.body.caseNo)).size).toBe(1);
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    const { rows } = await cluster.db.query('SELECT count(*)::int AS n FROM intake.service_case WHERE idempotency_key = $1', [headers['Idempotency-Key']]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses an Idempotency-Key reused for a different request, with 409, and changes nothing on file', async () => {
    const headers = { 'Idempotency-Key': `reuse-${Date.now()}` };
    const request = newCaseRequest();
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request, headers });
    expect(opened.status).toBe(201);
    // The same customer, now stated as a key customer: refused, so the file keeps the tier it had.
    const other = await cluster.api('/api/v1/cases', { body: { ...request, customer: { ...request.customer, tier: 'key' } }, headers });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('INTAKE.IDEMPOTENCY_KEY_REUSED');
    const file = await cluster.api<CustomerFileView>(`/api/v1/customers/${opened.body.customerId}/file`, { as: 'customer_service' });
    expect(file.body.customer.tier).toBe('normal');
    // A different request that would be refused anyway is told about the key first, as before it.
    const unknownModel = await cluster.api('/api/v1/cases', { body: { ...request, product: { ...request.product, model: 'NO-SUCH-MODEL' } }, headers });
    expect([unknownModel.status, unknownModel.body.code]).toEqual([409, 'INTAKE.IDEMPOTENCY_KEY_REUSED']);
  });

  it('files a returning customer and unit once: a stated tier and newer unit facts update them, facts not given stay', async () => {
    const first = newCaseRequest();
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: { ...first, product: { ...first.product, proofOfPurchase: 'INV-2026-0001' } } });
    expect(opened.status).toBe(201);
    // The same phone and unit again, now as a key customer under another name, with a later registration and no receipt.
    const again = await cluster.api<CaseView>('/api/v1/cases', {
      body: { ...first, customer: { ...first.customer, name: '李娜娜', tier: 'key' }, product: { ...first.product, registeredOn: daysAgo(20) } },
    });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ customerId: opened.body.customerId, customerTier: 'key', priority: 'high' });
    const file = await cluster.api<CustomerFileView>(`/api/v1/customers/${opened.body.customerId}/file`, { as: 'customer_service' });
    expect(file.status).toBe(200);
    expect(file.body.customer).toMatchObject({ name: '李娜', phone: first.customer.phone, tier: 'key' });
    expect(file.body.units).toEqual([
      expect.objectContaining({ serialNo: first.product.serialNo, purchaseDate: first.product.purchaseDate, registeredOn: daysAgo(20), proofOfPurchase: 'INV-2026-0001' }),
    ]);
  });

  it('answers 400 naming each bad field and writes nothing', async () => {
    const before = await cluster.count('intake.service_case');
    const res = await cluster.api('/api/v1/cases', {
      body: { ...newCaseRequest(), serviceType: 'fix-it', customer: { name: '', phone: 'abc' }, unexpected: true },
      headers: { 'Accept-Language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('COMMON.VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['serviceType', 'customer.name', 'customer.phone', 'unexpected']));
    expect(await cluster.count('intake.service_case')).toBe(before);
    expect(await cluster.count('intake.outbox')).toBeGreaterThan(0);
  });

  it('answers in Chinese by default and in English on request', async () => {
    const zh = await cluster.api('/api/v1/cases', { body: {} });
    const en = await cluster.api('/api/v1/cases', { body: {}, headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(zh.body.message).toBe('请求参数不合法');
    expect(en.body.message).toBe('The request is invalid');
    const badPhone = { ...newCaseRequest(), customer: { name: '张三', phone: 'call me' }, extra: 1 };
    const zhFields = await cluster.api('/api/v1/cases', { body: badPhone });
    const enFields = await cluster.api('/api/v1/cases', { body: badPhone, headers: { 'Accept-Language': 'en' } });
    expect(zhFields.body.errors).toEqual([
      { field: 'customer.phone', reason: '须为 6 至 20 位的电话号码' },
      { field: 'extra', reason: '不是允许的字段' },
    ]);
    expect(enFields.body.errors).toEqual([
      { field: 'customer.phone', reason: 'must be a phone number of 6 to 20 digits' },
      { field: 'extra', reason: 'is not an allowed field' },
    ]);
  });

  it('answers 400 for malformed JSON and 422 for a product model not in the catalogue', async () => {
    expect((await cluster.api('/api/v1/cases', { body: '{"serviceType":' })).status).toBe(400);
    const unknown = await cluster.api('/api/v1/cases', { body: newCaseRequest({ product: { model: 'NOPE-1', serialNo: 'X1', purchaseDate: '2026-01-01' } }) });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ field: 'product.model', reason: 'unknown model NOPE-1' }]);
  });

  it('answers 400 for a malformed case number and 404 for an unknown one', async () => {
    expect((await cluster.api('/api/v1/cases/DROP%20TABLE')).status).toBe(400);
    const missing = await cluster.api('/api/v1/cases/CS-19990101-999999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('INTAKE.CASE_NOT_FOUND');
  });

  it('cancels a case, which ends its workflow; a second cancel is refused with 409', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    await expectEventually(async () => expect((await cluster.api<CaseView>(`/api/v1/cases/${body.caseNo}`)).body.status).toBe('acknowledged'));

    const cancelled = await cluster.api<CaseView>(`/api/v1/cases/${body.caseNo}/cancel`, { body: { reason: '客户已自行修好' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expect(handle.result()).resolves.toEqual({ caseNo: body.caseNo, status: 'cancelled' });

    const again = await cluster.api(`/api/v1/cases/${body.caseNo}/cancel`, { body: { reason: 'twice' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTAKE.INVALID_TRANSITION');
  });

  it('starts the case workflow eagerly: its first task comes back with the start, past the server\'s matching', async () => {
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).status).toBe('acknowledged'));
    const [started] = (await handle.fetchHistory()).events ?? [];
    expect(started.workflowExecutionStartedEventAttributes?.eagerExecutionAccepted).toBe(true);
    // The opening event is applied by the start itself, not by a signal that follows it.
    expect((await handle.query(caseStateQuery)).eventsApplied).toBe(1);
  });

  it('keeps the customer name, phone and address out of the workflow input and history', async () => {
    const request = newCaseRequest({ customer: { name: '王秘密', phone: '13912345678' } });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo));
    await expectEventually(async () => expect((await handle.query(caseStateQuery)).status).toBe('acknowledged'));
    const history = JSON.stringify(await handle.fetchHistory());
    const decoded = history.replace(/"data":"([A-Za-z0-9+/=]+)"/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    expect(decoded).toContain(body.caseNo);
    for (const secret of ['王秘密', '13912345678', request.address.line, request.address.city]) expect(decoded).not.toContain(secret);
  });

  it('serves the OpenAPI document with the case routes', async () => {
    const res = await fetch(`${cluster.apps.url('gateway')}/api/docs-json`);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{caseNo}', '/api/v1/cases/{caseNo}/cancel']));
  });
});
