import { Module } from '@nestjs/common';
import { PriceListsModule } from '../price-lists/price-lists.module';
import { QuoteRequestRepository } from './quote-request.repository';
import { QuoteRequestsMessageController } from './quote-requests.message-controller';
import { CheckQuoteDeadlineUseCase } from './use-cases/check-quote-deadline/check-quote-deadline.use-case';
import { GetQuoteRequestUseCase } from './use-cases/get-quote-request/get-quote-request.use-case';
import { RequestQuoteUseCase } from './use-cases/request-quote/request-quote.use-case';

@Module({
  imports: [PriceListsModule],
  controllers: [QuoteRequestsMessageController],
  providers: [QuoteRequestRepository, RequestQuoteUseCase, CheckQuoteDeadlineUseCase, GetQuoteRequestUseCase],
  exports: [QuoteRequestRepository],
})
export class QuoteRequestsModule {}
