import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SLA_EVENT_SUBJECTS, type SlaEventV1 } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { CaseSlaEvent } from './case-sla-event.entity';

@Injectable()
export class SlaEventRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * Stores and publishes the entries in their order, in one transaction, each once per (case, key):
   * a retried activity records nothing new. Returns the entries recorded now.
   */
  async recordOnce(events: SlaEventV1[]): Promise<SlaEventV1[]> {
    const recorded = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseSlaEvent)
        .values(events.map((event) => ({ caseNo: event.caseNo, key: event.key, body: event, occurredAt: new Date(event.occurredAt) })))
        .orIgnore()
        .returning(['caseNo', 'key'])
        .execute();
      const stored = new Set((inserted.raw as { case_no: string; key: string }[]).map((row) => entryId(row.case_no, row.key)));
      const fresh = events.filter((event) => stored.has(entryId(event.caseNo, event.key)));
      await this.outbox.appendAll(
        manager,
        fresh.map((event) => ({ subject: SLA_EVENT_SUBJECTS[event.kind], aggregateId: event.caseNo, correlationId: event.caseNo, data: event })),
      );
      return fresh;
    });
    if (recorded.length > 0) this.outbox.nudge();
    return recorded;
  }

  async listForCase(caseNo: string): Promise<SlaEventV1[]> {
    const rows = await this.dataSource.getRepository(CaseSlaEvent).find({ where: { caseNo }, order: { occurredAt: 'ASC' } });
    return rows.map((r) => r.body);
  }
}

const entryId = (caseNo: string, key: string): string => `${caseNo}\u0000${key}`;
