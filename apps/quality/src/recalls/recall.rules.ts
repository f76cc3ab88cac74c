import type { RecallPacing, RecallUnitCounts, RecallUnitState } from '@aftersales/contracts';

export const EMPTY_RECALL_COUNTS: RecallUnitCounts = { identified: 0, notified: 0, scheduled: 0, remedied: 0, unreachable: 0, declined: 0 };

/** The states an owner's answer can come from: before or after the notice, even after giving up on them. */
export const ANSWERABLE_STATES: readonly RecallUnitState[] = ['identified', 'notified', 'unreachable'];

/**
 * How long a unit waits after its `attempt`-th failed try (0-based): backoff doubling within a channel;
 * the first try of the next channel (the fallback) follows at once.
 */
export function retryDelayMs(attempt: number, pacing: Pick<RecallPacing, 'attemptsPerChannel' | 'retryInitialMs'>): number {
  const next = attempt + 1;
  if (next % pacing.attemptsPerChannel === 0) return 0;
  return pacing.retryInitialMs * 2 ** (attempt % pacing.attemptsPerChannel);
}

/** `RC-<yyyymmdd>-<nnnn>` from the day and a sequence. */
export function campaignNoFor(at: Date, sequence: number): string {
  return `RC-${at.toISOString().slice(0, 10).replaceAll('-', '')}-${String(sequence % 10_000).padStart(4, '0')}`;
}
