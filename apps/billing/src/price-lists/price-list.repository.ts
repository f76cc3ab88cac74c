import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Events, PriceList } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { PriceListVersion } from './price-list.entity';

export class PriceListTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Makes the version the active one; null when the version number is taken. */
  async publish(body: PriceList): Promise<PriceListVersion | null> {
    if (await this.manager.existsBy(PriceListVersion, { version: body.version })) return null;
    await this.manager.update(PriceListVersion, { active: true }, { active: false });
    return this.manager.save(this.manager.create(PriceListVersion, { version: body.version, active: true, body }));
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

@Injectable()
export class PriceListRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: PriceListTransaction) => Promise<T>): Promise<T> {
    // Publishing serialises on the table so two versions never both end up active.
    const result = await this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE "billing"."price_list" IN SHARE ROW EXCLUSIVE MODE');
      return work(new PriceListTransaction(manager, this.outbox));
    });
    this.outbox.nudge();
    return result;
  }

  findActive(): Promise<PriceListVersion | null> {
    return this.dataSource.getRepository(PriceListVersion).findOneBy({ active: true });
  }

  findByVersion(version: string): Promise<PriceListVersion | null> {
    return this.dataSource.getRepository(PriceListVersion).findOneBy({ version });
  }
}
