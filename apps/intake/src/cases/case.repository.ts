import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, type CustomerTier, type EventData, type Events } from '@aftersales/contracts';
import { CaseErrors } from './case.errors';
import { OutboxWriter } from '@aftersales/messaging';
import { Customer } from '../customers/customer.entity';
import { CasePolicyVersion } from '../policies/case-policy.entity';
import { ProductModel } from '../product-models/product-model.entity';
import { ServiceCase } from './case.entity';

/** What a unit's case states about it; `productModel` and `serialNo` identify it. */
export interface UnitFacts {
  productModel: string;
  serialNo: string;
  purchaseDate: string;
  deliveryDate?: string;
  registeredOn?: string | null;
  proofOfPurchase?: string;
}

/** The customer and unit a new case belongs to, and its place in the case-number sequence. */
export interface CaseParties {
  customer: Pick<Customer, 'id' | 'tier'>;
  unitId: string;
  sequence: number;
}

export interface CaseWithTier {
  serviceCase: ServiceCase;
  tier: CustomerTier;
}

/** The unit of work of one use case: state changes and the events they cause commit together. */
export class CaseTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Locks the case for a change, or refuses with CASE_NOT_FOUND. */
  async requireByCaseNo(caseNo: string): Promise<CaseWithTier> {
    const serviceCase = await this.manager.findOne(ServiceCase, { where: { caseNo }, lock: { mode: 'pessimistic_write' } });
    if (!serviceCase) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    const customer = await this.manager.findOneByOrFail(Customer, { id: serviceCase.customerId });
    return { serviceCase, tier: customer.tier };
  }

  /**
   * The parties of a new case, in one statement: the customer found by phone or created (a stated tier
   * updates the file; the name on file stays as first given), the unit by model and serial number,
   * created on its first case (newer facts update it; a fact not given keeps the one on file), and the
   * next case number in sequence. Each upsert locks its row until the transaction ends.
   */
  async upsertParties(customer: { name: string; phone: string; tier?: CustomerTier }, unit: UnitFacts): Promise<CaseParties> {
    const rows: { customer_id: string; tier: CustomerTier; unit_id: string; seq: string }[] = await this.manager.query(
      `WITH customer_row AS (
         INSERT INTO intake.customer (name, phone, tier) VALUES ($1, $2, COALESCE($3, 'normal'))
         ON CONFLICT ON CONSTRAINT "UQ_customer_phone" DO UPDATE SET tier = COALESCE($3, customer.tier)
         RETURNING id, tier
       ), unit_row AS (
         INSERT INTO intake.unit (customer_id, product_model, serial_no, purchase_date, delivery_date, registered_on, proof_of_purchase)
         SELECT id, $4, $5, $6, $7, $8, $9 FROM customer_row
         ON CONFLICT ON CONSTRAINT "UQ_unit_model_serial" DO UPDATE SET
           customer_id = EXCLUDED.customer_id,
           purchase_date = EXCLUDED.purchase_date,
           delivery_date = COALESCE(EXCLUDED.delivery_date, unit.delivery_date),
           registered_on = COALESCE(EXCLUDED.registered_on, unit.registered_on),
           proof_of_purchase = COALESCE(EXCLUDED.proof_of_purchase, unit.proof_of_purchase)
         RETURNING id
       )
       SELECT customer_row.id AS customer_id, customer_row.tier, unit_row.id AS unit_id, nextval('intake.case_no_seq') AS seq
       FROM customer_row, unit_row`,
      [
        customer.name,
        customer.phone,
        customer.tier ?? null,
        unit.productModel,
        unit.serialNo,
        unit.purchaseDate,
        unit.deliveryDate ?? null,
        unit.registeredOn ?? null,
        unit.proofOfPurchase ?? null,
      ],
    );
    const [row] = rows;
    return { customer: { id: row.customer_id, tier: row.tier }, unitId: row.unit_id, sequence: Number(row.seq) };
  }

  /**
   * Inserts the case, or nothing when its idempotency key (or, in theory, its number) is taken: null.
   * A retry is told apart without a failed statement, whose logged parameters would carry the address.
   */
  async insertCase(values: Omit<ServiceCase, 'id' | 'createdAt' | 'updatedAt'>): Promise<ServiceCase | null> {
    const serviceCase = this.manager.create(ServiceCase, values);
    const { raw } = await this.manager
      .createQueryBuilder()
      .insert()
      .into(ServiceCase)
      .values(serviceCase)
      .orIgnore()
      .execute();
    return (raw as unknown[]).length > 0 ? serviceCase : null;
  }

  saveCase(serviceCase: ServiceCase): Promise<ServiceCase> {
    return this.manager.save(serviceCase);
  }

  /** An event about a case: its number is both the aggregate and the correlation id. */
  /** The case events this transaction wrote, logged once it commits. */
  readonly written: { subject: string; caseNo: string }[] = [];

  async appendCaseEvent<K extends keyof Events>(subject: K, caseNo: string, causationId: string | undefined, data: EventData<K>): Promise<void> {
    await this.outbox.append(this.manager, { subject, aggregateId: caseNo, correlationId: caseNo, causationId, data });
    this.written.push({ subject, caseNo });
  }
}

@Injectable()
export class CaseRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  private readonly logger = new Logger('Cases');

  async inTransaction<T>(work: (tx: CaseTransaction) => Promise<T>): Promise<T> {
    let tx: CaseTransaction | undefined;
    const result = await this.dataSource.transaction((manager) => work((tx = new CaseTransaction(manager, this.outbox))));
    this.outbox.nudge();
    // Ids and event types only: the case's personal data never reaches a log.
    for (const { subject, caseNo } of tx?.written ?? []) this.logger.log({ message: `${caseNo}: ${subject}`, caseNo, event: subject });
    return result;
  }

  async findByCaseNo(caseNo: string): Promise<CaseWithTier | null> {
    return this.withTier(await this.dataSource.getRepository(ServiceCase).findOneBy({ caseNo }));
  }

  async findByIdempotencyKey(key: string): Promise<CaseWithTier | null> {
    return this.withTier(await this.dataSource.getRepository(ServiceCase).findOneBy({ idempotencyKey: key }));
  }

  exists(caseNo: string): Promise<boolean> {
    return this.dataSource.getRepository(ServiceCase).existsBy({ caseNo });
  }

  /**
   * A new case's product model, with the policy version active now (the case pins it), in one query;
   * null when the model is unknown.
   */
  async findModelForNewCase(code: string): Promise<{ model: ProductModel; activePolicyVersion: string | null } | null> {
    const { entities, raw } = await this.dataSource
      .getRepository(ProductModel)
      .createQueryBuilder('m')
      .addSelect((active) => active.select('p.version').from(CasePolicyVersion, 'p').where('p.active'), 'active_policy_version')
      .where('m.code = :code', { code })
      .getRawAndEntities<{ active_policy_version: string | null }>();
    return entities[0] ? { model: entities[0], activePolicyVersion: raw[0].active_policy_version } : null;
  }

  findProductModel(code: string): Promise<ProductModel | null> {
    return this.dataSource.getRepository(ProductModel).findOneBy({ code });
  }

  private async withTier(serviceCase: ServiceCase | null): Promise<CaseWithTier | null> {
    if (!serviceCase) return null;
    const customer = await this.dataSource.getRepository(Customer).findOneByOrFail({ id: serviceCase.customerId });
    return { serviceCase, tier: customer.tier };
  }
}
