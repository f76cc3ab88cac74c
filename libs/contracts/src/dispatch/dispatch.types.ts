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
  WorkOrderStatus,
} from './dispatch.labels';
import type { Certification, WorkingHours } from './technician.schemas';

/** What dispatch answers about a technician. The name is personal data: it stays in dispatch's API. */
export interface TechnicianView {
  id: string;
  employeeNo: string;
  name: string;
  phone: string | null;
  skills: Skill[];
  certifications: Certification[];
  outletId: string;
  province: string;
  location: { lat: number; lon: number };
  dailyCapacity: number;
  workingHours: WorkingHours;
  status: TechnicianStatus;
  createdAt: string;
  updatedAt: string;
}

export interface TechnicianPage {
  items: TechnicianView[];
  total: number;
  limit: number;
  offset: number;
}

export interface SiteHazardView {
  id: string;
  siteId: string;
  type: HazardType;
  note: string | null;
  recordedAt: string;
}

export interface SiteHazards {
  siteId: string;
  hazards: SiteHazardView[];
}

/** Who asked for an assignment, where it matters to a consumer: the case's own workflow (WorkOrderAssignedV1.requestedBy). */
export const ASSIGNMENT_REQUESTERS = ['case_workflow'] as const;
export type AssignmentRequester = (typeof ASSIGNMENT_REQUESTERS)[number];

/** Why a technician was chosen: the rule's inputs at the moment of the choice. */
export interface AssignmentView {
  id: string;
  technicianId: string;
  kind: 'assigned' | 'reassigned';
  serviceDate: string;
  distanceKm: number;
  /** The technician is based in another province than the site (the in-/out-of-province on-site variant). */
  outOfProvince: boolean;
  /** Work orders the technician already had that day, before this one. */
  dayLoad: number;
  dailyCapacity: number;
  /** Qualified technicians (active, skilled, certified on the day, not excluded) the choice was made among. */
  candidatesConsidered: number;
  assignedAt: string;
  endedAt: string | null;
  endReason: ReleaseReason | null;
}

export interface ServiceRecordView {
  place: RepairPlace;
  diagnosis: string | null;
  repairPlan: string | null;
  customerConsent: { given: boolean; at: string } | null;
  partsUsed: { partCode: string; qty: number }[];
  testResult: { outcome: TestOutcome; note: string | null } | null;
  latentProblems: string[];
  signOff: { signedBy: string; signedAt: string } | null;
}

export interface LoanerView {
  serialNo: string;
  issuedAt: string;
  returnedAt: string | null;
  returnCondition: LoanerCondition | null;
}

export interface WorkOrderHazardView extends SiteHazardView {
  /** Acknowledged by the technician currently assigned. */
  acknowledged: boolean;
}

export interface WorkOrderView {
  id: string;
  caseNo: string;
  status: WorkOrderStatus;
  productCategory: ProductCategory;
  serviceType: DispatchableServiceType;
  requiredSkill: Skill;
  place: RepairPlace;
  outletId: string | null;
  site: { siteId: string; province: string; lat: number; lon: number };
  serviceDate: string;
  technicianId: string | null;
  assignment: AssignmentView | null;
  assignments: AssignmentView[];
  appointment: { expectedArrivalAt: string; confirmedAt: string; channel: AppointmentChannel } | null;
  hazards: WorkOrderHazardView[];
  checkedInAt: string | null;
  record: ServiceRecordView | null;
  signedOffAt: string | null;
  loaners: LoanerView[];
  createdAt: string;
  updatedAt: string;
}
