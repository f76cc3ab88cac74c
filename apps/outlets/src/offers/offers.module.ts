import { Module } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  answerOfferCommandSchema,
  offerRefSchema,
  openOfferCommandSchema,
  OutletCommandSubjects as S,
  type AnswerOfferCommand,
  type OfferRef,
  type OfferView,
  type OpenOfferCommand,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { PolicyModule } from '../policy/policy.module';
import { OfferRepository } from './offer.repository';
import { AnswerOfferUseCase } from './use-cases/answer-offer/answer-offer.use-case';
import { OpenOfferUseCase } from './use-cases/open-offer/open-offer.use-case';
import { SendNextOfferUseCase } from './use-cases/send-next-offer/send-next-offer.use-case';

/** NATS command handlers of work-order offers to outsourced outlets. */
@CommandHandlers()
export class OffersMessageController {
  constructor(
    private readonly openOffer: OpenOfferUseCase,
    private readonly sendNext: SendNextOfferUseCase,
    private readonly answerOffer: AnswerOfferUseCase,
  ) {}

  @MessagePattern(S.openOffer)
  open(@Payload(new ZodValidationPipe(openOfferCommandSchema)) command: OpenOfferCommand, @Ctx() ctx: NatsContext): Promise<OfferView> {
    return this.openOffer.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.sendNextOffer)
  next(@Payload(new ZodValidationPipe(offerRefSchema)) ref: OfferRef, @Ctx() ctx: NatsContext): Promise<{ outletId: string | null; attempt: number }> {
    return this.sendNext.execute(ref.workOrderId, correlationIdOf(ctx));
  }

  @MessagePattern(S.answerOffer)
  answer(@Payload(new ZodValidationPipe(answerOfferCommandSchema)) command: AnswerOfferCommand, @Ctx() ctx: NatsContext): Promise<OfferView> {
    return this.answerOffer.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getOffer)
  get(@Payload(new ZodValidationPipe(offerRefSchema)) ref: OfferRef): Promise<OfferView> {
    return this.answerOffer.get(ref.workOrderId);
  }
}

@Module({
  imports: [PolicyModule],
  controllers: [OffersMessageController],
  providers: [OfferRepository, OpenOfferUseCase, SendNextOfferUseCase, AnswerOfferUseCase],
})
export class OffersModule {}
