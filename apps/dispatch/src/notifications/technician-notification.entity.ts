import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationChannel, TechnicianNotificationTemplate } from '@aftersales/contracts';

/** Every attempt to tell a technician about a work order; delivered at most once per key and technician. */
@Entity({ name: 'technician_notification' })
@Index('IDX_technician_notification_work_order_time', ['workOrderId', 'attemptedAt'])
@Index('UQ_technician_notification_settled', ['workOrderId', 'technicianId', 'key'], { unique: true, where: `"outcome" <> 'failed'` })
export class TechnicianNotification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_technician_notification' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;

  @Column({ type: 'varchar', length: 120 })
  key: string;

  @Column({ type: 'varchar', length: 40 })
  template: TechnicianNotificationTemplate;

  @Column({ type: 'varchar', length: 10, nullable: true })
  channel: NotificationChannel | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: 'delivered' | 'failed' | 'no_provider';

  @Column({ name: 'http_status', type: 'integer', nullable: true })
  httpStatus: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
