// The policy's closed sets as plain values (no zod): workflow code imports them through @aftersales/contracts/values.

export const CASE_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const SLA_CLOCKS = ['acknowledge', 'onsite', 'resolution'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];

export const ESCALATION_LEVELS = ['responsible', 'supervisor', 'service_manager', 'management'] as const;
export type EscalationLevelName = (typeof ESCALATION_LEVELS)[number];
