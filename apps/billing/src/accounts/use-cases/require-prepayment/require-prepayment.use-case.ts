import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, money, type QuoteView, type RequirePrepaymentCommand } from '@aftersales/contracts';
import { lockAccountOrFail } from '../../account.lookup';
import { AccountRepository } from '../../account.repository';
import { toQuoteView } from '../../account.view';

/**
 * Sets the payment terms (RULES.md): pay before service by default; urgent work may go first and is
 * paid after service. Nothing to pay means no prepayment. Repeating the same terms changes nothing.
 */
@Injectable()
export class RequirePrepaymentUseCase {
  constructor(private readonly accounts: AccountRepository) {}

  execute(command: RequirePrepaymentCommand, causationId?: string): Promise<QuoteView> {
    return this.accounts.inTransaction(async (tx) => {
      const account = await lockAccountOrFail(tx, command.caseNo);
      const q = account.quote;
      const paymentTerm = command.urgent ? 'after_service' : 'before_service';
      const prepaymentRequired = paymentTerm === 'before_service' && q.customerTotalMinor > 0;
      if (q.paymentTerm === paymentTerm && q.prepaymentRequired === prepaymentRequired) return toQuoteView(account);
      q.paymentTerm = paymentTerm;
      q.prepaymentRequired = prepaymentRequired;
      await tx.save(q);
      await tx.appendCaseEvent(BillingEventSubjects.paymentTermsSet, q.caseNo, {
          quoteId: q.id,
          caseNo: q.caseNo,
          paymentTerm,
          prepaymentRequired,
          prepaymentAmount: money(prepaymentRequired ? q.customerTotalMinor : 0, q.currency),
          setAt: new Date().toISOString(),
        }, causationId);
      return toQuoteView(account);
    });
  }
}
