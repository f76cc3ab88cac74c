import type { RequisitionView } from '@aftersales/contracts';
import type { Requisition } from './requisition.entity';

export const toRequisitionView = (r: Requisition): RequisitionView => ({
  requisitionId: r.id,
  technicianId: r.technicianId,
  fromLocationId: r.fromLocationId,
  caseNo: r.caseNo,
  lines: r.lines,
  status: r.status,
  requestedBy: r.requestedBy,
  decidedBy: r.decidedBy,
  decisionReason: r.decisionReason,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  issuedAt: r.issuedAt?.toISOString() ?? null,
  movementIds: r.movementIds,
  createdAt: r.createdAt.toISOString(),
});
