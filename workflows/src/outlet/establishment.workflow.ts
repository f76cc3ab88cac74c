import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { ESTABLISHMENT_PATHS, refuseEstablishmentStep } from '@aftersales/contracts/values';
import type { OutletKind } from '@aftersales/contracts';
import { establishmentStateQuery, establishmentStepUpdate, type EstablishmentState, type EstablishmentStepInput } from './messages';
import type { OutletActivities } from './outlet.activities';

export interface OutletEstablishmentInput {
  outletId: string;
  kind: OutletKind;
}

const { establishmentProgress, recordEstablishmentStep } = proxyActivities<OutletActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * `outlet-establishment-<outletId>`: self-run application → general manager approval → staffing →
 * funding → open; outsourced proposal → tender → shortlist → site audit → approval → open. Each step
 * arrives as an update from a person in the step's role; the validator refuses a wrong step or role.
 */
export async function outletEstablishmentWorkflow(input: OutletEstablishmentInput): Promise<EstablishmentState> {
  const path = ESTABLISHMENT_PATHS[input.kind];
  let stepsDone: number | null = null;
  let recording = false;

  const state = (): EstablishmentState => {
    const next = path[stepsDone ?? 0];
    return { outletId: input.outletId, kind: input.kind, stepsDone: stepsDone ?? 0, next: next ? { step: next.step, role: next.role } : null };
  };

  setHandler(establishmentStateQuery, state);
  /** Why the step cannot be recorded now, as the failure the API turns into its error; null when it can. */
  const refusalOf = (step: EstablishmentStepInput['step'], role: EstablishmentStepInput['actor']['role']): ApplicationFailure | null => {
    const refusal = refuseEstablishmentStep(input.kind, stepsDone as number, step, role);
    return refusal ? ApplicationFailure.nonRetryable(refusal.reason, refusal.kind === 'role' ? 'WRONG_ROLE' : 'STEP_OUT_OF_ORDER') : null;
  };

  setHandler(establishmentStepUpdate, async ({ step, actor }) => {
    // Steps are recorded one at a time, once the recorded progress is known; each is checked again then.
    await condition(() => stepsDone !== null && !recording);
    const refusal = refusalOf(step, actor.role);
    if (refusal) throw refusal;
    recording = true;
    try {
      const sequence = (stepsDone as number) + 1;
      await recordEstablishmentStep({ outletId: input.outletId, step, actor, sequence });
      stepsDone = sequence;
    } finally {
      recording = false;
    }
    return state();
  }, {
    // Refuses a wrong step or role before it enters the history, whenever that can be decided now.
    validator: ({ step, actor }) => {
      if (stepsDone === null || recording) return;
      const refusal = refusalOf(step, actor.role);
      if (refusal) throw refusal;
    },
  });

  stepsDone = (await establishmentProgress({ outletId: input.outletId })).stepsDone;
  await condition(() => (stepsDone as number) >= path.length && !recording);
  await condition(allHandlersFinished);
  return state();
}
