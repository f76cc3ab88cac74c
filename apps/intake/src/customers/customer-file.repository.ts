import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
}
