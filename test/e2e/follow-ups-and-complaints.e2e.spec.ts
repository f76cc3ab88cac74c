import { CommandSubjects, type CaseView, type ComplaintView, type CustomerFileView, type FollowUpView, type NotificationAttemptView, type QualityPolicy } from '@aftersales/contracts';
import { complaintWorkflowId, followUpWorkflowId, type ComplaintWorkflowState } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { ContactProvider } from '../support/contact-provider';
import { expectEventually, expectFor } from '../support/expect-eventually';
import { sendCommand } from '../support/nats-command';
import { ALWAYS_WORKING } from '../support/policy-fixtures';
import { TestCluster } from '../support/test-cluster';

/** Follow-up and complaint times shortened to seconds; the reply promise stays far away. */
const POLICY: QualityPolicy = {
  followUp: { version: 'test-fu', delayMs: 1_000, methodOrder: ['phone', 'sms', 'online_survey'], attemptsPerMethod: 2, retryInitialMs: 200, backoffCoefficient: 2, surveyWindowMs: 120_000, complaintThreshold: 2 },
  complaint: { version: 'test-cp', promisedReplyMs: 600_000, acknowledgeMs: 120_000, verifyWorkingMs: 5_000, calendar: ALWAYS_WORKING },
};
const GOOD = { repairQuality: 5, timeliness: 4, attitude: 5, overall: 5 };

