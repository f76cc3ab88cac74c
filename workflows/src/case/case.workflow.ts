import { condition, log, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { eventType, EventSubjects, TERMINAL_CASE_STATUSES, type CasePolicy, type CaseStatus, type CustomerTier, type ServiceType } from '@aftersales/contracts';
import type { CaseActivities } from './case.activities';
import { caseEventSignal, caseStateQuery, type CaseWorkflowState } from './messages';
import { CASE_STATUS } from './search-attributes';

/** The workflow's input: ids, codes and the pinned policy; never a name, phone or address. */
export interface CaseWorkflowInput {
  caseId: string;
  caseNo: string;
  serviceType: ServiceType;
  customerTier: CustomerTier;
  policy: CasePolicy;
}

export interface CaseOutcome {
  caseNo: string;
  status: CaseStatus;
}

const { acknowledgeCase } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

const EVENT_STATUS: Record<string, CaseStatus> = {
  [eventType(EventSubjects.caseAcknowledged)]: 'acknowledged',
  [eventType(EventSubjects.caseCancelled)]: 'cancelled',
};

/** `case-<caseNo>`: drives one service case from opening to its end. */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseOutcome> {
  const state: CaseWorkflowState = {
    caseNo: input.caseNo,
    status: 'opened',
    acknowledgedAt: null,
    policyVersion: input.policy.version,
    eventsApplied: 0,
  };
  const seenEvents = new Set<string>();

  const moveTo = (status: CaseStatus): void => {
    if (state.status === status || TERMINAL_CASE_STATUSES.includes(state.status)) return;
    state.status = status;
    upsertSearchAttributes([{ key: CASE_STATUS, value: status }]);
  };

  setHandler(caseStateQuery, () => ({ ...state }));
  setHandler(caseEventSignal, ({ eventId, type }) => {
    if (seenEvents.has(eventId)) return;
    seenEvents.add(eventId);
    state.eventsApplied += 1;
    const next = EVENT_STATUS[type];
    if (next) moveTo(next);
  });

  const acknowledged = await acknowledgeCase({ caseNo: input.caseNo });
  state.acknowledgedAt = acknowledged.acknowledgedAt;
  moveTo(acknowledged.status);
  log.info('case acknowledged', { caseNo: input.caseNo, status: state.status });

  // Later stages (dispatch, work, sign-off, settlement) slot in here; until then the case waits
  // for a terminal event from intake.
  await condition(() => TERMINAL_CASE_STATUSES.includes(state.status));
  return { caseNo: input.caseNo, status: state.status };
}
