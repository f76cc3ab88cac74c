/** Percentiles and rates of a sample, rounded for the report. */
export interface Distribution {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function distribution(values: number[]): Distribution {
  if (values.length === 0) return { count: 0, p50: null, p95: null, p99: null, max: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: round(sorted[sorted.length - 1]),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? round((count * 1000) / ms, 1) : 0;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs `worker` on `concurrency` lanes until `until()` is false; each lane awaits its own calls. */
export async function lanes(concurrency: number, until: () => boolean, worker: (lane: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (until()) await worker(lane);
    }),
  );
}

export function formatDistribution(d: Distribution, unit = 'ms'): string {
  return d.count === 0 ? 'n/a' : `p50 ${d.p50} ${unit}  p95 ${d.p95} ${unit}  p99 ${d.p99} ${unit}  max ${d.max} ${unit}  (n=${d.count})`;
}
