import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RecallCriteria } from '@aftersales/contracts';
import { Customer } from '../customers/customer.entity';
import { recallCriteriaSql } from './recall-criteria-sql';
import { Unit } from './unit.entity';

/** The owner's contact of a unit, for the notification port only: it never leaves intake except to the provider. */
export interface UnitOwnerContact {
  unitId: string;
  customerId: string;
  name: string;
  phone: string;
  preferredChannel: string;
  productModel: string;
}

@Injectable()
export class UnitRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids of matching units after `afterUnitId`, in id order (keyset paging on the primary key). */
  async pageMatching(criteria: RecallCriteria, limit: number, afterUnitId: string | null): Promise<string[]> {
    const where = recallCriteriaSql(criteria, 3);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM intake.unit u WHERE ($1::uuid IS NULL OR u.id > $1::uuid) AND ${where.sql} ORDER BY u.id LIMIT $2`,
      [afterUnitId, limit, ...where.params],
    );
    return rows.map((r) => r.id);
  }

  async findWithOwner(unitId: string): Promise<{ unit: Unit; owner: Customer | null } | null> {
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id: unitId });
    return unit ? { unit, owner: await this.dataSource.getRepository(Customer).findOneBy({ id: unit.customerId }) } : null;
  }

  async ownersOf(unitIds: string[]): Promise<Map<string, UnitOwnerContact>> {
    const rows = await this.dataSource.query<UnitOwnerContact[]>(
      `SELECT u.id AS "unitId", c.id AS "customerId", c.name, c.phone, c.preferred_channel AS "preferredChannel", u.product_model AS "productModel"
         FROM intake.unit u JOIN intake.customer c ON c.id = u.customer_id WHERE u.id = ANY($1::uuid[])`,
      [unitIds],
    );
    return new Map(rows.map((r) => [r.unitId, r]));
  }
}
