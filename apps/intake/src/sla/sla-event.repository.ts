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

  /** Stores the entry and publishes it, once per (case, key): a retried activity records nothing new. */
  async recordOnce(event: SlaEventV1): Promise<boolean> {
    const recorded = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseSlaEvent)
        .values({ caseNo: event.caseNo, key: event.key, body: event, occurredAt: new Date(event.occurredAt) })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return false;
      await this.outbox.append(manager, { subject: SLA_EVENT_SUBJECTS[event.kind], aggregateId: event.caseNo, correlationId: event.caseNo, data: event });
      return true;
    });
    if (recorded) this.outbox.nudge();
    return recorded;
  }

  async listForCase(caseNo: string): Promise<SlaEventV1[]> {
    const rows = await this.dataSource.getRepository(CaseSlaEvent).find({ where: { caseNo }, order: { occurredAt: 'ASC' } });
    return rows.map((r) => r.body);
  }
}
