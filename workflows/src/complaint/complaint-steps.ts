import type { ComplaintStatus, ComplaintStep } from '@aftersales/contracts';

/** The status each step needs, and the status it leads to (a head's rejection is decided by the workflow). */
export const STEP_RULES: Record<ComplaintStep, { from: readonly ComplaintStatus[]; to: ComplaintStatus }> = {
  acknowledge: { from: ['registered'], to: 'acknowledged' },
  verify: { from: ['acknowledged'], to: 'verified' },
  agree_solution: { from: ['verified'], to: 'solution_agreed' },
  review: { from: ['solution_agreed'], to: 'approved' },
  reply: { from: ['approved'], to: 'replied' },
  close: { from: ['replied'], to: 'closed' },
};

/** Where a head's rejection sends the complaint back: to the department, to agree a new solution. */
export const REJECTED_TO: ComplaintStatus = 'verified';

/** How many rejections escalate to leadership. */
export const REJECTIONS_TO_ESCALATE = 2;

export function refusalOf(step: ComplaintStep, status: ComplaintStatus): string | null {
  return STEP_RULES[step].from.includes(status) ? null : `cannot ${step.replace('_', ' ')} a complaint that is ${status}`;
}
