import { Injectable } from '@nestjs/common';
import { DispatchEventSubjects, DomainError, type RegisterTechnicianRequest, type TechnicianView } from '@aftersales/contracts';
import { TechnicianErrors } from '../../technician.errors';
import { TechnicianRepository } from '../../technician.repository';
import { toTechnicianView } from '../../technician.view';

/** Registers a technician with skills, certificates, base, capacity and working hours. */
@Injectable()
export class RegisterTechnicianUseCase {
  constructor(private readonly technicians: TechnicianRepository) {}

  execute(request: RegisterTechnicianRequest, causationId?: string): Promise<TechnicianView> {
    return this.technicians.inTransaction(async (tx) => {
      const technician = await tx.insertTechnician({
        employeeNo: request.employeeNo,
        name: request.name,
        phone: request.phone,
        skills: request.skills,
        outletId: request.outletId,
        province: request.province,
        lat: request.location.lat,
        lon: request.location.lon,
        dailyCapacity: request.dailyCapacity,
        workStart: request.workingHours.start,
        workEnd: request.workingHours.end,
        status: request.status,
      });
      if (!technician) {
        throw new DomainError(TechnicianErrors.EMPLOYEE_NO_TAKEN, { details: [{ field: 'employeeNo', reason: `${request.employeeNo} is taken` }] });
      }
      const certifications = await tx.replaceCertifications(technician.id, request.certifications);
      await tx.appendEvent({
        subject: DispatchEventSubjects.technicianRegistered,
        aggregateId: technician.id,
        correlationId: causationId ?? technician.id,
        causationId,
        data: {
          technicianId: technician.id,
          employeeNo: technician.employeeNo,
          outletId: technician.outletId,
          skills: technician.skills,
          certifiedCategories: [...new Set(certifications.map((c) => c.category))],
          dailyCapacity: technician.dailyCapacity,
          status: technician.status,
          registeredAt: technician.createdAt.toISOString(),
        },
      });
      return toTechnicianView(technician, certifications);
    });
  }
}
