import type { CasePolicy, CaseView, CustomerFileView, NotificationAttemptView, SlaClockView, TechnicianNotificationView, WorkOrderView } from '@aftersales/contracts';
import { caseWorkflowId } from '@aftersales/workflows';
import { newCaseRequest } from '../support/case-fixtures';
import { daysAgo } from '../support/dates';
import { DispatchApi } from '../support/dispatch-api';
import { CITIES, newTechnician } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { InventoryApi } from '../support/inventory-api';
import { TestCluster } from '../support/test-cluster';

describe('an in-warranty on-site repair from intake to closed', () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;

  beforeAll(async () => {
    cluster = await TestCluster.start('onsite-repair');
    dispatch = new DispatchApi(cluster);
  });

  afterAll(async () => {
    await cluster?.api('/api/v1/policies/cases/2026.11-default/activate', { method: 'POST' });
    await dispatch?.retireTechnicians();
    await cluster?.stop();
  });

  it('dispatches the nearest technician, records the visit and closes the case on the customer sign-off', async () => {
    // Round-the-clock hours, so the appointment below is valid whenever the suite runs.
    const technician = await dispatch.registerTechnician(newTechnician('hangzhou', { workingHours: { start: '00:00', end: '23:59' } }));
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      address: { city: '杭州', line: '西湖区文三路 100 号', ...CITIES.hangzhou },
      product: { model: 'AC-3000', serialNo: `AC3K-${Date.now()}`, purchaseDate: daysAgo(60), registeredOn: daysAgo(59) },
    });
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    expect(opened.body.entitlement?.decision).toBe('free');
    const { caseNo } = opened.body;

    // The workflow opens the work order and dispatch assigns the technician, with the reason recorded.
    const workOrder = await expectEventually(async () => {
      const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${caseNo}/work-order`);
      expect(res.body).toMatchObject({ status: 'assigned', technicianId: technician.id });
      return res.body;
    }, 20_000);
    expect(workOrder.assignment?.distanceKm).toBeLessThan(1);

    await dispatch.confirmAppointmentAtNoon(workOrder.id);
    await dispatch.actOk(workOrder.id, 'check-in', { technicianId: technician.id });
    const onsiteClock = async () => ((await cluster.api<{ clocks: SlaClockView[] }>(`/api/v1/cases/${caseNo}/sla`)).body.clocks ?? []).find((c) => c.name === 'onsite');
    await expectEventually(async () => expect((await onsiteClock())?.state).toBe('met'));

    await new InventoryApi(cluster).stockVan(technician.id, [{ partCode: 'R32-1KG', qty: 1 }]);
    await dispatch.actOk(workOrder.id, 'record', {
      diagnosis: '冷媒泄漏',
      repairPlan: '补焊并加注冷媒',
      customerConsent: { given: true, at: new Date().toISOString() },
      partsUsed: [{ partCode: 'R32-1KG', qty: 1 }],
      testResult: { outcome: 'passed', note: '制冷正常' },
      latentProblems: ['室外机支架锈蚀'],
    });
    const signed = await dispatch.actOk(workOrder.id, 'sign-off', { signedBy: request.customer.name });
    expect(signed.record).toMatchObject({ diagnosis: '冷媒泄漏', testResult: { outcome: 'passed' }, signOff: { signedBy: request.customer.name } });

    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).result()).resolves.toEqual({ caseNo, status: 'closed' });
    expect((await cluster.api<CaseView>(`/api/v1/cases/${caseNo}`)).body.status).toBe('closed');
    const timeline = (await cluster.api<{ timeline: { clock: string; kind: string }[] }>(`/api/v1/cases/${caseNo}/sla`)).body.timeline;
    expect(timeline.filter((e) => e.kind === 'met').map((e) => e.clock).sort()).toEqual(['acknowledge', 'onsite', 'resolution']);

    // The customer file keeps the repair record with the case.
    const file = await cluster.api<CustomerFileView>(`/api/v1/customers/${opened.body.customerId}/file`);
    expect(file.body.repairRecords).toEqual([expect.objectContaining({ caseNo, workOrderId: workOrder.id, record: expect.objectContaining({ diagnosis: '冷媒泄漏' }) })]);
  });

  it('gives a site beyond the 100 km radius the longer on-site budget once the far technician is assigned', async () => {
    // Only a Beijing technician repairs refrigerators in this spec; the site is in Hangzhou (~1,100 km).
    await dispatch.registerTechnician(
      newTechnician('hangzhou', { province: '北京市', location: { lat: 39.9, lon: 116.41 }, skills: ['refrigerator', 'repair_onsite'], certifications: [{ category: 'refrigerator', certificateNo: `RF-${Date.now()}`, issuedOn: '2025-01-01', expiresOn: '2032-12-31' }] }),
    );
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      address: { city: '杭州', line: '拱墅区湖墅南路 1 号', ...CITIES.hangzhou },
      product: { model: 'RF-520', serialNo: `RF-${Date.now()}`, purchaseDate: daysAgo(20), registeredOn: daysAgo(19) },
    });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const onsite = async () => (await cluster.api<{ clocks: SlaClockView[]; timeline: { kind: string; reason?: string }[] }>(`/api/v1/cases/${body.caseNo}/sla`)).body;
    await expectEventually(async () => {
      const v = await onsite();
      expect(v.clocks.find((c) => c.name === 'onsite')?.budgetMs).toBe(72 * 3600_000);
      expect(v.timeline.find((e) => e.kind === 'retargeted')?.reason).toMatch(/^distance_km:1\d{3}$/);
    }, 20_000);
  });

  it('gives the out-of-province budget under the province variant when the technician comes from another province', async () => {
    const active = (await cluster.api<{ policy: CasePolicy }>('/api/v1/policies/cases/active')).body.policy;
    const version = `province-${Date.now()}`;
    const policy: CasePolicy = { ...active, version, onsiteBasis: 'province', onsiteInProvinceMs: 8 * 3600_000, onsiteOutOfProvinceMs: 24 * 3600_000 };
    expect((await cluster.api('/api/v1/policies/cases', { body: policy })).status).toBe(201);
    expect((await cluster.api(`/api/v1/policies/cases/${version}/activate`, { method: 'POST' })).status).toBe(200);
    // A Shanghai technician (上海市) is the nearest refrigerator technician to a site in Jiaxing (浙江省).
    await dispatch.registerTechnician(
      newTechnician('shanghai', { skills: ['refrigerator', 'repair_onsite'], certifications: [{ category: 'refrigerator', certificateNo: `RF-${Date.now()}`, issuedOn: '2025-01-01', expiresOn: '2032-12-31' }] }),
    );
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      address: { city: '嘉兴', line: '南湖区中山东路 1 号', ...CITIES.jiaxing },
      product: { model: 'RF-520', serialNo: `RF-${Date.now()}`, purchaseDate: daysAgo(20), registeredOn: daysAgo(19) },
    });
    const { body } = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const sla = async () => (await cluster.api<{ clocks: SlaClockView[]; timeline: { kind: string; reason?: string }[] }>(`/api/v1/cases/${body.caseNo}/sla`)).body;
    await expectEventually(async () => {
      const v = await sla();
      expect(v.clocks.find((c) => c.name === 'onsite')?.budgetMs).toBe(24 * 3600_000);
      expect(v.timeline.find((e) => e.kind === 'retargeted')?.reason).toBe('out_of_province');
    }, 20_000);
    const opened = await sla();
    expect(opened.timeline.filter((e) => e.kind === 'retargeted')).toHaveLength(1);
  });

  it('takes its own dispatch from the answer, with no signal for it, and a reassignment from the event, telling each once', async () => {
    const crew = [await dispatch.registerTechnician(newTechnician('ningbo')), await dispatch.registerTechnician(newTechnician('ningbo'))];
    const request = newCaseRequest({
      serviceType: 'repair_onsite',
      address: { city: '宁波', line: '鄞州区天童南路 9 号', ...CITIES.ningbo },
      product: { model: 'AC-3000', serialNo: `AC3K-${Date.now()}`, purchaseDate: daysAgo(40), registeredOn: daysAgo(39) },
    });
    const { caseNo } = (await cluster.api<CaseView>('/api/v1/cases', { body: request })).body;
    const handle = cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo));
    const signals = async () => ((await handle.fetchHistory()).events ?? []).filter((e) => e.workflowExecutionSignaledEventAttributes).length;
    const told = async (workOrderId: string) => ({
      customer: (await cluster.api<NotificationAttemptView[]>(`/api/v1/cases/${caseNo}/notifications`)).body.filter((a) => a.template === 'technician_assigned').length,
      technicians: (await cluster.api<TechnicianNotificationView[]>(`/api/v1/work-orders/${workOrderId}/notifications`)).body
        .filter((a) => a.template === 'work_order_assigned')
        .map((a) => a.technicianId),
    });

    const workOrder = await expectEventually(async () => {
      const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${caseNo}/work-order`);
      expect(res.body.status).toBe('assigned');
      return res.body;
    }, 20_000);
    // One of the two Ningbo technicians, the nearest; the other is next in line.
    const [first, second] = workOrder.technicianId === crew[0].id ? crew : [crew[1], crew[0]];
    expect(workOrder.technicianId).toBe(first.id);
    await expectEventually(async () => expect(await told(workOrder.id)).toEqual({ customer: 1, technicians: [first.id] }));
    // The workflow asked for the technician and applied the answer: nothing came back as a signal.
    expect(await signals()).toBe(0);

    // A reassignment is dispatch's own doing: it reaches the case as the event, and is told as well.
    expect((await dispatch.actOk(workOrder.id, 'decline', { technicianId: first.id })).technicianId).toBe(second.id);
    await expectEventually(async () => expect(await told(workOrder.id)).toEqual({ customer: 2, technicians: [first.id, second.id] }));
    expect(await signals()).toBe(1);
  });

  it('refuses a province-variant policy without its two budgets, naming the field', async () => {
    const { onsiteOutOfProvinceMs: _left, ...active } = (await cluster.api<{ policy: CasePolicy }>('/api/v1/policies/cases/active')).body.policy;
    const res = await cluster.api<{ errors: { field: string }[] }>('/api/v1/policies/cases', { body: { ...active, version: `broken-${Date.now()}`, onsiteBasis: 'province', onsiteInProvinceMs: 3600_000 } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.field)).toContain('onsiteOutOfProvinceMs');
  });

  it('names every code in Chinese by default and in English on request', async () => {
    const zh = await cluster.api<Record<string, Record<string, string>>>('/api/v1/labels');
    const en = await cluster.api<Record<string, Record<string, string>>>('/api/v1/labels', { headers: { 'Accept-Language': 'en' } });
    expect(zh.body.serviceTypes.repair_onsite).toBe('上门维修');
    expect(en.body.serviceTypes.repair_onsite).toBe('On-site repair');
    expect(zh.body.refusalReasons.human_damage).toContain('人为损坏');
    expect(Object.keys(en.body)).toEqual(expect.arrayContaining(['channels', 'caseStatuses', 'workOrderStatuses', 'warrantyReasons', 'returnExchangeGrounds']));
  });
});
