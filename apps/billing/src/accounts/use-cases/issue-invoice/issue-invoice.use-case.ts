import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, money, type InvoiceView, type IssueInvoiceCommand, type PriceList } from '@aftersales/contracts';
import { localDateOf } from '@aftersales/workflows';
import { PriceListRepository } from '../../../price-lists/price-list.repository';
import { balanceOf } from '../../account-balance';
import { AccountErrors } from '../../account.errors';
import { assertCaseCurrency, lockAccountOrFail, requireInvoice } from '../../account.lookup';
import type { AccountTransaction, CaseAccount } from '../../account.repository';
import { AccountRepository } from '../../account.repository';
import { toInvoiceView } from '../../account.view';
import { Invoice } from '../../invoice.entity';
import { ManufacturerClaim } from '../../manufacturer-claim.entity';
import { Retention } from '../../retention.entity';

/**
 * Issues the invoice of a case from its accepted quote: warranty lines at zero with their reason, the
 * due date from the payment terms, a manufacturer claim for the maker's lines (flagged when the same
 * unit, fault and period was claimed before) and the retention, if any. Idempotent per case.
 */
@Injectable()
export class IssueInvoiceUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly priceLists: PriceListRepository,
  ) {}

  async execute(command: IssueInvoiceCommand, causationId?: string): Promise<InvoiceView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = await lockAccountOrFail(tx, command.caseNo);
      if (account.invoice) return toInvoiceView(requireInvoice(account));
      if (account.quote.status !== 'accepted') {
        throw new DomainError(AccountErrors.QUOTE_NOT_ACCEPTED, { details: [{ field: 'caseNo', reason: `the quote is ${account.quote.status}` }] });
      }
      if (command.retention) assertCaseCurrency(account, command.retention.amount.currency, 'retention.amount.currency');
      const policy = (await this.priceLists.findByVersion(account.quote.priceListVersion))!.body;
      const completedAt = new Date(command.completedAt);
      const q = account.quote;
      const dueAt = q.paymentTerm === 'after_service' ? new Date(completedAt.getTime() + policy.paymentTerms.dueAfterCompletionMs) : completedAt;
      account.invoice = await tx.save(
        tx.create(Invoice, {
          caseNo: q.caseNo,
          quoteId: q.id,
          currency: q.currency,
          lines: q.lines,
          listTotalMinor: q.listTotalMinor,
          customerTotalMinor: q.customerTotalMinor,
          paymentTerm: q.paymentTerm,
          dueAt,
          completedAt,
          outletId: command.outletId,
          outsourced: command.outsourced,
          serialNo: command.unit.serialNo,
          maker: command.unit.maker,
          faultCode: command.unit.faultCode,
          settlementSignedBy: null,
          settlementSignedAt: null,
          remindersSent: 0,
          issuedAt: new Date(),
        }),
      );
      const balance = balanceOf(account);
      await tx.appendCaseEvent(BillingEventSubjects.invoiceIssued, q.caseNo, {
          invoiceId: account.invoice.id,
          caseNo: q.caseNo,
          customerTotal: balance.total,
          outstanding: balance.outstanding,
          paymentTerm: q.paymentTerm,
          dueAt: dueAt.toISOString(),
          reminderEveryMs: policy.paymentTerms.reminderEveryMs,
          maxReminders: policy.paymentTerms.maxReminders,
          issuedAt: account.invoice.issuedAt.toISOString(),
        }, causationId);
      await this.claimFromMaker(tx, account, policy, causationId);
      if (command.retention) await this.holdRetention(tx, account, command.retention, policy, causationId);
      return toInvoiceView(requireInvoice(account));
    });
  }

  private async claimFromMaker(tx: AccountTransaction, account: CaseAccount, policy: PriceList, causationId?: string): Promise<void> {
    const invoice = account.invoice!;
    const makerLines = invoice.lines.filter((l) => l.payer === 'manufacturer');
    if (makerLines.length === 0) return;
    const claim = tx.create(ManufacturerClaim, {
      caseNo: invoice.caseNo,
      maker: invoice.maker,
      serialNo: invoice.serialNo,
      faultCode: invoice.faultCode,
      period: localDateOf(policy.calendar, invoice.completedAt.getTime()).slice(0, 7),
      amountMinor: makerLines.reduce((sum, l) => sum + l.listAmount.amountMinor, 0),
      currency: invoice.currency,
    });
    const earlier = await tx.findEarlierClaim(claim);
    claim.duplicateOf = earlier?.id ?? null;
    const saved = await tx.save(claim);
    const key = { claimId: saved.id, caseNo: saved.caseNo, maker: saved.maker, faultCode: saved.faultCode, period: saved.period };
    await tx.appendCaseEvent(BillingEventSubjects.manufacturerClaimRecorded, saved.caseNo, { ...key, amount: money(saved.amountMinor, saved.currency) }, causationId);
    if (earlier) {
      await tx.appendCaseEvent(BillingEventSubjects.duplicateClaimFlagged, saved.caseNo, { ...key, duplicateOfClaimId: earlier.id, duplicateOfCaseNo: earlier.caseNo }, causationId);
    }
  }

  private async holdRetention(tx: AccountTransaction, account: CaseAccount, retention: NonNullable<IssueInvoiceCommand['retention']>, policy: PriceList, causationId?: string): Promise<void> {
    const warrantyEndsAt = new Date(retention.warrantyEndsAt);
    account.retention = await tx.save(
      tx.create(Retention, {
        caseNo: account.quote.caseNo,
        amountMinor: retention.amount.amountMinor,
        currency: retention.amount.currency,
        warrantyEndsAt,
        claimAt: new Date(warrantyEndsAt.getTime() - policy.retention.claimLeadMs),
        claimRaisedAt: null,
      }),
    );
    const r = account.retention;
    await tx.appendCaseEvent(BillingEventSubjects.retentionRecorded, r.caseNo, { retentionId: r.id, caseNo: r.caseNo, amount: retention.amount, warrantyEndsAt: warrantyEndsAt.toISOString(), claimAt: r.claimAt.toISOString() }, causationId);
  }
}
