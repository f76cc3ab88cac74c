// The workflow bundle's entry point: workflow functions only.
export { caseWorkflow } from './case/case.workflow';
