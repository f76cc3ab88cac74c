// `@aftersales/contracts/values`: the contracts' plain values and pure functions, without a single zod schema.
// Workflow code imports its values from here (lint enforces it): the workflow sandbox evaluates every module a
// workflow imports once per run, and evaluating the whole contracts barrel made each new run's first task take
// seconds and the worker's memory grow past a gigabyte under load. Types may still come from `@aftersales/contracts`.
export * from './envelope';
export * from './subjects';
export * from './labels';
export * from './billing/billing.subjects';
export * from './dispatch/dispatch.subjects';
export * from './policies/case-policy.values';
export * from './sla/sla.values';
export * from './outlets/outlets.labels';
export * from './outlets/establishment-path';
export * from './quality/periodic-campaigns';
export * from './quality/survey-check';
export * from './quality/recall-cancel-reasons';
