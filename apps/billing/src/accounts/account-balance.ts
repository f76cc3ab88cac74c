// What a case's account owes and has paid, from its money movements. Pure; integers only.
import { money, type InvoiceStatus, type Money } from '@aftersales/contracts';
import type { CaseAccount } from './account.repository';

export interface AccountBalance {
  currency: string;
  /** What the customer owes in total: the invoice once issued, before that the quote. */
  total: Money;
  paid: Money;
  refunded: Money;
  netPaid: Money;
  outstanding: Money;
}

export function balanceOf(account: CaseAccount): AccountBalance {
  const { currency } = account.quote;
  const sum = (kind: 'payment' | 'refund') => account.movements.filter((m) => m.kind === kind).reduce((total, m) => total + m.amountMinor, 0);
  const totalMinor = account.invoice?.customerTotalMinor ?? account.quote.customerTotalMinor;
  const paid = sum('payment');
  const refunded = sum('refund');
  return {
    currency,
    total: money(totalMinor, currency),
    paid: money(paid, currency),
    refunded: money(refunded, currency),
    netPaid: money(paid - refunded, currency),
    outstanding: money(Math.max(0, totalMinor - (paid - refunded)), currency),
  };
}

export function invoiceStatusOf(balance: AccountBalance): InvoiceStatus {
  if (balance.total.amountMinor > 0 && balance.outstanding.amountMinor === 0) return 'paid';
  if (balance.total.amountMinor === 0 && balance.refunded.amountMinor === 0) return 'paid';
  if (balance.netPaid.amountMinor > 0) return 'partially_paid';
  return balance.refunded.amountMinor > 0 ? 'refunded' : 'issued';
}
