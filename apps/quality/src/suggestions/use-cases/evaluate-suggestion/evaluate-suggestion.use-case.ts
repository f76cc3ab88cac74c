import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, type EvaluateSuggestionCommand, type SuggestionView } from '@aftersales/contracts';
import { SuggestionRepository, toSuggestionView } from '../../suggestion.repository';
import { requireStatus } from '../../suggestion.rules';

/** The responsible department assesses the suggestion's benefit; it can be re-assessed until decided. */
@Injectable()
export class EvaluateSuggestionUseCase {
  constructor(private readonly suggestions: SuggestionRepository) {}

  async execute(command: EvaluateSuggestionCommand, causationId?: string): Promise<SuggestionView> {
    const evaluated = await this.suggestions.change(
      command.suggestionId,
      QualityEventSubjects.suggestionEvaluated,
      (current) => {
        requireStatus(current!, ['registered', 'evaluated'], 'evaluate');
        return Object.assign(current!, { status: 'evaluated', evaluatedBy: command.evaluatedBy, benefit: command.benefit, assessment: command.assessment });
      },
      causationId,
    );
    return toSuggestionView(evaluated);
  }
}
