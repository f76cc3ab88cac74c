import type { AgingReport, InvoiceView, ManufacturerClaimsReport, OutletStatement, PaymentRecordedView, QuoteView } from '@aftersales/contracts';
import { BillingApi, nextCaseNo, shortPolicyPriceList, type BillingErrorBody } from '../support/billing-api';
import { expectEventually } from '../support/expect-eventually';
import { TestCluster } from '../support/test-cluster';

const CNY = (amountMinor: number) => ({ amountMinor, currency: 'CNY' });
const fieldsOf = (body: unknown): string[] => ((body as BillingErrorBody).errors ?? []).map((e) => e.field);
const DAY_MS = 86_400_000;
const localDate = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** A repair priced at 120.00/h complex × 90 min, a compressor under warranty, 3 filters and a 25 km trip. */
const repairQuote = (caseNo: string, overrides: Record<string, unknown> = {}) => ({
  caseNo,
  requestedAt: new Date(Date.now() - 3_600_000).toISOString(),
  largeOrImportant: true,
  difficulty: 'complex',
  labourMinutes: 90,
  parts: [
    { partNo: 'CMP-100', qty: 1, payerReason: 'in_warranty' },
    { partNo: 'FLT-2', qty: 3 },
  ],
  distanceKm: 25,
  ...overrides,
});

const invoiceFor = (caseNo: string, overrides: Record<string, unknown> = {}) => ({
  caseNo,
  completedAt: new Date().toISOString(),
  outletId: 'OUT-HZ-01',
  unit: { serialNo: `SN-${caseNo}`, maker: 'GREE', faultCode: 'E1' },
  ...overrides,
});

