/** What the billing workflows ask of the billing service. Implemented in apps/worker as thin NATS commands. */
export interface BillingActivities {
  /**
   * Sends reminder number `reminderNo` for the case's unpaid invoice (payment-overdue event).
   * Idempotent per reminder number; `outstandingMinor` 0 means the receivable is settled.
   */
  remindPayment(input: { caseNo: string; reminderNo: number }): Promise<{ reminded: boolean; outstandingMinor: number }>;
  /** Raises the retention (质保金) claim once; idempotent. */
  raiseRetentionClaim(input: { retentionId: string }): Promise<{ claimRaisedAt: string | null }>;
}
