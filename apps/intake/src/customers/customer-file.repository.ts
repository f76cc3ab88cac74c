import { Injectable } from '@nestjs/common';
import { DataSource, In, MoreThan } from 'typeorm';
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
  pageByTier(tiers: CustomerTier[], limit: number, afterId: string | null): Promise<Customer[]> {
    return this.dataSource.getRepository(Customer).find({
      where: { tier: In(tiers), ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }
}
