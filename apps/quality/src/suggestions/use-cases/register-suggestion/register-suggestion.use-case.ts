import { Injectable } from '@nestjs/common';
import { QualityEventSubjects, type RegisterSuggestionRequest, type SuggestionView } from '@aftersales/contracts';
import { Suggestion } from '../../suggestion.entity';
import { SuggestionRepository, toSuggestionView } from '../../suggestion.repository';

@Injectable()
export class RegisterSuggestionUseCase {
  constructor(private readonly suggestions: SuggestionRepository) {}

  async execute(request: RegisterSuggestionRequest, causationId?: string): Promise<SuggestionView> {
    const created = await this.suggestions.change(
      null,
      QualityEventSubjects.suggestionRegistered,
      () =>
        Object.assign(new Suggestion(), {
          customerId: request.customerId,
          caseNo: request.caseNo ?? null,
          topic: request.topic,
          content: request.content,
          status: 'registered',
          evaluatedBy: null,
          benefit: null,
          assessment: null,
          decidedBy: null,
          declineReason: null,
          repliedAt: null,
          replyChannel: null,
          registeredAt: new Date(),
        }),
      causationId,
    );
    return toSuggestionView(created);
  }
}
