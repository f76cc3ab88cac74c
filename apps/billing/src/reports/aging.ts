// Receivables aging (账龄): days since the receivable fell due, in the buckets of the report.
import type { AgingBucket } from '@aftersales/contracts';

const DAY_MS = 86_400_000;
/** Upper bounds in days, inclusive; beyond the last one is `over_180`. */
const BUCKETS: readonly [AgingBucket, number][] = [
  ['d0_30', 30],
  ['d31_60', 60],
  ['d61_90', 90],
  ['d91_180', 180],
];
export const SIX_MONTHS_DAYS = 180;

/** Whole days from `fromMs` to `asOfMs` (never negative: not yet due ages as 0). */
export const ageInDays = (fromMs: number, asOfMs: number): number => Math.max(0, Math.floor((asOfMs - fromMs) / DAY_MS));

export function agingBucketOf(ageDays: number): AgingBucket {
  return BUCKETS.find(([, upTo]) => ageDays <= upTo)?.[0] ?? 'over_180';
}
