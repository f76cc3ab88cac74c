import { defineErrors } from '@aftersales/contracts';

export const QuoteRequestErrors = defineErrors({
  QUOTE_REQUEST_NOT_FOUND: { code: 'BILLING.QUOTE_REQUEST_NOT_FOUND', kind: 'not_found', en: 'No quote was requested for this case', zh: '该工单未登记报价请求' },
});
