import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  billingCaseRefSchema,
  BillingCommandSubjects as S,
  requestQuoteCommandSchema,
  type BillingCaseRef,
  type QuoteRequestView,
  type RequestQuoteCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { CheckQuoteDeadlineUseCase } from './use-cases/check-quote-deadline/check-quote-deadline.use-case';
import { GetQuoteRequestUseCase } from './use-cases/get-quote-request/get-quote-request.use-case';
import { RequestQuoteUseCase } from './use-cases/request-quote/request-quote.use-case';

/** NATS command handlers of quote requests (the quote SLA). */
@CommandHandlers()
export class QuoteRequestsMessageController {
  constructor(
    private readonly requestQuote: RequestQuoteUseCase,
    private readonly checkDeadline: CheckQuoteDeadlineUseCase,
    private readonly getRequest: GetQuoteRequestUseCase,
  ) {}

  @MessagePattern(S.requestQuote)
  request(@Payload(new ZodValidationPipe(requestQuoteCommandSchema)) command: RequestQuoteCommand, @Ctx() ctx: NatsContext): Promise<QuoteRequestView> {
    return this.requestQuote.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.checkQuoteDeadline)
  check(@Payload(new ZodValidationPipe(billingCaseRefSchema)) ref: BillingCaseRef, @Ctx() ctx: NatsContext): Promise<QuoteRequestView> {
    return this.checkDeadline.execute(ref.caseNo, correlationIdOf(ctx));
  }

  @MessagePattern(S.getQuoteRequest)
  get(@Payload(new ZodValidationPipe(billingCaseRefSchema)) ref: BillingCaseRef): Promise<QuoteRequestView> {
    return this.getRequest.execute(ref.caseNo);
  }
}
