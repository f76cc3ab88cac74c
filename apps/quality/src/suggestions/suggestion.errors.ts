import { defineErrors } from '@aftersales/contracts';

export const SuggestionErrors = defineErrors({
  SUGGESTION_NOT_FOUND: { code: 'QUALITY.SUGGESTION_NOT_FOUND', kind: 'not_found', en: 'No suggestion with this id', zh: '未找到该建议' },
  SUGGESTION_STEP_REFUSED: { code: 'QUALITY.SUGGESTION_STEP_REFUSED', kind: 'conflict', en: 'The suggestion cannot take this step in its current status', zh: '该建议当前状态不允许此操作' },
  REPLY_NOT_DELIVERED: { code: 'QUALITY.REPLY_NOT_DELIVERED', kind: 'rule', en: 'No notification provider serves this channel', zh: '该渠道没有可用的通知服务商' },
});
