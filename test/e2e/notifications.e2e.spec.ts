import { CommandSubjects, type CaseView, type NotificationAttemptView } from '@aftersales/contracts';
import { caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { sendCommand } from '../support/nats-command';
import { TestCluster } from '../support/test-cluster';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('customer notifications through signed webhooks', () => {
  const receiver = new WebhookReceiver('test-secret-0123456789abcdef', [503, 502]);
  let cluster: TestCluster;

  beforeAll(async () => {
    const url = await receiver.start();
    cluster = await TestCluster.start('notifications', undefined, { NOTIFY_PROVIDERS: JSON.stringify({ sms: { url, secret: receiver.secret } }) });
  });

  afterAll(async () => {
    await cluster?.stop();
    await receiver.stop();
  });

  it('retries a failing provider, records every attempt, and delivers the acknowledgement once', async () => {
    const request = newCaseRequest();
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const attempts = await expectEventually(async () => {
      const list = (await cluster.api<NotificationAttemptView[]>(`/api/v1/cases/${body.caseNo}/notifications`)).body;
      expect(list.map((a) => a.outcome)).toEqual(['failed', 'failed', 'delivered']);
      return list;
    }, 30_000);
    expect(attempts.map((a) => a.httpStatus)).toEqual([503, 502, 200]);
    expect(attempts.every((a) => a.key === 'acknowledged' && a.channel === 'sms')).toBe(true);

    const forCase = receiver.received.filter((r) => r.body.idempotencyKey === `${body.caseNo}:acknowledged`);
    expect(forCase).toHaveLength(3);
    expect(forCase.every((r) => r.signatureValid)).toBe(true);
    // The provider gets the contact from intake; the workflow never held it.
    expect(forCase[2].body.to).toEqual({ name: request.customer.name, phone: request.customer.phone });
    const history = JSON.stringify(await cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo)).fetchHistory());
    const decoded = history.replace(/"data":"([A-Za-z0-9+/=]+)"/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    expect(decoded).not.toContain(request.customer.phone);
  });

  it('delivers a message once per key, however often it is asked for', async () => {
    // This key fails twice first too: the first ask is refused, the activity-style retry delivers.
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: newCaseRequest() });
    const ask = () => sendCommand(cluster.nats, CommandSubjects.intakeNotifyCustomer, { caseNo: body.caseNo, template: 'service_delayed', key: 'delayed:test', params: {} });
    await expect(ask()).rejects.toMatchObject({ body: { code: 'INTAKE.NOTIFICATION_FAILED' } });
    await expect(ask()).rejects.toMatchObject({ body: { code: 'INTAKE.NOTIFICATION_FAILED' } });
    expect(await ask()).toEqual({ outcome: 'delivered', channel: 'sms' });
    expect(await ask()).toEqual({ outcome: 'already_delivered', channel: 'sms' });
    expect(receiver.received.filter((r) => r.body.idempotencyKey === `${body.caseNo}:delayed:test`).map((r) => r.answeredWith)).toEqual([503, 502, 200]);
  });
});
