import { ESTABLISHMENT_STEPS, OFFER_OUTCOMES, OFFER_STATUSES, OUTLET_KINDS, OUTLET_ROLES, OUTLET_STATUSES, RECTIFICATION_STATUSES } from '@aftersales/contracts';

/** The outlet codes people read, for `GET /api/v1/labels`. */
export const OUTLET_LABELS = {
  outletKinds: OUTLET_KINDS,
  outletStatuses: OUTLET_STATUSES,
  outletRoles: OUTLET_ROLES,
  establishmentSteps: ESTABLISHMENT_STEPS,
  offerStatuses: OFFER_STATUSES,
  offerOutcomes: OFFER_OUTCOMES,
  rectificationStatuses: RECTIFICATION_STATUSES,
};
