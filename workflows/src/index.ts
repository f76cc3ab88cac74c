export * from './case/case.workflow';
export * from './case/case.activities';
export * from './case/messages';
export * from './case/search-attributes';
export * from './sla';
/** Workflow ids are business keys: `case-<caseNo>`. */
export const caseWorkflowId = (caseNo: string): string => `case-${caseNo}`;
import * as workflowFunctions from './workflows';
/** The type every new case starts as; `caseWorkflowV4` down to `caseWorkflow` run on for the cases started before it. */
export const CASE_WORKFLOW_TYPE = 'caseWorkflowV5' satisfies keyof typeof workflowFunctions;
/** The workflow types the worker registers (the bundle's entry point), for counts and tooling. */
export const WORKFLOW_TYPES: readonly string[] = Object.keys(workflowFunctions);
export * from './billing';
export * from './outlet/establishment.workflow';
export * from './outlet/rectification.workflow';
export * from './outlet/offer.workflow';
export * from './outlet/outlet.activities';
export * from './outlet/messages';
export * from './followup/followup.workflow';
export * from './followup/followup.activities';
export * from './followup/messages';
export * from './complaint/complaint.workflow';
export * from './complaint/complaint.activities';
export * from './complaint/messages';
/** `followup-<caseNo>`: one follow-up per closed case. */
export const followUpWorkflowId = (caseNo: string): string => `followup-${caseNo}`;
/** `complaint-<complaintNo>`. */
export const complaintWorkflowId = (complaintNo: string): string => `complaint-${complaintNo}`;
export * from './followup/periodic-follow-up.workflow';
export * from './recall/recall.workflow';
export * from './recall/recall.activities';
export * from './recall/messages';
