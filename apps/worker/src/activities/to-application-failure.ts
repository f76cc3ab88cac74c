import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@aftersales/contracts';

/** Business refusals must not be retried; timeouts and unavailability are, by the activity's policy. */
export function toActivityError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const retryable = error.kind === 'timeout' || error.kind === 'unavailable' || error.kind === 'internal';
  return ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: !retryable, details: [error.kind] });
}

/** Wraps every activity so that a failure leaves it as a retryable or non-retryable failure by its kind. */
export function withActivityErrors<T extends { [K in keyof T]: (...args: never[]) => Promise<unknown> }>(activities: T): T {
  const wrapped = Object.entries<(...args: never[]) => Promise<unknown>>(activities).map(([name, activity]) => [
    name,
    async (...args: Parameters<typeof activity>) => {
      try {
        return await activity(...args);
      } catch (error) {
        throw toActivityError(error);
      }
    },
  ]);
  return Object.fromEntries(wrapped) as T;
}
