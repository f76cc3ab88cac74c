import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { ComplaintRepository, type ComplaintTransaction } from '../complaints/complaint.repository';
import { FollowUp } from './follow-up.entity';

/** The unit of work of one follow-up use case; a survey's complaint commits with it. */
export class FollowUpTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
    readonly complaints: ComplaintTransaction,
  ) {}

  lockByCaseNo(caseNo: string): Promise<FollowUp | null> {
    return this.manager.findOne(FollowUp, { where: { caseNo }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the case's follow-up, or returns null when it exists already (transaction intact). */
  async insertOnce(values: Pick<FollowUp, 'caseNo' | 'customerId' | 'status' | 'openedAt'>): Promise<FollowUp | null> {
    const result = await this.manager.createQueryBuilder().insert().into(FollowUp).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(FollowUp, { id: inserted[0].id }) : null;
  }

  save(followUp: FollowUp): Promise<FollowUp> {
    return this.manager.save(followUp);
  }

  /** A follow-up event: the case number is aggregate and correlation id. */
  async appendEvent<K extends keyof Events>(caseNo: string, event: Omit<NewEvent<K>, 'aggregateId' | 'correlationId'>): Promise<void> {
    await this.outbox.append(this.manager, { ...event, aggregateId: caseNo, correlationId: caseNo } as NewEvent<K>);
  }
}

@Injectable()
export class FollowUpRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly complaints: ComplaintRepository,
  ) {}

  async inTransaction<T>(work: (tx: FollowUpTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new FollowUpTransaction(manager, this.outbox, this.complaints.transactionOn(manager))));
    this.outbox.nudge();
    return result;
  }

  findByCaseNo(caseNo: string): Promise<FollowUp | null> {
    return this.dataSource.getRepository(FollowUp).findOneBy({ caseNo });
  }

  forCustomer(customerId: string): Promise<FollowUp[]> {
    return this.dataSource.getRepository(FollowUp).find({ where: { customerId }, order: { openedAt: 'DESC' } });
  }
}
