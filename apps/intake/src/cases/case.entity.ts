import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { CasePolicy, CasePriority, CaseStatus, Channel, EntitlementView, ServiceType } from '@aftersales/contracts';
import { Customer } from '../customers/customer.entity';
import { ProductModel } from '../product-models/product-model.entity';
import { Unit } from '../units/unit.entity';

export interface CaseAddress {
  province: string;
  city: string;
  line: string;
  lat?: number;
  lon?: number;
}

@Entity({ name: 'service_case' })
@Unique('UQ_service_case_case_no', ['caseNo'])
@Unique('UQ_service_case_idempotency_key', ['idempotencyKey'])
@Index('IDX_service_case_customer', ['customerId'])
export class ServiceCase {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_case' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'FK_service_case_customer' })
  customer?: Customer;

  @Column({ name: 'service_type', type: 'varchar', length: 30 })
  serviceType: ServiceType;

  @Column({ type: 'varchar', length: 20 })
  channel: Channel;

  @Column({ type: 'varchar', length: 20 })
  status: CaseStatus;

  @Column({ name: 'product_model', type: 'varchar', length: 50 })
  productModel: string;

  @ManyToOne(() => ProductModel, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_model', foreignKeyConstraintName: 'FK_service_case_product_model' })
  model?: ProductModel;

  @Column({ name: 'serial_no', type: 'varchar', length: 64 })
  serialNo: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_service_case_unit' })
  unit?: Unit;

  @Column({ name: 'purchase_date', type: 'date' })
  purchaseDate: string;

  @Column({ name: 'fault_description', type: 'text' })
  faultDescription: string;

  @Column({ type: 'jsonb' })
  address: CaseAddress;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'expected_completion_at', type: 'timestamptz' })
  expectedCompletionAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'normal' })
  priority: CasePriority;

  @Column({ type: 'jsonb', nullable: true })
  entitlement: EntitlementView | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'jsonb' })
  policy: CasePolicy;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: true })
  requestHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
