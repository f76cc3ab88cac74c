import { Injectable } from '@nestjs/common';
import { ArrayContains, DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { Certification, Events, ListTechniciansQuery } from '@aftersales/contracts';
import { OutboxWriter, type NewEvent } from '@aftersales/messaging';
import { Technician, TechnicianCertification } from './technician.entity';

export interface TechnicianWithCertifications {
  technician: Technician;
  certifications: TechnicianCertification[];
}

export type NewTechnician = Omit<Technician, 'id' | 'createdAt' | 'updatedAt' | 'certifications'>;

/** The unit of work of one technician use case: changes and their events commit together. */
export class TechnicianTransaction {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inserts the technician, or returns null when the employee number is taken (without aborting the transaction). */
  async insertTechnician(values: NewTechnician): Promise<Technician | null> {
    const result = await this.manager.createQueryBuilder().insert().into(Technician).values(values).orIgnore().returning('id').execute();
    const inserted = result.raw as { id: string }[];
    return inserted.length === 1 ? this.manager.findOneByOrFail(Technician, { id: inserted[0].id }) : null;
  }

  async lockById(id: string): Promise<Technician | null> {
    return this.manager.findOne(Technician, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  saveTechnician(technician: Technician): Promise<Technician> {
    return this.manager.save(technician);
  }

  /** Replaces the technician's certificates with the given list. */
  async replaceCertifications(technicianId: string, certifications: readonly Certification[]): Promise<TechnicianCertification[]> {
    await this.manager.delete(TechnicianCertification, { technicianId });
    if (certifications.length === 0) return [];
    const rows = certifications.map((c) => this.manager.create(TechnicianCertification, { technicianId, ...c }));
    return this.manager.save(rows);
  }

  async appendEvent<K extends keyof Events>(event: NewEvent<K>): Promise<void> {
    await this.outbox.append(this.manager, event);
  }
}

@Injectable()
export class TechnicianRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async inTransaction<T>(work: (tx: TechnicianTransaction) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction((manager) => work(new TechnicianTransaction(manager, this.outbox)));
    this.outbox.nudge();
    return result;
  }

  async findById(id: string): Promise<TechnicianWithCertifications | null> {
    const technician = await this.dataSource.getRepository(Technician).findOne({ where: { id }, relations: { certifications: true } });
    return technician ? { technician, certifications: technician.certifications ?? [] } : null;
  }

  async list(query: ListTechniciansQuery): Promise<{ items: TechnicianWithCertifications[]; total: number }> {
    const where: FindOptionsWhere<Technician> = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.skill ? { skills: ArrayContains([query.skill]) } : {}),
    };
    const [rows, total] = await this.dataSource.getRepository(Technician).findAndCount({
      where,
      relations: { certifications: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map((technician) => ({ technician, certifications: technician.certifications ?? [] })), total };
  }
}
