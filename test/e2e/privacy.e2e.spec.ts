import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_APPS, type AppName, type CaseView, type QualityPolicy, type WorkOrderView } from '@aftersales/contracts';
import { caseWorkflowId, followUpWorkflowId } from '@aftersales/workflows';
import { natsPermissionsOf } from '../../deploy/nats/nats-permissions';
import { newCaseRequest } from '../support/case-fixtures';
import { ContactProvider } from '../support/contact-provider';
import { daysAgo } from '../support/dates';
import { DispatchApi } from '../support/dispatch-api';
import { CITIES, newTechnician } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { ALWAYS_WORKING } from '../support/policy-fixtures';
import { personalForms, readableHistory } from '../support/privacy-scan';
import { streamEvents } from '../support/stream-events';
import { TestCluster } from '../support/test-cluster';
import { TEST_STATE_DIR } from '../support/test-settings';

const POLICY: QualityPolicy = {
  followUp: { version: 'privacy-fu', delayMs: 500, methodOrder: ['sms', 'phone'], attemptsPerMethod: 1, retryInitialMs: 200, backoffCoefficient: 2, surveyWindowMs: 120_000, complaintThreshold: 2 },
  complaint: { version: 'privacy-cp', promisedReplyMs: 600_000, acknowledgeMs: 120_000, verifyWorkingMs: 5_000, calendar: ALWAYS_WORKING },
};

