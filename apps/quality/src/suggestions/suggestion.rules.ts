import { DomainError, type SuggestionStatus } from '@aftersales/contracts';
import type { Suggestion } from './suggestion.entity';
import { SuggestionErrors } from './suggestion.errors';

/**
 * The suggestion's path: registered → evaluated → adopted or declined → replied to the customer.
 * A step out of order is refused with the status it needs.
 */
export function requireStatus(suggestion: Suggestion, allowed: readonly SuggestionStatus[], step: string): void {
  if (allowed.includes(suggestion.status)) return;
  throw new DomainError(SuggestionErrors.SUGGESTION_STEP_REFUSED, {
    details: [{ field: 'status', reason: `${step} needs the suggestion ${allowed.join(' or ')}, it is ${suggestion.status}` }],
  });
}

export function requireNotReplied(suggestion: Suggestion): void {
  if (suggestion.repliedAt) throw new DomainError(SuggestionErrors.SUGGESTION_STEP_REFUSED, { details: [{ field: 'status', reason: 'the customer was answered already' }] });
}
