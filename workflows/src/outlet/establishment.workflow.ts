import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { ESTABLISHMENT_PATHS, refuseEstablishmentStep, type OutletKind } from '@aftersales/contracts';
import { establishmentStateQuery, establishmentStepUpdate, type EstablishmentState } from './messages';
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
  setHandler(
    establishmentStepUpdate,
    async ({ step, actor }) => {
      recording = true;
      try {
        const sequence = (stepsDone as number) + 1;
        await recordEstablishmentStep({ outletId: input.outletId, step, actor, sequence });
        stepsDone = sequence;
      } finally {
        recording = false;
      }
      return state();
    },
    {
      validator: ({ step, actor }) => {
        if (stepsDone === null || recording) throw ApplicationFailure.nonRetryable('another step is being recorded; try again', 'STEP_IN_PROGRESS');
        const refusal = refuseEstablishmentStep(input.kind, stepsDone, step, actor.role);
        if (refusal) throw ApplicationFailure.nonRetryable(refusal.reason, refusal.kind === 'role' ? 'WRONG_ROLE' : 'STEP_OUT_OF_ORDER');
      },
    },
  );

  stepsDone = (await establishmentProgress({ outletId: input.outletId })).stepsDone;
  await condition(() => (stepsDone as number) >= path.length && !recording);
  await condition(allHandlersFinished);
  return state();
}
