import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SiteHazard } from '../sites/site-hazard.entity';
import { Technician } from '../technicians/technician.entity';
import { WorkOrder } from './work-order.entity';

/** A technician confirmed being briefed on a site hazard for a work order; check-in requires one per hazard. */
@Entity({ name: 'hazard_acknowledgement' })
export class HazardAcknowledgement {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_hazard_acknowledgement' })
  workOrderId: string;

  @PrimaryColumn({ name: 'hazard_id', type: 'uuid', primaryKeyConstraintName: 'PK_hazard_acknowledgement' })
  hazardId: string;

  @PrimaryColumn({ name: 'technician_id', type: 'uuid', primaryKeyConstraintName: 'PK_hazard_acknowledgement' })
  technicianId: string;

  @ManyToOne(() => WorkOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'FK_hazard_acknowledgement_work_order' })
  workOrder?: WorkOrder;

  @ManyToOne(() => SiteHazard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hazard_id', foreignKeyConstraintName: 'FK_hazard_acknowledgement_hazard' })
  hazard?: SiteHazard;

  @ManyToOne(() => Technician, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'technician_id', foreignKeyConstraintName: 'FK_hazard_acknowledgement_technician' })
  technician?: Technician;

  @Column({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt: Date;
}
