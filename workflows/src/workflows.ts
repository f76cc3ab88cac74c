// The workflow bundle's entry point: workflow functions only.
export { caseWorkflow } from './case/case.workflow';
export { followUpWorkflow } from './followup/followup.workflow';
export { complaintWorkflow } from './complaint/complaint.workflow';
export { periodicFollowUpCampaignWorkflow, periodicFollowUpWorkflow } from './followup/periodic-follow-up.workflow';
