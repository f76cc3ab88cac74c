// The workflow bundle's entry point: workflow functions only.
export { caseWorkflow, caseWorkflowV2, caseWorkflowV3, caseWorkflowV4, caseWorkflowV5 } from './case/case.workflow';
export { receivableWorkflow } from './billing/receivable.workflow';
export { retentionClaimWorkflow } from './billing/retention-claim.workflow';
export { outletEstablishmentWorkflow } from './outlet/establishment.workflow';
export { outletRectificationWorkflow } from './outlet/rectification.workflow';
export { outletOfferWorkflow } from './outlet/offer.workflow';
export { followUpWorkflow } from './followup/followup.workflow';
export { complaintWorkflow } from './complaint/complaint.workflow';
export { periodicFollowUpCampaignWorkflow, periodicFollowUpWorkflow } from './followup/periodic-follow-up.workflow';
export { recallWorkflow } from './recall/recall.workflow';
