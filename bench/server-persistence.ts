import type { PersistenceCounters } from '../deploy/local/temporal-server-metrics';

/** What the Temporal server's store did for each unit of work (a bare start, a case started) over a phase. */
export interface PersistencePerUnit {
  units: number;
  /** Store operations a unit, all of them. */
  requestsPerUnit: number;
  /** Store operations a second of the phase: near the same figure in two phases, the store is what caps both. */
  requestsPerSecond: number;
  /** The most frequent operations, requests a unit. */
  topOperations: Record<string, number>;
  /** Store operations in flight on average: their total time over the phase's wall time. */
  meanInFlight: number;
}

/** The store's work between two readings divided by `units`; null without both readings or units. */
export function persistencePerUnit(before: PersistenceCounters | null, after: PersistenceCounters | null, units: number, wallSeconds: number, top = 8): PersistencePerUnit | null {
  if (!before || !after || units <= 0) return null;
  const done = [...after.requests]
    .map(([operation, count]) => [operation, count - (before.requests.get(operation) ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const total = done.reduce((sum, [, n]) => sum + n, 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    units,
    requestsPerUnit: round(total / units),
    requestsPerSecond: Math.round(total / wallSeconds),
    topOperations: Object.fromEntries(done.slice(0, top).map(([operation, n]) => [operation, round(n / units)])),
    meanInFlight: round((after.seconds - before.seconds) / wallSeconds),
  };
}
