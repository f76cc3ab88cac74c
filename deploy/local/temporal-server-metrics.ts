import { temporalServerMetricsUrl } from './paths';

/** The Temporal server's store operations so far, by operation (main store and visibility). */
export interface PersistenceCounters {
  requests: Map<string, number>;
  /** Seconds spent in them, waiting for the store's connection included. */
  seconds: number;
}

const SERIES = /^(visibility_)?persistence_(requests|latency_sum)\{(.*)\} (\S+)$/;

/**
 * The store counters of the local Temporal server at `address`, from its Prometheus endpoint (opened
 * beside the frontend, see temporalServerMetricsUrl); null when nothing answers there.
 */
export async function readPersistenceCounters(address: string): Promise<PersistenceCounters | null> {
  const text = await fetch(temporalServerMetricsUrl(address), { signal: AbortSignal.timeout(5_000) })
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null);
  if (text === null) return null;
  const counters: PersistenceCounters = { requests: new Map(), seconds: 0 };
  for (const line of text.split('\n')) {
    const match = SERIES.exec(line);
    if (!match) continue;
    const value = Number(match[4]);
    if (match[2] === 'latency_sum') {
      counters.seconds += value;
      continue;
    }
    const operation = /operation="([^"]+)"/.exec(match[3])?.[1] ?? 'unknown';
    counters.requests.set(operation, (counters.requests.get(operation) ?? 0) + value);
  }
  return counters;
}
