import { Injectable } from '@nestjs/common';
import { DomainError, type TechnicianView } from '@aftersales/contracts';
import { TechnicianErrors } from '../../technician.errors';
import { TechnicianRepository } from '../../technician.repository';
import { toTechnicianView } from '../../technician.view';

@Injectable()
export class GetTechnicianUseCase {
  constructor(private readonly technicians: TechnicianRepository) {}

  async execute(technicianId: string): Promise<TechnicianView> {
    const found = await this.technicians.findById(technicianId);
    if (!found) throw new DomainError(TechnicianErrors.TECHNICIAN_NOT_FOUND);
    return toTechnicianView(found.technician, found.certifications);
  }
}
