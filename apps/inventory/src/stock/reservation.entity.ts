import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReservationStatus } from '@aftersales/contracts';

/** Units of a part held at a location for a case; one per case and part, so a repeated reserve is harmless. */
@Entity({ name: 'reservation' })
@Unique('UQ_reservation_case_part', ['caseNo', 'partCode'])
@Check('CHK_reservation_qty', '"qty" > 0')
@Index('IDX_reservation_part_status', ['partCode', 'status'])
export class Reservation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_reservation' })
  id: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'part_code', type: 'varchar', length: 50 })
  partCode: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'integer' })
  qty: number;

  @Column({ type: 'varchar', length: 10 })
  status: ReservationStatus;

  @Column({ name: 'reserved_at', type: 'timestamptz' })
  reservedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
