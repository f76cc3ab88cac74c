import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One unit of a valuable (serial-tracked) part: where it lies, or null once used or gone. */
@Entity({ name: 'serial_unit' })
@Index('IDX_serial_unit_location', ['locationId', 'partCode'])
export class SerialUnit {
  @PrimaryColumn({ name: 'part_code', type: 'varchar', length: 50, primaryKeyConstraintName: 'PK_serial_unit' })
  partCode: string;

  @PrimaryColumn({ name: 'serial_no', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_serial_unit' })
  serialNo: string;

  @Column({ name: 'location_id', type: 'uuid', nullable: true })
  locationId: string | null;

  /** The case it was used for, once consumed. */
  @Column({ name: 'case_no', type: 'varchar', length: 20, nullable: true })
  caseNo: string | null;
}
