import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordInInbox } from '@aftersales/messaging';
import { CasesOpenedDaily } from './cases-opened-daily.entity';

@Injectable()
export class CasesOpenedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one opened case, once per event id however often the event is delivered. */
  countOnce(consumer: string, eventId: string, day: string, serviceType: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await recordInInbox(manager, consumer, eventId))) return false;
      const table = manager.getRepository(CasesOpenedDaily).metadata.tablePath;
      await manager.query(
        `INSERT INTO ${table} (day, service_type, count) VALUES ($1, $2, 1)
         ON CONFLICT (day, service_type) DO UPDATE SET count = ${table}.count + 1`,
        [day, serviceType],
      );
      return true;
    });
  }

  findDay(day: string): Promise<CasesOpenedDaily[]> {
    return this.dataSource.getRepository(CasesOpenedDaily).findBy({ day });
  }
}