/** A customer and a technician nobody else in the suite has: any trace of them is a leak. */
const digits = (prefix: string) => `${prefix}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const CUSTOMER = { name: '欧阳霁澜', givenName: '霁澜', phone: digits('137'), line: '翠苑街道琉璃巷 77 号碧霄阁 1802 室', lineParts: ['琉璃巷', '碧霄阁'] };
const TECHNICIAN = { name: '司徒琮璟', givenName: '琮璟', phone: digits('136') };

describe('personal data stays in the service that owns it (RULES.md: privacy)', () => {
  const provider = new ContactProvider();
  const forbidden = personalForms([
    { name: CUSTOMER.name, givenName: CUSTOMER.givenName, phone: CUSTOMER.phone, addressParts: [CUSTOMER.line, ...CUSTOMER.lineParts] },
    { name: TECHNICIAN.name, givenName: TECHNICIAN.givenName, phone: TECHNICIAN.phone, addressParts: [] },
  ]);
  const leaksIn = (text: string) => forbidden.filter((form) => text.includes(form));
  const startedAt = new Date();
  let cluster: TestCluster;
  let stopped = false;
  let caseNo = '';

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('privacy', ALL_APPS, { NOTIFY_PROVIDERS: provider.providersSetting(url), QUALITY_POLICY: JSON.stringify(POLICY) });
  }, 300_000);

  afterAll(async () => {
    if (!stopped) await cluster?.stop();
    await provider.stop();
  });

  it('runs a full case: opened with the customer\'s name, phone and address, dispatched, repaired, closed and followed up', async () => {
    const dispatch = new DispatchApi(cluster);
    const technician = await dispatch.registerTechnician(
      newTechnician('hangzhou', { name: TECHNICIAN.name, phone: TECHNICIAN.phone, workingHours: { start: '00:00', end: '23:59' } }),
    );
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      customer: { name: CUSTOMER.name, phone: CUSTOMER.phone, tier: 'key' },
      address: { city: '杭州', line: CUSTOMER.line, ...CITIES.hangzhou },
      product: { model: 'AC-3000', serialNo: `AC3K-${Date.now()}`, purchaseDate: daysAgo(60), registeredOn: daysAgo(59) },
    });
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    expect(opened.status).toBe(201);
    caseNo = opened.body.caseNo;
    const workOrder = await expectEventually(async () => {
      const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${caseNo}/work-order`);
      expect(res.body).toMatchObject({ status: 'assigned', technicianId: technician.id });
      return res.body;
    }, 30_000);
    await dispatch.confirmAppointmentAtNoon(workOrder.id);
    await dispatch.actOk(workOrder.id, 'check-in', { technicianId: technician.id });
    await dispatch.actOk(workOrder.id, 'record', {
      diagnosis: '电容老化',
      repairPlan: '更换电容',
      customerConsent: { given: true, at: new Date().toISOString() },
      testResult: { outcome: 'passed', note: '运行正常' },
      latentProblems: [],
    });
    await dispatch.actOk(workOrder.id, 'sign-off', { signedBy: CUSTOMER.name });
    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).result()).resolves.toEqual({ caseNo, status: 'closed' });

    // The follow-up reaches the customer through intake's provider, and the survey is answered.
    await expectEventually(async () => {
      const res = await cluster.api(`/api/v1/cases/${caseNo}/follow-up/survey`, { body: { repairQuality: 5, timeliness: 5, attitude: 5, overall: 5 } });
      expect(res.status).toBe(201);
    }, 40_000, 500);
    await expectEventually(async () => expect((await cluster.api(`/api/v1/cases/${caseNo}/follow-up`)).body).toMatchObject({ status: 'completed' }), 20_000);
    // Only intake and dispatch talk to the people, through the providers: the data did travel there.
    expect(provider.attempts.map((a) => a.phone)).toEqual(expect.arrayContaining([CUSTOMER.phone, TECHNICIAN.phone]));
    await dispatch.retireTechnicians();
  });

  it('finds none of it in the Temporal history of any workflow of the case', async () => {
    const ids = new Set([caseWorkflowId(caseNo), followUpWorkflowId(caseNo)]);
    // And every other workflow started during the run (children, bridges' starts).
    for await (const wf of cluster.temporal.workflow.list({ query: `StartTime >= "${startedAt.toISOString()}"` })) ids.add(wf.workflowId);
    expect(ids.size).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const history = readableHistory(await cluster.temporal.workflow.getHandle(id).fetchHistory());
      if (id === caseWorkflowId(caseNo)) expect(history).toContain(caseNo);
      expect([id, leaksIn(history)]).toEqual([id, []]);
    }
  });

  it('finds none of it in any event on the stream, intake\'s included (they are consumed outside intake)', async () => {
    const events = await streamEvents(cluster.nats, 'aftersales.');
    const ofCase = events.filter((e) => JSON.stringify(e.envelope).includes(caseNo));
    expect(new Set(ofCase.map((e) => e.envelope.source))).toEqual(new Set(['aftersales/intake', 'aftersales/dispatch', 'aftersales/quality']));
    for (const event of events) expect([event.subject, leaksIn(JSON.stringify(event.envelope))]).toEqual([event.subject, []]);
  });

  it('shows every app on the live server subscribed only within its NATS permissions, with no violation during the run', async () => {
    const monitor = `http://127.0.0.1:${Number(new URL(cluster.env.NATS_URL ?? '').port) + 4000}`;
    const connz = (await (await fetch(`${monitor}/connz?subs=1&auth=1&limit=1024`)).json()) as { connections: { name?: string; authorized_user?: string; subscriptions_list?: string[] }[] };
    const byApp = new Map<string, string[]>();
    for (const c of connz.connections) {
      if (!c.authorized_user || c.authorized_user === 'admin') continue;
      byApp.set(c.authorized_user, [...(byApp.get(c.authorized_user) ?? []), ...(c.subscriptions_list ?? [])]);
    }
    expect([...byApp.keys()].sort()).toEqual([...ALL_APPS].sort());
    for (const [app, subjects] of byApp) {
      const allowed = natsPermissionsOf(app as AppName).subscribe;
      expect([app, subjects.filter((s) => !allowed.some((pattern) => subjectMatches(pattern, s)))]).toEqual([app, []]);
    }
    // The apps' own connections are named; a violation by one of them is in the server's log.
    const natsLog = readFileSync(join(TEST_STATE_DIR, 'logs', `nats-${new URL(cluster.env.NATS_URL ?? '').port}.log`), 'utf8');
    const appViolations = natsLog.split('\n').filter((line) => /Violation/.test(line) && /nats\.js:[a-z]/.test(line));
    expect(appViolations).toEqual([]);
  });

  it('finds none of it in the logs of any app for the whole run', async () => {
    await cluster.stop();
    stopped = true;
    const dir = join(TEST_STATE_DIR, 'logs', 'privacy');
    const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
    expect(files.sort()).toEqual(ALL_APPS.map((app) => `${app}.log`).sort());
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(all).toContain(caseNo);
    for (const file of files) expect([file, leaksIn(readFileSync(join(dir, file), 'utf8'))]).toEqual([file, []]);
  });
});

/** NATS subject matching: `*` one token, `>` the rest. */
function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split('.');
  const s = subject.split('.');
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i;
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}
