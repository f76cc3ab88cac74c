import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, type QualityEventSubjects, type SuggestionView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { Suggestion } from './suggestion.entity';
import { SuggestionErrors } from './suggestion.errors';

type SuggestionSubject = (typeof QualityEventSubjects)[
  'suggestionRegistered' | 'suggestionEvaluated' | 'suggestionDecided' | 'suggestionReplied'
];

export const toSuggestionView = (s: Suggestion): SuggestionView => ({
  id: s.id,
  customerId: s.customerId,
  caseNo: s.caseNo,
  topic: s.topic,
  content: s.content,
  status: s.status,
  benefit: s.benefit,
  assessment: s.assessment,
  declineReason: s.declineReason,
  repliedAt: s.repliedAt?.toISOString() ?? null,
  replyChannel: s.replyChannel,
  registeredAt: s.registeredAt.toISOString(),
});

/** Suggestions: each step and its event (ids and codes only) commit together. */
@Injectable()
export class SuggestionRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async find(id: string): Promise<Suggestion> {
    const suggestion = await this.dataSource.getRepository(Suggestion).findOneBy({ id });
    if (!suggestion) throw new DomainError(SuggestionErrors.SUGGESTION_NOT_FOUND);
    return suggestion;
  }

  /**
   * Applies one step to the locked suggestion, saves it and publishes `subject`. `change` refuses
   * (throws) when the suggestion's status does not allow the step; then nothing is written.
   */
  async change(id: string | null, subject: SuggestionSubject, change: (current: Suggestion | null) => Suggestion, causationId?: string): Promise<Suggestion> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = id ? await manager.findOne(Suggestion, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (id && !current) throw new DomainError(SuggestionErrors.SUGGESTION_NOT_FOUND);
      const next = await manager.save(Suggestion, change(current));
      await this.outbox.append(manager, {
        subject,
        aggregateId: next.id,
        correlationId: next.caseNo ?? next.id,
        causationId,
        data: {
          suggestionId: next.id,
          customerId: next.customerId,
          caseNo: next.caseNo,
          topic: next.topic,
          status: next.status,
          declineReason: next.declineReason,
          replyChannel: next.replyChannel,
          changedAt: new Date().toISOString(),
        },
      });
      return next;
    });
    this.outbox.nudge();
    return saved;
  }
}
