import { createHash } from 'node:crypto';
import type { PartUsed } from './service-record.entity';

/** Units recorded now beyond those recorded before: what the van gives up with this record update. */
export function partsNewlyUsed(before: readonly PartUsed[], after: readonly PartUsed[]): PartUsed[] {
  const earlier = new Map(before.map((p) => [p.partCode, p.qty]));
  return after.map((p) => ({ partCode: p.partCode, qty: p.qty - (earlier.get(p.partCode) ?? 0) })).filter((p) => p.qty > 0);
}

/**
 * The inventory idempotency key of one change of the parts list: the same change, retried after a failed
 * commit, consumes nothing more; a different change gets a key of its own.
 */
export function consumptionKey(workOrderId: string, before: readonly PartUsed[], after: readonly PartUsed[]): string {
  const canonical = (parts: readonly PartUsed[]) => [...parts].sort((a, b) => a.partCode.localeCompare(b.partCode)).map((p) => `${p.partCode}*${p.qty}`).join(',');
  const digest = createHash('sha256').update(`${canonical(before)}>${canonical(after)}`).digest('hex');
  return `workorder:${workOrderId}:parts:${digest}`;
}
