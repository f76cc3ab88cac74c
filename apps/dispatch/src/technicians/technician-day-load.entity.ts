import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Technician } from './technician.entity';

/**
 * Work orders a technician holds on one local day. Assignments claim a unit with a guarded upsert
 * (`assigned < capacity`) in their own transaction; the check constraint is the last line of defence.
 */
@Entity({ name: 'technician_day_load' })
@Check('CHK_technician_day_load_within_capacity', '"assigned" >= 0 AND "assigned" <= "capacity"')
export class TechnicianDayLoad {
  @PrimaryColumn({ name: 'technician_id', type: 'uuid', primaryKeyConstraintName: 'PK_technician_day_load' })
  technicianId: string;

  @PrimaryColumn({ name: 'service_date', type: 'date', primaryKeyConstraintName: 'PK_technician_day_load' })
  serviceDate: string;

  @ManyToOne(() => Technician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'FK_technician_day_load_technician' })
  technician?: Technician;

  @Column({ type: 'integer', default: 0 })
  assigned: number;

  /** The technician's daily capacity when the day's first work order was claimed. */
  @Column({ type: 'integer' })
  capacity: number;
}
