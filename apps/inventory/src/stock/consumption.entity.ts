import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Parts used on site for a case, taken from a van in one step; the key makes a retried call harmless. */
@Entity({ name: 'consumption' })
@Unique('UQ_consumption_key', ['idempotencyKey'])
export class Consumption {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_consumption' })
  id: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  @Column({ name: 'case_no', type: 'varchar', length: 20 })
  caseNo: string;

  @Column({ name: 'technician_id', type: 'uuid' })
  technicianId: string;

  @Column({ name: 'van_location_id', type: 'uuid' })
  vanLocationId: string;

  @Column({ type: 'jsonb' })
  lines: { partCode: string; qty: number; serialNos: string[] }[];

  @Column({ name: 'movement_ids', type: 'uuid', array: true })
  movementIds: string[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