describe('follow-ups (回访) and complaints (投诉)', () => {
  const provider = new ContactProvider();
  let cluster: TestCluster;

  beforeAll(async () => {
    const url = await provider.start();
    cluster = await TestCluster.start('follow-ups', ['gateway', 'intake', 'dispatch', 'quality', 'worker'], {
      NOTIFY_PROVIDERS: provider.providersSetting(url),
      QUALITY_POLICY: JSON.stringify(POLICY),
    });
  });

  afterAll(async () => {
    await cluster?.stop();
    await provider.stop();
  });

  /** A technical-support case (no dispatch) closed through intake's close command. */
  const closedCase = async (): Promise<CaseView & { phone: string }> => {
    const request = newCaseRequest({ serviceType: 'technical_support' });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    await sendCommand(cluster.nats, CommandSubjects.intakeCloseCase, { caseNo: body.caseNo });
    return { ...body, phone: request.customer.phone };
  };
  const followUpOf = (caseNo: string) => cluster.api<FollowUpView>(`/api/v1/cases/${caseNo}/follow-up`);
  const followUpAttempts = async (caseNo: string) =>
    (await cluster.api<NotificationAttemptView[]>(`/api/v1/cases/${caseNo}/notifications`)).body.filter((a) => a.key.startsWith('followup:'));
  const surveyOnceContacted = (caseNo: string, scores: Record<string, unknown>) =>
    expectEventually(async () => {
      const res = await cluster.api(`/api/v1/cases/${caseNo}/follow-up/survey`, { body: scores });
      expect(res.status).toBe(201);
      return res;
    }, 30_000, 500);

  it('follows up a closed case on the preferred channel and records the survey', async () => {
    const closed = await closedCase();
    await surveyOnceContacted(closed.caseNo, GOOD);
    const followUp = await expectEventually(async () => {
      const { body } = await followUpOf(closed.caseNo);
      expect(body).toMatchObject({ status: 'completed', outcome: 'reached', method: 'sms', methodsTried: ['sms'], complaintNo: null });
      return body;
    }, 20_000);
    expect(followUp.survey).toMatchObject({ ...GOOD, problemRaised: false });
    expect(followUp.customerId).toBe(closed.customerId);
    // Once delivered, the customer is not contacted on any other channel.
    expect((await followUpAttempts(closed.caseNo)).map((a) => [a.channel, a.outcome])).toEqual([['sms', 'delivered']]);
    // Personal data never enters the follow-up's history.
    const history = JSON.stringify(await cluster.temporal.workflow.getHandle(followUpWorkflowId(closed.caseNo)).fetchHistory());
    const decoded = history.replace(/"data":"([A-Za-z0-9+/=]+)"/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    expect(decoded).toContain(closed.caseNo);
    expect(decoded).not.toContain(closed.phone);
  });

  it('tries an unreachable customer on every channel with retries, then marks the follow-up unreachable', async () => {
    const request = newCaseRequest({ serviceType: 'technical_support' });
    provider.unreachablePhones.add(request.customer.phone);
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    await sendCommand(cluster.nats, CommandSubjects.intakeCloseCase, { caseNo: body.caseNo });

    const followUp = await expectEventually(async () => {
      const res = await followUpOf(body.caseNo);
      expect(res.body).toMatchObject({ status: 'completed', outcome: 'unreachable' });
      return res.body;
    }, 40_000, 500);
    // Preferred SMS first, then the policy's fallback; each channel tried attemptsPerMethod times.
    expect(followUp.methodsTried).toEqual(['sms', 'phone', 'online_survey']);
    expect(followUp.method).toBeNull();
    const attempts = await followUpAttempts(body.caseNo);
    expect(attempts.map((a) => [a.channel, a.outcome])).toEqual([
      ['sms', 'failed'],
      ['sms', 'failed'],
      ['phone', 'failed'],
      ['phone', 'failed'],
      ['email', 'failed'],
      ['email', 'failed'],
    ]);
    const survey = await cluster.api<{ code: string }>(`/api/v1/cases/${body.caseNo}/follow-up/survey`, { body: GOOD });
    expect(survey.status).toBe(409);
  });

  it('opens a complaint linked to the case for a low score, shown in the customer file', async () => {
    const closed = await closedCase();
    await surveyOnceContacted(closed.caseNo, { ...GOOD, timeliness: 2 });
    const followUp = await expectEventually(async () => {
      const { body } = await followUpOf(closed.caseNo);
      expect(body.complaintNo).toMatch(/^CP-\d{8}-\d{6}$/);
      expect(body.outcome).toBe('reached');
      return body;
    }, 20_000);
    const complaint = await cluster.api<ComplaintView>(`/api/v1/complaints/${followUp.complaintNo}`);
    expect(complaint.body).toMatchObject({ caseNo: closed.caseNo, customerId: closed.customerId, source: 'follow_up', status: 'registered' });
    // The complaint's own workflow is running, ready for the department.
    await expectEventually(async () => {
      const described = await cluster.temporal.workflow.getHandle(complaintWorkflowId(followUp.complaintNo!)).describe();
      expect(described.status.name).toBe('RUNNING');
    });
    const file = await cluster.api<CustomerFileView>(`/api/v1/customers/${closed.customerId}/file`);
    expect((file.body.complaints as ComplaintView[]).map((c) => c.complaintNo)).toEqual([followUp.complaintNo]);
    expect((file.body.followUps as FollowUpView[]).map((f) => f.caseNo)).toEqual([closed.caseNo]);
  });

  it('opens a complaint when the customer raises a problem, even with good scores', async () => {
    const closed = await closedCase();
    await surveyOnceContacted(closed.caseNo, { ...GOOD, problemRaised: true });
    await expectEventually(async () => expect((await followUpOf(closed.caseNo)).body.complaintNo).not.toBeNull(), 20_000);
  });

  it('ends as declined when the reached customer declines the survey', async () => {
    const closed = await closedCase();
    await expectEventually(async () => expect((await followUpAttempts(closed.caseNo)).map((a) => a.outcome)).toEqual(['delivered']), 20_000, 250);
    await expectEventually(async () => expect((await cluster.api(`/api/v1/cases/${closed.caseNo}/follow-up/decline`, { body: {} })).status).toBe(202), 10_000, 250);
    await expectEventually(async () => expect((await followUpOf(closed.caseNo)).body).toMatchObject({ status: 'completed', outcome: 'declined', survey: null }), 20_000, 250);
  });

  describe('complaint workflow', () => {
    const register = async (): Promise<ComplaintView> => {
      const { body: opened } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest({ serviceType: 'technical_support' }) });
      const res = await cluster.api<ComplaintView>('/api/v1/complaints', { body: { customerId: opened.customerId, caseNo: opened.caseNo, matter: '师傅迟到两小时 / technician two hours late' } });
      expect(res.status).toBe(201);
      expect(Date.parse(res.body.promisedReplyAt) - Date.parse(res.body.registeredAt)).toBe(POLICY.complaint.promisedReplyMs);
      return res.body;
    };
    const step = (no: string, path: string, body: unknown = {}) =>
      expectEventually(async () => {
        const res = await cluster.api<ComplaintWorkflowState & { code?: string }>(`/api/v1/complaints/${no}/${path}`, { body });
        // The workflow starts from the registration event: wait for it, not for anything else.
        expect(res.body.code).not.toBe('QUALITY.NO_WORKFLOW');
        return res;
      }, 15_000, 200);
    const escalationsOf = async (no: string) => (await cluster.api<ComplaintView>(`/api/v1/complaints/${no}`)).body.escalations.map((e) => e.reason);
    const escalationEvents = async (no: string) => {
      const { rows } = await cluster.db.query<{ n: string }>(`SELECT count(*) AS n FROM quality.outbox WHERE subject = 'aftersales.quality.complaint.escalated' AND envelope->>'subject' = $1`, [no]);
      return Number(rows[0].n);
    };

    it('escalates to leadership once when the department misses its verification deadline', async () => {
      const complaint = await register();
      const acknowledged = await step(complaint.complaintNo, 'acknowledge');
      expect(acknowledged.body).toMatchObject({ status: 'acknowledged', escalations: [] });
      await expectEventually(async () => expect(await escalationsOf(complaint.complaintNo)).toEqual(['overdue']), 30_000, 250);
      // Once: the missed deadline is not escalated again while it stays missed.
      await expectFor(async () => expect(await escalationEvents(complaint.complaintNo)).toBe(1), 4_000, 500);
      // The department can still verify afterwards.
      const verified = await step(complaint.complaintNo, 'verify', { department: 'service' });
      expect(verified.body.status).toBe('verified');
    });

    it("returns a complaint on the head's rejection and escalates on the second, then closes with a root cause", async () => {
      const complaint = await register();
      const no = complaint.complaintNo;
      await step(no, 'acknowledge');
      expect((await step(no, 'verify', { department: 'quality' })).body.status).toBe('verified');
      expect((await step(no, 'solution', { remedy: 'repair_again' })).body.status).toBe('solution_agreed');

      const rejected = await step(no, 'review', { approved: false });
      expect(rejected.body).toMatchObject({ status: 'verified', headRejections: 1, escalations: [] });
      // Returned: it needs a new solution before the head reviews again.
      expect((await cluster.api(`/api/v1/complaints/${no}/review`, { body: { approved: true } })).status).toBe(409);

      await step(no, 'solution', { remedy: 'replace' });
      const again = await step(no, 'review', { approved: false });
      expect(again.body).toMatchObject({ status: 'verified', headRejections: 2, escalations: ['rejected_twice'] });
      expect(await escalationsOf(no)).toEqual(['rejected_twice']);

      await step(no, 'solution', { remedy: 'compensation' });
      expect((await step(no, 'review', { approved: true })).body.status).toBe('approved');
      expect((await step(no, 'reply', { satisfied: true })).body.status).toBe('replied');
      expect((await step(no, 'close', { rootCause: 'workmanship' })).body.status).toBe('closed');

      const closed = (await cluster.api<ComplaintView>(`/api/v1/complaints/${no}`)).body;
      expect(closed).toMatchObject({ status: 'closed', rootCause: 'workmanship', remedy: 'compensation', satisfied: true, headRejections: 2 });
      expect(closed.escalations.map((e) => e.reason)).toEqual(['rejected_twice']);
      expect(await escalationEvents(no)).toBe(1);
      // The customer's words stay in quality: no event carries them.
      const { rows } = await cluster.db.query(`SELECT 1 FROM quality.outbox WHERE envelope::text LIKE '%迟到%'`);
      expect(rows).toHaveLength(0);
    });
  });
});
