import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, type DecideSuggestionCommand, type SuggestionView } from '@aftersales/contracts';
import { SuggestionRepository, toSuggestionView } from '../../suggestion.repository';
import { requireStatus } from '../../suggestion.rules';

/** Adopt or decline an evaluated suggestion; a decline states its reason. */
@Injectable()
export class DecideSuggestionUseCase {
  constructor(private readonly suggestions: SuggestionRepository) {}

  async execute(command: DecideSuggestionCommand, causationId?: string): Promise<SuggestionView> {
    const decided = await this.suggestions.change(
      command.suggestionId,
      QualityEventSubjects.suggestionDecided,
      (current) => {
        requireStatus(current!, ['evaluated'], 'decide');
        return Object.assign(current!, {
          status: command.decision === 'adopt' ? 'adopted' : 'declined',
          decidedBy: command.decidedBy,
          declineReason: command.decision === 'decline' ? command.reason : null,
        });
      },
      causationId,
    );
    return toSuggestionView(decided);
  }
}
