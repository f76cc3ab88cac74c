import type { CaseView, InvoiceView, QuoteRequestView, QuoteView, ReservationView, WorkOrderView } from '@aftersales/contracts';
import { caseStateQuery, caseWorkflowId } from '@aftersales/workflows';
import { shortPolicyPriceList } from '../support/billing-fixtures';
import { newCaseRequest } from '../support/case-fixtures';
import { daysAgo } from '../support/dates';
import { DispatchApi } from '../support/dispatch-api';
import { CITIES, newTechnician } from '../support/dispatch-fixtures';
import { expectEventually } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';

// The demo inventory holds 8 control boards (AC-PCB-3000) in the central warehouse.
const BOARD = 'AC-PCB-3000';
const BOARD_PRICE = 45_000;

describe('an out-of-warranty repair: quote, acceptance, prepayment, repair, invoice, payment, closed', () => {
  let cluster: TestCluster;
  let dispatch: DispatchApi;

  beforeAll(async () => {
    cluster = await TestCluster.start('paid-repair');
    dispatch = new DispatchApi(cluster);
    const priceList = { ...shortPolicyPriceList(`paid-${Date.now()}`), parts: [{ partNo: BOARD, price: BOARD_PRICE }] };
    expect((await cluster.api('/api/v1/billing/price-lists', { body: priceList })).status).toBe(201);
  });

  afterAll(async () => {
    await dispatch?.retireTechnicians();
    await cluster?.stop();
  });

  /** An air conditioner bought five years ago: its 36-month warranty is over, so the repair is paid. */
  const openPaidCase = async (tier: 'normal' | 'key' = 'normal') => {
    const base = newCaseRequest();
    const request = newCaseRequest({
      customer: { ...base.customer, tier },
      serviceType: 'repair_onsite',
      address: { city: '杭州', line: '上城区解放路 18 号', ...CITIES.hangzhou },
      product: { model: 'AC-3000', serialNo: `AC3K-P${Date.now()}`, purchaseDate: daysAgo(5 * 365), registeredOn: daysAgo(5 * 365 - 1) },
    });
    const opened = await cluster.api<CaseView>('/api/v1/cases', { body: request });
    expect(opened.body.entitlement?.decision).toBe('paid');
    return { request, caseNo: opened.body.caseNo };
  };
  const stageOf = async (caseNo: string) => (await cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).query(caseStateQuery)).billingStage;
  const quote = (caseNo: string) =>
    cluster.api<QuoteView>('/api/v1/billing/quotes', {
      body: { caseNo, requestedAt: new Date().toISOString(), difficulty: 'standard', labourMinutes: 90, parts: [{ partNo: BOARD, qty: 1 }], distanceKm: 5 },
    });

  it('sends nobody before the quote is accepted and paid, then repairs, invoices the quoted amount and closes', async () => {
    const technician = await dispatch.registerTechnician(newTechnician('hangzhou', { workingHours: { start: '00:00', end: '23:59' } }));
    const { request, caseNo } = await openPaidCase();
    await expectEventually(async () => expect(await stageOf(caseNo)).toBe('awaiting_quote_decision'), 20_000);
    // The quote SLA runs from the request, by the deadline rules of the price list.
    const requested = await expectEventually(async () => {
      const res = await cluster.api<QuoteRequestView>(`/api/v1/billing/quotes/${caseNo}/request`);
      expect(res.status).toBe(200);
      return res.body;
    }, 20_000);
    expect(requested).toMatchObject({ caseNo, quoted: false, deadlineMissedAt: null, largeOrImportant: false });
    expect(['same_day', 'next_day_noon', 'within_48h']).toContain(requested.deadlineRule);

    // Labour 90 min at 80.00/h = 120.00, the board 450.00, travel within 10 km free: 570.00 in all.
    const quoted = await quote(caseNo);
    expect(quoted.status).toBe(201);
    expect(quoted.body.customerTotal).toEqual({ amountMinor: 12_000 + BOARD_PRICE, currency: 'CNY' });
    expect((await cluster.api(`/api/v1/cases/${caseNo}/work-order`)).status).toBe(404);
    expect((await cluster.api<QuoteRequestView>(`/api/v1/billing/quotes/${caseNo}/request`)).body.quoted).toBe(true);

    expect((await cluster.api(`/api/v1/billing/quotes/${caseNo}/accept`, { method: 'POST' })).status).toBe(200);
    await expectEventually(async () => expect(await stageOf(caseNo)).toBe('awaiting_prepayment'), 20_000);
    expect((await cluster.api(`/api/v1/billing/quotes/${caseNo}`)).body).toMatchObject({ paymentTerm: 'before_service', prepaymentRequired: true });
    expect((await cluster.api(`/api/v1/cases/${caseNo}/work-order`)).status).toBe(404);

    const paid = await cluster.api(`/api/v1/billing/cases/${caseNo}/payments`, { body: { reference: `PAY-${caseNo}`, amount: quoted.body.customerTotal } });
    expect(paid.status).toBe(200);

    // Paid: the quoted board is reserved and the technician sent.
    const workOrder = await expectEventually(async () => {
      const res = await cluster.api<WorkOrderView>(`/api/v1/cases/${caseNo}/work-order`);
      expect(res.body).toMatchObject({ status: 'assigned', technicianId: technician.id });
      return res.body;
    }, 20_000);
    const reservations = (await cluster.api<ReservationView[]>(`/api/v1/reservations?caseNo=${caseNo}`)).body;
    expect(reservations).toEqual([expect.objectContaining({ partCode: BOARD, qty: 1, status: 'active' })]);

    await dispatch.repairOnSite(workOrder.id, technician.id, request.customer.name);

    // Prepaid in full: the invoice has nothing outstanding and the case closes.
    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).result()).resolves.toEqual({ caseNo, status: 'closed' });
    const invoice = (await cluster.api<InvoiceView>(`/api/v1/billing/invoices/${caseNo}`)).body;
    expect(invoice).toMatchObject({ customerTotal: { amountMinor: 57_000, currency: 'CNY' }, outstanding: { amountMinor: 0, currency: 'CNY' } });
    expect(await stageOf(caseNo)).toBe('paid');
    expect((await cluster.api<CaseView>(`/api/v1/cases/${caseNo}`)).body.status).toBe('closed');
  });

  it('cancels the case with the reason when the customer rejects the quote, and sends nobody', async () => {
    const { caseNo } = await openPaidCase();
    await expectEventually(async () => expect(await stageOf(caseNo)).toBe('awaiting_quote_decision'), 20_000);
    expect((await quote(caseNo)).status).toBe(201);
    expect((await cluster.api(`/api/v1/billing/quotes/${caseNo}/reject`, { body: { reason: 'too_expensive' } })).status).toBe(200);

    await expect(cluster.temporal.workflow.getHandle(caseWorkflowId(caseNo)).result()).resolves.toEqual({ caseNo, status: 'cancelled' });
    expect((await cluster.api<CaseView>(`/api/v1/cases/${caseNo}`)).body).toMatchObject({ status: 'cancelled', cancelReason: 'quote_rejected:too_expensive' });
    expect((await cluster.api(`/api/v1/cases/${caseNo}/work-order`)).status).toBe(404);
  });

  it('breaches the quote SLA once when no quote comes by its deadline, and the late quote says so', async () => {
    // A key customer's request is quoted within the large-or-important window, here shortened to 3 s.
    const priceList = { ...shortPolicyPriceList(`paid-late-${Date.now()}`), parts: [{ partNo: BOARD, price: BOARD_PRICE }] };
    priceList.quoteDeadlines = { ...priceList.quoteDeadlines, largeOrImportantMs: 3_000 };
    expect((await cluster.api('/api/v1/billing/price-lists', { body: priceList })).status).toBe(201);
    const { caseNo } = await openPaidCase('key');

    const missed = await expectEventually(async () => {
      const res = await cluster.api<QuoteRequestView>(`/api/v1/billing/quotes/${caseNo}/request`);
      expect(res.body).toMatchObject({ deadlineRule: 'within_48h', largeOrImportant: true, quoted: false, deadlineMissedAt: expect.any(String) });
      return res.body;
    }, 20_000);
    expect(Date.parse(missed.deadlineMissedAt!)).toBeGreaterThanOrEqual(Date.parse(missed.dueAt));
    const published = async () =>
      Number((await cluster.db.query(`SELECT count(*) AS n FROM billing.outbox WHERE subject = 'aftersales.billing.quote.deadline-missed' AND envelope->>'subject' = $1`, [caseNo])).rows[0].n);
    expect(await published()).toBe(1);

    const late = await quote(caseNo);
    expect(late.body).toMatchObject({ timeliness: 'late', deadlineRule: 'within_48h' });
    expect(await stageOf(caseNo)).toBe('awaiting_quote_decision');
    expect(await published()).toBe(1);
  });
});
