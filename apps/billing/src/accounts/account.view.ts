import { money, type InvoiceView, type QuoteView, type RetentionView } from '@aftersales/contracts';
import { balanceOf, invoiceStatusOf } from './account-balance';
import type { CaseAccount } from './account.repository';
import type { Invoice } from './invoice.entity';
import type { Retention } from './retention.entity';

export function toQuoteView(account: CaseAccount): QuoteView {
  const q = account.quote;
  return {
    id: q.id,
    caseNo: q.caseNo,
    priceListVersion: q.priceListVersion,
    status: q.status,
    difficulty: q.difficulty,
    lines: q.lines,
    listTotal: money(q.listTotalMinor, q.currency),
    customerTotal: money(q.customerTotalMinor, q.currency),
    requestedAt: q.requestedAt.toISOString(),
    dueAt: q.dueAt.toISOString(),
    deadlineRule: q.deadlineRule,
    issuedAt: q.issuedAt.toISOString(),
    timeliness: q.timeliness,
    paymentTerm: q.paymentTerm,
    prepaymentRequired: q.prepaymentRequired,
    paid: balanceOf(account).netPaid,
    decidedAt: q.decidedAt?.toISOString() ?? null,
    rejectionReason: q.rejectionReason,
    rejectionNote: q.rejectionNote,
  };
}

export function toRetentionView(r: Retention): RetentionView {
  return {
    id: r.id,
    amount: money(r.amountMinor, r.currency),
    warrantyEndsAt: r.warrantyEndsAt.toISOString(),
    claimAt: r.claimAt.toISOString(),
    claimRaisedAt: r.claimRaisedAt?.toISOString() ?? null,
  };
}

export function toInvoiceView(account: CaseAccount & { invoice: Invoice }): InvoiceView {
  const i = account.invoice;
  const balance = balanceOf(account);
  return {
    id: i.id,
    caseNo: i.caseNo,
    quoteId: i.quoteId,
    status: invoiceStatusOf(balance),
    lines: i.lines,
    customerTotal: balance.total,
    paid: balance.netPaid,
    refunded: balance.refunded,
    outstanding: balance.outstanding,
    paymentTerm: i.paymentTerm,
    dueAt: i.dueAt.toISOString(),
    completedAt: i.completedAt.toISOString(),
    outletId: i.outletId,
    outsourced: i.outsourced,
    settlementSignedAt: i.settlementSignedAt?.toISOString() ?? null,
    remindersSent: i.remindersSent,
    issuedAt: i.issuedAt.toISOString(),
    movements: account.movements.map((m) => ({ reference: m.reference, kind: m.kind, amount: money(m.amountMinor, m.currency), reason: m.reason, recordedAt: m.recordedAt.toISOString() })),
    retention: account.retention ? toRetentionView(account.retention) : null,
  };
}
