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

/** An opened case to count: its event, and the local day and service type it is counted under. */
export interface OpenedCase {
  eventId: string;
  day: string;
  serviceType: string;
}

@Injectable()
export class CasesOpenedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts opened cases in the caller's transaction, each once per event id, in one statement: the
   * inbox rows and the counts by day and service type. Returns how many were counted now.
   */
  async countOnceIn(manager: EntityManager, opened: readonly OpenedCase[]): Promise<number> {
    if (opened.length === 0) return 0;
    const table = manager.getRepository(CasesOpenedDaily).metadata.tablePath;
    const inbox = manager.getRepository(InboxRecord).metadata.tablePath;
    const [counted]: { count: number }[] = await manager.query(
      `WITH fresh AS (INSERT INTO ${inbox} (consumer, event_id) SELECT $1, id FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING event_id),
            per_day AS (SELECT o.day, o.service_type, count(*)::int AS n
                        FROM (SELECT DISTINCT * FROM unnest($2::uuid[], $3::date[], $4::text[]) AS t(event_id, day, service_type)) o
                        JOIN fresh USING (event_id) GROUP BY 1, 2),
            counting AS (INSERT INTO ${table} (day, service_type, count) SELECT day, service_type, n FROM per_day
                         ON CONFLICT (day, service_type) DO UPDATE SET count = ${table}.count + EXCLUDED.count)
       SELECT coalesce(sum(n), 0)::int AS count FROM per_day`,
      [CASES_OPENED_COUNT_KEY, opened.map((o) => o.eventId), opened.map((o) => o.day), opened.map((o) => o.serviceType)],
    );
    return counted.count;
  }

  /** Counts one opened case in a transaction of its own, once per event id. */
  async countOnce(opened: OpenedCase): Promise<boolean> {
    return (await this.dataSource.transaction((manager) => this.countOnceIn(manager, [opened]))) === 1;
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
