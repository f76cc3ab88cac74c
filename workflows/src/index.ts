export * from './case/case.workflow';
export * from './case/case.activities';
export * from './case/messages';
export * from './case/search-attributes';
export * from './sla';
export const CASE_WORKFLOW_ID_PREFIX = 'case-';
export const caseWorkflowId = (caseNo: string): string => `case-${caseNo}`;
