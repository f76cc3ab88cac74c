// Why a clock may pause, as a plain value (no zod) that workflow code may import.

export const PAUSE_REASONS = ['waiting_for_customer', 'waiting_for_parts'] as const;

/**
 * Most timeline entries one `record-sla-events` command carries: a clock's warnings, breach and ladder on
 * each of three clocks fit with room. A workflow with more waiting sends them in several commands.
 */
export const MAX_SLA_EVENTS_PER_RECORD = 50;
