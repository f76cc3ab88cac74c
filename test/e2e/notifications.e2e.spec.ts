import { CommandSubjects, type CaseView, type NotificationAttemptView, type TechnicianNotificationView, type WorkOrderView } from '@aftersales/contracts';
import { caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { daysAgo } from '../support/dates';
import { DispatchApi } from '../support/dispatch-api';
import { CITIES, newTechnician } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { sendCommand } from '../support/nats-command';
import { TestCluster } from '../support/test-cluster';
import { WebhookReceiver } from '../support/webhook-receiver';

describe('customer notifications through signed webhooks', () => {
  const receiver = new WebhookReceiver('test-secret-0123456789abcdef', [503, 502]);
  let cluster: TestCluster;
  let dispatch: DispatchApi;

  beforeAll(async () => {
    const url = await receiver.start();
    cluster = await TestCluster.start('notifications', undefined, { NOTIFY_PROVIDERS: JSON.stringify({ sms: { url, secret: receiver.secret } }) });
    dispatch = new DispatchApi(cluster);
  });

  afterAll(async () => {
    await dispatch?.retireTechnicians();
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

  it('tells the assigned technician of the work order and both sides of the confirmed appointment', async () => {
    const technician = await dispatch.registerTechnician(newTechnician('ningbo', { workingHours: { start: '00:00', end: '23:59' } }));
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      address: { city: '宁波', line: '海曙区中山西路 8 号', ...CITIES.ningbo },
      product: { model: 'AC-3000', serialNo: `AC3K-${Date.now()}`, purchaseDate: daysAgo(30), registeredOn: daysAgo(29) },
    });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const workOrder = await expectEventually(async () => {
      const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${body.caseNo}/work-order`);
      expect(res.body).toMatchObject({ status: 'assigned', technicianId: technician.id });
      return res.body;
    }, 20_000);
    const technicianMessages = () => receiver.received.filter((r) => String(r.body.idempotencyKey).startsWith(`${workOrder.id}:${technician.id}:`) && r.answeredWith === 200);

    // The provider reaches the technician with the phone dispatch holds; the message names the case and date.
    await expectEventually(() => expect(technicianMessages().map((r) => r.body.template)).toEqual(['work_order_assigned']), 30_000);
    expect(technicianMessages()[0].body).toMatchObject({ channel: 'sms', to: { name: technician.name, phone: technician.phone }, params: { caseNo: body.caseNo, serviceDate: workOrder.serviceDate } });
    expect(technicianMessages()[0].signatureValid).toBe(true);

    const arrival = await dispatch.confirmAppointmentAtNoon(workOrder.id);
    await expectEventually(async () => {
      expect(technicianMessages().map((r) => r.body.template)).toEqual(['work_order_assigned', 'appointment_confirmed']);
      const customer = (await cluster.api<NotificationAttemptView[]>(`/api/v1/cases/${body.caseNo}/notifications`)).body;
      expect(customer.filter((a) => a.outcome === 'delivered').map((a) => a.template)).toEqual(expect.arrayContaining(['technician_assigned', 'appointment_confirmed']));
    }, 30_000);
    expect(technicianMessages()[1].body.params).toMatchObject({ expectedArrivalAt: arrival });

    // Every attempt is on record, failures included, and nothing was delivered twice.
    const attempts = (await cluster.api<TechnicianNotificationView[]>(`/api/v1/work-orders/${workOrder.id}/notifications`)).body;
    expect(attempts.map((a) => `${a.template}:${a.outcome}`)).toEqual([
      'work_order_assigned:failed',
      'work_order_assigned:failed',
      'work_order_assigned:delivered',
      'appointment_confirmed:failed',
      'appointment_confirmed:failed',
      'appointment_confirmed:delivered',
    ]);
    const history = JSON.stringify(await cluster.temporal.workflow.getHandle(caseWorkflowId(body.caseNo)).fetchHistory());
    const decoded = history.replace(/"data":"([A-Za-z0-9+/=]+)"/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
    expect(decoded).not.toContain(technician.phone);
    expect(decoded).not.toContain(technician.name);
  });
});
