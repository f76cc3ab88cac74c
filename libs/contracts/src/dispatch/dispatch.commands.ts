import type { CaseRef } from '../cases/case.schemas';
import type { SiteRef, RecordSiteHazardsCommand } from './site.schemas';
import type {
  ChangeTechnicianStatusCommand,
  ListTechniciansQuery,
  RegisterTechnicianRequest,
  ReplaceCertificationsCommand,
  TechnicianRef,
} from './technician.schemas';
import type { SiteHazards, TechnicianPage, TechnicianView, WorkOrderView } from './dispatch.types';
import type {
  AcknowledgeHazardsCommand,
  CaseList,
  AssignWorkOrderCommand,
  CheckInCommand,
  ConfirmAppointmentCommand,
  CreateWorkOrderRequest,
  IssueLoanerCommand,
  ReleaseWorkOrderCommand,
  ReturnLoanerCommand,
  SignOffCommand,
  UpdateServiceRecordCommand,
  WorkOrderRef,
  AssignOutletCommand,
} from './work-order.schemas';
import type { NotifyTechnicianCommand, NotifyTechnicianResult, TechnicianNotificationView } from '../notifications/notification.schemas';
import { DispatchCommandSubjects as S } from './dispatch.subjects';

/** Request and reply of every dispatch command, by subject. */
export interface DispatchCommands {
  [S.registerTechnician]: { request: RegisterTechnicianRequest; reply: TechnicianView };
  [S.getTechnician]: { request: TechnicianRef; reply: TechnicianView };
  [S.listTechnicians]: { request: ListTechniciansQuery; reply: TechnicianPage };
  [S.changeTechnicianStatus]: { request: ChangeTechnicianStatusCommand; reply: TechnicianView };
  [S.replaceCertifications]: { request: ReplaceCertificationsCommand; reply: TechnicianView };
  [S.recordSiteHazards]: { request: RecordSiteHazardsCommand; reply: SiteHazards };
  [S.listSiteHazards]: { request: SiteRef; reply: SiteHazards };
  [S.createWorkOrder]: { request: CreateWorkOrderRequest; reply: WorkOrderView };
  [S.getWorkOrder]: { request: WorkOrderRef; reply: WorkOrderView };
  /** The case's open work order, else its latest; not found when the case never had one. */
  [S.findWorkOrderForCase]: { request: CaseRef; reply: WorkOrderView };
  /** For each case, the work order `findWorkOrderForCase` would answer; cases without one are left out. */
  [S.findWorkOrdersForCases]: { request: CaseList; reply: WorkOrderView[] };
  [S.assignWorkOrder]: { request: AssignWorkOrderCommand; reply: WorkOrderView };
  [S.declineWorkOrder]: { request: ReleaseWorkOrderCommand; reply: WorkOrderView };
  [S.confirmAppointment]: { request: ConfirmAppointmentCommand; reply: WorkOrderView };
  [S.acknowledgeHazards]: { request: AcknowledgeHazardsCommand; reply: WorkOrderView };
  [S.checkIn]: { request: CheckInCommand; reply: WorkOrderView };
  [S.updateServiceRecord]: { request: UpdateServiceRecordCommand; reply: WorkOrderView };
  [S.signOff]: { request: SignOffCommand; reply: WorkOrderView };
  /** Tells the work order's current technician; delivered once per key and technician. */
  [S.notifyTechnician]: { request: NotifyTechnicianCommand; reply: NotifyTechnicianResult };
  [S.listTechnicianNotifications]: { request: WorkOrderRef; reply: TechnicianNotificationView[] };
  [S.issueLoaner]: { request: IssueLoanerCommand; reply: WorkOrderView };
  [S.returnLoaner]: { request: ReturnLoanerCommand; reply: WorkOrderView };
  /** Binds the outlet that took the work order (outsourced offer or reassignment); idempotent. */
  [S.assignOutlet]: { request: AssignOutletCommand; reply: WorkOrderView };
}
