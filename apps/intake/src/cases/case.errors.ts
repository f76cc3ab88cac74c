import { defineErrors } from '@aftersales/contracts';

export const CaseErrors = defineErrors({
  CASE_NOT_FOUND: { code: 'INTAKE.CASE_NOT_FOUND', kind: 'not_found', en: 'No case with this number', zh: '未找到该工单' },
  UNIT_NOT_FOUND: { code: 'INTAKE.UNIT_NOT_FOUND', kind: 'not_found', en: 'No registered unit with this id', zh: '未找到该登记商品' },
  UNKNOWN_PRODUCT_MODEL: { code: 'INTAKE.UNKNOWN_PRODUCT_MODEL', kind: 'rule', en: 'The product model is not in the catalogue', zh: '产品型号不在目录中' },
  PURCHASE_IN_FUTURE: { code: 'INTAKE.PURCHASE_DATE_IN_FUTURE', kind: 'validation', en: 'The purchase date lies in the future', zh: '购买日期不能晚于今天' },
  IDEMPOTENCY_KEY_REUSED: { code: 'INTAKE.IDEMPOTENCY_KEY_REUSED', kind: 'conflict', en: 'This Idempotency-Key was used for a different request', zh: '该幂等键已用于另一个不同的请求' },
  UNKNOWN_LOCATION: { code: 'INTAKE.UNKNOWN_LOCATION', kind: 'rule', en: 'The site cannot be located for dispatch', zh: '无法确定上门地点的位置' },
  INVALID_TRANSITION: { code: 'INTAKE.INVALID_TRANSITION', kind: 'conflict', en: 'The case cannot make this change in its current status', zh: '工单当前状态不允许此操作' },
});
