import { Injectable } from '@nestjs/common';
import type { SuggestionView } from '@aftersales/contracts';
import { SuggestionRepository, toSuggestionView } from '../../suggestion.repository';

@Injectable()
export class GetSuggestionUseCase {
  constructor(private readonly suggestions: SuggestionRepository) {}

  async execute(id: string): Promise<SuggestionView> {
    return toSuggestionView(await this.suggestions.find(id));
  }
}
