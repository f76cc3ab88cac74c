import { Module } from '@nestjs/common';
import { SuggestionRepository } from './suggestion.repository';
import { SuggestionsMessageController } from './suggestions.message-controller';
import { DecideSuggestionUseCase } from './use-cases/decide-suggestion/decide-suggestion.use-case';
import { EvaluateSuggestionUseCase } from './use-cases/evaluate-suggestion/evaluate-suggestion.use-case';
import { GetSuggestionUseCase } from './use-cases/get-suggestion/get-suggestion.use-case';
import { RegisterSuggestionUseCase } from './use-cases/register-suggestion/register-suggestion.use-case';
import { ReplyToSuggestionUseCase } from './use-cases/reply-to-suggestion/reply-to-suggestion.use-case';

@Module({
  controllers: [SuggestionsMessageController],
  providers: [SuggestionRepository, RegisterSuggestionUseCase, EvaluateSuggestionUseCase, DecideSuggestionUseCase, ReplyToSuggestionUseCase, GetSuggestionUseCase],
})
export class SuggestionsModule {}
