import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventData, Events, QuoteRequestView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { Quote } from '../accounts/quote.entity';
import { QuoteRequest } from './quote-request.entity';

export const toQuoteRequestView = (r: QuoteRequest, quoted: boolean): QuoteRequestView => ({
  caseNo: r.caseNo,
  requestedAt: r.requestedAt.toISOString(),
  dueAt: r.dueAt.toISOString(),
  deadlineRule: r.deadlineRule,
  largeOrImportant: r.largeOrImportant,
  quoted,
  deadlineMissedAt: r.deadlineMissedAt?.toISOString() ?? null,
});

/** One change to a quote request, with its event, in one transaction. */
export class QuoteRequestTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inserts the request; null when the case has one already (transaction intact). */
  async insert(values: Omit<QuoteRequest, 'createdAt'>): Promise<QuoteRequest | null> {
    const result = await this.manager.createQueryBuilder().insert().into(QuoteRequest).values(values).orIgnore().returning('case_no').execute();
    return (result.raw as unknown[]).length === 1 ? this.manager.findOneByOrFail(QuoteRequest, { caseNo: values.caseNo }) : null;
  }

  lock(caseNo: string): Promise<QuoteRequest | null> {
    return this.manager.findOne(QuoteRequest, { where: { caseNo }, lock: { mode: 'pessimistic_write' } });
  }

  async quoted(caseNo: string): Promise<boolean> {
    return (await this.manager.countBy(Quote, { caseNo })) > 0;
  }

  save(request: QuoteRequest): Promise<QuoteRequest> {
    return this.manager.save(request);
  }

  async appendEvent<K extends keyof Events>(subject: K, caseNo: string, data: EventData<K>, causationId?: string): Promise<void> {
    await this.outbox.append(this.manager, { subject, aggregateId: caseNo, correlationId: caseNo, causationId, data });
  }
}

@Injectable()
export class QuoteRequestRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: QuoteRequestTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new QuoteRequestTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  /** The request and whether the case has a quote, or null. */
  async find(caseNo: string): Promise<QuoteRequestView | null> {
    const request = await this.dataSource.getRepository(QuoteRequest).findOneBy({ caseNo });
    if (!request) return null;
    return toQuoteRequestView(request, (await this.dataSource.getRepository(Quote).countBy({ caseNo })) > 0);
  }
}
