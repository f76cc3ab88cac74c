import { defineErrors } from '@aftersales/contracts';

export const AccountErrors = defineErrors({
  NO_ACTIVE_PRICE_LIST: { code: 'BILLING.NO_ACTIVE_PRICE_LIST', kind: 'rule', en: 'No price list is active', zh: '没有生效的价目表' },
  PRICE_LIST_VERSION_TAKEN: { code: 'BILLING.PRICE_LIST_VERSION_TAKEN', kind: 'conflict', en: 'This price list version exists already', zh: '该价目表版本已存在' },
  NOT_PRICEABLE: { code: 'BILLING.NOT_PRICEABLE', kind: 'validation', en: 'The quote cannot be priced from the price list', zh: '无法按价目表报价' },
  QUOTE_NOT_FOUND: { code: 'BILLING.QUOTE_NOT_FOUND', kind: 'not_found', en: 'The case has no quote', zh: '该工单没有报价' },
  QUOTE_ALREADY_DECIDED: { code: 'BILLING.QUOTE_ALREADY_DECIDED', kind: 'conflict', en: 'The customer has already decided on this quote', zh: '客户已对该报价作出决定' },
  QUOTE_NOT_ACCEPTED: { code: 'BILLING.QUOTE_NOT_ACCEPTED', kind: 'rule', en: 'The quote has not been accepted', zh: '报价尚未被客户接受' },
  INVOICE_NOT_FOUND: { code: 'BILLING.INVOICE_NOT_FOUND', kind: 'not_found', en: 'The case has no invoice', zh: '该工单没有结算单' },
  CURRENCY_MISMATCH: { code: 'BILLING.CURRENCY_MISMATCH', kind: 'validation', en: "The currency differs from the case's currency", zh: '币种与该工单的结算币种不一致' },
  OVERPAYMENT: { code: 'BILLING.OVERPAYMENT', kind: 'rule', en: 'The payment exceeds what is owed', zh: '付款金额超过应付金额' },
  OVER_REFUND: { code: 'BILLING.OVER_REFUND', kind: 'rule', en: 'A refund cannot exceed what was paid', zh: '退款金额不得超过已付金额' },
  REFERENCE_REUSED: { code: 'BILLING.REFERENCE_REUSED', kind: 'conflict', en: 'This reference was used for another amount', zh: '该单据号已用于其他金额' },
  RETENTION_NOT_FOUND: { code: 'BILLING.RETENTION_NOT_FOUND', kind: 'not_found', en: 'No retention with this id', zh: '未找到该质保金记录' },
});
