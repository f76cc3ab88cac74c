import { Inject, Injectable } from '@nestjs/common';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { CommandSubjects, DomainError, QualityEventSubjects, type ReplySuggestionCommand, type SuggestionView } from '@aftersales/contracts';
import { CommandClient } from '@aftersales/messaging';
import { SuggestionErrors } from '../../suggestion.errors';
import { SuggestionRepository, toSuggestionView } from '../../suggestion.repository';
import { requireNotReplied, requireStatus } from '../../suggestion.rules';

/**
 * Tells the customer whether their suggestion was adopted, through intake's notification port (which
 * holds the contact), once per suggestion; then records the reply.
 */
@Injectable()
export class ReplyToSuggestionUseCase {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly commands: CommandClient,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async execute(command: ReplySuggestionCommand, causationId?: string): Promise<SuggestionView> {
    const suggestion = await this.suggestions.find(command.suggestionId);
    requireStatus(suggestion, ['adopted', 'declined'], 'reply');
    requireNotReplied(suggestion);
    // A channel nobody serves is refused before anything is sent, so the one reply can still go out.
    if (!this.env.NOTIFY_PROVIDERS[command.channel]) throw undelivered(command.channel);
    const result = await this.commands.send(CommandSubjects.intakeNotifyCustomerById, {
      customerId: suggestion.customerId,
      template: suggestion.status === 'adopted' ? 'suggestion_adopted' : 'suggestion_declined',
      key: `suggestion:${suggestion.id}`,
      channel: command.channel,
      params: {},
    });
    if (result.outcome === 'no_provider') throw undelivered(command.channel);
    const replied = await this.suggestions.change(
      command.suggestionId,
      QualityEventSubjects.suggestionReplied,
      (current) => {
        requireNotReplied(current!);
        return Object.assign(current!, { repliedAt: new Date(), replyChannel: command.channel });
      },
      causationId,
    );
    return toSuggestionView(replied);
  }
}

const undelivered = (channel: string): DomainError =>
  new DomainError(SuggestionErrors.REPLY_NOT_DELIVERED, { details: [{ field: 'channel', reason: `no provider serves ${channel}` }] });
