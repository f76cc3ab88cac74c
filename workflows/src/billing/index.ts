export * from './billing.activities';
export * from './messages';
export * from './receivable.workflow';
export * from './retention-claim.workflow';
