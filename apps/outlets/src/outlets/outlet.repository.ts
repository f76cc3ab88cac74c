import { Injectable } from '@nestjs/common';
import { DataSource, In, Not, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Events, ListOutletsQuery, OutletKind } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { WorkOrderOffer } from '../offers/work-order-offer.entity';
import { Outlet, OutletEstablishmentStep, OutletTraining } from './outlet.entity';

export type NewOutlet = Omit<Outlet, 'id' | 'createdAt' | 'updatedAt'>;

/** The unit of work of one outlet use case: changes and their events commit together. */
export class OutletTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inserts the outlet, or returns null when the code is taken (transaction intact). */
  async insertOutlet(values: NewOutlet): Promise<Outlet | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Outlet).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Outlet, { id: inserted[0].id }) : null;
  }

  lockById(id: string): Promise<Outlet | null> {
    return this.manager.findOne(Outlet, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveOutlet(outlet: Outlet): Promise<Outlet> {
    return this.manager.save(outlet);
  }

  steps(outletId: string): Promise<OutletEstablishmentStep[]> {
    return this.manager.find(OutletEstablishmentStep, { where: { outletId }, order: { sequence: 'ASC' } });
  }

  saveStep(values: Omit<OutletEstablishmentStep, 'id'>): Promise<OutletEstablishmentStep> {
    return this.manager.save(this.manager.create(OutletEstablishmentStep, values));
  }

  /** Open outlets other than the one given, optionally of one kind: the candidates to cover a place. */
  openOutlets(options: { except?: string; kind?: OutletKind } = {}): Promise<Outlet[]> {
    return openOutlets(this.manager, options);
  }

  /** Work orders bound to the outlet through an accepted offer. */
  boundOffers(outletId: string): Promise<WorkOrderOffer[]> {
    return this.manager.find(WorkOrderOffer, { where: { outletId, status: 'bound' }, order: { createdAt: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }

  saveOffer(offer: WorkOrderOffer): Promise<WorkOrderOffer> {
    return this.manager.save(offer);
  }

  saveTraining(values: Omit<OutletTraining, 'id'>): Promise<OutletTraining> {
    return this.manager.save(this.manager.create(OutletTraining, values));
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

function openOutlets(manager: EntityManager, { except, kind }: { except?: string; kind?: OutletKind }): Promise<Outlet[]> {
  return manager.find(Outlet, {
    where: { status: 'open', ...(except ? { id: Not(except) } : {}), ...(kind ? { kind } : {}) },
    order: { code: 'ASC' },
  });
}

@Injectable()
export class OutletRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: OutletTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new OutletTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  async findById(id: string): Promise<{ outlet: Outlet; steps: OutletEstablishmentStep[] } | null> {
    const outlet = await this.dataSource.getRepository(Outlet).findOneBy({ id });
    if (!outlet) return null;
    const steps = await this.dataSource.getRepository(OutletEstablishmentStep).find({ where: { outletId: id }, order: { sequence: 'ASC' } });
    return { outlet, steps };
  }

  async list(query: ListOutletsQuery): Promise<{ items: { outlet: Outlet; steps: OutletEstablishmentStep[] }[]; total: number }> {
    const where: FindOptionsWhere<Outlet> = { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) };
    const [outlets, total] = await this.dataSource.getRepository(Outlet).findAndCount({ where, order: { createdAt: 'ASC', id: 'ASC' }, take: query.limit, skip: query.offset });
    const steps = outlets.length
      ? await this.dataSource.getRepository(OutletEstablishmentStep).find({ where: { outletId: In(outlets.map((o) => o.id)) } })
      : [];
    return { items: outlets.map((outlet) => ({ outlet, steps: steps.filter((s) => s.outletId === outlet.id) })), total };
  }

  openOutlets(options: { except?: string; kind?: OutletKind } = {}): Promise<Outlet[]> {
    return openOutlets(this.dataSource.manager, options);
  }

  training(outletId: string): Promise<OutletTraining[]> {
    return this.dataSource.getRepository(OutletTraining).find({ where: { outletId }, order: { employeeNo: 'ASC', completedOn: 'ASC', id: 'ASC' } });
  }
}
