import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { Complaint } from './complaint.entity';

export type NewComplaint = Omit<Complaint, 'id' | 'complaintNo' | 'updatedAt'>;

/** The unit of work of one complaint use case: changes and their events commit together. */
export class ComplaintTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The complaint, locked until commit so that its steps are serialised. */
  lockByNo(complaintNo: string): Promise<Complaint | null> {
    return this.manager.findOne(Complaint, { where: { complaintNo }, lock: { mode: 'pessimistic_write' } });
  }

  findBySourceKey(sourceKey: string): Promise<Complaint | null> {
    return this.manager.findOneBy(Complaint, { sourceKey });
  }

  /** Numbers read `CP-<local date>-<sequence>`. */
  async insert(values: NewComplaint, localDate: string): Promise<Complaint> {
    const rows: { seq: string }[] = await this.manager.query(`SELECT nextval('quality.complaint_no_seq') AS seq`);
    const complaintNo = `CP-${localDate.replaceAll('-', '')}-${rows[0].seq.padStart(6, '0')}`;
    return this.manager.save(this.manager.create(Complaint, { ...values, complaintNo }));
  }

  save(complaint: Complaint): Promise<Complaint> {
    return this.manager.save(complaint);
  }

  /** A complaint event: its number is the aggregate, the case (when linked) the correlation. */
  async appendEvent<K extends keyof Events>(complaint: Complaint, event: Omit<NewEvent<K>, 'aggregateId' | 'correlationId'>): Promise<void> {
    await this.outbox.append(this.manager, { ...event, aggregateId: complaint.complaintNo, correlationId: complaint.caseNo ?? complaint.complaintNo } as NewEvent<K>);
  }
}

@Injectable()
export class ComplaintRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: ComplaintTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new ComplaintTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  transactionOn(manager: EntityManager): ComplaintTransaction {
    return new ComplaintTransaction(manager, this.outbox);
  }

  findByNo(complaintNo: string): Promise<Complaint | null> {
    return this.dataSource.getRepository(Complaint).findOneBy({ complaintNo });
  }

  forCustomer(customerId: string): Promise<Complaint[]> {
    return this.dataSource.getRepository(Complaint).find({ where: { customerId }, order: { registeredAt: 'DESC' } });
  }
}
