import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import {
  decideSuggestionCommandSchema,
  evaluateSuggestionCommandSchema,
  QualityCommandSubjects as S,
  registerSuggestionRequestSchema,
  replySuggestionCommandSchema,
  suggestionRefSchema,
  type DecideSuggestionCommand,
  type EvaluateSuggestionCommand,
  type RegisterSuggestionRequest,
  type ReplySuggestionCommand,
  type SuggestionRef,
  type SuggestionView,
} from '@aftersales/contracts';
import { CommandHandlers, correlationIdOf, ZodValidationPipe } from '@aftersales/messaging';
import { DecideSuggestionUseCase } from './use-cases/decide-suggestion/decide-suggestion.use-case';
import { EvaluateSuggestionUseCase } from './use-cases/evaluate-suggestion/evaluate-suggestion.use-case';
import { GetSuggestionUseCase } from './use-cases/get-suggestion/get-suggestion.use-case';
import { RegisterSuggestionUseCase } from './use-cases/register-suggestion/register-suggestion.use-case';
import { ReplyToSuggestionUseCase } from './use-cases/reply-to-suggestion/reply-to-suggestion.use-case';

/** NATS command handlers of suggestions (建议). */
@CommandHandlers()
export class SuggestionsMessageController {
  constructor(
    private readonly registerSuggestion: RegisterSuggestionUseCase,
    private readonly evaluateSuggestion: EvaluateSuggestionUseCase,
    private readonly decideSuggestion: DecideSuggestionUseCase,
    private readonly replyToSuggestion: ReplyToSuggestionUseCase,
    private readonly getSuggestion: GetSuggestionUseCase,
  ) {}

  @MessagePattern(S.registerSuggestion)
  register(@Payload(new ZodValidationPipe(registerSuggestionRequestSchema)) request: RegisterSuggestionRequest, @Ctx() ctx: NatsContext): Promise<SuggestionView> {
    return this.registerSuggestion.execute(request, correlationIdOf(ctx));
  }

  @MessagePattern(S.evaluateSuggestion)
  evaluate(@Payload(new ZodValidationPipe(evaluateSuggestionCommandSchema)) command: EvaluateSuggestionCommand, @Ctx() ctx: NatsContext): Promise<SuggestionView> {
    return this.evaluateSuggestion.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.decideSuggestion)
  decide(@Payload(new ZodValidationPipe(decideSuggestionCommandSchema)) command: DecideSuggestionCommand, @Ctx() ctx: NatsContext): Promise<SuggestionView> {
    return this.decideSuggestion.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.replySuggestion)
  reply(@Payload(new ZodValidationPipe(replySuggestionCommandSchema)) command: ReplySuggestionCommand, @Ctx() ctx: NatsContext): Promise<SuggestionView> {
    return this.replyToSuggestion.execute(command, correlationIdOf(ctx));
  }

  @MessagePattern(S.getSuggestion)
  get(@Payload(new ZodValidationPipe(suggestionRefSchema)) ref: SuggestionRef): Promise<SuggestionView> {
    return this.getSuggestion.execute(ref.suggestionId);
  }
}
