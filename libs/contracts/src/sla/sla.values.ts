// Why a clock may pause, as a plain value (no zod) that workflow code may import.

export const PAUSE_REASONS = ['waiting_for_customer', 'waiting_for_parts'] as const;
