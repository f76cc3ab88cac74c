import { ESTABLISHMENT_STEPS, OUTLET_KINDS, OUTLET_STATUSES, type OutletView, type TrainingRecordView } from '@aftersales/contracts';
import { coverageOf } from './coverage';
import type { Outlet, OutletEstablishmentStep, OutletTraining } from './outlet.entity';

export function toOutletView(o: Outlet, steps: readonly OutletEstablishmentStep[]): OutletView {
  return {
    id: o.id,
    code: o.code,
    kind: o.kind,
    kindLabel: OUTLET_KINDS[o.kind],
    name: { zh: o.nameZh, en: o.nameEn },
    address: o.address,
    city: o.city,
    province: o.province,
    location: { lat: o.lat, lon: o.lon },
    coverage: coverageOf(o),
    dailyCapacity: o.dailyCapacity,
    status: o.status,
    statusLabel: OUTLET_STATUSES[o.status],
    establishment: [...steps]
      .sort((a, b) => a.sequence - b.sequence)
      .map((s) => ({ sequence: s.sequence, step: s.step, stepLabel: ESTABLISHMENT_STEPS[s.step], actor: { id: s.actorId, role: s.actorRole }, recordedAt: s.recordedAt.toISOString() })),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** A training record; its certificate counts as valid on `on` when it has not expired by then. */
export function toTrainingView(t: OutletTraining, on: string): TrainingRecordView {
  const certification =
    t.certifiedCategory && t.certificateNo && t.certificateExpiresOn
      ? { category: t.certifiedCategory, certificateNo: t.certificateNo, expiresOn: t.certificateExpiresOn }
      : null;
  return {
    id: t.id,
    outletId: t.outletId,
    employeeNo: t.employeeNo,
    course: t.course,
    completedOn: t.completedOn,
    certification,
    certificationValid: certification !== null && t.completedOn <= on && on <= certification.expiresOn,
  };
}
