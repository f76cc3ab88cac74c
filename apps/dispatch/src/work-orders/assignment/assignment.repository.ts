import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { ProductCategory, Skill } from '@aftersales/contracts';
import { TechnicianDayLoad } from '../../technicians/technician-day-load.entity';
import { Technician } from '../../technicians/technician.entity';
import { WorkOrderAssignment } from '../work-order-assignment.entity';
import type { CandidateTechnician } from './candidate-ranking';

/** Assignment data inside a work-order transaction: candidates, per-day capacity, assignment rows. */
export class AssignmentRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Active technicians with the skill, with their certificates for the category and their load that
   * day. Certificate validity, exclusions and capacity are judged by the ranking rule itself.
   */
  async candidatesFor(need: { requiredSkill: Skill; productCategory: ProductCategory; serviceDate: string }): Promise<CandidateTechnician[]> {
    const technicians = await this.manager
      .getRepository(Technician)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.certifications', 'c', 'c.category = :category', { category: need.productCategory })
      .where('t.status = :status', { status: 'active' })
      .andWhere(':skill = ANY(t.skills)', { skill: need.requiredSkill })
      .getMany();
    if (technicians.length === 0) return [];
    const loads = await this.manager.find(TechnicianDayLoad, { where: { serviceDate: need.serviceDate, technicianId: In(technicians.map((t) => t.id)) } });
    const loadOf = new Map(loads.map((l) => [l.technicianId, l]));
    return technicians.map((t) => ({
      id: t.id,
      status: t.status,
      skills: t.skills,
      certifications: t.certifications ?? [],
      location: { lat: t.lat, lon: t.lon },
      province: t.province,
      dailyCapacity: loadOf.get(t.id)?.capacity ?? t.dailyCapacity,
      loadThatDay: loadOf.get(t.id)?.assigned ?? 0,
    }));
  }

  /**
   * Claims one unit of the technician's capacity that day, or returns null when the day is full.
   * One statement: the upsert locks the day's row, and PostgreSQL re-checks `assigned < capacity`
   * against the latest committed version, so concurrent claims can never pass the capacity.
   */
  async claimCapacity(technicianId: string, serviceDate: string, dailyCapacity: number): Promise<{ assignedBefore: number; capacity: number } | null> {
    const table = this.tableOf(TechnicianDayLoad);
    const rows: { assigned: number; capacity: number }[] = await this.manager.query(
      `INSERT INTO ${table} AS d ("technician_id", "service_date", "assigned", "capacity") VALUES ($1, $2, 1, $3)
       ON CONFLICT ("technician_id", "service_date") DO UPDATE SET "assigned" = d."assigned" + 1 WHERE d."assigned" < d."capacity"
       RETURNING d."assigned", d."capacity"`,
      [technicianId, serviceDate, dailyCapacity],
    );
    return rows.length === 1 ? { assignedBefore: rows[0].assigned - 1, capacity: rows[0].capacity } : null;
  }

  /** Gives a unit back when a technician leaves a work order (declined, no-show). */
  async releaseCapacity(technicianId: string, serviceDate: string): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(TechnicianDayLoad)
      .set({ assigned: () => '"assigned" - 1' })
      .where('technician_id = :technicianId AND service_date = :serviceDate AND assigned > 0', { technicianId, serviceDate })
      .execute();
  }

  /** Technicians who declined or missed this work order. */
  async releasedTechnicianIds(workOrderId: string): Promise<Set<string>> {
    const ended = await this.manager.find(WorkOrderAssignment, { where: { workOrderId, endReason: Not(IsNull()) }, select: { technicianId: true } });
    return new Set(ended.map((a) => a.technicianId));
  }

  current(workOrderId: string): Promise<WorkOrderAssignment | null> {
    return this.manager.findOneBy(WorkOrderAssignment, { workOrderId, endedAt: IsNull() });
  }

  insert(values: Omit<WorkOrderAssignment, 'id' | 'workOrder' | 'technician'>): Promise<WorkOrderAssignment> {
    return this.manager.save(this.manager.create(WorkOrderAssignment, values));
  }

  save(assignment: WorkOrderAssignment): Promise<WorkOrderAssignment> {
    return this.manager.save(assignment);
  }

  technician(id: string): Promise<Technician> {
    return this.manager.findOneByOrFail(Technician, { id });
  }

  private tableOf(entity: typeof TechnicianDayLoad): string {
    const metadata = this.manager.connection.getMetadata(entity);
    return metadata.schema ? `"${metadata.schema}"."${metadata.tableName}"` : `"${metadata.tableName}"`;
  }
}
