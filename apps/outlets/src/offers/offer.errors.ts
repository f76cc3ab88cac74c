import { defineErrors } from '@aftersales/contracts';

export const OfferErrors = defineErrors({
  OFFER_NOT_FOUND: { code: 'OUTLETS.OFFER_NOT_FOUND', kind: 'not_found', en: 'This work order was not offered to outlets', zh: '该派工单未向网点派单' },
  NOT_OFFERED_TO_OUTLET: { code: 'OUTLETS.NOT_OFFERED_TO_OUTLET', kind: 'conflict', en: 'The work order is not offered to this outlet', zh: '该派工单未派给此网点' },
  OFFER_CLOSED: { code: 'OUTLETS.OFFER_CLOSED', kind: 'conflict', en: 'The offer has ended', zh: '该派单已结束' },
});
