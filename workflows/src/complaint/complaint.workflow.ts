import type { UpdateDefinition } from '@temporalio/common';
import { ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ComplaintPolicy, ComplaintStatus, ComplaintStep, EscalationReason, RecordComplaintStepCommand } from '@aftersales/contracts';
import { addWorkingMs } from '../sla/working-calendar';
import type { ComplaintActivities } from './complaint.activities';
import { REJECTED_TO, REJECTIONS_TO_ESCALATE, refusalOf, STEP_RULES } from './complaint-steps';
import {
  acknowledgeComplaintUpdate,
  agreeSolutionUpdate,
  closeComplaintUpdate,
  complaintStateQuery,
  replyComplaintUpdate,
  reviewComplaintUpdate,
  verifyComplaintUpdate,
  type ComplaintWorkflowState,
} from './messages';

/** The workflow's input: ids, times and the pinned policy; the matter itself stays in quality. */
export interface ComplaintWorkflowInput {
  complaintNo: string;
  registeredAt: string;
  promisedReplyAt: string;
  policy: ComplaintPolicy;
}

const { recordComplaintStep, escalateComplaint } = proxyActivities<ComplaintActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

type StepFields = Omit<RecordComplaintStepCommand, 'complaintNo' | 'step' | 'status' | 'headRejections' | 'stepKey'>;

/**
 * `complaint-<complaintNo>` (投诉): acknowledge, verify within working days, agree a solution, head
 * review, reply and satisfaction, close with a root cause. A missed deadline escalates to leadership
 * once; so does a second rejection by the head.
 */
export async function complaintWorkflow(input: ComplaintWorkflowInput): Promise<ComplaintWorkflowState> {
  const { policy, complaintNo } = input;
  const state: ComplaintWorkflowState = { complaintNo, status: 'registered', headRejections: 0, escalations: [], dueAt: null, policyVersion: policy.version };
  let acknowledgedAtMs: number | null = null;
  let busy = false;
  let stepCount = 0;

  const escalate = async (reason: EscalationReason): Promise<void> => {
    if (state.escalations.includes(reason)) return;
    state.escalations.push(reason);
    await escalateComplaint({ complaintNo, reason });
  };

  const deadline = (status: ComplaintStatus): number | null => {
    if (state.escalations.includes('overdue')) return null;
    if (status === 'registered') return Date.parse(input.registeredAt) + policy.acknowledgeMs;
    if (status === 'acknowledged' && acknowledgedAtMs !== null) return addWorkingMs(policy.calendar, acknowledgedAtMs, policy.verifyWorkingMs);
    if (status === 'verified' || status === 'solution_agreed' || status === 'approved') return Date.parse(input.promisedReplyAt);
    return null;
  };

  const handle = <A extends object>(definition: UpdateDefinition<ComplaintWorkflowState, [A]>, step: ComplaintStep, fields: (request: A) => StepFields) =>
    setHandler(
      definition,
      async (request: A) => {
        busy = true;
        try {
          const rejected = step === 'review' && (request as { approved?: boolean }).approved === false;
          const status = rejected ? REJECTED_TO : STEP_RULES[step].to;
          if (rejected) state.headRejections += 1;
          stepCount += 1;
          await recordComplaintStep({ complaintNo, step, status, headRejections: state.headRejections, stepKey: `${stepCount}:${step}`, ...fields(request) });
          state.status = status;
          if (step === 'acknowledge') acknowledgedAtMs = Date.now();
          if (rejected && state.headRejections >= REJECTIONS_TO_ESCALATE) await escalate('rejected_twice');
          return state;
        } finally {
          busy = false;
        }
      },
      {
        validator: (_request: A) => {
          const refusal = busy ? 'another change to this complaint is in progress' : refusalOf(step, state.status);
          if (refusal) throw ApplicationFailure.nonRetryable(refusal);
        },
      },
    );

  setHandler(complaintStateQuery, () => state);
  handle(acknowledgeComplaintUpdate, 'acknowledge', () => ({}));
  handle(verifyComplaintUpdate, 'verify', (r) => ({ department: r.department }));
  handle(agreeSolutionUpdate, 'agree_solution', (r) => ({ remedy: r.remedy }));
  handle(reviewComplaintUpdate, 'review', (r) => ({ approved: r.approved }));
  handle(replyComplaintUpdate, 'reply', (r) => ({ satisfied: r.satisfied }));
  handle(closeComplaintUpdate, 'close', (r) => ({ rootCause: r.rootCause }));

  while (state.status !== 'closed') {
    const status = state.status;
    const due = deadline(status);
    state.dueAt = due === null ? null : new Date(due).toISOString();
    const moved = () => state.status !== status && !busy;
    if (due === null) await condition(moved);
    else if (!(await condition(moved, Math.max(1, due - Date.now()))) && !busy) await escalate('overdue');
  }
  await condition(() => !busy);
  return state;
}
