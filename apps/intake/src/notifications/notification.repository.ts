import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationAttemptView, NotificationChannel } from '@aftersales/contracts';
import { Customer } from '../customers/customer.entity';
import { ServiceCase } from '../cases/case.entity';
import { NotificationAttempt } from './notification-attempt.entity';

/** Whom a message is about: a case, or a customer with no case (a periodic follow-up). */
export type NotificationTarget = { caseNo: string } | { customerId: string };

export interface Recipient {
  caseNo: string | null;
  customerId: string;
  tier: Customer['tier'];
  name: string;
  phone: string;
  preferredChannel: string;
}

@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recipientOf(caseNo: string): Promise<Recipient | null> {
    const serviceCase = await this.dataSource.getRepository(ServiceCase).findOneBy({ caseNo });
    if (!serviceCase) return null;
    return this.recipientFor({ customerId: serviceCase.customerId }, caseNo);
  }

  async recipientFor(target: NotificationTarget, caseNo: string | null = null): Promise<Recipient | null> {
    if ('caseNo' in target) return this.recipientOf(target.caseNo);
    const customer = await this.dataSource.getRepository(Customer).findOneBy({ id: target.customerId });
    if (!customer) return null;
    return { caseNo, customerId: customer.id, tier: customer.tier, name: customer.name, phone: customer.phone, preferredChannel: customer.preferredChannel };
  }

  /** The attempt that settled this key (delivered, or no provider), if any. */
  findSettled(target: NotificationTarget, key: string): Promise<NotificationAttempt | null> {
    const about = 'caseNo' in target ? 'a.case_no = :caseNo' : 'a.customer_id = :customerId AND a.case_no IS NULL';
    return this.dataSource
      .getRepository(NotificationAttempt)
      .createQueryBuilder('a')
      .where(`${about} AND a.key = :key AND a.outcome <> :failed`, { ...target, key, failed: 'failed' })
      .getOne();
  }

  /** Records an attempt; false when another attempt settled the same key first. */
  async record(attempt: Omit<NotificationAttempt, 'id' | 'serviceCase'>): Promise<boolean> {
    const result = await this.dataSource.createQueryBuilder().insert().into(NotificationAttempt).values(attempt).orIgnore().returning(['id']).execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** Records a batch of attempts; a delivered key another attempt settled first is skipped. */
  async recordMany(attempts: Omit<NotificationAttempt, 'id' | 'serviceCase'>[]): Promise<void> {
    if (attempts.length === 0) return;
    await this.dataSource.createQueryBuilder().insert().into(NotificationAttempt).values(attempts).orIgnore().execute();
  }

  /** The channel each of these customer-level keys was settled on (delivered), if any. */
  async settledKeys(customerIds: string[], keys: string[]): Promise<Map<string, NotificationChannel | null>> {
    // The customer ids let the unique (customer_id, key) index find them among millions of attempts.
    const rows = await this.dataSource.query<{ key: string; channel: NotificationChannel | null }[]>(
      `SELECT key, channel FROM intake.notification_attempt WHERE customer_id = ANY($1::uuid[]) AND key = ANY($2::varchar[]) AND case_no IS NULL AND outcome = 'delivered'`,
      [customerIds, keys],
    );
    return new Map(rows.map((r) => [r.key, r.channel]));
  }

  async listForCase(caseNo: string): Promise<NotificationAttemptView[]> {
    const rows = await this.dataSource.getRepository(NotificationAttempt).find({ where: { caseNo }, order: { attemptedAt: 'ASC' } });
    return rows.map((r) => ({
      key: r.key,
      template: r.template,
      channel: r.channel,
      outcome: r.outcome,
      httpStatus: r.httpStatus,
      error: r.error,
      attemptedAt: r.attemptedAt.toISOString(),
    }));
  }
}
