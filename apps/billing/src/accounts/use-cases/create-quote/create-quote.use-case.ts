import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, type CreateQuoteCommand, type QuoteView } from '@aftersales/contracts';
import { PriceListRepository } from '../../../price-lists/price-list.repository';
import { QuoteRequestRepository } from '../../../quote-requests/quote-request.repository';
import { quoteDeadline } from '../../../quotes/quote-deadline';
import { priceQuote, PricingError } from '../../../quotes/quote-pricing';
import { AccountErrors } from '../../account.errors';
import { lockAccountOrFail } from '../../account.lookup';
import { AccountRepository } from '../../account.repository';
import { toQuoteView } from '../../account.view';

/**
 * Prices and issues the quote of a case from the active price list, with its deadline and whether it
 * was issued on time (the quote SLA). Idempotent: a case that has a quote gets it back unchanged.
 */
@Injectable()
export class CreateQuoteUseCase {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly priceLists: PriceListRepository,
    private readonly requests: QuoteRequestRepository,
  ) {}

  async execute(command: CreateQuoteCommand, causationId?: string, now = new Date()): Promise<QuoteView> {
    const active = await this.priceLists.findActive();
    if (!active) throw new DomainError(AccountErrors.NO_ACTIVE_PRICE_LIST);
    const priceList = active.body;
    let priced: ReturnType<typeof priceQuote>;
    try {
      priced = priceQuote(priceList, command);
    } catch (error) {
      if (!(error instanceof PricingError)) throw error;
      throw new DomainError(AccountErrors.NOT_PRICEABLE, { details: [{ field: error.field, reason: error.message }] });
    }
    // A requested quote keeps the deadline its request was given: the SLA ran from the request.
    const request = await this.requests.find(command.caseNo);
    const requestedAt = new Date(request?.requestedAt ?? command.requestedAt);
    const deadline = request
      ? { dueAtMs: Date.parse(request.dueAt), rule: request.deadlineRule }
      : quoteDeadline({ receivedAtMs: requestedAt.getTime(), largeOrImportant: command.largeOrImportant, calendar: priceList.calendar, rules: priceList.quoteDeadlines });
    const late = now.getTime() > deadline.dueAtMs;
    return this.accounts.inTransaction(async (tx) => {
      const quote = await tx.insertQuote({
        caseNo: command.caseNo,
        priceListVersion: priceList.version,
        status: 'issued',
        difficulty: command.difficulty,
        currency: priceList.currency,
        lines: priced.lines,
        listTotalMinor: priced.listTotal.amountMinor,
        customerTotalMinor: priced.customerTotal.amountMinor,
        requestedAt,
        dueAt: new Date(deadline.dueAtMs),
        deadlineRule: deadline.rule,
        issuedAt: now,
        timeliness: late ? 'late' : 'on_time',
        paymentTerm: 'before_service',
        prepaymentRequired: priced.customerTotal.amountMinor > 0,
        decidedAt: null,
        rejectionReason: null,
        rejectionNote: null,
      });
      const account = await lockAccountOrFail(tx, command.caseNo);
      if (!quote) return toQuoteView(account);
      await tx.appendCaseEvent(
        BillingEventSubjects.quoteIssued,
        quote.caseNo,
        {
          quoteId: quote.id,
          caseNo: quote.caseNo,
          priceListVersion: quote.priceListVersion,
          customerTotal: priced.customerTotal,
          listTotal: priced.listTotal,
          requestedAt: quote.requestedAt.toISOString(),
          dueAt: quote.dueAt.toISOString(),
          deadlineRule: quote.deadlineRule,
          issuedAt: quote.issuedAt.toISOString(),
          timeliness: quote.timeliness,
        },
        causationId,
      );
      if (late) {
        const lateByMs = now.getTime() - deadline.dueAtMs;
        const overdue = { quoteId: quote.id, caseNo: quote.caseNo, dueAt: quote.dueAt.toISOString(), issuedAt: quote.issuedAt.toISOString(), lateByMs };
        await tx.appendCaseEvent(BillingEventSubjects.quoteOverdue, quote.caseNo, overdue, causationId);
      }
      return toQuoteView(account);
    });
  }
}
