import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { OfferOutcome, OfferStatus, OutletPolicy } from '@aftersales/contracts';
import { answerOfferUpdate, offerStateQuery, type OfferAnswerInput, type OfferState } from './messages';
import type { OutletActivities } from './outlet.activities';

/** Ids and the policy pinned when the offer opened. */
export interface OutletOfferInput {
  workOrderId: string;
  caseNo: string;
  policy: Pick<OutletPolicy, 'offerResponseSeconds'>;
}

const { sendNextOffer, recordOfferAnswer, bindOutlet } = proxyActivities<OutletActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * `outlet-offer-<workOrderId>`: offers the work order to the nearest covering outsourced outlet; a
 * rejection, or silence past the policy's answer time, re-offers it to the next candidate; acceptance
 * binds the outlet on dispatch's work order. Ends bound, or exhausted when no candidate is left.
 */
export async function outletOfferWorkflow(input: OutletOfferInput): Promise<OfferState> {
  let status: OfferStatus = 'offering';
  let awaitingOutletId: string | null = null;
  let boundOutletId: string | null = null;
  let answer: OfferAnswerInput | null = null;
  const outcomes: { outletId: string; outcome: OfferOutcome }[] = [];

  const state = (): OfferState => ({ workOrderId: input.workOrderId, status, awaitingOutletId, boundOutletId, outcomes: [...outcomes] });
  setHandler(offerStateQuery, state);
  setHandler(
    answerOfferUpdate,
    async (given) => {
      answer = given;
      // Answer once the answer is recorded (and, when accepted, bound), so the caller sees its effect.
      await condition(() => outcomes.some((o) => o.outletId === given.outletId));
      return state();
    },
    {
      validator: ({ outletId }) => {
        if (awaitingOutletId === null || answer !== null || outletId !== awaitingOutletId) {
          throw ApplicationFailure.nonRetryable('the work order is not awaiting an answer from this outlet', 'NOT_OFFERED_TO_OUTLET');
        }
      },
    },
  );

  for (;;) {
    const { outletId } = await sendNextOffer({ workOrderId: input.workOrderId });
    if (outletId === null) {
      status = 'exhausted';
      break;
    }
    answer = null;
    awaitingOutletId = outletId;
    await condition(() => answer !== null, input.policy.offerResponseSeconds * 1000);
    awaitingOutletId = null;
    const given = answer as OfferAnswerInput | null;
    const outcome: OfferOutcome = given === null ? 'expired' : given.accepted ? 'accepted' : 'rejected';
    await recordOfferAnswer({ workOrderId: input.workOrderId, outletId, outcome });
    if (outcome === 'accepted') {
      await bindOutlet({ workOrderId: input.workOrderId, outletId });
      boundOutletId = outletId;
      status = 'bound';
    }
    outcomes.push({ outletId, outcome });
    if (status === 'bound') break;
  }
  await condition(allHandlersFinished);
  return state();
}
