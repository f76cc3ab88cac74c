import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Events } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { Outlet } from '../outlets/outlet.entity';
import { OutletSurvey } from './outlet-survey.entity';

export type NewSurvey = Omit<OutletSurvey, 'id'>;

/** The unit of work of one survey use case: changes and their events commit together. */
export class SurveyTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  outlet(outletId: string): Promise<Outlet | null> {
    return this.manager.findOneBy(Outlet, { id: outletId });
  }

  /** Inserts the survey, or returns null when the outlet has one for that year (transaction intact). */
  async insertSurvey(values: NewSurvey): Promise<OutletSurvey | null> {
    const result = await this.manager.createQueryBuilder().insert().into(OutletSurvey).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(OutletSurvey, { id: inserted[0].id }) : null;
  }

  lockById(id: string): Promise<OutletSurvey | null> {
    return this.manager.findOne(OutletSurvey, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveSurvey(survey: OutletSurvey): Promise<OutletSurvey> {
    return this.manager.save(survey);
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

@Injectable()
export class SurveyRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: SurveyTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new SurveyTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  findById(id: string): Promise<OutletSurvey | null> {
    return this.dataSource.getRepository(OutletSurvey).findOneBy({ id });
  }
}
