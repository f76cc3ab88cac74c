import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type ReplaceCertificationsCommand, type TechnicianView } from '@aftersales/contracts';
import { TechnicianErrors } from '../../technician.errors';
import { TechnicianRepository } from '../../technician.repository';
import { toTechnicianView } from '../../technician.view';

/** Replaces a technician's certificates (renewals, new categories, withdrawn ones). */
@Injectable()
export class ReplaceCertificationsUseCase {
  constructor(private readonly technicians: TechnicianRepository) {}

  execute(command: ReplaceCertificationsCommand, causationId?: string): Promise<TechnicianView> {
    return this.technicians.inTransaction(async (tx) => {
      const technician = await tx.lockById(command.technicianId);
      if (!technician) throw new DomainError(TechnicianErrors.TECHNICIAN_NOT_FOUND);
      const certifications = await tx.replaceCertifications(technician.id, command.certifications);
      const changedAt = new Date();
      await tx.appendEvent({
        subject: DispatchEventSubjects.technicianCertificationsChanged,
        aggregateId: technician.id,
        correlationId: causationId ?? technician.id,
        causationId,
        data: {
          technicianId: technician.id,
          certifications: certifications.map((c) => ({ category: c.category, certificateNo: c.certificateNo, expiresOn: c.expiresOn })),
          changedAt: changedAt.toISOString(),
        },
      });
      return toTechnicianView(technician, certifications);
    });
  }
}
