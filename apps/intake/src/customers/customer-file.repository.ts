import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CustomerTier } from '@aftersales/contracts';
import { ServiceCase } from '../cases/case.entity';
import { Unit } from '../units/unit.entity';
import { Customer } from './customer.entity';

@Injectable()
export class CustomerFileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(customerId: string): Promise<{ customer: Customer; units: Unit[]; cases: ServiceCase[] } | null> {
    const customer = await this.dataSource.getRepository(Customer).findOneBy({ id: customerId });
    if (!customer) return null;
    const [units, cases] = await Promise.all([
      this.dataSource.getRepository(Unit).find({ where: { customerId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(ServiceCase).find({ where: { customerId }, order: { receivedAt: 'DESC' }, take: 500 }),
    ]);
    return { customer, units, cases };
  }

  /** Keyset paging in id order, so a page never repeats or skips a customer however many there are. */
  /** Customers of the tiers in id order; with categories, only those owning a unit of one of them. */
  pageByTier(tiers: CustomerTier[], limit: number, afterId: string | null, categories?: string[]): Promise<Customer[]> {
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .where('c.tier IN (:...tiers)', { tiers })
      .orderBy('c.id', 'ASC')
      .take(limit);
    if (afterId) query.andWhere('c.id > :afterId', { afterId });
    if (categories) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM intake.unit u JOIN intake.product_model m ON m.code = u.product_model WHERE u.customer_id = c.id AND m.category IN (:...categories))`,
        { categories },
      );
    }
    return query.getMany();
  }
}
