import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type ChangeTechnicianStatusCommand, type TechnicianView } from '@aftersales/contracts';
import { TechnicianErrors } from '../../technician.errors';
import { TechnicianRepository } from '../../technician.repository';
import { toTechnicianView } from '../../technician.view';

/**
 * Puts a technician on or off duty, or suspends them. Only active technicians are offered new work;
 * work orders already assigned stay with them until declined or reported as a no-show.
 */
@Injectable()
export class ChangeTechnicianStatusUseCase {
  constructor(private readonly technicians: TechnicianRepository) {}

  async execute(command: ChangeTechnicianStatusCommand, causationId?: string): Promise<TechnicianView> {
    await this.technicians.inTransaction(async (tx) => {
      const technician = await tx.lockById(command.technicianId);
      if (!technician) throw new DomainError(TechnicianErrors.TECHNICIAN_NOT_FOUND);
      if (technician.status === command.status) return;
      const previousStatus = technician.status;
      technician.status = command.status;
      const saved = await tx.saveTechnician(technician);
      await tx.appendEvent({
        subject: DispatchEventSubjects.technicianStatusChanged,
        aggregateId: technician.id,
        correlationId: causationId ?? technician.id,
        causationId,
        data: { technicianId: technician.id, status: command.status, previousStatus, changedAt: saved.updatedAt.toISOString() },
      });
    });
    return this.current(command.technicianId);
  }

  private async current(technicianId: string): Promise<TechnicianView> {
    const found = await this.technicians.findById(technicianId);
    if (!found) throw new DomainError(TechnicianErrors.TECHNICIAN_NOT_FOUND);
    return toTechnicianView(found.technician, found.certifications);
  }
}
