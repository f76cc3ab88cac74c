import type { EntityManager } from 'typeorm';
import { InboxRecord } from '@aftersales/persistence';

/**
 * Records that `consumer` applied each of `eventIds`, inside the caller's transaction, in one statement.
 * Returns the ids applied for the first time: the caller applies only those, so a redelivery changes
 * nothing (an id twice in the list counts once).
 */
export async function recordManyInInbox(manager: EntityManager, consumer: string, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const inbox = manager.getRepository(InboxRecord).metadata.tablePath;
  const fresh: { event_id: string }[] = await manager.query(
    `INSERT INTO ${inbox} (consumer, event_id) SELECT $1, id FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventIds],
  );
  // PostgreSQL answers a uuid in lower case: an id sent in upper case is still found.
  const inserted = new Set(fresh.map((row) => row.event_id));
  return new Set(eventIds.filter((id) => inserted.has(id.toLowerCase())));
}
