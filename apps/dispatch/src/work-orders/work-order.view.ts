import type { AssignmentView, ServiceRecordView, WorkOrderView } from '@aftersales/contracts';
import type { SiteHazard } from '../sites/site-hazard.entity';
import type { Loaner } from './loaner.entity';
import type { ServiceRecord } from './service-record.entity';
import type { WorkOrderAssignment } from './work-order-assignment.entity';
import type { WorkOrder } from './work-order.entity';

/** Everything a work order's view shows, read in one go. */
export interface WorkOrderDetails {
  workOrder: WorkOrder;
  assignments: WorkOrderAssignment[];
  record: ServiceRecord | null;
  loaners: Loaner[];
  hazards: SiteHazard[];
  /** Hazards the current technician acknowledged for this work order. */
  acknowledgedHazardIds: ReadonlySet<string>;
}

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export function toAssignmentView(a: WorkOrderAssignment): AssignmentView {
  return {
    id: a.id,
    technicianId: a.technicianId,
    kind: a.kind,
    serviceDate: a.serviceDate,
    distanceKm: a.distanceKm,
    outOfProvince: a.outOfProvince,
    dayLoad: a.dayLoad,
    dailyCapacity: a.dailyCapacity,
    candidatesConsidered: a.candidatesConsidered,
    assignedAt: a.assignedAt.toISOString(),
    endedAt: iso(a.endedAt),
    endReason: a.endReason,
  };
}

function toRecordView(r: ServiceRecord): ServiceRecordView {
  return {
    place: r.place,
    diagnosis: r.diagnosis,
    repairPlan: r.repairPlan,
    customerConsent: r.consentGiven === null || !r.consentAt ? null : { given: r.consentGiven, at: r.consentAt.toISOString() },
    partsUsed: r.partsUsed,
    testResult: r.testOutcome ? { outcome: r.testOutcome, note: r.testNote } : null,
    latentProblems: r.latentProblems,
    signOff: r.signedBy && r.signedAt ? { signedBy: r.signedBy, signedAt: r.signedAt.toISOString() } : null,
  };
}

export function toWorkOrderView(d: WorkOrderDetails): WorkOrderView {
  const w = d.workOrder;
  const current = d.assignments.find((a) => a.endedAt === null) ?? null;
  return {
    id: w.id,
    caseNo: w.caseNo,
    status: w.status,
    productCategory: w.productCategory,
    serviceType: w.serviceType,
    requiredSkill: w.requiredSkill,
    place: w.place,
    outletId: w.outletId,
    site: { siteId: w.siteId, province: w.siteProvince, lat: w.siteLat, lon: w.siteLon },
    serviceDate: w.serviceDate,
    technicianId: w.technicianId,
    assignment: current ? toAssignmentView(current) : null,
    assignments: d.assignments.map(toAssignmentView),
    appointment:
      w.expectedArrivalAt && w.appointmentConfirmedAt && w.appointmentChannel
        ? { expectedArrivalAt: w.expectedArrivalAt.toISOString(), confirmedAt: w.appointmentConfirmedAt.toISOString(), channel: w.appointmentChannel }
        : null,
    hazards: d.hazards.map((h) => ({
      id: h.id,
      siteId: h.siteId,
      type: h.type,
      note: h.note,
      recordedAt: h.recordedAt.toISOString(),
      acknowledged: d.acknowledgedHazardIds.has(h.id),
    })),
    checkedInAt: iso(w.checkedInAt),
    record: d.record ? toRecordView(d.record) : null,
    signedOffAt: iso(w.signedOffAt),
    loaners: d.loaners.map((l) => ({ serialNo: l.serialNo, issuedAt: l.issuedAt.toISOString(), returnedAt: iso(l.returnedAt), returnCondition: l.returnCondition })),
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}
