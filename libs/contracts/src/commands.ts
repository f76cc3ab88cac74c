import type { CaseRef, CancelCaseCommand, OpenCaseCommand, RecordSlaEventsCommand } from './cases/case.schemas';
import type { CaseDispatchDetails, CaseView } from './cases/case.types';
import type { CasePolicy } from './policies/case-policy.schemas';
import type { CustomerFileView, CustomerRef } from './customers/customer.schemas';
import type { CustomerRefPage, ListCustomersByTierQuery, NotifyCustomerByIdCommand } from './customers/customer-paging.schemas';
import type { SlaEventV1 } from './sla/sla.types';
import type { NotificationAttemptView, NotifyCustomerCommand, NotifyCustomerResult } from './notifications/notification.schemas';
import type { CasesOpenedPerDay, CasesOpenedQuery } from './stats/stats.schemas';
import { CommandSubjects } from './subjects';
import type { CustomerTier, Label } from './labels';
import type { DispatchCommands } from './dispatch/dispatch.commands';
import type {
  ChangeProductModelCommand,
  ListProductModelsQuery,
  ProductModelPage,
  ProductModelRef,
  ProductModelView,
  RegisterProductModelCommand,
} from './product-models/product-model.schemas';
import type { BillingCommands } from './billing/billing.commands';
import type { InventoryCommands } from './inventory/inventory.commands';
import type { OutletCommands } from './outlets/outlets.commands';
import type { QualityCommands } from './quality/quality.commands';
import type { MatchRecallUnitsQuery, NotifyRecallOwnersCommand, NotifyRecallOwnersResult, OpenRecallRemedyCaseCommand, RecallUnitIdPage } from './quality/recall.schemas';
import type { AuditCommands } from './security/security';

/** Request and reply of every command, by subject. The typed command client accepts nothing else. */
export interface Commands extends DispatchCommands, BillingCommands, InventoryCommands, OutletCommands, QualityCommands, AuditCommands {
  [CommandSubjects.intakeOpenCase]: { request: OpenCaseCommand; reply: CaseView };
  [CommandSubjects.intakeAcknowledgeCase]: { request: CaseRef; reply: CaseView };
  [CommandSubjects.intakeCancelCase]: { request: CancelCaseCommand; reply: CaseView };
  [CommandSubjects.intakeGetCase]: { request: CaseRef; reply: CaseView };
  [CommandSubjects.intakeCloseCase]: { request: CaseRef; reply: CaseView };
  [CommandSubjects.intakeGetDispatchDetails]: { request: CaseRef; reply: CaseDispatchDetails };
  [CommandSubjects.intakeRecordSlaEvent]: { request: SlaEventV1; reply: { recorded: boolean } };
  /** A workflow task's entries in their order, in one transaction; each stored and published once by its key. */
  [CommandSubjects.intakeRecordSlaEvents]: { request: RecordSlaEventsCommand; reply: { recorded: number } };
  [CommandSubjects.intakeListSlaEvents]: { request: CaseRef; reply: SlaEventV1[] };
  [CommandSubjects.intakeGetRuleLabels]: { request: Record<string, never>; reply: Record<string, Record<string, Label>> };
  [CommandSubjects.intakeGetCustomerFile]: { request: CustomerRef; reply: CustomerFileView };
  [CommandSubjects.intakeNotifyCustomer]: { request: NotifyCustomerCommand; reply: NotifyCustomerResult };
  [CommandSubjects.intakeListNotifications]: { request: CaseRef; reply: NotificationAttemptView[] };
  [CommandSubjects.intakeCreatePolicy]: { request: CasePolicy; reply: PolicyView };
  [CommandSubjects.intakeActivatePolicy]: { request: { version: string }; reply: PolicyView };
  [CommandSubjects.intakeGetActivePolicy]: { request: Record<string, never>; reply: PolicyView };
  [CommandSubjects.intakeRegisterProductModel]: { request: RegisterProductModelCommand; reply: ProductModelView };
  [CommandSubjects.intakeChangeProductModel]: { request: ChangeProductModelCommand; reply: ProductModelView };
  [CommandSubjects.intakeGetProductModel]: { request: ProductModelRef; reply: ProductModelView };
  [CommandSubjects.intakeListProductModels]: { request: ListProductModelsQuery; reply: ProductModelPage };
  [CommandSubjects.qualityCasesOpenedPerDay]: { request: CasesOpenedQuery; reply: CasesOpenedPerDay };
  /** Who a case's follow-up contacts, as ids and codes: no name or phone. */
  [CommandSubjects.intakeGetContactPreference]: { request: CaseRef; reply: ContactPreference };
  [CommandSubjects.intakeListCustomersByTier]: { request: ListCustomersByTierQuery; reply: CustomerRefPage };
  [CommandSubjects.intakeNotifyCustomerById]: { request: NotifyCustomerByIdCommand; reply: NotifyCustomerResult };
  /** Ids only, in unit id order (keyset): no owner, name or phone. */
  [CommandSubjects.intakeMatchRecallUnits]: { request: MatchRecallUnitsQuery; reply: RecallUnitIdPage };
  [CommandSubjects.intakeNotifyRecallOwners]: { request: NotifyRecallOwnersCommand; reply: NotifyRecallOwnersResult };
  /** Idempotent per campaign and unit: a second call answers with the same case. */
  [CommandSubjects.intakeOpenRecallRemedyCase]: { request: OpenRecallRemedyCaseCommand; reply: CaseView };
}

export interface ContactPreference {
  customerId: string;
  tier: CustomerTier;
  preferredChannel: string;
}

export interface PolicyView {
  version: string;
  active: boolean;
  createdAt: string;
  policy: CasePolicy;
}

export type CommandRequest<K extends keyof Commands> = Commands[K]['request'];
export type CommandReply<K extends keyof Commands> = Commands[K]['reply'];
