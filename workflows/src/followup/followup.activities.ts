import type { CompletePeriodicFollowUpCommand, CustomerRefPage, CustomerTier, PeriodicFollowUpRef, ProductCategory, FollowUpView, CompleteFollowUpCommand, NotificationChannel, NotificationTemplate, SurveyScores } from '@aftersales/contracts';

/** What the follow-up workflow asks of the services. Implemented in apps/worker as thin NATS commands. */
export interface FollowUpActivities {
  /** Opens (or finds) the case's follow-up in quality; answers the customer's preferred channel as a code. */
  openFollowUp(input: { caseNo: string }): Promise<{ customerId: string; preferredChannel: string }>;
  /** One attempt on one channel through intake's notification port; throws when the provider refuses. */
  contactCustomer(input: { caseNo: string; channel: NotificationChannel; template: NotificationTemplate; key: string }): Promise<{ delivered: boolean }>;
  completeFollowUp(input: CompleteFollowUpCommand): Promise<Pick<FollowUpView, 'status' | 'outcome'>>;
  /** Stores the scores; opens the linked complaint when `opensComplaint`. */
  recordSurvey(input: { caseNo: string; scores: SurveyScores; opensComplaint: boolean }): Promise<{ complaintNo: string | null }>;
  /** The same contact for a customer with no case (a periodic follow-up). */
  contactCustomerById(input: { customerId: string; channel: NotificationChannel; template: NotificationTemplate; key: string }): Promise<{ delivered: boolean }>;
  /** A page of customers of some tiers (ids and codes only). */
  listCustomers(input: { tiers: CustomerTier[]; categories?: ProductCategory[]; limit: number; afterId: string | null }): Promise<CustomerRefPage>;
  openPeriodicFollowUp(input: PeriodicFollowUpRef): Promise<void>;
  completePeriodicFollowUp(input: CompletePeriodicFollowUpCommand): Promise<void>;
}
