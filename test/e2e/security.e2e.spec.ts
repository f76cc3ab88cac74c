import { randomUUID } from 'node:crypto';
import { ROLE_CODES, type AuditEntryView, type OutletView, type Role, type WorkOrderView } from '@aftersales/contracts';
import { signToken } from '../../apps/gateway/src/auth/jwt';
import { newCaseRequest } from '../support/case-fixtures';
import { DispatchApi } from '../support/dispatch-api';
import { newTechnician, newWorkOrder } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { gatewayRoutes, type Route } from '../support/openapi-routes';
import { TestCluster, type Caller } from '../support/test-cluster';

/** A caller of a role; scoped roles get a scope that owns nothing. */
const callerOf = (role: Role): Caller =>
  role === 'technician' ? { role, technicianId: randomUUID() } : role === 'outlet_manager' ? { role, outlet: 'OUT-NOBODY-01' } : role;

/** Who may call a route, and someone who may not: prefer unscoped roles, which reach the route's own checks. */
function callersOf(route: Route): { allowed: Caller; refused?: Caller } {
  const roles = route.operation['x-roles'] ?? [];
  const allowed = roles.find((r) => r !== 'administrator' && r !== 'technician' && r !== 'outlet_manager') ?? roles.find((r) => r !== 'administrator') ?? 'administrator';
  const refused = ROLE_CODES.find((r) => !roles.includes(r));
  return { allowed: callerOf(allowed), refused: refused && callerOf(refused) };
}

