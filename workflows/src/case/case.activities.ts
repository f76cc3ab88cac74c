import type { CaseStatus, NotificationTemplate, SlaEventV1, TechnicianNotificationTemplate } from '@aftersales/contracts';

/** The case's work order after dispatchCase; `assignment` is its current one, if any (older answers lack it). */
export interface DispatchedCase {
  workOrderId: string;
  technicianId: string | null;
  assignment?: { id: string; distanceKm: number; outOfProvince: boolean } | null;
}

/** What the case workflow asks of the services. Implemented in apps/worker as thin NATS commands. */
export interface CaseActivities {
  /** Idempotent: acknowledging an acknowledged or cancelled case returns its status unchanged. */
  acknowledgeCase(input: { caseNo: string }): Promise<{ status: CaseStatus; acknowledgedAt: string | null }>;
  /** Idempotent: closing a closed case returns it unchanged. */
  closeCase(input: { caseNo: string }): Promise<{ status: CaseStatus }>;
  /** Stores and publishes one SLA timeline entry; idempotent by its key. */
  recordSlaEvent(event: SlaEventV1): Promise<void>;
  /** Stores and publishes a workflow task's timeline entries in their order, in one command; idempotent by their keys. */
  recordSlaEvents(input: { caseNo: string; events: SlaEventV1[] }): Promise<void>;
  /**
   * Opens the case's work order in dispatch (or finds the open one) and asks for a technician.
   * Idempotent; `technicianId` is null when nobody qualified is free (a dispatcher assigns later).
   * `appliesAssignment`: the workflow applies the answer's assignment itself, so dispatch marks the
   * event as the case workflow's and the bridge does not relay it back (caseWorkflowV5 on).
   */
  dispatchCase(input: { caseNo: string; appliesAssignment?: boolean }): Promise<DispatchedCase>;
  /** Tells the customer through intake's notification port; delivered once per key. */
  notifyCustomer(input: { caseNo: string; template: NotificationTemplate; key: string }): Promise<void>;
  /** Cancels the case in intake with a reason (a rejected quote ends a paid case); idempotent. */
  cancelCase(input: { caseNo: string; reason: string }): Promise<{ status: CaseStatus }>;
  /** Registers that the paid case needs a quote; billing answers when it is due (the quote SLA). */
  requestQuote(input: { caseNo: string; requestedAt: string; largeOrImportant: boolean }): Promise<{ dueAt: string }>;
  /** At the quote's due time: billing records and publishes a missed deadline when no quote came. */
  checkQuoteDeadline(input: { caseNo: string }): Promise<{ missed: boolean }>;
  /** Sets the accepted quote's payment terms in billing: pay first unless urgent work may go first. */
  setPaymentTerms(input: { caseNo: string; urgent: boolean }): Promise<{ prepaymentRequired: boolean }>;
  /** Reserves the accepted quote's parts for the case in inventory; idempotent per case and part. */
  reserveQuotedParts(input: { caseNo: string }): Promise<{ reserved: string[]; short: string[] }>;
  /** Issues the case's invoice in billing once the work is signed off; idempotent per case. */
  issueInvoice(input: { caseNo: string }): Promise<{ outstandingMinor: number }>;
  /** Tells the work order's current technician through dispatch's notification port; once per key and technician. */
  notifyTechnician(input: { caseNo: string; workOrderId: string; template: TechnicianNotificationTemplate; key: string }): Promise<void>;
}
