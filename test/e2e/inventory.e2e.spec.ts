import type {
  ConsumptionView,
  LocationView,
  MovementView,
  PartView,
  PurchaseOrderView,
  RequisitionView,
  ReservationView,
  StocktakeView,
  SupplierView,
} from '@aftersales/contracts';
import { expectEventually } from '../support/expect-eventually';
import { cny, InventoryApi, newPart } from '../support/inventory-api';
import { TestCluster } from '../support/test-cluster';

type ErrorBody = { code: string; message: string; errors?: { field: string; reason: string; meta?: Record<string, string | number> }[] };
const fieldsOf = (body: unknown): string[] => ((body as ErrorBody).errors ?? []).map((e) => e.field);
const codeOf = (body: unknown): string => (body as ErrorBody).code;

let caseSeq = 0;
const newCaseNo = (): string => `CS-20310401-${String(100_000 + ++caseSeq).padStart(6, '0')}`;
const technicianId = (): string => crypto.randomUUID();

/** A small seeded generator (mulberry32), so a failing random sequence can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('inventory (库存) through the gateway', () => {
  let cluster: TestCluster;
  let inventory: InventoryApi;
  let central: LocationView;

  beforeAll(async () => {
    cluster = await TestCluster.start('inventory', ['gateway', 'inventory']);
    inventory = new InventoryApi(cluster);
    central = await inventory.central();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Row counts of the inventory tables and the sum of every balance: what "changes nothing" compares. */
  const snapshot = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const t of ['stock_movement', 'stock_balance', 'reservation', 'serial_unit', 'consumption', 'requisition', 'purchase_order', 'outbox']) counts[t] = await cluster.count(`inventory.${t}`);
    const { rows } = await cluster.db.query<{ on_hand: string; reserved: string }>('SELECT COALESCE(SUM(on_hand),0) AS on_hand, COALESCE(SUM(reserved),0) AS reserved FROM inventory.stock_balance');
    return { ...counts, onHand: Number(rows[0].on_hand), reserved: Number(rows[0].reserved) };
  };

  describe('the last unit', () => {
    let part: PartView;
    let substitute: PartView;
    let outlet: LocationView;
    let supplier: SupplierView;

    beforeAll(async () => {
      supplier = inventory.ok(await cluster.api<SupplierView>('/api/v1/suppliers', { body: { code: `SUP-RACE-${Date.now() % 100000}`, name: '华东配件', leadTimeDays: 3 } }), 201);
      substitute = await inventory.registerPart(newPart('CMP-SUB', { category: 'compressor' }));
      part = await inventory.registerPart(newPart('CMP', { category: 'compressor', substitutes: [substitute.partCode], preferredSupplierId: supplier.supplierId }));
      outlet = await inventory.outlet(`OUT-RACE-${Date.now() % 100000}`);
      await inventory.receive(substitute.partCode, 50, central.locationId);
      await inventory.receive(part.partCode, 4, outlet.locationId);
      // The most of the part lies in a van, on its way to a job: never offered for a transfer.
      await inventory.receive(part.partCode, 10, (await inventory.van(technicianId())).locationId);
    });

    it('goes to exactly one of two cases reserving it at the same moment, round after round; the other is offered a substitute, a transfer or a purchase', async () => {
      const rounds = 20;
      for (let round = 1; round <= rounds; round++) {
        await inventory.receive(part.partCode, 1, central.locationId);
        const [a, b] = [newCaseNo(), newCaseNo()];
        const answers = await Promise.all([a, b].map((caseNo) => cluster.api<ReservationView | ErrorBody>('/api/v1/reservations', { body: { caseNo, partCode: part.partCode, qty: 1 } })));
        expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
        const loser = answers.find((r) => r.status === 409)?.body as ErrorBody;
        expect(loser.code).toBe('INVENTORY.INSUFFICIENT_STOCK');
        expect(loser.errors?.map((e) => [e.field, e.meta?.kind ?? null])).toEqual([['qty', null], ['partCode', 'substitute'], ['locationId', 'transfer'], ['partCode', 'purchase']]);
        expect(loser.errors?.[1].meta).toMatchObject({ partCode: substitute.partCode, locationId: central.locationId, available: 50 });
        expect(loser.errors?.[2].meta).toMatchObject({ partCode: part.partCode, locationId: outlet.locationId, available: 4 });
        expect(loser.errors?.[3].meta).toMatchObject({ supplierId: supplier.supplierId, leadTimeDays: 3 });
      }
      expect(await inventory.balance(central.locationId, part.partCode)).toMatchObject({ onHand: rounds, reserved: rounds, available: 0 });
      const { rows } = await cluster.db.query("SELECT count(*)::int AS n FROM inventory.reservation WHERE part_code = $1 AND status = 'active'", [part.partCode]);
      expect(rows[0].n).toBe(rounds);
    });

    it('answers a repeated reservation of the same case and part with the same reservation, and releases once', async () => {
      await inventory.receive(part.partCode, 2, central.locationId);
      const caseNo = newCaseNo();
      const first = inventory.ok(await cluster.api<ReservationView>('/api/v1/reservations', { body: { caseNo, partCode: part.partCode, qty: 2 } }), 201);
      const again = inventory.ok(await cluster.api<ReservationView>('/api/v1/reservations', { body: { caseNo, partCode: part.partCode, qty: 2 } }), 201);
      expect(again.reservationId).toBe(first.reservationId);
      const before = await inventory.balance(central.locationId, part.partCode);
      const released = inventory.ok(await cluster.api<ReservationView[]>('/api/v1/reservations/release', { body: { caseNo } }), 200);
      expect(released.map((r) => [r.reservationId, r.status])).toEqual([[first.reservationId, 'released']]);
      expect((await inventory.balance(central.locationId, part.partCode)).reserved).toBe(before.reserved - 2);
      expect(inventory.ok(await cluster.api<ReservationView[]>('/api/v1/reservations/release', { body: { caseNo } }), 200)).toEqual([]);
      expect((await inventory.balance(central.locationId, part.partCode)).reserved).toBe(before.reserved - 2);
    });
  });

  it('keeps on hand equal to the ledger after a seeded random sequence of movements, refusing every one that would go negative', async () => {
    const random = seeded(20261123);
    const parts = [await inventory.registerPart(newPart('LEDGER-A')), await inventory.registerPart(newPart('LEDGER-B'))];
    const locations = [central, await inventory.outlet(`OUT-LEDGER-A-${Date.now() % 100000}`), await inventory.outlet(`OUT-LEDGER-B-${Date.now() % 100000}`)];
    const model = new Map<string, number>();
    const key = (loc: string, part: string) => `${loc}|${part}`;
    const held = (loc: string, part: string) => model.get(key(loc, part)) ?? 0;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    let refused = 0;
    for (let i = 0; i < 150; i++) {
      const part = pick(parts).partCode;
      const [from, to] = [pick(locations).locationId, pick(locations).locationId];
      const qty = 1 + Math.floor(random() * 6);
      const kind = pick(['receipt', 'transfer', 'transfer', 'adjustment-in', 'adjustment-out'] as const);
      const body =
        kind === 'receipt' ? { kind, partCode: part, qty, toLocationId: to }
        : kind === 'transfer' ? { kind, partCode: part, qty, fromLocationId: from, toLocationId: to === from ? locations.find((l) => l.locationId !== from)?.locationId : to }
        : kind === 'adjustment-in' ? { kind: 'adjustment', partCode: part, qty, toLocationId: to, reason: 'found in count' }
        : { kind: 'adjustment', partCode: part, qty, fromLocationId: from, reason: 'damaged' };
      const source = 'fromLocationId' in body ? (body.fromLocationId as string) : null;
      const res = await inventory.move(body);
      if (source && held(source, part) < qty) {
        expect([res.status, codeOf(res.body), fieldsOf(res.body)]).toEqual([409, 'INVENTORY.INSUFFICIENT_STOCK', ['qty']]);
        refused++;
        continue;
      }
      expect(res.status).toBe(201);
      if (source) model.set(key(source, part), held(source, part) - qty);
      if ('toLocationId' in body && body.toLocationId) model.set(key(body.toLocationId, part), held(body.toLocationId, part) + qty);
    }
    expect(refused).toBeGreaterThan(0);

    for (const { partCode } of parts) {
      const ledger = inventory.ok(await cluster.api<MovementView[]>(`/api/v1/movements?partCode=${partCode}&limit=5000`), 200);
      const sum = (pred: (m: MovementView) => boolean) => ledger.filter(pred).reduce((n, m) => n + m.qty, 0);
      for (const { locationId } of locations) {
        const balance = await inventory.balance(locationId, partCode);
        expect(balance.onHand).toBe(held(locationId, partCode));
        expect(balance.onHand).toBe(sum((m) => m.toLocationId === locationId) - sum((m) => m.fromLocationId === locationId));
      }
      const total = locations.reduce((n, l) => n + held(l.locationId, partCode), 0);
      const adjustments = sum((m) => m.kind === 'adjustment' && m.toLocationId !== null) - sum((m) => m.kind === 'adjustment' && m.fromLocationId !== null);
      expect(total).toBe(sum((m) => m.kind === 'receipt') - sum((m) => m.kind === 'consumption') + adjustments);
    }
    // The ledger refuses edits at the database itself.
    await expect(cluster.db.query('DELETE FROM inventory.stock_movement WHERE part_code = $1', [parts[0].partCode])).rejects.toThrow('append-only');
  });

  describe('requisitions, serial numbers, returns and consumption', () => {
    let plain: PartView;
    let valuable: PartView;
    const technician = technicianId();

    beforeAll(async () => {
      plain = await inventory.registerPart(newPart('SEAL', { category: 'seal' }));
      valuable = await inventory.registerPart(newPart('PCB', { category: 'electronics', serialTracked: true }));
      await inventory.receive(plain.partCode, 10, central.locationId);
    });

    const requisition = async (lines: { partCode: string; qty: number }[], caseNo?: string): Promise<RequisitionView> =>
      inventory.ok(await cluster.api<RequisitionView>('/api/v1/requisitions', { body: { technicianId: technician, fromLocationId: central.locationId, caseNo, requestedBy: 'T-1001', lines } }), 201);
    const decide = (id: string, body: Record<string, unknown>) => cluster.api<RequisitionView>(`/api/v1/requisitions/${id}/decision`, { body });
    const issue = (id: string, body: Record<string, unknown> = {}) => cluster.api<RequisitionView>(`/api/v1/requisitions/${id}/issue`, { body });

    it('issues to the van only what the department head approved, once', async () => {
      const caseNo = newCaseNo();
      inventory.ok(await cluster.api('/api/v1/reservations', { body: { caseNo, partCode: plain.partCode, qty: 2 } }), 201);
      const asked = await requisition([{ partCode: plain.partCode, qty: 2 }], caseNo);
      const before = await snapshot();
      const early = await issue(asked.requisitionId);
      expect([early.status, codeOf(early.body)]).toEqual([409, 'INVENTORY.REQUISITION_NOT_APPROVED']);
      expect(await snapshot()).toEqual(before);

      const turnedDown = await requisition([{ partCode: plain.partCode, qty: 1 }]);
      const noReason = await decide(turnedDown.requisitionId, { decision: 'rejected', decidedBy: 'HEAD-1' });
      expect([noReason.status, fieldsOf(noReason.body)]).toEqual([400, ['reason']]);
      inventory.ok(await decide(turnedDown.requisitionId, { decision: 'rejected', decidedBy: 'HEAD-1', reason: '当月领用超额' }), 200);
      expect(codeOf((await issue(turnedDown.requisitionId)).body)).toBe('INVENTORY.REQUISITION_NOT_APPROVED');

      expect(inventory.ok(await decide(asked.requisitionId, { decision: 'approved', decidedBy: 'HEAD-1' }), 200).status).toBe('approved');
      expect((await decide(asked.requisitionId, { decision: 'rejected', decidedBy: 'HEAD-1', reason: 'changed my mind' })).status).toBe(409);
      const issued = inventory.ok(await issue(asked.requisitionId), 200);
      expect([issued.status, issued.movementIds.length]).toEqual(['issued', 1]);
      const van = await inventory.van(technician);
      expect(await inventory.balance(van.locationId, plain.partCode)).toMatchObject({ onHand: 2, reserved: 0 });
      // The case's reservation was what left the warehouse: nothing stays held for it.
      expect(await inventory.balance(central.locationId, plain.partCode)).toMatchObject({ onHand: 8, reserved: 0 });
      expect(inventory.ok(await issue(asked.requisitionId), 200).movementIds).toEqual(issued.movementIds);
      expect((await inventory.balance(van.locationId, plain.partCode)).onHand).toBe(2);
    });

    it('tracks valuable parts by serial number from receipt to the van', async () => {
      const before = await snapshot();
      const unnamed = await inventory.move({ kind: 'receipt', partCode: valuable.partCode, qty: 2, toLocationId: central.locationId });
      expect([unnamed.status, codeOf(unnamed.body), fieldsOf(unnamed.body)]).toEqual([400, 'INVENTORY.SERIALS_REQUIRED', ['serialNos']]);
      expect(await snapshot()).toEqual(before);
      await inventory.receive(valuable.partCode, 3, central.locationId, ['PCB-S1', 'PCB-S2', 'PCB-S3']);
      const twice = await inventory.move({ kind: 'receipt', partCode: valuable.partCode, qty: 1, toLocationId: central.locationId, serialNos: ['PCB-S2'] });
      expect([twice.status, codeOf(twice.body)]).toEqual([409, 'INVENTORY.SERIAL_ALREADY_IN_STOCK']);

      const asked = await requisition([{ partCode: valuable.partCode, qty: 1 }]);
      inventory.ok(await decide(asked.requisitionId, { decision: 'approved', decidedBy: 'HEAD-1' }), 200);
      const noSerial = await issue(asked.requisitionId);
      expect([noSerial.status, fieldsOf(noSerial.body)]).toEqual([400, ['serials']]);
      const elsewhere = await issue(asked.requisitionId, { serials: [{ partCode: valuable.partCode, serialNos: ['PCB-S9'] }] });
      expect([elsewhere.status, codeOf(elsewhere.body), fieldsOf(elsewhere.body)]).toEqual([422, 'INVENTORY.SERIAL_NOT_AT_LOCATION', ['serials.0.serialNos']]);
      inventory.ok(await issue(asked.requisitionId, { serials: [{ partCode: valuable.partCode, serialNos: ['PCB-S2'] }] }), 200);
      const van = await inventory.van(technician);
      expect((await inventory.balance(van.locationId, valuable.partCode)).serialNos).toEqual(['PCB-S2']);
      expect((await inventory.balance(central.locationId, valuable.partCode)).serialNos).toEqual(['PCB-S1', 'PCB-S3']);
    });

    it('takes unused parts back from the van, never more than it holds', async () => {
      const van = await inventory.van(technician);
      const before = await snapshot();
      const tooMany = await inventory.move({ kind: 'return', partCode: plain.partCode, qty: 5, fromLocationId: van.locationId, toLocationId: central.locationId });
      expect([tooMany.status, codeOf(tooMany.body), fieldsOf(tooMany.body)]).toEqual([422, 'INVENTORY.OVER_RETURN', ['qty']]);
      const notAVan = await inventory.move({ kind: 'return', partCode: plain.partCode, qty: 1, fromLocationId: central.locationId, toLocationId: van.locationId });
      expect([notAVan.status, codeOf(notAVan.body)]).toEqual([422, 'INVENTORY.RETURN_NOT_FROM_VAN']);
      expect(await snapshot()).toEqual(before);
      inventory.ok(await inventory.move({ kind: 'return', partCode: plain.partCode, qty: 1, fromLocationId: van.locationId, toLocationId: central.locationId }), 201);
      expect((await inventory.balance(van.locationId, plain.partCode)).onHand).toBe(1);
      expect((await inventory.balance(central.locationId, plain.partCode)).onHand).toBe(9);
    });

    it('consumes parts used on site from the van in one step, once per key, all or nothing', async () => {
      const van = await inventory.van(technician);
      const caseNo = newCaseNo();
      const key = `case:${caseNo}:visit-1`;
      const body = { idempotencyKey: key, caseNo, technicianId: technician, lines: [{ partCode: plain.partCode, qty: 1 }, { partCode: valuable.partCode, qty: 1, serialNos: ['PCB-S2'] }] };
      const first = inventory.ok(await cluster.api<ConsumptionView>('/api/v1/consumptions', { body }), 201);
      const again = inventory.ok(await cluster.api<ConsumptionView>('/api/v1/consumptions', { body }), 201);
      expect(again).toEqual(first);
      expect(await inventory.balance(van.locationId, plain.partCode)).toMatchObject({ onHand: 0 });
      expect(await inventory.balance(van.locationId, valuable.partCode)).toMatchObject({ onHand: 0, serialNos: [] });
      const { rows } = await cluster.db.query('SELECT location_id, case_no FROM inventory.serial_unit WHERE serial_no = $1', ['PCB-S2']);
      expect(rows).toEqual([{ location_id: null, case_no: caseNo }]);

      const before = await snapshot();
      const reused = await cluster.api('/api/v1/consumptions', { body: { ...body, lines: [{ partCode: plain.partCode, qty: 2 }] } });
      expect([reused.status, codeOf(reused.body)]).toEqual([409, 'INVENTORY.IDEMPOTENCY_KEY_REUSED']);
      const short = await cluster.api('/api/v1/consumptions', { body: { ...body, idempotencyKey: `${key}-b`, lines: [{ partCode: plain.partCode, qty: 1 }] } });
      expect([short.status, codeOf(short.body), fieldsOf(short.body)]).toEqual([409, 'INVENTORY.INSUFFICIENT_STOCK', ['lines.0.qty']]);
      const noVan = await cluster.api('/api/v1/consumptions', { body: { ...body, idempotencyKey: `${key}-c`, technicianId: technicianId() } });
      expect([noVan.status, codeOf(noVan.body), fieldsOf(noVan.body)]).toEqual([404, 'INVENTORY.VAN_NOT_FOUND', ['technicianId']]);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('counts a location, reports the variance, and posts it to the ledger', async () => {
    const outlet = await inventory.outlet(`OUT-COUNT-${Date.now() % 100000}`);
    const part = await inventory.registerPart(newPart('FAN', { category: 'motor' }));
    const tracked = await inventory.registerPart(newPart('CMP-T', { category: 'compressor', serialTracked: true }));
    await inventory.receive(part.partCode, 10, outlet.locationId);
    await inventory.receive(tracked.partCode, 2, outlet.locationId, ['T-1', 'T-2']);
    const sheet = inventory.ok(await cluster.api<StocktakeView>('/api/v1/stocktakes', { body: { locationId: outlet.locationId } }), 201);
    expect(sheet.lines.map((l) => [l.partCode, l.expected, l.counted])).toEqual(expect.arrayContaining([[part.partCode, 10, null], [tracked.partCode, 2, null]]));

    const noSerials = await cluster.api(`/api/v1/stocktakes/${sheet.stocktakeId}/counts`, { body: { lines: [{ partCode: tracked.partCode, counted: 2 }] } });
    expect([noSerials.status, fieldsOf(noSerials.body)]).toEqual([400, ['lines.0.serialNos']]);
    const counts = { lines: [{ partCode: part.partCode, counted: 7 }, { partCode: tracked.partCode, counted: 2, serialNos: ['T-2', 'T-3'] }] };
    const report = inventory.ok(await cluster.api<StocktakeView>(`/api/v1/stocktakes/${sheet.stocktakeId}/counts`, { body: counts }), 200);
    expect(report.lines.find((l) => l.partCode === part.partCode)).toMatchObject({ expected: 10, counted: 7, variance: -3 });
    expect(report.lines.find((l) => l.partCode === tracked.partCode)).toMatchObject({ variance: 0, missingSerialNos: ['T-1'], foundSerialNos: ['T-3'] });

    const posted = inventory.ok(await cluster.api<StocktakeView>(`/api/v1/stocktakes/${sheet.stocktakeId}/post`, { method: 'POST' }), 200);
    expect([posted.status, posted.movementIds.length]).toEqual(['posted', 3]);
    expect((await inventory.balance(outlet.locationId, part.partCode)).onHand).toBe(7);
    expect(await inventory.balance(outlet.locationId, tracked.partCode)).toMatchObject({ onHand: 2, serialNos: ['T-2', 'T-3'] });
    const ledger = inventory.ok(await cluster.api<MovementView[]>(`/api/v1/movements?partCode=${part.partCode}`), 200);
    expect(ledger.map((m) => [m.kind, m.qty, m.fromLocationId])).toEqual([['receipt', 10, null], ['stocktake_variance', 3, outlet.locationId]]);
    expect((await cluster.api(`/api/v1/stocktakes/${sheet.stocktakeId}/post`, { method: 'POST' })).status).toBe(409);
  });

  it('proposes a purchase order at the reorder point; its receipt stocks the warehouse and rates the supplier', async () => {
    const supplier = inventory.ok(await cluster.api<SupplierView>('/api/v1/suppliers', { body: { code: `SUP-RO-${Date.now() % 100000}`, name: '进口配件', leadTimeDays: 30 } }), 201);
    const part = await inventory.registerPart(newPart('RO', { unitPrice: cny(20_000), reorderPoint: 5, reorderQty: 10, preferredSupplierId: supplier.supplierId }));
    const outlet = await inventory.outlet(`OUT-RO-${Date.now() % 100000}`);
    await inventory.receive(part.partCode, 6, central.locationId);
    const orders = async () => inventory.ok(await cluster.api<PurchaseOrderView[]>(`/api/v1/purchase-orders?partCode=${part.partCode}`), 200);
    expect(await orders()).toEqual([]);
    inventory.ok(await inventory.move({ kind: 'transfer', partCode: part.partCode, qty: 2, fromLocationId: central.locationId, toLocationId: outlet.locationId }), 201);
    const [proposed] = await orders();
    expect(proposed).toMatchObject({ status: 'proposed', autoProposed: true, qty: 10, supplierId: supplier.supplierId, unitPrice: cny(20_000), toLocationId: central.locationId });
    inventory.ok(await inventory.move({ kind: 'transfer', partCode: part.partCode, qty: 1, fromLocationId: central.locationId, toLocationId: outlet.locationId }), 201);
    expect(await orders()).toHaveLength(1);

    const early = await cluster.api(`/api/v1/purchase-orders/${proposed.purchaseOrderId}/receive`, { body: { qtyDelivered: 10, unitPrice: cny(20_000) } });
    expect([early.status, codeOf(early.body)]).toEqual([409, 'INVENTORY.PURCHASE_ORDER_STATUS']);
    inventory.ok(await cluster.api(`/api/v1/purchase-orders/${proposed.purchaseOrderId}/place`, { body: { expectedBy: new Date(Date.now() + 86_400_000).toISOString() } }), 200);
    const before = await snapshot();
    const dollars = await cluster.api(`/api/v1/purchase-orders/${proposed.purchaseOrderId}/receive`, { body: { qtyDelivered: 10, unitPrice: { amountMinor: 3000, currency: 'USD' } } });
    expect([dollars.status, codeOf(dollars.body), fieldsOf(dollars.body)]).toEqual([400, 'INVENTORY.CURRENCY_MISMATCH', ['unitPrice.currency']]);
    expect(await snapshot()).toEqual(before);
    const received = inventory.ok(await cluster.api<PurchaseOrderView>(`/api/v1/purchase-orders/${proposed.purchaseOrderId}/receive`, { body: { qtyDelivered: 10, qtyRejected: 2, unitPrice: cny(21_000) } }), 200);
    expect(received).toMatchObject({ status: 'received', delivery: { qtyDelivered: 10, qtyRejected: 2, onTime: true } });
    expect((await inventory.balance(central.locationId, part.partCode)).onHand).toBe(3 + 8);
    const rated = inventory.ok(await cluster.api<SupplierView>(`/api/v1/suppliers/${supplier.supplierId}`), 200);
    expect(rated.evaluation).toEqual({ deliveries: 1, onTimeBp: 10_000, rejectBp: 2_000, priceVarianceBp: 500, score: 40 + 32 + 10 });
  });

  it('announces the open cases holding a part when it is discontinued, and reserves it no more', async () => {
    const part = await inventory.registerPart(newPart('DISC'));
    await inventory.receive(part.partCode, 3, central.locationId);
    const cases = [newCaseNo(), newCaseNo()];
    for (const caseNo of cases) inventory.ok(await cluster.api('/api/v1/reservations', { body: { caseNo, partCode: part.partCode, qty: 1 } }), 201);
    const released = newCaseNo();
    inventory.ok(await cluster.api('/api/v1/reservations', { body: { caseNo: released, partCode: part.partCode, qty: 1 } }), 201);
    inventory.ok(await cluster.api('/api/v1/reservations/release', { body: { caseNo: released } }), 200);

    const done = inventory.ok(await cluster.api<PartView>(`/api/v1/parts/${part.partCode}/discontinue`, { body: { reason: '厂家停产' } }), 200);
    expect(done.discontinued).toBe(true);
    const events = await expectEventually(async () => {
      const found = (await inventory.events('aftersales.inventory.part.discontinued')).filter((e) => e.data.partCode === part.partCode);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(events[0].data).toEqual({ partCode: part.partCode, affectedCaseNos: [...cases].sort(), substitutes: [], discontinuedAt: done.discontinuedAt });
    inventory.ok(await cluster.api(`/api/v1/parts/${part.partCode}/discontinue`, { body: {} }), 200);
    const more = await cluster.api('/api/v1/reservations', { body: { caseNo: newCaseNo(), partCode: part.partCode, qty: 1 } });
    expect([more.status, codeOf(more.body), fieldsOf(more.body)]).toEqual([422, 'INVENTORY.PART_DISCONTINUED', ['partCode']]);
  });

  it('pages the lists that grow with the business (reservations, stock, purchase orders, locations, suppliers, the ledger) and refuses an oversized page', async () => {
    const part = await inventory.registerPart(newPart('PAGE'));
    const receipts = [await inventory.receive(part.partCode, 1, central.locationId), await inventory.receive(part.partCode, 2, central.locationId)];
    const ledger = async (query: string) => inventory.ok(await cluster.api<MovementView[]>(`/api/v1/movements?partCode=${part.partCode}&${query}`), 200).map((m) => m.movementId);
    expect(await ledger('limit=1')).toEqual([receipts[0].movementId]);
    expect(await ledger('limit=1&offset=1')).toEqual([receipts[1].movementId]);
    const ledgerTooBig = await cluster.api('/api/v1/movements?limit=5001');
    expect([ledgerTooBig.status, fieldsOf(ledgerTooBig.body)]).toEqual([400, ['limit']]);
    const cases = [newCaseNo(), newCaseNo(), newCaseNo()];
    for (const caseNo of cases) inventory.ok(await cluster.api('/api/v1/reservations', { body: { caseNo, partCode: part.partCode, qty: 1 } }), 201);
    const page = async (query: string) => inventory.ok(await cluster.api<ReservationView[]>(`/api/v1/reservations?partCode=${part.partCode}&${query}`), 200).map((r) => r.caseNo);
    expect(await page('limit=2')).toEqual(cases.slice(0, 2));
    expect(await page('limit=2&offset=2')).toEqual(cases.slice(2));
    expect(await page('limit=500')).toEqual(cases);
    for (const path of ['/api/v1/reservations', '/api/v1/stock', '/api/v1/purchase-orders', '/api/v1/locations', '/api/v1/suppliers']) {
      const tooBig = await cluster.api(`${path}?limit=501`);
      expect([path, tooBig.status, fieldsOf(tooBig.body)]).toEqual([path, 400, ['limit']]);
    }
  });

  it('finds locations by kind or owner, a page at a time, and suppliers by code', async () => {
    const [first, second] = [technicianId(), technicianId()];
    const vans = [await inventory.van(first), await inventory.van(second)];
    const ids = async (query: string) => inventory.ok(await cluster.api<LocationView[]>(`/api/v1/locations?${query}`), 200).map((l) => l.locationId);
    expect(await ids(`technicianId=${second}`)).toEqual([vans[1].locationId]);
    expect(await ids(`kind=central`)).toEqual([central.locationId]);
    const allVans = await ids('kind=van&limit=500');
    expect(allVans.slice(-2)).toEqual(vans.map((v) => v.locationId));
    expect(await ids(`kind=van&limit=1&offset=${allVans.length - 1}`)).toEqual([vans[1].locationId]);
    const outletId = `OUT-FIND-${Date.now() % 100000}`;
    const outlet = await inventory.outlet(outletId);
    expect(inventory.ok(await cluster.api<LocationView[]>(`/api/v1/locations?outletId=${outletId}`), 200)).toEqual([{ locationId: outlet.locationId, kind: 'outlet', outletId, technicianId: null }]);
    const mixed = await cluster.api(`/api/v1/locations?kind=central&technicianId=${first}`);
    expect([mixed.status, fieldsOf(mixed.body)]).toEqual([400, ['technicianId']]);

    const stamp = Date.now() % 100000;
    const codes = [`SUP-PAGE-${stamp}-A`, `SUP-PAGE-${stamp}-B`];
    for (const code of codes) inventory.ok(await cluster.api<SupplierView>('/api/v1/suppliers', { body: { code, name: '分页供应商', leadTimeDays: 5 } }), 201);
    const suppliers = inventory.ok(await cluster.api<SupplierView[]>('/api/v1/suppliers?limit=500'), 200).map((s) => s.code);
    const at = suppliers.indexOf(codes[0]);
    expect(inventory.ok(await cluster.api<SupplierView[]>(`/api/v1/suppliers?limit=2&offset=${at}`), 200).map((s) => s.code)).toEqual(codes);
  });

  it('rejects bad input naming the field, and changes nothing', async () => {
    const part = await inventory.registerPart(newPart('BAD'));
    await inventory.receive(part.partCode, 2, central.locationId);
    const before = await snapshot();
    const cases: [string, Record<string, unknown>, number, string, string[]][] = [
      ['/api/v1/movements', { kind: 'receipt', partCode: part.partCode, qty: -3, toLocationId: central.locationId }, 400, 'COMMON.VALIDATION_FAILED', ['qty']],
      ['/api/v1/movements', { kind: 'receipt', partCode: 'NO-SUCH-PART', qty: 1, toLocationId: central.locationId }, 404, 'INVENTORY.PART_NOT_FOUND', ['partCode']],
      ['/api/v1/movements', { kind: 'receipt', partCode: part.partCode, qty: 1, toLocationId: crypto.randomUUID() }, 404, 'INVENTORY.LOCATION_NOT_FOUND', ['toLocationId']],
      ['/api/v1/movements', { kind: 'adjustment', partCode: part.partCode, qty: 3, fromLocationId: central.locationId, reason: 'broken' }, 409, 'INVENTORY.INSUFFICIENT_STOCK', ['qty']],
      ['/api/v1/movements', { kind: 'adjustment', partCode: part.partCode, qty: 1, fromLocationId: central.locationId }, 400, 'COMMON.VALIDATION_FAILED', ['reason']],
      ['/api/v1/reservations', { caseNo: newCaseNo(), partCode: part.partCode, qty: 0 }, 400, 'COMMON.VALIDATION_FAILED', ['qty']],
      ['/api/v1/reservations', { caseNo: newCaseNo(), partCode: 'NO-SUCH-PART', qty: 1 }, 404, 'INVENTORY.PART_NOT_FOUND', ['partCode']],
      ['/api/v1/reservations', { caseNo: newCaseNo(), partCode: part.partCode, qty: 1, locationId: crypto.randomUUID() }, 404, 'INVENTORY.LOCATION_NOT_FOUND', ['locationId']],
      ['/api/v1/parts', { ...newPart('BAD'), unitPrice: { amountMinor: 12.5, currency: 'CNY' } }, 400, 'COMMON.VALIDATION_FAILED', ['unitPrice.amountMinor']],
      ['/api/v1/parts', { ...newPart('BAD'), substitutes: ['NO-SUCH-PART'] }, 404, 'INVENTORY.PART_NOT_FOUND', ['substitutes.0']],
      ['/api/v1/requisitions', { technicianId: technicianId(), fromLocationId: central.locationId, requestedBy: 'T-1', lines: [{ partCode: 'NO-SUCH-PART', qty: 1 }] }, 404, 'INVENTORY.PART_NOT_FOUND', ['lines.0.partCode']],
      ['/api/v1/purchase-orders', { supplierId: crypto.randomUUID(), partCode: part.partCode, qty: 1, unitPrice: cny(100) }, 404, 'INVENTORY.SUPPLIER_NOT_FOUND', ['supplierId']],
    ];
    for (const [path, body, status, code, fields] of cases) {
      const res = await cluster.api(path, { body, headers: { 'Accept-Language': 'en' } });
      expect([path, res.status, codeOf(res.body), fieldsOf(res.body)]).toEqual([path, status, code, fields]);
    }
    // Issuing more than on hand, on an approved requisition.
    const asked = inventory.ok(await cluster.api<RequisitionView>('/api/v1/requisitions', { body: { technicianId: technicianId(), fromLocationId: central.locationId, requestedBy: 'T-1', lines: [{ partCode: part.partCode, qty: 50 }] } }), 201);
    inventory.ok(await cluster.api(`/api/v1/requisitions/${asked.requisitionId}/decision`, { body: { decision: 'approved', decidedBy: 'HEAD-1' } }), 200);
    const after = await snapshot();
    const tooMuch = await cluster.api(`/api/v1/requisitions/${asked.requisitionId}/issue`, { body: {} });
    expect([tooMuch.status, codeOf(tooMuch.body), fieldsOf(tooMuch.body)]).toEqual([409, 'INVENTORY.INSUFFICIENT_STOCK', ['lines.0.qty']]);
    expect(await snapshot()).toEqual(after);
    expect({ ...after, requisition: before.requisition, outbox: before.outbox }).toEqual(before);
    expect(await inventory.balance(central.locationId, part.partCode)).toMatchObject({ onHand: 2, reserved: 0 });
  });
});
