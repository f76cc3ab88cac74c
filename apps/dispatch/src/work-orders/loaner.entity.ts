import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LoanerCondition } from '@aftersales/contracts';
import { WorkOrder } from './work-order.entity';

/** A substitute unit (代用品) lent to the customer of a case while the repair takes long. */
@Entity({ name: 'loaner' })
@Index('UQ_loaner_out_serial', ['serialNo'], { unique: true, where: '"returned_at" IS NULL' })
@Index('IDX_loaner_work_order', ['workOrderId'])
export class Loaner {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_loaner' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @ManyToOne(() => WorkOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'FK_loaner_work_order' })
  workOrder?: WorkOrder;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'serial_no', type: 'varchar', length: 64 })
  serialNo: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt: Date | null;

  @Column({ name: 'return_condition', type: 'varchar', length: 10, nullable: true })
  returnCondition: LoanerCondition | null;
}
