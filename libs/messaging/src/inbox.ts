import type { EntityManager } from 'typeorm';
import { InboxRecord } from '@aftersales/persistence';

/**
 * Records that `consumer` applied `eventId`, inside the caller's transaction. Returns false when the
 * event was applied before: the caller then skips its effect, so a redelivery changes nothing.
 */
export async function recordInInbox(manager: EntityManager, consumer: string, eventId: string): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(InboxRecord)
    .values({ consumer, eventId })
    .orIgnore()
    .returning(['event_id'])
    .execute();
  return (result.raw as unknown[]).length === 1;
}
