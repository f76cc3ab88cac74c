import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event a consumer has applied; its primary key makes a second application impossible. */
@Entity({ name: 'inbox' })
export class InboxRecord {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_inbox' })
  consumer: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_inbox' })
  eventId: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
