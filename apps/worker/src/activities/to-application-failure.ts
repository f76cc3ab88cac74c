import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@aftersales/contracts';

/** Business refusals must not be retried; timeouts and unavailability are, by the activity's policy. */
export function toActivityError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const retryable = error.kind === 'timeout' || error.kind === 'unavailable' || error.kind === 'internal';
  return ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: !retryable, details: [error.kind] });
}
