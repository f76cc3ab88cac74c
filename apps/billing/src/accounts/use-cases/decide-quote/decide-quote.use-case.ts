import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, money, type QuoteView, type RejectQuoteCommand } from '@aftersales/contracts';
import { AccountErrors } from '../../account.errors';
import { lockAccountOrFail } from '../../account.lookup';
import { AccountRepository, type CaseAccount } from '../../account.repository';
import { toQuoteView } from '../../account.view';

/** The customer's decision on a quote. Deciding the same way again is a no-op; changing one's mind is refused. */
@Injectable()
export class DecideQuoteUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  accept(caseNo: string, causationId?: string): Promise<QuoteView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = await lockAccountOrFail(tx, caseNo);
      if (this.alreadyDecided(account, 'accepted')) return toQuoteView(account);
      const q = account.quote;
      q.status = 'accepted';
      q.decidedAt = new Date();
      await tx.save(q);
      await tx.appendCaseEvent(BillingEventSubjects.quoteAccepted, caseNo, { quoteId: q.id, caseNo, customerTotal: money(q.customerTotalMinor, q.currency), acceptedAt: q.decidedAt.toISOString() }, causationId);
      return toQuoteView(account);
    });
  }

  reject(command: RejectQuoteCommand, causationId?: string): Promise<QuoteView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = await lockAccountOrFail(tx, command.caseNo);
      if (this.alreadyDecided(account, 'rejected')) return toQuoteView(account);
      const q = account.quote;
      q.status = 'rejected';
      q.decidedAt = new Date();
      q.rejectionReason = command.reason;
      q.rejectionNote = command.note ?? null;
      await tx.save(q);
      await tx.appendCaseEvent(BillingEventSubjects.quoteRejected, command.caseNo, { quoteId: q.id, caseNo: command.caseNo, reason: command.reason, rejectedAt: q.decidedAt.toISOString() }, causationId);
      return toQuoteView(account);
    });
  }

  /** True when the quote already has this decision; throws when it has the other one. */
  private alreadyDecided(account: CaseAccount, decision: 'accepted' | 'rejected'): boolean {
    if (account.quote.status === decision) return true;
    if (account.quote.status !== 'issued') {
      throw new DomainError(AccountErrors.QUOTE_ALREADY_DECIDED, { details: [{ field: 'caseNo', reason: `the quote is ${account.quote.status}` }] });
    }
    return false;
  }
}
