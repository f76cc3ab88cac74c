import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventData, Events } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { Outlet } from '../outlets/outlet.entity';
import { WorkOrderOffer, WorkOrderOfferAttempt } from './work-order-offer.entity';

/** The unit of work of one offer use case: changes and their events commit together. */
export class OfferTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inserts the offer; false when the work order was offered before (transaction intact). */
  async insertOffer(values: Omit<WorkOrderOffer, 'createdAt' | 'updatedAt'>): Promise<boolean> {
    const result = await this.manager.createQueryBuilder().insert().into(WorkOrderOffer).values(values).orIgnore().returning('work_order_id').execute();
    return (result.raw as unknown[]).length === 1;
  }

  lockOffer(workOrderId: string): Promise<WorkOrderOffer | null> {
    return this.manager.findOne(WorkOrderOffer, { where: { workOrderId }, lock: { mode: 'pessimistic_write' } });
  }

  saveOffer(offer: WorkOrderOffer): Promise<WorkOrderOffer> {
    return this.manager.save(offer);
  }

  attempts(workOrderId: string): Promise<WorkOrderOfferAttempt[]> {
    return this.manager.find(WorkOrderOfferAttempt, { where: { workOrderId }, order: { attempt: 'ASC' } });
  }

  saveAttempt(values: Omit<WorkOrderOfferAttempt, 'id'> | WorkOrderOfferAttempt): Promise<WorkOrderOfferAttempt> {
    return this.manager.save(this.manager.create(WorkOrderOfferAttempt, values));
  }

  /** Open outsourced outlets: the ones a work order is offered to. */
  openOutsourcedOutlets(): Promise<Outlet[]> {
    return this.manager.find(Outlet, { where: { status: 'open', kind: 'outsourced' }, order: { code: 'ASC' } });
  }

  /** Appends an event about the offer; its case number is the correlation id. */
  async appendOfferEvent<K extends keyof Events>(subject: K, offer: Pick<WorkOrderOffer, 'workOrderId' | 'caseNo'>, causationId: string | undefined, data: Omit<EventData<K>, 'workOrderId' | 'caseNo'>): Promise<void> {
    await this.outbox.append(this.manager, {
      subject,
      aggregateId: offer.workOrderId,
      correlationId: offer.caseNo,
      causationId,
      data: { workOrderId: offer.workOrderId, caseNo: offer.caseNo, ...data } as EventData<K>,
    });
  }
}

@Injectable()
export class OfferRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: OfferTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new OfferTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  async find(workOrderId: string): Promise<{ offer: WorkOrderOffer; attempts: WorkOrderOfferAttempt[] } | null> {
    const offer = await this.dataSource.getRepository(WorkOrderOffer).findOneBy({ workOrderId });
    if (!offer) return null;
    return { offer, attempts: await this.dataSource.getRepository(WorkOrderOfferAttempt).find({ where: { workOrderId }, order: { attempt: 'ASC' } }) };
  }
}