describe('billing (费用结算) through the gateway', () => {
  let cluster: TestCluster;
  let billing: BillingApi;

  beforeAll(async () => {
    cluster = await TestCluster.start('billing', ['gateway', 'billing', 'worker']);
    billing = new BillingApi(cluster);
    await billing.ok(billing.post('/price-lists', shortPolicyPriceList(`pl-e2e-${Date.now()}`)), 201);
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** A case with an accepted quote under the given payment terms. */
  const acceptedCase = async (options: { urgent?: boolean; quote?: Record<string, unknown> } = {}): Promise<string> => {
    const caseNo = nextCaseNo();
    await billing.ok(billing.post('/quotes', repairQuote(caseNo, options.quote)), 201);
    await billing.ok(billing.post(`/quotes/${caseNo}/accept`));
    await billing.ok(billing.post(`/quotes/${caseNo}/payment-terms`, { urgent: options.urgent ?? false }));
    return caseNo;
  };

  it("returns a quote's deadline and its on-time or late state, and publishes the breach", async () => {
    // Friday 2026-10-09 13:00 Shanghai: due by noon of the make-up Saturday 10-10, long past: late.
    const late = nextCaseNo();
    const lateQuote = await billing.ok(billing.post<QuoteView>('/quotes', repairQuote(late, { requestedAt: '2026-10-09T13:00:00+08:00', largeOrImportant: false })), 201);
    expect(lateQuote).toMatchObject({ dueAt: '2026-10-10T04:00:00.000Z', deadlineRule: 'next_day_noon', timeliness: 'late', status: 'issued' });
    // Large or important, received an hour ago: due in 47 hours, issued on time.
    const onTime = nextCaseNo();
    const onTimeQuote = await billing.ok(billing.post<QuoteView>('/quotes', repairQuote(onTime)), 201);
    expect(onTimeQuote).toMatchObject({ deadlineRule: 'within_48h', timeliness: 'on_time' });
    expect(Date.parse(onTimeQuote.dueAt) - Date.parse(onTimeQuote.requestedAt)).toBe(48 * 3_600_000);

    const shown = await billing.ok(billing.get<QuoteView>(`/quotes/${late}`));
    expect(shown).toEqual(lateQuote);
    await expectEventually(async () => {
      expect(await billing.eventsOf(late)).toEqual(['aftersales.billing.quote.issued', 'aftersales.billing.quote.overdue']);
      expect(await billing.eventsOf(onTime)).toEqual(['aftersales.billing.quote.issued']);
    });
  });

  it('runs a paid repair: quote → accept → prepayment → invoice → partial and full payment → refund', async () => {
    const caseNo = nextCaseNo();
    const quote = await billing.ok(billing.post<QuoteView>('/quotes', repairQuote(caseNo)), 201);
    // 18000 labour + 5997 filters + 3000 travel; the compressor is the maker's (45000 listed, 0 to the customer).
    expect(quote.customerTotal).toEqual(CNY(26_997));
    expect(quote.listTotal).toEqual(CNY(71_997));
    expect(await billing.ok(billing.post<QuoteView>('/quotes', repairQuote(caseNo, { labourMinutes: 600 })), 201)).toEqual(quote);

    expect((await billing.ok(billing.post<QuoteView>(`/quotes/${caseNo}/accept`))).status).toBe('accepted');
    const terms = await billing.ok(billing.post<QuoteView>(`/quotes/${caseNo}/payment-terms`, {}));
    expect(terms).toMatchObject({ paymentTerm: 'before_service', prepaymentRequired: true });
    const deposit = await billing.ok(billing.post<PaymentRecordedView>(`/cases/${caseNo}/payments`, { reference: 'PRE-1', amount: CNY(10_000) }));
    expect(deposit).toMatchObject({ paid: CNY(10_000), outstanding: CNY(16_997), prepaid: false, invoice: null });

    const invoice = await billing.ok(billing.post<InvoiceView>('/invoices', invoiceFor(caseNo)), 201);
    expect(invoice).toMatchObject({ status: 'partially_paid', customerTotal: CNY(26_997), paid: CNY(10_000), outstanding: CNY(16_997), paymentTerm: 'before_service' });
    const warrantyLine = invoice.lines.find((l) => l.code === 'CMP-100')!;
    expect(warrantyLine).toMatchObject({ listAmount: CNY(45_000), customerAmount: CNY(0), payer: 'manufacturer', payerReason: 'in_warranty' });
    expect(warrantyLine.explanation.zh).toContain('保修期内');
    expect(invoice.lines.map((l) => [l.kind, l.customerAmount.amountMinor])).toEqual([
      ['labour', 18_000],
      ['part', 0],
      ['part', 5_997],
      ['travel', 3_000],
    ]);

    const partial = await billing.ok(billing.post<PaymentRecordedView>(`/cases/${caseNo}/payments`, { reference: 'PAY-1', amount: CNY(6_997) }));
    expect(partial.invoice).toMatchObject({ status: 'partially_paid', outstanding: CNY(10_000) });
    const full = await billing.ok(billing.post<PaymentRecordedView>(`/cases/${caseNo}/payments`, { reference: 'PAY-2', amount: CNY(10_000) }));
    expect(full.invoice).toMatchObject({ status: 'paid', paid: CNY(26_997), outstanding: CNY(0) });
    // The same payment slip again has no second effect.
    const again = await billing.ok(billing.post<PaymentRecordedView>(`/cases/${caseNo}/payments`, { reference: 'PAY-2', amount: CNY(10_000) }));
    expect(again.paid).toEqual(CNY(26_997));

    const signed = await billing.ok(billing.post<InvoiceView>(`/invoices/${caseNo}/settlement-signature`, { signedBy: '张伟' }));
    expect(signed.settlementSignedAt).not.toBeNull();
    const refunded = await billing.ok(billing.post<InvoiceView>(`/cases/${caseNo}/refunds`, { reference: 'RF-1', amount: CNY(5_997), reason: 'return' }));
    expect(refunded).toMatchObject({ status: 'partially_paid', paid: CNY(21_000), refunded: CNY(5_997), outstanding: CNY(5_997) });
    const compensated = await billing.ok(billing.post<InvoiceView>(`/cases/${caseNo}/compensations`, { reference: 'CP-1', amount: CNY(2_000), reason: 'delay' }));
    expect(compensated.movements.map((m) => [m.kind, m.amount.amountMinor])).toEqual([
      ['payment', 10_000],
      ['payment', 6_997],
      ['payment', 10_000],
      ['refund', 5_997],
      ['compensation', 2_000],
    ]);

    await expectEventually(async () => {
      const events = await billing.events();
      const subjects = events.filter((e) => e.envelope.correlationid === caseNo).map((e) => e.subject);
      expect(subjects).toEqual([
        'aftersales.billing.quote.issued',
        'aftersales.billing.quote.accepted',
        'aftersales.billing.invoice.payment-received',
        'aftersales.billing.invoice.issued',
        'aftersales.billing.claim.recorded',
        'aftersales.billing.invoice.payment-received',
        'aftersales.billing.invoice.payment-received',
        'aftersales.billing.invoice.settlement-signed',
        'aftersales.billing.invoice.refund-issued',
        'aftersales.billing.invoice.compensation-recorded',
      ]);
      // Events carry ids, codes and amounts, never the signer's name.
      expect(JSON.stringify(events)).not.toContain('张伟');
    });
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const caseNo = await acceptedCase();
    await billing.ok(billing.post('/invoices', invoiceFor(caseNo)), 201);
    await billing.ok(billing.post(`/cases/${caseNo}/payments`, { reference: 'P-1', amount: CNY(1_000) }));
    const before = { movements: await cluster.count('billing.money_movement'), outbox: await cluster.count('billing.outbox'), quotes: await cluster.count('billing.quote') };

    const negative = await billing.post<BillingErrorBody>(`/cases/${caseNo}/payments`, { reference: 'P-2', amount: { amountMinor: -500, currency: 'CNY' } });
    expect([negative.status, fieldsOf(negative.body)]).toEqual([400, ['amount.amountMinor']]);
    const fractional = await billing.post<BillingErrorBody>(`/cases/${caseNo}/payments`, { reference: 'P-2', amount: { amountMinor: 10.5, currency: 'CNY' } });
    expect([fractional.status, fieldsOf(fractional.body)]).toEqual([400, ['amount.amountMinor']]);
    const dollars = await billing.post<BillingErrorBody>(`/cases/${caseNo}/payments`, { reference: 'P-2', amount: { amountMinor: 500, currency: 'USD' } });
    expect([dollars.status, dollars.body.code, fieldsOf(dollars.body)]).toEqual([400, 'BILLING.CURRENCY_MISMATCH', ['amount.currency']]);
    const overRefund = await billing.post<BillingErrorBody>(`/cases/${caseNo}/refunds`, { reference: 'R-1', amount: CNY(1_001), reason: 'return' });
    expect([overRefund.status, overRefund.body.code, fieldsOf(overRefund.body)]).toEqual([422, 'BILLING.OVER_REFUND', ['amount.amountMinor']]);
    const overPayment = await billing.post<BillingErrorBody>(`/cases/${caseNo}/payments`, { reference: 'P-3', amount: CNY(1_000_000) });
    expect([overPayment.status, overPayment.body.code, fieldsOf(overPayment.body)]).toEqual([422, 'BILLING.OVERPAYMENT', ['amount.amountMinor']]);
    const unknownQuote = nextCaseNo();
    const noQuote = await billing.post<BillingErrorBody>(`/quotes/${unknownQuote}/accept`);
    expect([noQuote.status, noQuote.body.code, fieldsOf(noQuote.body)]).toEqual([404, 'BILLING.QUOTE_NOT_FOUND', ['caseNo']]);
    const noPayment = await billing.post<BillingErrorBody>(`/cases/${unknownQuote}/payments`, { reference: 'P-9', amount: CNY(100) });
    expect([noPayment.status, noPayment.body.code]).toEqual([404, 'BILLING.QUOTE_NOT_FOUND']);
    const unknownPart = await billing.post<BillingErrorBody>('/quotes', repairQuote(nextCaseNo(), { parts: [{ partNo: 'NO-SUCH-PART', qty: 1 }] }));
    expect([unknownPart.status, unknownPart.body.code, fieldsOf(unknownPart.body)]).toEqual([400, 'BILLING.NOT_PRICEABLE', ['parts.0.partNo']]);
    const notAccepted = nextCaseNo();
    await billing.ok(billing.post('/quotes', repairQuote(notAccepted)), 201);
    const early = await billing.post<BillingErrorBody>('/invoices', invoiceFor(notAccepted));
    expect([early.status, early.body.code]).toEqual([422, 'BILLING.QUOTE_NOT_ACCEPTED']);
    const english = await cluster.api<BillingErrorBody>(`/api/v1/billing/cases/${caseNo}/refunds`, { body: { reference: 'R-2', amount: CNY(1_001), reason: 'return' }, headers: { 'accept-language': 'zh-CN' } });
    expect(english.body.message).toBe('退款金额不得超过已付金额');

    expect({ movements: await cluster.count('billing.money_movement'), outbox: await cluster.count('billing.outbox'), quotes: await cluster.count('billing.quote') }).toEqual({
      ...before,
      quotes: before.quotes + 1, // only the valid quote of `notAccepted`
      outbox: before.outbox + 1, // and its quote.issued
    });
    expect((await billing.ok(billing.get<InvoiceView>(`/invoices/${caseNo}`))).paid).toEqual(CNY(1_000));
  });

  it('flags a second manufacturer claim for the same unit, fault and period, and collects claims per maker', async () => {
    const unit = { serialNo: `SN-DUP-${Date.now()}`, maker: 'MIDEA', faultCode: 'E7' };
    const first = await acceptedCase();
    const second = await acceptedCase();
    await billing.ok(billing.post('/invoices', invoiceFor(first, { unit, completedAt: '2026-11-03T10:00:00+08:00' })), 201);
    await billing.ok(billing.post('/invoices', invoiceFor(second, { unit, completedAt: '2026-11-20T10:00:00+08:00' })), 201);

    const report = await billing.ok(billing.get<ManufacturerClaimsReport>('/manufacturer-claims?maker=MIDEA'));
    const midea = report.makers.find((m) => m.maker === 'MIDEA')!;
    const claims = midea.claims.filter((c) => c.serialNo === unit.serialNo);
    expect(claims.map((c) => [c.caseNo, c.period, c.amount.amountMinor, c.duplicateOfCaseNo])).toEqual([
      [first, '2026-11', 45_000, null],
      [second, '2026-11', 45_000, first],
    ]);
    expect(midea.duplicates).toBeGreaterThanOrEqual(1);
    await expectEventually(async () => {
      expect(await billing.eventsOf(second)).toContain('aftersales.billing.claim.duplicate-flagged');
      expect(await billing.eventsOf(first)).not.toContain('aftersales.billing.claim.duplicate-flagged');
    });
  });

  it("gives an outsourced outlet a monthly statement of the jobs it completed, and nobody else's", async () => {
    const outletId = `OUT-SUB-${Date.now() % 100_000}`;
    const november = await acceptedCase();
    const december = await acceptedCase();
    const ownStaff = await acceptedCase();
    await billing.ok(billing.post('/invoices', invoiceFor(november, { outletId, outsourced: true, completedAt: '2026-11-30T23:30:00+08:00' })), 201);
    await billing.ok(billing.post('/invoices', invoiceFor(december, { outletId, outsourced: true, completedAt: '2026-12-01T00:10:00+08:00' })), 201);
    await billing.ok(billing.post('/invoices', invoiceFor(ownStaff, { outletId, outsourced: false, completedAt: '2026-11-15T10:00:00+08:00' })), 201);

    const statement = await billing.ok(billing.get<OutletStatement>(`/outlets/${outletId}/statements/2026-11`));
    expect(statement.jobs.map((j) => j.caseNo)).toEqual([november]);
    expect(statement.jobs[0].byPayer).toEqual([
      { payer: 'customer', amount: CNY(26_997) },
      { payer: 'manufacturer', amount: CNY(45_000) },
    ]);
    expect(statement.totals).toEqual([CNY(71_997)]);
    const bad = await billing.get<BillingErrorBody>(`/outlets/${outletId}/statements/2026-13`);
    expect([bad.status, fieldsOf(bad.body)]).toEqual([400, ['month']]);
  });

  it('reminds the customer of an unpaid after-service receivable once it falls due, and ages it into buckets', async () => {
    // Urgent work goes first: paid after service, due 1.5 s after completion under the shortened policy.
    const caseNo = await acceptedCase({ urgent: true });
    const quote = await billing.ok(billing.get<QuoteView>(`/quotes/${caseNo}`));
    expect(quote).toMatchObject({ paymentTerm: 'after_service', prepaymentRequired: false });
    const invoice = await billing.ok(billing.post<InvoiceView>('/invoices', invoiceFor(caseNo)), 201);
    expect(Date.parse(invoice.dueAt) - Date.parse(invoice.completedAt)).toBe(1_500);

    const reminded = await expectEventually(async () => {
      const current = await billing.ok(billing.get<InvoiceView>(`/invoices/${caseNo}`));
      expect(current.remindersSent).toBe(2);
      return current;
    }, 30_000);
    expect(reminded.outstanding).toEqual(CNY(26_997));
    await expectEventually(async () => {
      const overdue = (await billing.events()).filter((e) => e.subject === 'aftersales.billing.invoice.payment-overdue' && e.envelope.correlationid === caseNo);
      expect(overdue.map((e) => e.envelope.data.reminderNo)).toEqual([1, 2]);
    });

    const after45Days = await billing.ok(billing.get<AgingReport>(`/receivables/aging?asOf=${localDate(Date.now() + 45 * DAY_MS)}`));
    expect(after45Days.items.find((i) => i.caseNo === caseNo)).toMatchObject({ bucket: 'd31_60', beyondSixMonths: false, outstanding: CNY(26_997) });
    expect(after45Days.buckets.find((b) => b.bucket === 'd31_60')?.label.zh).toBe('31–60 天');
    const after200Days = await billing.ok(billing.get<AgingReport>(`/receivables/aging?asOf=${localDate(Date.now() + 200 * DAY_MS)}`));
    expect(after200Days.items.find((i) => i.caseNo === caseNo)).toMatchObject({ bucket: 'over_180', beyondSixMonths: true });
    expect(after200Days.flagged).toContain(caseNo);

    // Paid in full, it leaves the report.
    await billing.ok(billing.post(`/cases/${caseNo}/payments`, { reference: 'LATE-1', amount: CNY(26_997) }));
    const settled = await billing.ok(billing.get<AgingReport>(`/receivables/aging?asOf=${localDate(Date.now() + 45 * DAY_MS)}`));
    expect(settled.items.map((i) => i.caseNo)).not.toContain(caseNo);
  });

  it('raises the warranty-retention claim when the lead time before the warranty end arrives', async () => {
    const caseNo = await acceptedCase();
    const warrantyEndsAt = new Date(Date.now() + 5_000).toISOString();
    const invoice = await billing.ok(billing.post<InvoiceView>('/invoices', invoiceFor(caseNo, { retention: { amount: CNY(5_000), warrantyEndsAt } })), 201);
    expect(invoice.retention).toMatchObject({ amount: CNY(5_000), claimRaisedAt: null });
    expect(Date.parse(invoice.retention!.claimAt)).toBe(Date.parse(warrantyEndsAt) - 2_000);

    const raised = await expectEventually(async () => {
      const retention = (await billing.ok(billing.get<InvoiceView>(`/invoices/${caseNo}`))).retention!;
      expect(retention.claimRaisedAt).not.toBeNull();
      return retention;
    }, 30_000);
    expect(Date.parse(raised.claimRaisedAt!)).toBeGreaterThanOrEqual(Date.parse(raised.claimAt));
    await expectEventually(async () => expect(await billing.eventsOf(caseNo)).toContain('aftersales.billing.retention.claim-raised'));

    const dollars = await billing.post<BillingErrorBody>('/invoices', invoiceFor(await acceptedCase(), { retention: { amount: { amountMinor: 100, currency: 'USD' }, warrantyEndsAt } }));
    expect([dollars.status, dollars.body.code, fieldsOf(dollars.body)]).toEqual([400, 'BILLING.CURRENCY_MISMATCH', ['retention.amount.currency']]);
  });
});
