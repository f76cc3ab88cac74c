import { ApplicationFailure, condition, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import { surveyProblems, surveyScores } from '@aftersales/contracts/values';
import type { FollowUpOutcome, FollowUpPolicy, SurveyRequest } from '@aftersales/contracts';
import { contactOrder, surveyOpensComplaint } from './contact-order';
import type { FollowUpActivities } from './followup.activities';
import { reachCustomer } from './reach-customer';
import { declineFollowUpSignal, followUpStateQuery, submitSurveyUpdate, type FollowUpWorkflowState } from './messages';

/** The workflow's input: the case and the pinned policy; never a name, phone or address. */
export interface FollowUpWorkflowInput {
  caseNo: string;
  closedAt: string;
  policy: FollowUpPolicy;
}

const { openFollowUp, completeFollowUp, recordSurvey } = proxyActivities<FollowUpActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** `followup-<caseNo>` (回访): after the policy delay, contact the customer with fallback, then the survey. */
export async function followUpWorkflow(input: FollowUpWorkflowInput): Promise<FollowUpWorkflowState> {
  const { policy, caseNo } = input;
  const state: FollowUpWorkflowState = {
    caseNo,
    phase: 'waiting',
    methodsTried: [],
    reachedBy: null,
    outcome: null,
    surveyed: false,
    complaintNo: null,
    policyVersion: policy.version,
  };
  let declined = false;
  let recording = false;

  setHandler(followUpStateQuery, () => state);
  setHandler(declineFollowUpSignal, () => {
    if (state.phase !== 'completed') declined = true;
  });
  setHandler(
    submitSurveyUpdate,
    async (request: SurveyRequest) => {
      recording = true;
      try {
        const scores = surveyScores(request);
        const opensComplaint = surveyOpensComplaint(scores, policy.complaintThreshold);
        const { complaintNo } = await recordSurvey({ caseNo, scores, opensComplaint });
        state.surveyed = true;
        state.complaintNo = complaintNo;
        return state;
      } finally {
        recording = false;
      }
    },
    {
      validator: (request: SurveyRequest) => {
        if (state.phase !== 'awaiting_survey' || state.surveyed || recording) throw ApplicationFailure.nonRetryable('the follow-up is not waiting for a survey');
        const problems = surveyProblems(request);
        if (problems.length > 0) throw ApplicationFailure.nonRetryable(problems.join('; '));
      },
    },
  );

  await sleep(Math.max(0, Date.parse(input.closedAt) + policy.delayMs - Date.now()));
  const { preferredChannel } = await openFollowUp({ caseNo });

  state.phase = 'contacting';
  if (!declined) state.reachedBy = await reachCustomer({
      order: contactOrder(preferredChannel, policy.methodOrder),
      policy,
      tried: state.methodsTried,
      contact: (activities, delivery) => activities.contactCustomer({ caseNo, ...delivery }),
    });

  let outcome: FollowUpOutcome;
  if (declined) outcome = 'declined';
  else if (!state.reachedBy) outcome = 'unreachable';
  else {
    state.phase = 'awaiting_survey';
    await condition(() => (state.surveyed && !recording) || declined, policy.surveyWindowMs);
    await condition(() => !recording);
    outcome = declined && !state.surveyed ? 'declined' : 'reached';
  }
  state.outcome = outcome;
  await completeFollowUp({ caseNo, outcome, method: state.reachedBy, methodsTried: state.methodsTried });
  state.phase = 'completed';
  return state;
}
