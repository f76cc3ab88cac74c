import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CustomerTier } from '@aftersales/contracts';

/** A customer's file header. Name and phone are personal data: they never leave intake. */
@Entity({ name: 'customer' })
@Unique('UQ_customer_phone', ['phone'])
export class Customer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_customer' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  phone: string;

  @Column({ type: 'varchar', length: 20, default: 'normal' })
  tier: CustomerTier;

  /** How the customer likes to be told: sms, phone, email or wechat. */
  @Column({ name: 'preferred_channel', type: 'varchar', length: 10, default: 'sms' })
  preferredChannel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
