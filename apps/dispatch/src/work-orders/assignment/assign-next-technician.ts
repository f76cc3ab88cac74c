import { DomainError, type WorkOrderAssignedV1 } from '@aftersales/contracts';
import type { WorkOrderAssignment } from '../work-order-assignment.entity';
import type { WorkOrder } from '../work-order.entity';
import { WorkOrderErrors } from '../work-order.errors';
import type { AssignmentRepository } from './assignment.repository';
import { rankCandidates } from './candidate-ranking';

export interface AssignmentOutcome {
  assignment: WorkOrderAssignment | null;
  /** Qualified technicians the choice was made among. */
  qualified: number;
}

const roundKm = (km: number): number => Math.round(km * 100) / 100;

/**
 * Offers the work order to the best-ranked technician whose day still has room, claiming the unit of
 * capacity in the caller's transaction. A candidate filled by a concurrent assignment since the
 * ranking was read is skipped for the next one.
 */
export async function assignNextTechnician(
  assignments: AssignmentRepository,
  workOrder: WorkOrder,
  options: { kind: WorkOrderAssignment['kind']; at: Date },
): Promise<AssignmentOutcome> {
  const excludedTechnicianIds = await assignments.releasedTechnicianIds(workOrder.id);
  const { requiredSkill, productCategory, serviceDate } = workOrder;
  const technicians = await assignments.candidatesFor({ requiredSkill, productCategory, serviceDate });
  const site = { lat: workOrder.siteLat, lon: workOrder.siteLon };
  const ranking = rankCandidates(technicians, { site, siteProvince: workOrder.siteProvince, requiredSkill, productCategory, serviceDate, excludedTechnicianIds });
  for (const candidate of ranking.ranked) {
    const claim = await assignments.claimCapacity(candidate.technicianId, serviceDate, candidate.dailyCapacity);
    if (!claim) continue;
    const assignment = await assignments.insert({
      workOrderId: workOrder.id,
      technicianId: candidate.technicianId,
      kind: options.kind,
      serviceDate,
      distanceKm: roundKm(candidate.distanceKm),
      outOfProvince: candidate.outOfProvince,
      dayLoad: claim.assignedBefore,
      dailyCapacity: claim.capacity,
      candidatesConsidered: ranking.qualified,
      assignedAt: options.at,
      endedAt: null,
      endReason: null,
      endNote: null,
    });
    return { assignment, qualified: ranking.qualified };
  }
  return { assignment: null, qualified: ranking.qualified };
}

export function noTechnicianAvailable(workOrder: WorkOrder, qualified: number): DomainError {
  const reason =
    qualified === 0
      ? `no active technician with skill ${workOrder.requiredSkill} holds a ${workOrder.productCategory} certificate valid on ${workOrder.serviceDate}`
      : `all ${qualified} qualified technicians are at capacity on ${workOrder.serviceDate}`;
  return new DomainError(WorkOrderErrors.NO_TECHNICIAN_AVAILABLE, { details: [{ field: 'serviceDate', reason }] });
}

export function assignedEventData(workOrder: WorkOrder, a: WorkOrderAssignment): WorkOrderAssignedV1 {
  return {
    workOrderId: workOrder.id,
    caseNo: workOrder.caseNo,
    assignmentId: a.id,
    technicianId: a.technicianId,
    serviceDate: a.serviceDate,
    distanceKm: a.distanceKm,
    outOfProvince: a.outOfProvince,
    dayLoad: a.dayLoad,
    dailyCapacity: a.dailyCapacity,
    candidatesConsidered: a.candidatesConsidered,
    assignedAt: a.assignedAt.toISOString(),
  };
}
