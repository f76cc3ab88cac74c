import type { RecallUnitCounts } from '@aftersales/contracts';

/** How long to wait after a batch so that `taken` units in `elapsedMs` keep to `ratePerMinute`. */
export function pacingDelayMs(input: { taken: number; ratePerMinute: number; elapsedMs: number }): number {
  if (input.taken <= 0) return 0;
  return Math.max(0, Math.ceil((input.taken * 60_000) / input.ratePerMinute - input.elapsedMs));
}

/**
 * When the notices should be through at the current rate: the units still waiting for one, plus those
 * not identified yet (estimated from the share of the id space read so far, when known). Null while paused.
 */
export function expectedFinishAt(input: { now: number; ratePerMinute: number; paused: boolean; counts: RecallUnitCounts; unidentifiedEstimate: number }): number | null {
  if (input.paused) return null;
  const pending = input.counts.identified + input.unidentifiedEstimate;
  return input.now + Math.ceil((pending * 60_000) / input.ratePerMinute);
}

/**
 * Units not identified yet, from how far the keyset cursor has come through the uuid space (ids are
 * random, so the share read is an unbiased estimate of the share found).
 */
export function unidentifiedEstimate(input: { identified: number; afterUnitId: string | null; done: boolean }): number {
  if (input.done || !input.afterUnitId) return 0;
  const share = parseInt(input.afterUnitId.slice(0, 8), 16) / 0x1_0000_0000;
  if (share <= 0) return 0;
  return Math.round(input.identified / share - input.identified);
}
