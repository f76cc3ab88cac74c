export * from './case/case.workflow';
export * from './case/case.activities';
export * from './case/messages';
export * from './case/search-attributes';
export * from './sla';
/** Workflow ids are business keys: `case-<caseNo>`. */
export const caseWorkflowId = (caseNo: string): string => `case-${caseNo}`;
export * from './billing';
