import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Events, HazardType } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { hazardsAtSite, SiteHazard } from './site-hazard.entity';

export class SiteTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  addHazards(siteId: string, hazards: readonly { type: HazardType; note?: string }[], recordedAt: Date): Promise<SiteHazard[]> {
    const rows = hazards.map((h, position) => this.manager.create(SiteHazard, { siteId, type: h.type, note: h.note ?? null, recordedAt, position }));
    return this.manager.save(rows);
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

@Injectable()
export class SiteRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: SiteTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new SiteTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  hazardsOf(siteId: string): Promise<SiteHazard[]> {
    return hazardsAtSite(this.dataSource.manager, siteId);
  }
}
