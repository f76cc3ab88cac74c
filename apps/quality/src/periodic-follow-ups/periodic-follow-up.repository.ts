import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QualityEventSubjects, type PeriodicFollowUpRef, type PeriodicFollowUpView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { PeriodicFollowUp } from './periodic-follow-up.entity';

export function toPeriodicFollowUpView(f: PeriodicFollowUp): PeriodicFollowUpView {
  const { id, customerId, campaign, period, status, outcome, method, methodsTried } = f;
  return { id, customerId, campaign, period, status, outcome, method, methodsTried, openedAt: f.openedAt.toISOString(), completedAt: f.completedAt?.toISOString() ?? null };
}

const eventBase = (f: PeriodicFollowUp) => ({ periodicFollowUpId: f.id, customerId: f.customerId, campaign: f.campaign, period: f.period, openedAt: f.openedAt.toISOString() });

@Injectable()
export class PeriodicFollowUpRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Opens the follow-up once per customer, campaign and period; the event is written with it. */
  async openOnce(ref: PeriodicFollowUpRef): Promise<PeriodicFollowUp> {
    const result = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.createQueryBuilder().insert().into(PeriodicFollowUp).values({ ...ref, status: 'scheduled', openedAt: new Date() }).orIgnore().returning('id').execute();
      const row = await manager.findOneByOrFail(PeriodicFollowUp, ref);
      if ((inserted.raw as unknown[]).length === 1) {
        await this.outbox.append(manager, { subject: QualityEventSubjects.periodicFollowUpOpened, aggregateId: row.id, correlationId: row.id, data: eventBase(row) });
      }
      return row;
    });
    this.outbox.nudge();
    return result;
  }

  /** Records how it ended; a completed one is returned unchanged. */
  async complete(ref: PeriodicFollowUpRef, ending: Pick<PeriodicFollowUp, 'outcome' | 'method' | 'methodsTried'>): Promise<PeriodicFollowUp | null> {
    const result = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(PeriodicFollowUp, { where: ref, lock: { mode: 'pessimistic_write' } });
      if (!row || row.status === 'completed') return row;
      Object.assign(row, ending, { status: 'completed', completedAt: new Date() });
      await manager.save(row);
      await this.outbox.append(manager, {
        subject: QualityEventSubjects.periodicFollowUpCompleted,
        aggregateId: row.id,
        correlationId: row.id,
        data: { ...eventBase(row), outcome: row.outcome!, method: row.method, completedAt: row.completedAt!.toISOString() },
      });
      return row;
    });
    this.outbox.nudge();
    return result;
  }

  list(campaign: string, period: string): Promise<PeriodicFollowUp[]> {
    return this.dataSource.getRepository(PeriodicFollowUp).find({ where: { campaign: campaign as PeriodicFollowUp['campaign'], period }, order: { openedAt: 'ASC' } });
  }
}
