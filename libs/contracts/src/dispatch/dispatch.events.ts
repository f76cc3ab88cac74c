// Event payloads of the dispatch context: ids, codes, times and distances. No names, phones,
// addresses or free text (notes, diagnoses, signatures stay in dispatch).
import type { AssignmentRequester } from './dispatch.types';
import type {
  AppointmentChannel,
  DispatchableServiceType,
  HazardType,
  LoanerCondition,
  ProductCategory,
  ReleaseReason,
  RepairPlace,
  Skill,
  TechnicianStatus,
  TestOutcome,
} from './dispatch.labels';
import { DispatchEventSubjects } from './dispatch.subjects';

export interface TechnicianRegisteredV1 {
  technicianId: string;
  employeeNo: string;
  outletId: string;
  skills: Skill[];
  certifiedCategories: ProductCategory[];
  dailyCapacity: number;
  status: TechnicianStatus;
  registeredAt: string;
}

export interface TechnicianStatusChangedV1 {
  technicianId: string;
  status: TechnicianStatus;
  previousStatus: TechnicianStatus;
  changedAt: string;
}

export interface TechnicianCertificationsChangedV1 {
  technicianId: string;
  certifications: { category: ProductCategory; certificateNo: string; expiresOn: string }[];
  changedAt: string;
}

export interface SiteHazardsRecordedV1 {
  siteId: string;
  hazards: { hazardId: string; type: HazardType }[];
  recordedAt: string;
}

export interface WorkOrderCreatedV1 {
  workOrderId: string;
  caseNo: string;
  productCategory: ProductCategory;
  serviceType: DispatchableServiceType;
  requiredSkill: Skill;
  place: RepairPlace;
  siteId: string;
  outletId: string | null;
  serviceDate: string;
  createdAt: string;
}

export interface WorkOrderAssignedV1 {
  workOrderId: string;
  caseNo: string;
  assignmentId: string;
  technicianId: string;
  serviceDate: string;
  distanceKm: number;
  /** The technician is based in another province than the site (the in-/out-of-province on-site variant). */
  outOfProvince: boolean;
  dayLoad: number;
  dailyCapacity: number;
  candidatesConsidered: number;
  assignedAt: string;
  /**
   * `case_workflow` when the case's workflow asked for the assignment and applied the answer itself:
   * the event bridge does not relay it back as a signal. Absent for a dispatcher's assignment, and for
   * cases started before caseWorkflowV5, whose workflows learn their assignment from the event.
   */
  requestedBy?: AssignmentRequester;
}

export interface WorkOrderReassignedV1 extends WorkOrderAssignedV1 {
  previousTechnicianId: string;
}

export interface WorkOrderDeclinedV1 {
  workOrderId: string;
  caseNo: string;
  assignmentId: string;
  technicianId: string;
  reason: ReleaseReason;
  declinedAt: string;
}

export interface WorkOrderAppointmentConfirmedV1 {
  workOrderId: string;
  caseNo: string;
  technicianId: string;
  expectedArrivalAt: string;
  channel: AppointmentChannel;
  confirmedAt: string;
}

export interface WorkOrderHazardsAcknowledgedV1 {
  workOrderId: string;
  caseNo: string;
  technicianId: string;
  siteId: string;
  hazardIds: string[];
  acknowledgedAt: string;
}

export interface WorkOrderCheckedInV1 {
  workOrderId: string;
  caseNo: string;
  technicianId: string;
  expectedArrivalAt: string;
  checkedInAt: string;
  /** Positive when late, negative when early. */
  minutesLate: number;
}

export interface WorkOrderRecordUpdatedV1 {
  workOrderId: string;
  caseNo: string;
  technicianId: string;
  place: RepairPlace;
  fieldsChanged: string[];
  customerConsent: boolean | null;
  partsUsed: { partCode: string; qty: number }[];
  testOutcome: TestOutcome | null;
  latentProblemsCount: number;
  updatedAt: string;
}

export interface WorkOrderSignedOffV1 {
  workOrderId: string;
  caseNo: string;
  technicianId: string;
  place: RepairPlace;
  testOutcome: TestOutcome;
  partsUsed: { partCode: string; qty: number }[];
  latentProblemsCount: number;
  signedOffAt: string;
}

export interface LoanerIssuedV1 {
  workOrderId: string;
  caseNo: string;
  serialNo: string;
  issuedAt: string;
}

export interface LoanerReturnedV1 {
  workOrderId: string;
  caseNo: string;
  serialNo: string;
  condition: LoanerCondition;
  issuedAt: string;
  returnedAt: string;
}

export interface WorkOrderOutletAssignedV1 {
  workOrderId: string;
  caseNo: string;
  outletId: string;
  previousOutletId: string | null;
  assignedAt: string;
}

/** Payload of every dispatch event, by subject. */
export interface DispatchEvents {
  [DispatchEventSubjects.technicianRegistered]: TechnicianRegisteredV1;
  [DispatchEventSubjects.technicianStatusChanged]: TechnicianStatusChangedV1;
  [DispatchEventSubjects.technicianCertificationsChanged]: TechnicianCertificationsChangedV1;
  [DispatchEventSubjects.siteHazardsRecorded]: SiteHazardsRecordedV1;
  [DispatchEventSubjects.workOrderCreated]: WorkOrderCreatedV1;
  [DispatchEventSubjects.workOrderAssigned]: WorkOrderAssignedV1;
  [DispatchEventSubjects.workOrderDeclined]: WorkOrderDeclinedV1;
  [DispatchEventSubjects.workOrderReassigned]: WorkOrderReassignedV1;
  [DispatchEventSubjects.workOrderAppointmentConfirmed]: WorkOrderAppointmentConfirmedV1;
  [DispatchEventSubjects.workOrderHazardsAcknowledged]: WorkOrderHazardsAcknowledgedV1;
  [DispatchEventSubjects.workOrderCheckedIn]: WorkOrderCheckedInV1;
  [DispatchEventSubjects.workOrderRecordUpdated]: WorkOrderRecordUpdatedV1;
  [DispatchEventSubjects.workOrderSignedOff]: WorkOrderSignedOffV1;
  [DispatchEventSubjects.loanerIssued]: LoanerIssuedV1;
  [DispatchEventSubjects.loanerReturned]: LoanerReturnedV1;
  [DispatchEventSubjects.workOrderOutletAssigned]: WorkOrderOutletAssignedV1;
}
