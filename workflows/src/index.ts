export * from './case/case.workflow';
export * from './case/case.activities';
export * from './case/messages';
export * from './case/search-attributes';
export * from './sla';
/** Workflow ids are business keys: `case-<caseNo>`. */
export const caseWorkflowId = (caseNo: string): string => `case-${caseNo}`;
export * from './outlet/establishment.workflow';
export * from './outlet/rectification.workflow';
export * from './outlet/offer.workflow';
export * from './outlet/outlet.activities';
export * from './outlet/messages';
