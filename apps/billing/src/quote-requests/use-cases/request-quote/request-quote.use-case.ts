import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, type QuoteRequestView, type RequestQuoteCommand } from '@aftersales/contracts';
import { AccountErrors } from '../../../accounts/account.errors';
import { PriceListRepository } from '../../../price-lists/price-list.repository';
import { quoteDeadline } from '../../../quotes/quote-deadline';
import { QuoteRequestRepository, toQuoteRequestView } from '../../quote-request.repository';

/**
 * Registers that a paid case needs a quote and when it is due, by the active price list's deadline
 * rules and working calendar. Idempotent: a case's second request returns the first.
 */
@Injectable()
export class RequestQuoteUseCase {
  constructor(
    private readonly requests: QuoteRequestRepository,
    private readonly priceLists: PriceListRepository,
  ) {}

  async execute(command: RequestQuoteCommand, causationId?: string): Promise<QuoteRequestView> {
    const active = await this.priceLists.findActive();
    if (!active) throw new DomainError(AccountErrors.NO_ACTIVE_PRICE_LIST);
    const { body: priceList } = active;
    const requestedAt = new Date(command.requestedAt);
    const deadline = quoteDeadline({ receivedAtMs: requestedAt.getTime(), largeOrImportant: command.largeOrImportant, calendar: priceList.calendar, rules: priceList.quoteDeadlines });
    return this.requests.inTransaction(async (tx) => {
      const inserted = await tx.insert({
        caseNo: command.caseNo,
        requestedAt,
        largeOrImportant: command.largeOrImportant,
        dueAt: new Date(deadline.dueAtMs),
        deadlineRule: deadline.rule,
        priceListVersion: priceList.version,
        deadlineMissedAt: null,
      });
      if (inserted) {
        await tx.appendEvent(
          BillingEventSubjects.quoteRequested,
          inserted.caseNo,
          { caseNo: inserted.caseNo, requestedAt: inserted.requestedAt.toISOString(), dueAt: inserted.dueAt.toISOString(), deadlineRule: inserted.deadlineRule },
          causationId,
        );
      }
      const request = inserted ?? (await tx.lock(command.caseNo));
      return toQuoteRequestView(request!, await tx.quoted(command.caseNo));
    });
  }
}
