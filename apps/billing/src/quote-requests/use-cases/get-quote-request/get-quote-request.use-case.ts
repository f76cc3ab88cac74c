import { Injectable } from '@nestjs/common';
import { DomainError, type QuoteRequestView } from '@aftersales/contracts';
import { QuoteRequestErrors } from '../../quote-request.errors';
import { QuoteRequestRepository } from '../../quote-request.repository';

@Injectable()
export class GetQuoteRequestUseCase {
  constructor(private readonly requests: QuoteRequestRepository) {}

  async execute(caseNo: string): Promise<QuoteRequestView> {
    const request = await this.requests.find(caseNo);
    if (!request) throw new DomainError(QuoteRequestErrors.QUOTE_REQUEST_NOT_FOUND);
    return request;
  }
}
