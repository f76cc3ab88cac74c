import type { WorkOrderView } from '@aftersales/contracts';
import { DispatchApi } from '../support/dispatch-api';
import { newTechnician, newWorkOrder } from '../support/dispatch-fixtures';
import { InventoryApi, newPart } from '../support/inventory-api';
import { TestCluster } from '../support/test-cluster';

const VISIT_DAY = '2031-04-02';
type ErrorBody = { code: string; errors?: { field: string }[] };

describe("parts used on site come out of the technician's van in the step that records them", () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;
  let inventory: InventoryApi;
  let workOrder: WorkOrderView;
  let technicianId: string;

  beforeAll(async () => {
    cluster = await TestCluster.start('inventory-dispatch', ['gateway', 'dispatch', 'inventory']);
    dispatch = new DispatchApi(cluster);
    inventory = new InventoryApi(cluster);
    await dispatch.registerTechnician(newTechnician('hangzhou', { workingHours: { start: '00:00', end: '23:59' } }));
    workOrder = await dispatch.createWorkOrder(newWorkOrder('hangzhou', VISIT_DAY));
    technicianId = (await dispatch.actOk(workOrder.id, 'assign')).technicianId as string;
    await dispatch.actOk(workOrder.id, 'appointment', { expectedArrivalAt: `${VISIT_DAY}T10:00:00+08:00`, confirmedWithCustomer: true, channel: 'phone' });
    await dispatch.actOk(workOrder.id, 'check-in', { technicianId });
    await dispatch.actOk(workOrder.id, 'record', { diagnosis: '压缩机损坏', repairPlan: '更换压缩机', customerConsent: { given: true, at: new Date().toISOString() } });
  });

  afterAll(async () => {
    await dispatch?.retireTechnicians();
    await cluster?.stop();
  });

  const consumptions = async (): Promise<number> => (await cluster.db.query('SELECT count(*)::int AS n FROM inventory.consumption WHERE case_no = $1', [workOrder.caseNo])).rows[0].n;

  it('refuses the record, writing nothing, when the van lacks the parts; consumes them once when it has them', async () => {
    const part = await inventory.registerPart(newPart('AC-CMP'));
    const van = await inventory.stockVan(technicianId, [{ partCode: part.partCode, qty: 1 }]);
    const dispatchOutbox = await cluster.count('dispatch.outbox');

    const short = await dispatch.act(workOrder.id, 'record', { partsUsed: [{ partCode: part.partCode, qty: 2 }] });
    expect([short.status, (short.body as unknown as ErrorBody).code, (short.body as unknown as ErrorBody).errors?.[0].field]).toEqual([409, 'INVENTORY.INSUFFICIENT_STOCK', 'lines.0.qty']);
    expect((await dispatch.workOrder(workOrder.id)).record?.partsUsed).toEqual([]);
    expect(await cluster.count('dispatch.outbox')).toBe(dispatchOutbox);
    expect((await inventory.balance(van.locationId, part.partCode)).onHand).toBe(1);
    expect(await consumptions()).toBe(0);

    await inventory.receive(part.partCode, 1, van.locationId);
    const recorded = await dispatch.actOk(workOrder.id, 'record', { partsUsed: [{ partCode: part.partCode, qty: 2 }] });
    expect(recorded.record?.partsUsed).toEqual([{ partCode: part.partCode, qty: 2 }]);
    expect((await inventory.balance(van.locationId, part.partCode)).onHand).toBe(0);
    expect(await consumptions()).toBe(1);

    // Recording the same parts again (with the test result) takes nothing more from the van.
    await dispatch.actOk(workOrder.id, 'record', { partsUsed: [{ partCode: part.partCode, qty: 2 }], testResult: { outcome: 'passed' } });
    expect(await consumptions()).toBe(1);

    // One more unit used: only that one is consumed.
    await inventory.receive(part.partCode, 1, van.locationId);
    await dispatch.actOk(workOrder.id, 'record', { partsUsed: [{ partCode: part.partCode, qty: 3 }] });
    expect((await inventory.balance(van.locationId, part.partCode)).onHand).toBe(0);
    const { rows } = await cluster.db.query("SELECT qty FROM inventory.stock_movement WHERE case_no = $1 AND kind = 'consumption' ORDER BY recorded_at", [workOrder.caseNo]);
    expect(rows.map((r: { qty: number }) => r.qty)).toEqual([2, 1]);
  });
});
