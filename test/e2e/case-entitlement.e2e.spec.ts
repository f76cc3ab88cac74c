import type { CaseView, CustomerFileView, ProductModelPage, ProductModelView, ReturnExchangeFactsInput } from '@aftersales/contracts';
import { expectEventually } from '../support/expect-eventually';
import { newCaseRequest } from '../support/case-fixtures';
import { daysAgo } from '../support/dates';
import { TestCluster } from '../support/test-cluster';

const UNUSED_WITH_DEFECT: ReturnExchangeFactsInput = {
  manufacturingDefect: true, unused: true, usedPerManual: true, failsToStart: false, packagingComplete: true, exteriorSoiled: false,
  transportDamage: false, transportDamageNotedAtDelivery: false, matchesDescription: true, humanDamage: false, tamperedLabels: false,
  forceMajeure: false, validProofOfPurchase: true, qualityDeptFoundNoDefect: false, previousExchanges: 0, failedAgainAfterExchange: false,
};

describe('entitlement decided when a case opens', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start('case-entitlement', ['gateway', 'intake', 'dispatch', 'quality']);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  const open = (overrides: Parameters<typeof newCaseRequest>[0]) => cluster.api<CaseView & { errors?: { field: string; reason: string }[] }>('/api/v1/cases', { body: newCaseRequest(overrides) });
  const returnOrExchange = (kind: 'return' | 'exchange', deliveredDaysAgo: number, facts: Partial<ReturnExchangeFactsInput> = {}) =>
    open({
      serviceType: kind,
      product: { model: 'RF-520', serialNo: `RF-${kind}-${deliveredDaysAgo}`, purchaseDate: daysAgo(deliveredDaysAgo + 1), deliveryDate: daysAgo(deliveredDaysAgo) },
      returnExchange: { facts: { ...UNUSED_WITH_DEFECT, ...facts } },
    });

  it('repairs free in warranty', async () => {
    const res = await open({ product: { model: 'WM-800', serialNo: 'WM-free', purchaseDate: daysAgo(100), registeredOn: daysAgo(95) } });
    expect(res.status).toBe(201);
    expect(res.body.entitlement).toMatchObject({ decision: 'free', reasons: [] });
  });

  it('charges out of warranty and says why', async () => {
    const res = await open({ product: { model: 'WM-800', serialNo: 'WM-old', purchaseDate: daysAgo(800), registeredOn: daysAgo(790) } });
    expect(res.body.entitlement).toMatchObject({ decision: 'paid', reasons: [{ code: 'expired' }] });
  });

  it('refuses free service for human damage and records the reason in Chinese and English', async () => {
    const res = await open({ findings: ['human_damage'], product: { model: 'AC-3000', serialNo: 'AC-dropped', purchaseDate: daysAgo(30), registeredOn: daysAgo(29) } });
    expect(res.body.entitlement?.decision).toBe('refused_free');
    expect(res.body.entitlement?.reasons).toEqual([expect.objectContaining({ code: 'human_damage', zh: expect.stringContaining('人为损坏') })]);
    const stored = await cluster.db.query(`SELECT entitlement FROM intake.service_case WHERE case_no = $1`, [res.body.caseNo]);
    expect(stored.rows[0].entitlement.reasons[0].code).toBe('human_damage');
  });

  it('accepts a return on day 7 after delivery', async () => {
    const res = await returnOrExchange('return', 7);
    expect(res.body.entitlement).toMatchObject({ decision: 'eligible', dayNumber: 7, reasons: [] });
  });

  it('refuses a return on day 8 after delivery, stating the window', async () => {
    const res = await returnOrExchange('return', 8);
    expect(res.status).toBe(201);
    expect(res.body.entitlement).toMatchObject({ decision: 'refused', dayNumber: 8 });
    expect(res.body.entitlement?.reasons.map((r) => r.code)).toContain('return_period_passed');
  });

  it('accepts an exchange on day 15 and refuses one on day 16', async () => {
    expect((await returnOrExchange('exchange', 15)).body.entitlement?.decision).toBe('eligible');
    expect((await returnOrExchange('exchange', 16)).body.entitlement?.decision).toBe('refused');
  });

  it('allows a return for a unit exchanged once that fails again', async () => {
    const res = await returnOrExchange('return', 5, { unused: false, manufacturingDefect: true, previousExchanges: 1, failedAgainAfterExchange: true });
    expect(res.body.entitlement?.decision).toBe('eligible');
  });

  it('requires the delivery date and the facts for a return, naming the fields, and writes nothing', async () => {
    const before = await cluster.count('intake.service_case');
    const res = await open({ serviceType: 'return', product: { model: 'RF-520', serialNo: 'RF-x', purchaseDate: daysAgo(3) } });
    expect(res.status).toBe(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['product.deliveryDate', 'returnExchange']);
    expect(await cluster.count('intake.service_case')).toBe(before);
  });

  it('refuses an unknown finding code and a vehicle without its odometer reading', async () => {
    const unknown = await cluster.api('/api/v1/cases', { body: { ...newCaseRequest(), findings: ['bad_luck'] } });
    expect(unknown.status).toBe(400);
    expect((unknown.body.errors as { field: string }[])[0].field).toBe('findings.0');
    const vehicle = await open({ product: { model: 'EV-S1', serialNo: 'EV-1', purchaseDate: daysAgo(200) } });
    expect(vehicle.status).toBe(400);
    expect(JSON.stringify(vehicle.body.errors)).toContain('odometerKm');
  });

  it('keeps a customer file with every unit and case of the customer', async () => {
    const request = newCaseRequest({ product: { model: 'WM-800', serialNo: 'WM-file-1', purchaseDate: daysAgo(60), proofOfPurchase: 'INV-2026-0001' } });
    const first = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    const second = await cluster.api<CaseView>('/api/v1/cases', {
      body: { ...request, serviceType: 'maintenance', product: { model: 'AC-3000', serialNo: 'AC-file-2', purchaseDate: daysAgo(10) } },
    });
    const file = await cluster.api<CustomerFileView>(`/api/v1/customers/${first.body.customerId}/file`);
    expect(file.status).toBe(200);
    expect(second.body.customerId).toBe(first.body.customerId);
    expect(file.body.customer).toMatchObject({ name: request.customer.name, phone: request.customer.phone });
    expect(file.body.units.map((u) => [u.productModel, u.serialNo, u.proofOfPurchase])).toEqual([
      ['WM-800', 'WM-file-1', 'INV-2026-0001'],
      ['AC-3000', 'AC-file-2', null],
    ]);
    expect(file.body.cases.map((c) => c.caseNo).sort()).toEqual([first.body.caseNo, second.body.caseNo].sort());
    expect((await cluster.api('/api/v1/customers/not-a-uuid/file')).status).toBe(400);
    expect((await cluster.api('/api/v1/customers/00000000-0000-4000-8000-000000000000/file')).status).toBe(404);
  });

  describe('the product catalogue (产品目录)', () => {
    const code = `WM-${Date.now().toString(36).toUpperCase()}`;
    const model = { code, nameZh: '波轮洗衣机 9 公斤', nameEn: 'Top-load washer 9 kg', category: 'washing_machine', warrantyMonths: 12, returnDays: 3, exchangeDays: 10 };
    const returnOf = (deliveredDaysAgo: number) =>
      open({
        serviceType: 'return',
        product: { model: code, serialNo: `${code}-${deliveredDaysAgo}-${Date.now()}`, purchaseDate: daysAgo(deliveredDaysAgo + 1), deliveryDate: daysAgo(deliveredDaysAgo) },
        returnExchange: { facts: UNUSED_WITH_DEFECT },
      });

    it('adds a model whose own return window decides returns, and publishes it', async () => {
      const created = await cluster.api<ProductModelView>('/api/v1/product-models', { body: model });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ ...model, warrantyKm: null });
      expect((await cluster.api<ProductModelView>(`/api/v1/product-models/${code}`)).body.returnDays).toBe(3);
      const page = (await cluster.api<ProductModelPage>('/api/v1/product-models?category=washing_machine&limit=100')).body;
      expect(page.items.map((m) => m.code)).toContain(code);
      expect(page.items.every((m) => m.category === 'washing_machine')).toBe(true);

      expect((await returnOf(3)).body.entitlement?.decision).toBe('eligible');
      expect((await returnOf(4)).body.entitlement?.reasons.map((r) => r.code)).toContain('return_period_passed');

      const published = await expectEventually(async () => {
        const rows = await cluster.db.query(`SELECT envelope FROM intake.outbox WHERE subject = 'aftersales.intake.product-model.registered' AND envelope->'data'->>'code' = $1`, [code]);
        expect(rows.rows).toHaveLength(1);
        return rows.rows[0].envelope as { data: Record<string, unknown> };
      });
      expect(published.data).toMatchObject({ code, returnDays: 3, category: 'washing_machine' });
    });

    it('applies changed terms to cases opened afterwards', async () => {
      const before = await returnOf(5);
      expect(before.body.entitlement?.decision).toBe('refused');
      const changed = await cluster.api<ProductModelView>(`/api/v1/product-models/${code}`, { method: 'PUT', body: { ...model, code: undefined, returnDays: 7 } });
      expect([changed.status, changed.body.returnDays]).toEqual([200, 7]);
      expect((await returnOf(5)).body.entitlement?.decision).toBe('eligible');
      // The earlier case keeps the entitlement it opened with.
      expect((await cluster.api<CaseView>(`/api/v1/cases/${before.body.caseNo}`)).body.entitlement?.decision).toBe('refused');
    });

    it('refuses a taken code, an unknown category and an unknown model, and writes nothing', async () => {
      const count = async () => Number((await cluster.db.query(`SELECT count(*) FROM intake.product_model`)).rows[0].count);
      const before = await count();
      const again = await cluster.api<{ code: string; errors: { field: string }[] }>('/api/v1/product-models', { body: model });
      expect([again.status, again.body.code]).toEqual([409, 'INTAKE.PRODUCT_MODEL_EXISTS']);
      const badCategory = await cluster.api<{ errors: { field: string }[] }>('/api/v1/product-models', { body: { ...model, code: `${code}-X`, category: 'spaceship', warrantyMonths: -1 } });
      expect(badCategory.status).toBe(400);
      expect(badCategory.body.errors.map((e) => e.field).sort()).toEqual(['category', 'warrantyMonths']);
      expect((await cluster.api('/api/v1/product-models/NOPE-1', { method: 'PUT', body: { ...model, code: undefined } })).status).toBe(404);
      expect((await cluster.api('/api/v1/product-models/NOPE-1')).status).toBe(404);
      expect(await count()).toBe(before);
    });
  });
});
