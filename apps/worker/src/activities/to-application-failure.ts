import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@aftersales/contracts';
import { withCorrelationId } from '@aftersales/observability';

/** Business refusals must not be retried; timeouts and unavailability are, by the activity's policy. */
export function toActivityError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const retryable = error.kind === 'timeout' || error.kind === 'unavailable' || error.kind === 'internal';
  return ApplicationFailure.create({ message: error.message, type: error.code, nonRetryable: !retryable, details: [error.kind] });
}

/** The case number (or other business key) an activity works for: its logs and commands carry it. */
function correlationIdOf(args: unknown[]): string | undefined {
  const input = args[0] as { caseNo?: unknown } | undefined;
  return typeof input?.caseNo === 'string' ? input.caseNo : undefined;
}

/**
 * Wraps every activity so that it runs in its case's correlation id and a failure leaves it as a
 * retryable or non-retryable failure by its kind.
 */
export function withActivityErrors<T extends { [K in keyof T]: (...args: never[]) => Promise<unknown> }>(activities: T): T {
  const wrapped = Object.entries<(...args: never[]) => Promise<unknown>>(activities).map(([name, activity]) => [
    name,
    async (...args: Parameters<typeof activity>) => {
      try {
        return await withCorrelationId(correlationIdOf(args), () => activity(...args));
      } catch (error) {
        throw toActivityError(error);
      }
    },
  ]);
  return Object.fromEntries(wrapped) as T;
}
