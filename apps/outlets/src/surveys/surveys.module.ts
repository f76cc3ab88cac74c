import { Module } from '@nestjs/common';
import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import { OutletCommandSubjects as S, recordSurveyCommandSchema, surveyRefSchema, type RecordSurveyCommand, type SurveyRef, type SurveyView } from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { PolicyModule } from '../policy/policy.module';
import { SurveyRepository } from './survey.repository';
import { CloseRectificationUseCase } from './use-cases/close-rectification/close-rectification.use-case';
import { RecordSurveyUseCase } from './use-cases/record-survey/record-survey.use-case';

/** NATS command handlers of annual surveys and their rectification. */
@CommandHandlers()
export class SurveysMessageController {
  constructor(
    private readonly recordSurvey: RecordSurveyUseCase,
    private readonly rectification: CloseRectificationUseCase,
  ) {}

  @MessagePattern(S.recordSurvey)
  record(@Payload(new ZodValidationPipe(recordSurveyCommandSchema)) command: RecordSurveyCommand, @Ctx() ctx: NatsContext): Promise<SurveyView> {
    return this.recordSurvey.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getSurvey)
  get(@Payload(new ZodValidationPipe(surveyRefSchema)) ref: SurveyRef): Promise<SurveyView> {
    return this.rectification.get(ref.surveyId);
  }

  @MessagePattern(S.completeRectification)
  complete(@Payload(new ZodValidationPipe(surveyRefSchema)) ref: SurveyRef, @Ctx() ctx: NatsContext): Promise<SurveyView> {
    return this.rectification.complete(ref.surveyId, correlationIdOf(ctx));
  }

  @MessagePattern(S.escalateRectification)
  escalate(@Payload(new ZodValidationPipe(surveyRefSchema)) ref: SurveyRef, @Ctx() ctx: NatsContext): Promise<SurveyView> {
    return this.rectification.escalate(ref.surveyId, correlationIdOf(ctx));
  }
}

@Module({
  imports: [PolicyModule],
  controllers: [SurveysMessageController],
  providers: [SurveyRepository, RecordSurveyUseCase, CloseRectificationUseCase],
})
export class SurveysModule {}
