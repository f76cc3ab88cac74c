import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DurableConsumers } from '@aftersales/contracts';
import { InboxRecord } from '@aftersales/persistence';
import { CasesOpenedDaily } from './cases-opened-daily.entity';

/**
 * The key under which each opened case is counted once in quality's inbox, whichever consumer delivers
 * its event. It is the name of the consumer that counted the cases in earlier releases, so that a case
 * it counted is not counted again after an upgrade.
 */
export const CASES_OPENED_COUNT_KEY = DurableConsumers.qualityCasesOpened.durable;

@Injectable()
export class CasesOpenedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one opened case in the caller's transaction, once per event id; false when counted before. */
  async countOnceIn(manager: EntityManager, eventId: string, day: string, serviceType: string): Promise<boolean> {
    const table = manager.getRepository(CasesOpenedDaily).metadata.tablePath;
    const inbox = manager.getRepository(InboxRecord).metadata.tablePath;
    // The inbox row and the count in one statement: one round trip in the figures' transaction.
    const counted: unknown[] = await manager.query(
      `WITH fresh AS (INSERT INTO ${inbox} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id)
       INSERT INTO ${table} (day, service_type, count) SELECT $3, $4, 1 FROM fresh
       ON CONFLICT (day, service_type) DO UPDATE SET count = ${table}.count + 1
       RETURNING day`,
      [CASES_OPENED_COUNT_KEY, eventId, day, serviceType],
    );
    return counted.length === 1;
  }

  /** Counts one opened case in a transaction of its own, once per event id. */
  countOnce(eventId: string, day: string, serviceType: string): Promise<boolean> {
    return this.dataSource.transaction((manager) => this.countOnceIn(manager, eventId, day, serviceType));
  }

  /** Empties the counts and forgets which cases they counted, in the caller's transaction (a rebuild). */
  async clearIn(manager: EntityManager): Promise<void> {
    await manager.getRepository(CasesOpenedDaily).createQueryBuilder().delete().execute();
    await manager.getRepository(InboxRecord).delete({ consumer: CASES_OPENED_COUNT_KEY });
  }

  findDay(day: string): Promise<CasesOpenedDaily[]> {
    return this.dataSource.getRepository(CasesOpenedDaily).findBy({ day });
  }
}
