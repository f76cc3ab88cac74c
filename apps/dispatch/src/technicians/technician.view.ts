import type { TechnicianView } from '@aftersales/contracts';
import type { Technician, TechnicianCertification } from './technician.entity';

export function toTechnicianView(t: Technician, certifications: readonly TechnicianCertification[]): TechnicianView {
  return {
    id: t.id,
    employeeNo: t.employeeNo,
    name: t.name,
    phone: t.phone,
    skills: t.skills,
    certifications: [...certifications]
      .sort((a, b) => a.category.localeCompare(b.category) || a.expiresOn.localeCompare(b.expiresOn))
      .map((c) => ({ category: c.category, certificateNo: c.certificateNo, issuedOn: c.issuedOn, expiresOn: c.expiresOn })),
    outletId: t.outletId,
    province: t.province,
    location: { lat: t.lat, lon: t.lon },
    dailyCapacity: t.dailyCapacity,
    workingHours: { start: t.workStart, end: t.workEnd },
    status: t.status,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
