import type { SiteHazards, TechnicianPage, TechnicianView, WorkOrderView } from '@aftersales/contracts';
import { DispatchApi } from '../support/dispatch-api';
import { CITIES, newTechnician, newWorkOrder } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { InventoryApi } from '../support/inventory-api';
import { TestCluster } from '../support/test-cluster';

// Each scenario uses its own local service date or product category, so their capacities never mix.
const ASSIGN_DAY = '2031-03-10';
const RUSH_DAY = '2031-03-11';
const VISIT_DAY = '2031-03-12';
const CARRY_IN_DAY = '2031-03-13';

type ErrorBody = { code: string; errors?: { field: string; reason: string }[] };
const fieldsOf = (body: unknown): string[] => ((body as ErrorBody).errors ?? []).map((e) => e.field);

describe('dispatch (派工) through the gateway', () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;
  /** Personal data and free text the specs send; none of it may appear in an event. */
  const secrets: string[] = [];

  beforeAll(async () => {
    cluster = await TestCluster.start('dispatch', ['gateway', 'dispatch', 'inventory']);
    dispatch = new DispatchApi(cluster);
  });

  afterAll(async () => {
    await dispatch?.retireTechnicians();
    await cluster?.stop();
  });

  const register = async (...args: Parameters<typeof newTechnician>): Promise<TechnicianView> => {
    const technician = await dispatch.registerTechnician(newTechnician(...args));
    secrets.push(technician.name);
    return technician;
  };

  it('registers, shows, pages and updates technicians', async () => {
    const installer = await register('ningbo', { skills: ['installation'] });
    const shown = await cluster.api<TechnicianView>(`/api/v1/technicians/${installer.id}`);
    expect(shown.body).toEqual(installer);
    await register('ningbo', { skills: ['installation'] });

    const page = await cluster.api<TechnicianPage>('/api/v1/technicians?skill=installation&limit=1&offset=1');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].id).not.toBe(installer.id);

    const offDuty = await cluster.api<TechnicianView>(`/api/v1/technicians/${installer.id}/status`, { method: 'PUT', body: { status: 'off_duty' } });
    expect(offDuty.body.status).toBe('off_duty');
    const renewed = { category: 'refrigerator', certificateNo: 'RF-9', issuedOn: '2026-01-01', expiresOn: '2033-01-01' };
    const certified = await cluster.api<TechnicianView>(`/api/v1/technicians/${installer.id}/certifications`, { method: 'PUT', body: { certifications: [renewed] } });
    expect(certified.body.certifications).toEqual([renewed]);

    const again = await cluster.api<ErrorBody>('/api/v1/technicians', { body: newTechnician('ningbo', { employeeNo: installer.employeeNo }) });
    expect([again.status, again.body.code]).toEqual([409, 'DISPATCH.EMPLOYEE_NO_TAKEN']);
    expect((await cluster.api(`/api/v1/technicians/${crypto.randomUUID()}`)).status).toBe(404);
  });

  describe('assignment', () => {
    let shanghai: TechnicianView;
    let jiaxing: TechnicianView;
    let expiredInHangzhou: TechnicianView;
    let uncertifiedInHangzhou: TechnicianView;

    beforeAll(async () => {
      shanghai = await register('shanghai');
      jiaxing = await register('jiaxing');
      // Nearer to a Hangzhou site than both, but not qualified on the service date.
      expiredInHangzhou = await register('hangzhou', {
        certifications: [{ category: 'air_conditioner', certificateNo: 'AC-OLD', issuedOn: '2024-01-01', expiresOn: '2031-03-09' }],
      });
      uncertifiedInHangzhou = await register('hangzhou', {
        certifications: [{ category: 'washing_machine', certificateNo: 'WM-1', issuedOn: '2024-01-01', expiresOn: '2032-12-31' }],
      });
    });

    it('assigns the nearest qualified technician and records why, never an expired or uncertified one', async () => {
      const workOrder = await dispatch.createWorkOrder(newWorkOrder('hangzhou', ASSIGN_DAY));
      const assigned = await dispatch.actOk(workOrder.id, 'assign');
      expect(assigned.status).toBe('assigned');
      expect(assigned.technicianId).toBe(jiaxing.id);
      expect(assigned.assignment).toMatchObject({ technicianId: jiaxing.id, kind: 'assigned', serviceDate: ASSIGN_DAY, distanceKm: 78.44, dayLoad: 0, dailyCapacity: 4, candidatesConsidered: 2 });
      expect([expiredInHangzhou.id, uncertifiedInHangzhou.id]).not.toContain(assigned.technicianId);
      expect(await dispatch.workOrder(workOrder.id)).toEqual(assigned);
    });

    it('reassigns to the next candidate on decline and on no-show, then waits when nobody is left', async () => {
      const workOrder = await dispatch.createWorkOrder(newWorkOrder('hangzhou', ASSIGN_DAY));
      expect((await dispatch.actOk(workOrder.id, 'assign')).technicianId).toBe(jiaxing.id);
      secrets.push('家里有事去不了');
      const declined = await dispatch.actOk(workOrder.id, 'decline', { technicianId: jiaxing.id, note: '家里有事去不了' });
      expect(declined.technicianId).toBe(shanghai.id);
      expect(declined.assignment).toMatchObject({ kind: 'reassigned', distanceKm: 164.52, candidatesConsidered: 1 });
      expect(declined.assignments.map((a) => [a.technicianId, a.endReason])).toEqual([[jiaxing.id, 'declined'], [shanghai.id, null]]);

      const noShow = await dispatch.actOk(workOrder.id, 'no-show', { technicianId: shanghai.id });
      expect([noShow.status, noShow.technicianId]).toEqual(['awaiting_assignment', null]);
      const retry = await dispatch.act(workOrder.id, 'assign');
      expect([retry.status, (retry.body as unknown as ErrorBody).code]).toEqual([422, 'DISPATCH.NO_TECHNICIAN_AVAILABLE']);

      // Units given back: each base technician holds only the first scenario's work order that day.
      const { rows } = await cluster.db.query('SELECT technician_id, assigned FROM dispatch.technician_day_load WHERE service_date = $1 ORDER BY assigned', [ASSIGN_DAY]);
      expect(rows).toEqual([{ technician_id: shanghai.id, assigned: 0 }, { technician_id: jiaxing.id, assigned: 1 }]);
    });

    it('refuses with 422 when nobody qualifies, writing nothing', async () => {
      const fridge = await dispatch.createWorkOrder(newWorkOrder('hangzhou', ASSIGN_DAY, { productCategory: 'refrigerator' }));
      const outboxBefore = await cluster.count('dispatch.outbox');
      const res = await cluster.api<ErrorBody>(`/api/v1/work-orders/${fridge.id}/assign`, { body: {}, headers: { 'Accept-Language': 'en' } });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'DISPATCH.NO_TECHNICIAN_AVAILABLE', message: 'No qualified technician has capacity left on the service date' });
      expect(fieldsOf(res.body)).toEqual(['serviceDate']);
      expect(await cluster.count('dispatch.outbox')).toBe(outboxBefore);
      expect((await dispatch.workOrder(fridge.id)).assignments).toEqual([]);
    });

    it('keeps one open work order per case', async () => {
      const request = newWorkOrder('hangzhou', ASSIGN_DAY);
      await dispatch.createWorkOrder(request);
      const second = await cluster.api<ErrorBody>('/api/v1/work-orders', { body: { ...request, site: { ...request.site, siteId: 'elsewhere' } } });
      expect([second.status, second.body.code, fieldsOf(second.body)]).toEqual([409, 'DISPATCH.OPEN_WORK_ORDER_EXISTS', ['caseNo']]);
    });
  });

  it('never lets 40 simultaneous assignments exceed any capacity: exactly the total capacity succeeds', async () => {
    const vehicle = { skills: ['vehicle' as const], certifications: [{ category: 'vehicle' as const, certificateNo: 'EV-1', issuedOn: '2025-01-01', expiresOn: '2032-12-31' }] };
    const crew = [await register('shanghai', { ...vehicle, dailyCapacity: 2 }), await register('suzhou', { ...vehicle, dailyCapacity: 3 }), await register('hangzhou', { ...vehicle, dailyCapacity: 2 })];
    const cities = ['hangzhou', 'jiaxing', 'suzhou', 'shanghai', 'ningbo'] as const;
    const orders: WorkOrderView[] = [];
    for (let i = 0; i < 40; i++) orders.push(await dispatch.createWorkOrder(newWorkOrder(cities[i % cities.length], RUSH_DAY, { productCategory: 'vehicle' })));

    const results = await Promise.all(orders.map((o) => dispatch.act(o.id, 'assign')));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(7);
    expect(statuses.filter((s) => s === 422)).toHaveLength(33);

    const { rows } = await cluster.db.query<{ id: string; capacity: number; orders: number; assigned: number }>(
      `SELECT t.id, t.daily_capacity AS capacity, d.assigned,
              (SELECT count(*)::int FROM dispatch.work_order w WHERE w.technician_id = t.id AND w.service_date = $1) AS orders
         FROM dispatch.technician t JOIN dispatch.technician_day_load d ON d.technician_id = t.id AND d.service_date = $1
        WHERE t.id = ANY($2) ORDER BY t.daily_capacity`,
      [RUSH_DAY, crew.map((t) => t.id)],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect({ orders: row.orders, assigned: row.assigned }).toEqual({ orders: row.capacity, assigned: row.capacity });
  });

  it("lists a site's hazards in the order they were recorded, a recording's hazards as they were given", async () => {
    const siteId = `addr-${crypto.randomUUID()}`;
    const record = (types: string[]) => cluster.api<SiteHazards>(`/api/v1/sites/${siteId}/hazards`, { body: { hazards: types.map((type) => ({ type })) } });
    const first = await record(['height', 'animal', 'structural', 'electrical', 'gas']);
    expect([first.status, first.body.hazards.map((h) => h.type)]).toEqual([201, ['height', 'animal', 'structural', 'electrical', 'gas']]);
    const second = await record(['other', 'chemical', 'confined_space']);
    const all = ['height', 'animal', 'structural', 'electrical', 'gas', 'other', 'chemical', 'confined_space'];
    expect([second.status, second.body.hazards.map((h) => h.type)]).toEqual([201, all]);
    const listed = await cluster.api<SiteHazards>(`/api/v1/sites/${siteId}/hazards`);
    expect(listed.body).toEqual(second.body);
  });

  describe('an on-site visit', () => {
    let technician: TechnicianView;
    let workOrder: WorkOrderView;
    let request: ReturnType<typeof newWorkOrder>;
    let hazards: SiteHazards['hazards'];

    beforeAll(async () => {
      const washer = { skills: ['washing_machine' as const, 'repair_onsite' as const], certifications: [{ category: 'washing_machine' as const, certificateNo: 'WM-7', issuedOn: '2025-01-01', expiresOn: '2032-12-31' }] };
      technician = await register('hangzhou', washer);
      const siteId = `addr-${crypto.randomUUID()}`;
      secrets.push('楼道里有一只大狗');
      const site = await cluster.api<SiteHazards>(`/api/v1/sites/${siteId}/hazards`, { body: { hazards: [{ type: 'electrical' }, { type: 'animal', note: '楼道里有一只大狗' }] } });
      expect(site.status).toBe(201);
      hazards = site.body.hazards;
      request = newWorkOrder('hangzhou', VISIT_DAY, { productCategory: 'washing_machine', site: { siteId, ...CITIES.hangzhou } });
      workOrder = await dispatch.createWorkOrder(request);
      // The creation's reply shows the site's hazards, none acknowledged, as the work order's own read does.
      expect(workOrder.hazards.map((h) => [h.type, h.acknowledged])).toEqual([['electrical', false], ['animal', false]]);
      expect(workOrder).toEqual(await dispatch.workOrder(workOrder.id));
      expect((await dispatch.actOk(workOrder.id, 'assign')).technicianId).toBe(technician.id);
    });

    const hazard = (type: string) => hazards.find((h) => h.type === type) as SiteHazards['hazards'][number];

    it('books an arrival within working hours, and refuses check-in until every site hazard is acknowledged', async () => {
      const evening = await dispatch.act(workOrder.id, 'appointment', { expectedArrivalAt: `${VISIT_DAY}T19:00:00+08:00`, confirmedWithCustomer: true, channel: 'phone' });
      expect([evening.status, fieldsOf(evening.body)]).toEqual([422, ['expectedArrivalAt']]);
      const booked = await dispatch.actOk(workOrder.id, 'appointment', { expectedArrivalAt: `${VISIT_DAY}T10:00:00+08:00`, confirmedWithCustomer: true, channel: 'phone' });
      expect(booked.appointment).toMatchObject({ expectedArrivalAt: '2031-03-12T02:00:00.000Z', channel: 'phone' });

      const checkIn = { technicianId: technician.id };
      const unbriefed = await dispatch.act(workOrder.id, 'check-in', checkIn);
      expect([unbriefed.status, (unbriefed.body as unknown as ErrorBody).code]).toEqual([409, 'DISPATCH.HAZARDS_NOT_ACKNOWLEDGED']);
      await dispatch.actOk(workOrder.id, 'hazards/acknowledge', { technicianId: technician.id, hazardIds: [hazard('electrical').id] });
      const stillOne = await dispatch.act(workOrder.id, 'check-in', checkIn);
      expect([stillOne.status, (stillOne.body as unknown as ErrorBody).errors]).toEqual([409, [{ field: 'hazardIds', reason: `hazard ${hazard('animal').id} (animal) is not acknowledged` }]]);
      const { rows } = await cluster.db.query('SELECT status, checked_in_at FROM dispatch.work_order WHERE id = $1', [workOrder.id]);
      expect(rows).toEqual([{ status: 'appointment_confirmed', checked_in_at: null }]);

      const briefed = await dispatch.actOk(workOrder.id, 'hazards/acknowledge', { technicianId: technician.id, hazardIds: [hazard('animal').id] });
      expect(briefed.hazards.map((h) => h.acknowledged)).toEqual([true, true]);
      const arrived = await dispatch.actOk(workOrder.id, 'check-in', checkIn);
      expect([arrived.status, arrived.checkedInAt]).toEqual(['checked_in', expect.any(String)]);
    });

    it("records the repair, needing the customer's consent before parts, and closes on the customer's sign-off", async () => {
      secrets.push('排水泵堵塞', '清理并更换排水泵', '张三丰', '排水正常', '进水管老化');
      await dispatch.actOk(workOrder.id, 'record', { diagnosis: '排水泵堵塞', repairPlan: '清理并更换排水泵' });
      const noConsent = await dispatch.act(workOrder.id, 'record', { partsUsed: [{ partCode: 'PUMP-WM800', qty: 1 }] });
      expect([noConsent.status, (noConsent.body as unknown as ErrorBody).code]).toEqual([422, 'DISPATCH.CUSTOMER_CONSENT_REQUIRED']);
      const early = await dispatch.act(workOrder.id, 'sign-off', { signedBy: '张三丰' });
      // Parts recorded as used come out of the technician's van.
      await new InventoryApi(cluster).stockVan(technician.id, [{ partCode: 'PUMP-WM800', qty: 1 }]);
      expect([early.status, fieldsOf(early.body)]).toEqual([422, ['customerConsent', 'testResult']]);
      await dispatch.actOk(workOrder.id, 'record', {
        customerConsent: { given: true, at: `${VISIT_DAY}T10:20:00+08:00` },
        partsUsed: [{ partCode: 'PUMP-WM800', qty: 1 }],
        testResult: { outcome: 'passed', note: '排水正常' },
        latentProblems: ['进水管老化，建议一年内更换'],
      });
      const signed = await dispatch.actOk(workOrder.id, 'sign-off', { signedBy: '张三丰' });
      expect(signed.status).toBe('signed_off');
      expect(signed.record).toMatchObject({ place: 'onsite', customerConsent: { given: true }, partsUsed: [{ partCode: 'PUMP-WM800', qty: 1 }], testResult: { outcome: 'passed' }, signOff: { signedBy: '张三丰' } });

      // The case's work order is closed: a follow-up visit may open a new one.
      await dispatch.createWorkOrder({ ...request, serviceDate: undefined });
    });
  });

  it('records a carry-in repair at the outlet without check-in, and lends and takes back a loaner', async () => {
    const fridge = { skills: ['refrigerator' as const], certifications: [{ category: 'refrigerator' as const, certificateNo: 'RF-1', issuedOn: '2025-01-01', expiresOn: '2032-12-31' }] };
    const technician = await register('hangzhou', fridge);
    const workOrder = await dispatch.createWorkOrder(newWorkOrder('hangzhou', CARRY_IN_DAY, { productCategory: 'refrigerator', serviceType: 'repair_carry_in', outletId: 'OUT-HANGZHOU-01' }));
    expect(workOrder.place).toBe('outlet');
    await dispatch.actOk(workOrder.id, 'assign');
    expect((await dispatch.act(workOrder.id, 'check-in', { technicianId: technician.id })).status).toBe(409);

    const lent = await dispatch.actOk(workOrder.id, 'loaners', { serialNo: 'LN-RF-0001' });
    expect(lent.loaners).toEqual([{ serialNo: 'LN-RF-0001', issuedAt: expect.any(String), returnedAt: null, returnCondition: null }]);
    const twice = await dispatch.act(workOrder.id, 'loaners', { serialNo: 'LN-RF-0001' });
    expect([twice.status, (twice.body as unknown as ErrorBody).code]).toEqual([409, 'DISPATCH.LOANER_ALREADY_OUT']);

    secrets.push('温控器失灵', '李四');
    await dispatch.actOk(workOrder.id, 'record', { diagnosis: '温控器失灵', repairPlan: '更换温控器', customerConsent: { given: true, at: new Date().toISOString() } });
    await new InventoryApi(cluster).stockVan(technician.id, [{ partCode: 'THERMO-520', qty: 1 }]);
    await dispatch.actOk(workOrder.id, 'record', { partsUsed: [{ partCode: 'THERMO-520', qty: 1 }], testResult: { outcome: 'passed' } });
    const signed = await dispatch.actOk(workOrder.id, 'sign-off', { signedBy: '李四' });
    expect([signed.status, signed.record?.place]).toEqual(['signed_off', 'outlet']);

    const back = await dispatch.actOk(workOrder.id, 'loaners/LN-RF-0001/return', { condition: 'good' });
    expect(back.loaners[0]).toMatchObject({ serialNo: 'LN-RF-0001', returnedAt: expect.any(String), returnCondition: 'good' });
    expect((await dispatch.act(workOrder.id, 'loaners/LN-RF-0001/return', {})).status).toBe(404);
  });

  it('answers 400 naming each bad field at every endpoint, and writes nothing', async () => {
    const tables = ['technician', 'technician_certification', 'work_order', 'site_hazard', 'service_record', 'loaner', 'outbox'].map((t) => `dispatch.${t}`);
    const counts = async () => {
      const found: number[] = [];
      for (const table of tables) found.push(await cluster.count(table));
      return found;
    };
    const before = await counts();
    const id = crypto.randomUUID();
    const cases: [string, { method?: string; body?: unknown }, string[]][] = [
      ['/api/v1/technicians', { body: { ...newTechnician('hangzhou'), employeeNo: 'no spaces', skills: ['plumbing'], dailyCapacity: 0, age: 40 } }, ['employeeNo', 'skills.0', 'dailyCapacity', 'age']],
      ['/api/v1/technicians?limit=101', {}, ['limit']],
      [`/api/v1/technicians/${id}/status`, { method: 'PUT', body: { status: 'retired' } }, ['status']],
      [`/api/v1/technicians/${id}/certifications`, { method: 'PUT', body: { certifications: [{ category: 'tv' }] } }, ['certifications.0.category', 'certifications.0.certificateNo']],
      ['/api/v1/technicians/42', {}, ['id']],
      ['/api/v1/sites/site-1/hazards', { body: { hazards: [{ type: 'ghosts' }] } }, ['hazards.0.type']],
      ['/api/v1/sites/bad%20site/hazards', {}, ['siteId']],
      ['/api/v1/work-orders', { body: { ...newWorkOrder('hangzhou', ASSIGN_DAY), caseNo: 'CS-1', site: { siteId: 's', province: '浙江省', lat: 95, lon: 120 } } }, ['caseNo', 'site.lat']],
      ['/api/v1/work-orders/not-a-uuid/assign', { body: {} }, ['id']],
      [`/api/v1/work-orders/${id}/decline`, { body: { technicianId: 'me' } }, ['technicianId']],
      [`/api/v1/work-orders/${id}/appointment`, { body: { expectedArrivalAt: 'tomorrow', confirmedWithCustomer: false, channel: 'fax' } }, ['expectedArrivalAt', 'confirmedWithCustomer', 'channel']],
      [`/api/v1/work-orders/${id}/hazards/acknowledge`, { body: { technicianId: id, hazardIds: [] } }, ['hazardIds']],
      [`/api/v1/work-orders/${id}/record`, { body: { partsUsed: [{ partCode: 'P-1', qty: 0 }], mood: 'happy' } }, ['partsUsed.0.qty', 'mood']],
      [`/api/v1/work-orders/${id}/sign-off`, { body: { signedBy: '' } }, ['signedBy']],
      [`/api/v1/work-orders/${id}/loaners`, { body: { serialNo: '' } }, ['serialNo']],
    ];
    for (const [path, init, fields] of cases) {
      const res = await cluster.api<ErrorBody>(path, init);
      expect({ path, status: res.status, code: res.body.code }).toEqual({ path, status: 400, code: 'COMMON.VALIDATION_FAILED' });
      expect({ path, fields: fieldsOf(res.body) }).toEqual({ path, fields: expect.arrayContaining(fields) });
    }
    expect(await counts()).toEqual(before);
  });

  it('documents the dispatch routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${cluster.apps.url('gateway')}/api/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/v1/technicians',
      '/api/v1/technicians/{id}/certifications',
      '/api/v1/sites/{siteId}/hazards',
      '/api/v1/work-orders/{id}/assign',
      '/api/v1/work-orders/{id}/hazards/acknowledge',
      '/api/v1/work-orders/{id}/loaners/{serial}/return',
    ]));
    expect(doc.paths['/api/v1/work-orders'].post).toMatchObject({ requestBody: { content: { 'application/json': { schema: { required: expect.arrayContaining(['caseNo', 'site']) } } } } });
  });

  it('publishes every change on JetStream with ids, codes, times and distances, and no personal data', async () => {
    const required = ['created', 'assigned', 'declined', 'reassigned', 'appointment-confirmed', 'checked-in', 'record-updated', 'signed-off']
      .map((e) => `aftersales.dispatch.workorder.${e}`)
      .concat('aftersales.dispatch.loaner.issued', 'aftersales.dispatch.loaner.returned');
    const events = await expectEventually(async () => {
      const found = await dispatch.events();
      expect([...new Set(found.map((e) => e.subject))]).toEqual(expect.arrayContaining(required));
      // Every outbox row has reached the stream (other specs may publish test events of their own).
      const { rows } = await cluster.db.query<{ id: string }>('SELECT id FROM dispatch.outbox');
      const published = new Set(found.map((e) => e.envelope.id));
      expect(rows.filter((r) => !published.has(r.id))).toEqual([]);
      return found.filter((e) => e.envelope.source === 'aftersales/dispatch' && rows.some((r) => r.id === e.envelope.id));
    }, 20_000);

    const assigned = events.find((e) => e.subject === 'aftersales.dispatch.workorder.assigned' && e.envelope.data.distanceKm === 78.44);
    expect(assigned?.envelope).toMatchObject({ type: 'aftersales.dispatch.workorder.assigned.v1', source: 'aftersales/dispatch', data: { dayLoad: 0, candidatesConsidered: 2 } });
    const text = JSON.stringify(events);
    for (const secret of [...secrets, CITIES.hangzhou.province, CITIES.shanghai.province]) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
  });
});