describe('who may call what: authentication, roles, scopes and the audit trail', () => {
  let cluster: TestCluster;
  let routes: Route[];

  beforeAll(async () => {
    cluster = await TestCluster.start('security');
    routes = await gatewayRoutes(cluster.apps.url('gateway'));
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  const call = (route: Route, as: Caller) => cluster.api(route.path, { method: route.method, as, ...(route.method === 'GET' ? {} : { body: {} }) });

  it('declares roles on every operation of the OpenAPI document, or opens it explicitly', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.filter((r) => !r.operation['x-roles'] && !r.operation['x-open']).map((r) => `${r.method} ${r.template}`)).toEqual([]);
  });

  it('answers 401 without credentials on every declared route, in Chinese or English', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.operation['x-roles'])) {
      const res = await call(route, 'anonymous');
      if (res.status !== 401 || res.body.code !== 'AUTH.UNAUTHENTICATED') wrong.push(`${route.method} ${route.template} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(wrong).toEqual([]);
    const english = await cluster.api('/api/v1/labels', { as: 'anonymous', headers: { 'accept-language': 'en' } });
    expect(english.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', message: expect.stringContaining('token'), correlationId: expect.any(String) });
    expect((await cluster.api('/api/v1/labels', { as: 'anonymous' })).body.message).toMatch(/未认证/);
  });

  it('answers 401 for forged, expired and alg-none tokens and for an unknown API key', async () => {
    const valid = cluster.credentials('administrator').authorization.slice('Bearer '.length);
    const [header, payload] = valid.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'administrator', exp: 4102444800 })).toString('base64url')}.${valid.split('.')[2]}`;
    const expired = signToken({ sub: 'x', role: 'administrator' }, cluster.env.AUTH_JWT_SECRET as string, -1);
    for (const token of [none, forged, expired, 'garbage']) {
      expect((await cluster.api('/api/v1/labels', { as: 'anonymous', headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    }
    expect((await cluster.api('/api/v1/labels', { as: { apiKey: 'not-a-configured-key' } })).status).toBe(401);
  });

  it('answers 403 to a role the route does not declare, on every route', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.operation['x-roles'])) {
      const { refused } = callersOf(route);
      if (!refused) continue; // every role may call it (the labels)
      const res = await call(route, refused);
      if (res.status !== 403 || res.body.code !== 'AUTH.FORBIDDEN') wrong.push(`${route.method} ${route.template} as ${JSON.stringify(refused)} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets a declared role past the guard on every route: 2xx or a 4xx about the input or resource, never 401, 403 or 5xx', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => !r.template.endsWith('/quality/figures/rebuild'))) {
      const { allowed } = callersOf(route);
      const res = await call(route, route.operation['x-open'] ? 'anonymous' : allowed);
      if (res.status === 401 || res.status === 403 || res.status >= 500) wrong.push(`${route.method} ${route.template} as ${JSON.stringify(allowed)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps health, metrics and the OpenAPI document open', async () => {
    for (const path of ['/health', '/health/live', '/metrics', '/api/docs-json', '/api/v1/public/service-defects']) {
      expect([path, (await cluster.api(path, { as: 'anonymous' })).status]).toEqual([path, 200]);
    }
  });

  describe('a technician sees and changes only the work orders assigned to them', () => {
    // One instance, so afterAll suspends the technician it registered: later specs' dispatch never picks them.
    let api: DispatchApi;
    const dispatch = () => (api ??= new DispatchApi(cluster));
    let workOrder: WorkOrderView;

    afterAll(async () => {
      await api?.retireTechnicians();
    });

    beforeAll(async () => {
      await dispatch().registerTechnician(newTechnician('hangzhou'));
      const created = await dispatch().createWorkOrder(newWorkOrder('hangzhou', '2031-03-11'));
      workOrder = await dispatch().actOk(created.id, 'assign', {});
    });

    it('reads and acts on their own work order', async () => {
      const own: Caller = { role: 'technician', technicianId: workOrder.technicianId as string };
      expect((await cluster.api(`/api/v1/work-orders/${workOrder.id}`, { as: own })).status).toBe(200);
      const confirmed = await cluster.api(`/api/v1/work-orders/${workOrder.id}/appointment`, { as: own, body: { expectedArrivalAt: '2031-03-11T02:00:00.000Z', confirmedWithCustomer: true, channel: 'phone' } });
      expect([401, 403]).not.toContain(confirmed.status);
    });

    it("is refused another technician's work order, and acting in another technician's name", async () => {
      const other: Caller = { role: 'technician', technicianId: randomUUID() };
      const read = await cluster.api(`/api/v1/work-orders/${workOrder.id}`, { as: other });
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('AUTH.OUT_OF_SCOPE');
      expect((await cluster.api(`/api/v1/work-orders/${workOrder.id}/decline`, { as: other, body: { technicianId: workOrder.technicianId } })).status).toBe(403);
      const own: Caller = { role: 'technician', technicianId: workOrder.technicianId as string };
      expect((await cluster.api(`/api/v1/work-orders/${workOrder.id}/decline`, { as: own, body: { technicianId: randomUUID() } })).status).toBe(403);
      expect((await cluster.api(`/api/v1/technicians/${randomUUID()}`, { as: own })).status).toBe(403);
      expect((await cluster.api(`/api/v1/technicians/${workOrder.technicianId}`, { as: own })).status).toBe(200);
    });

    it('validates the path id before looking anything up', async () => {
      const own: Caller = { role: 'technician', technicianId: workOrder.technicianId as string };
      const res = await cluster.api(`/api/v1/work-orders/${encodeURIComponent("1' OR '1'='1")}`, { as: own });
      expect(res.status).toBe(400);
    });
  });

  describe("an outlet manager sees only their outlet's data", () => {
    let outlets: OutletView[];
    let api: DispatchApi;

    beforeAll(async () => {
      const res = await cluster.api<{ items: OutletView[] }>('/api/v1/outlets?limit=100');
      outlets = res.body.items;
      api = new DispatchApi(cluster);
    });

    afterAll(async () => {
      await api?.retireTechnicians();
    });

    it("reads their outlet's technicians, and is refused another outlet's", async () => {
      const [mine, theirs] = outlets;
      const manager: Caller = { role: 'outlet_manager', outlet: mine.code };
      const ours = await api.registerTechnician(newTechnician('hangzhou', { outletId: mine.code, status: 'off_duty' }));
      const other = await api.registerTechnician(newTechnician('hangzhou', { outletId: theirs.code, status: 'off_duty' }));
      const read = await cluster.api<{ id: string }>(`/api/v1/technicians/${ours.id}`, { as: manager });
      expect([read.status, read.body.id]).toEqual([200, ours.id]);
      const refused = await cluster.api<{ code: string }>(`/api/v1/technicians/${other.id}`, { as: manager });
      expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.OUT_OF_SCOPE']);
      expect((await cluster.api(`/api/v1/technicians/${randomUUID()}`, { as: manager })).status).toBe(404);
      expect((await cluster.api('/api/v1/technicians', { as: manager })).status).toBe(403);
    });

    it('reads their outlet by its UUID and its code, and is refused the others', async () => {
      const [mine, theirs] = outlets;
      const manager: Caller = { role: 'outlet_manager', outlet: mine.code };
      expect((await cluster.api(`/api/v1/outlets/${mine.id}`, { as: manager })).status).toBe(200);
      expect((await cluster.api(`/api/v1/outlets/${theirs.id}`, { as: manager })).status).toBe(403);
      expect((await cluster.api(`/api/v1/outlets/${mine.id}/training`, { as: manager })).status).toBe(200);
      expect((await cluster.api(`/api/v1/quality/outlets/${mine.code}/scorecard`, { as: manager })).status).not.toBe(403);
      expect((await cluster.api(`/api/v1/quality/outlets/${theirs.code}/scorecard`, { as: manager })).status).toBe(403);
      expect((await cluster.api(`/api/v1/billing/outlets/${theirs.code}/statements/2026-11`, { as: manager })).status).toBe(403);
      expect((await cluster.api('/api/v1/outlets', { as: manager })).status).toBe(403);
    });
  });

  describe('the audit trail of a case', () => {
    it('records every change with its actor, time and before/after, queryable per case by the quality officer', async () => {
      const agent: Caller = { role: 'customer_service', sub: 'cs-alice' };
      const opened = await cluster.api<{ caseNo: string }>('/api/v1/cases', { as: agent, body: newCaseRequest() });
      expect(opened.status).toBe(201);
      const { caseNo } = opened.body;
      // The workflow acknowledges it (a system change); then another agent cancels it.
      await expectEventually(async () => expect((await cluster.api<{ status: string }>(`/api/v1/cases/${caseNo}`)).body.status).toBe('acknowledged'), 30_000);
      const cancelled = await cluster.api(`/api/v1/cases/${caseNo}/cancel`, { as: { role: 'customer_service', sub: 'cs-bob' }, body: { reason: '客户已自行修好' } });
      expect(cancelled.status).toBe(200);

      expect((await cluster.api(`/api/v1/cases/${caseNo}/audit`, { as: 'customer_service' })).status).toBe(403);
      const trail = await cluster.api<{ entries: AuditEntryView[] }>(`/api/v1/cases/${caseNo}/audit`, { as: 'quality_officer' });
      expect(trail.status).toBe(200);
      const intake = trail.body.entries.filter((e) => e.service === 'intake');
      const byEvent = (suffix: string) => intake.find((e) => e.event.startsWith(`aftersales.intake.case.${suffix}`));
      expect(byEvent('opened')).toMatchObject({ actor: { id: 'cs-alice', role: 'customer_service' }, aggregateId: caseNo, time: expect.any(String) });
      expect(byEvent('acknowledged')?.actor).toMatchObject({ role: 'system' });
      const cancel = byEvent('cancelled');
      // "Before" is what the case's previous event left: the acknowledgement, or the SLA record that may follow it.
      const previous = intake.slice(0, cancel ? intake.indexOf(cancel) : 0).filter((e) => e.aggregateId === cancel?.aggregateId).at(-1);
      expect(['acknowledged.v1', 'sla-met.v1']).toContain(previous?.after.lastEvent);
      expect(cancel).toMatchObject({
        actor: { id: 'cs-bob', role: 'customer_service' },
        before: { lastEvent: previous?.after.lastEvent, cancelledAt: null },
        after: { lastEvent: 'cancelled.v1', cancelledAt: expect.any(String) },
      });
      expect(Object.keys(cancel?.before ?? {})).toEqual(Object.keys(cancel?.after ?? {}));
      for (const entry of trail.body.entries) expect(Number.isNaN(Date.parse(entry.time))).toBe(false);
      // Oldest first across services.
      expect(trail.body.entries.map((e) => e.time)).toEqual([...trail.body.entries.map((e) => e.time)].sort());
    });
  });
});
