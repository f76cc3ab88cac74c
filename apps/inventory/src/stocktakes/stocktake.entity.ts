import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StocktakeStatus } from '@aftersales/contracts';

/** A periodic count (盘点) of one location: a count sheet, a variance report, then variances posted to the ledger. */
@Entity({ name: 'stocktake' })
export class Stocktake {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_stocktake' })
  id: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'varchar', length: 10 })
  status: StocktakeStatus;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'posted_at', type: 'timestamptz', nullable: true })
  postedAt: Date | null;

  @Column({ name: 'movement_ids', type: 'uuid', array: true })
  movementIds: string[];
}

/** One part on the count sheet: the books when opened, and what was counted. */
@Entity({ name: 'stocktake_line' })
export class StocktakeLine {
  @PrimaryColumn({ name: 'stocktake_id', type: 'uuid', primaryKeyConstraintName: 'PK_stocktake_line' })
  stocktakeId: string;

  @PrimaryColumn({ name: 'part_code', type: 'varchar', length: 50, primaryKeyConstraintName: 'PK_stocktake_line' })
  partCode: string;

  @Column({ type: 'integer' })
  expected: number;

  @Column({ name: 'expected_serial_nos', type: 'varchar', length: 64, array: true })
  expectedSerialNos: string[];

  @Column({ type: 'integer', nullable: true })
  counted: number | null;

  @Column({ name: 'counted_serial_nos', type: 'varchar', length: 64, array: true, nullable: true })
  countedSerialNos: string[] | null;
}
