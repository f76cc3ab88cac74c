import { defineErrors } from '@aftersales/contracts';

export const CustomerErrors = defineErrors({
  CUSTOMER_NOT_FOUND: { code: 'INTAKE.CUSTOMER_NOT_FOUND', kind: 'not_found', en: 'No customer with this id', zh: '未找到该客户' },
});
