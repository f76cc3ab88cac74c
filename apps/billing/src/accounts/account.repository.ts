import { Injectable } from '@nestjs/common';
import { Between, DataSource, Not, type EntityManager } from 'typeorm';
import type { EventData, Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { Invoice } from './invoice.entity';
import { ManufacturerClaim } from './manufacturer-claim.entity';
import { MoneyMovement } from './money-movement.entity';
import { Quote } from './quote.entity';
import { Retention } from './retention.entity';

/** Everything billing holds for one case: its quote, invoice, money movements and retention. */
export interface CaseAccount {
  quote: Quote;
  invoice: Invoice | null;
  movements: MoneyMovement[];
  retention: Retention | null;
}

/** The unit of work of one account use case: changes and their events commit together. */
export class AccountTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inserts the case's quote, or returns null when the case has one already (without aborting). */
  async insertQuote(values: Omit<Quote, 'id' | 'createdAt'>): Promise<Quote | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Quote).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Quote, { id: inserted[0].id }) : null;
  }

  /** The case's account with its quote row locked: one change per case at a time. */
  async lockAccount(caseNo: string): Promise<CaseAccount | null> {
    const quote = await this.manager.findOne(Quote, { where: { caseNo }, lock: { mode: 'pessimistic_write' } });
    if (!quote) return null;
    const [invoice, movements, retention] = await Promise.all([
      this.manager.findOneBy(Invoice, { caseNo }),
      this.manager.find(MoneyMovement, { where: { caseNo }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      this.manager.findOneBy(Retention, { caseNo }),
    ]);
    return { quote, invoice, movements, retention };
  }

  save<T extends Quote | Invoice | MoneyMovement | Retention | ManufacturerClaim>(entity: T): Promise<T> {
    return this.manager.save(entity);
  }

  create<T extends Quote | Invoice | MoneyMovement | Retention | ManufacturerClaim>(type: new () => T, values: Partial<T>): T {
    return this.manager.create(type, values as T);
  }

  /** An earlier claim for the same unit, fault and period (any case), if one exists. */
  findEarlierClaim(claim: Pick<ManufacturerClaim, 'maker' | 'serialNo' | 'faultCode' | 'period' | 'caseNo'>): Promise<ManufacturerClaim | null> {
    return this.manager.findOne(ManufacturerClaim, {
      where: { maker: claim.maker, serialNo: claim.serialNo, faultCode: claim.faultCode, period: claim.period, caseNo: Not(claim.caseNo) },
      order: { createdAt: 'ASC' },
    });
  }

  async lockRetention(id: string): Promise<Retention | null> {
    return this.manager.findOne(Retention, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }

  /** An event of the case's account: the case number is its aggregate and its correlation id. */
  appendCaseEvent<K extends keyof Events>(subject: K, caseNo: string, data: EventData<K>, causationId?: string): Promise<void> {
    return this.appendEvent({ subject, aggregateId: caseNo, correlationId: caseNo, causationId, data });
  }
}

@Injectable()
export class AccountRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: AccountTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new AccountTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  async findAccount(caseNo: string): Promise<CaseAccount | null> {
    return this.dataSource.transaction((manager) => new AccountTransaction(manager, this.outbox).lockAccount(caseNo));
  }

  /** Invoices with money still owed, with their movements, for the aging report. */
  async invoicesWithMovements(): Promise<{ invoice: Invoice; movements: MoneyMovement[] }[]> {
    const invoices = await this.dataSource.getRepository(Invoice).find({ order: { dueAt: 'ASC' } });
    const movements = await this.dataSource.getRepository(MoneyMovement).find();
    return invoices.map((invoice) => ({ invoice, movements: movements.filter((m) => m.caseNo === invoice.caseNo) }));
  }

  manufacturerClaims(maker?: string): Promise<ManufacturerClaim[]> {
    return this.dataSource.getRepository(ManufacturerClaim).find({ where: maker ? { maker } : {}, order: { maker: 'ASC', createdAt: 'ASC' } });
  }

  outsourcedJobs(outletId: string, fromMs: number, toMs: number): Promise<Invoice[]> {
    return this.dataSource.getRepository(Invoice).find({
      where: { outletId, outsourced: true, completedAt: Between(new Date(fromMs), new Date(toMs - 1)) },
      order: { completedAt: 'ASC' },
    });
  }
}
