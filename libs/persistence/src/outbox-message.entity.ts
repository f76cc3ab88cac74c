import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EventEnvelope } from '@aftersales/contracts';

/**
 * A domain event waiting to be relayed to JetStream. Written in the same transaction as the state
 * change it describes; the table lives in the owning service's schema (the data source's schema).
 */
@Entity({ name: 'outbox' })
@Unique('UQ_outbox_id', ['id'])
@Index('IDX_outbox_unpublished', ['seq'], { where: '"published_at" IS NULL' })
// By correlation id (the audit trail's lookup): an expression index, created by each service's migration.
@Index('IDX_outbox_correlation', { synchronize: false })
// By aggregate (the envelope's subject; the audit trail's "before" values): likewise.
@Index('IDX_outbox_aggregate', { synchronize: false })
export class OutboxMessage {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'PK_outbox' })
  seq: string;

  @Column({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'jsonb' })
  envelope: EventEnvelope;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
