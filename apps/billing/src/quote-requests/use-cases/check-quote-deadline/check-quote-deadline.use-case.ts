import { Injectable } from '@nestjs/common';
import { BillingEventSubjects, DomainError, type QuoteRequestView } from '@aftersales/contracts';
import { QuoteRequestErrors } from '../../quote-request.errors';
import { QuoteRequestRepository, toQuoteRequestView } from '../../quote-request.repository';

/**
 * Called when a quote falls due: a request still without a quote at its deadline breaches the quote
 * SLA, recorded and published once. Before the deadline, or once quoted, it changes nothing.
 */
@Injectable()
export class CheckQuoteDeadlineUseCase {
  constructor(private readonly requests: QuoteRequestRepository) {}

  execute(caseNo: string, causationId?: string, now = new Date()): Promise<QuoteRequestView> {
    return this.requests.inTransaction(async (tx) => {
      const request = await tx.lock(caseNo);
      if (!request) throw new DomainError(QuoteRequestErrors.QUOTE_REQUEST_NOT_FOUND);
      const quoted = await tx.quoted(caseNo);
      if (!quoted && !request.deadlineMissedAt && now.getTime() >= request.dueAt.getTime()) {
        request.deadlineMissedAt = now;
        await tx.save(request);
        await tx.appendEvent(
          BillingEventSubjects.quoteDeadlineMissed,
          caseNo,
          { caseNo, requestedAt: request.requestedAt.toISOString(), dueAt: request.dueAt.toISOString(), detectedAt: now.toISOString() },
          causationId,
        );
      }
      return toQuoteRequestView(request, quoted);
    });
  }
}
