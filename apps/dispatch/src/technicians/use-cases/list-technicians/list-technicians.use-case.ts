import { Injectable } from '@nestjs/common';
import type { ListTechniciansQuery, TechnicianPage } from '@aftersales/contracts';
import { TechnicianRepository } from '../../technician.repository';
import { toTechnicianView } from '../../technician.view';

/** A page of technicians in registration order, optionally by status and skill. */
@Injectable()
export class ListTechniciansUseCase {
  constructor(private readonly technicians: TechnicianRepository) {}

  async execute(query: ListTechniciansQuery): Promise<TechnicianPage> {
    const { items, total } = await this.technicians.list(query);
    return {
      items: items.map((i) => toTechnicianView(i.technician, i.certifications)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
