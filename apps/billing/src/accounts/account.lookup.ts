import { DomainError } from '@aftersales/contracts';
import { AccountErrors } from './account.errors';
import type { AccountTransaction, CaseAccount } from './account.repository';
import type { Invoice } from './invoice.entity';

export async function lockAccountOrFail(tx: AccountTransaction, caseNo: string): Promise<CaseAccount> {
  const account = await tx.lockAccount(caseNo);
  if (!account) throw new DomainError(AccountErrors.QUOTE_NOT_FOUND, { details: [{ field: 'caseNo', reason: `${caseNo} has no quote`, reasonZh: `${caseNo} 没有报价` }] });
  return account;
}

export function requireInvoice(account: CaseAccount): CaseAccount & { invoice: Invoice } {
  if (!account.invoice) throw new DomainError(AccountErrors.INVOICE_NOT_FOUND, { details: [{ field: 'caseNo', reason: `${account.quote.caseNo} has no invoice`, reasonZh: `${account.quote.caseNo} 没有结算单` }] });
  return account as CaseAccount & { invoice: Invoice };
}

/** Refuses an amount in another currency than the case's, naming the field. */
export function assertCaseCurrency(account: CaseAccount, currency: string, field = 'amount.currency'): void {
  if (currency !== account.quote.currency) {
    throw new DomainError(AccountErrors.CURRENCY_MISMATCH, {
      details: [{ field, reason: `${currency} differs from the case's currency ${account.quote.currency}`, reasonZh: `${currency} 与工单币种 ${account.quote.currency} 不一致` }],
    });
  }
}
