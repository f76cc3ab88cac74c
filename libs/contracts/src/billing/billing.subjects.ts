// Wire names of the billing context (费用结算). Renaming one is a migration: other teams subscribe to them.

/** Domain events: `aftersales.billing.<entity>.<event>`. */
export const BillingEventSubjects = {
  priceListPublished: 'aftersales.billing.pricelist.published',
  quoteIssued: 'aftersales.billing.quote.issued',
  quoteOverdue: 'aftersales.billing.quote.overdue',
  quoteRequested: 'aftersales.billing.quote.requested',
  quoteDeadlineMissed: 'aftersales.billing.quote.deadline-missed',
  quoteAccepted: 'aftersales.billing.quote.accepted',
  quoteRejected: 'aftersales.billing.quote.rejected',
  paymentTermsSet: 'aftersales.billing.quote.payment-terms-set',
  invoiceIssued: 'aftersales.billing.invoice.issued',
  settlementSigned: 'aftersales.billing.invoice.settlement-signed',
  paymentReceived: 'aftersales.billing.invoice.payment-received',
  paymentOverdue: 'aftersales.billing.invoice.payment-overdue',
  refundIssued: 'aftersales.billing.invoice.refund-issued',
  compensationRecorded: 'aftersales.billing.invoice.compensation-recorded',
  retentionRecorded: 'aftersales.billing.retention.recorded',
  retentionClaimRaised: 'aftersales.billing.retention.claim-raised',
  manufacturerClaimRecorded: 'aftersales.billing.claim.recorded',
  duplicateClaimFlagged: 'aftersales.billing.claim.duplicate-flagged',
} as const;

/** Commands (request/reply over core NATS): `cmd.billing.<entity>.<verb>`. */
export const BillingCommandSubjects = {
  publishPriceList: 'cmd.billing.pricelist.publish',
  getActivePriceList: 'cmd.billing.pricelist.get-active',
  requestQuote: 'cmd.billing.quote.request',
  checkQuoteDeadline: 'cmd.billing.quote.check-deadline',
  getQuoteRequest: 'cmd.billing.quote.get-request',
  createQuote: 'cmd.billing.quote.create',
  getQuote: 'cmd.billing.quote.get',
  acceptQuote: 'cmd.billing.quote.accept',
  rejectQuote: 'cmd.billing.quote.reject',
  requirePrepayment: 'cmd.billing.quote.require-prepayment',
  issueInvoice: 'cmd.billing.invoice.issue',
  getInvoice: 'cmd.billing.invoice.get',
  signSettlement: 'cmd.billing.invoice.sign-settlement',
  recordPayment: 'cmd.billing.invoice.record-payment',
  issueRefund: 'cmd.billing.invoice.issue-refund',
  recordCompensation: 'cmd.billing.invoice.record-compensation',
  remindPayment: 'cmd.billing.invoice.remind-payment',
  raiseRetentionClaim: 'cmd.billing.retention.raise-claim',
  agingReport: 'cmd.billing.report.aging',
  manufacturerClaims: 'cmd.billing.report.manufacturer-claims',
  outletStatement: 'cmd.billing.report.outlet-statement',
} as const;

/** Every billing event, for one durable consumer (nats-server 2.9 takes one filter per consumer). */
export const BILLING_EVENT_FILTER = 'aftersales.billing.>';

export type BillingEventSubject = (typeof BillingEventSubjects)[keyof typeof BillingEventSubjects];
export type BillingCommandSubject = (typeof BillingCommandSubjects)[keyof typeof BillingCommandSubjects];
