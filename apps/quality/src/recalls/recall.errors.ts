import { defineErrors } from '@aftersales/contracts';

export const RecallErrors = defineErrors({
  RECALL_NOT_FOUND: { code: 'QUALITY.RECALL_NOT_FOUND', kind: 'not_found', en: 'No recall campaign with this number', zh: '未找到该召回活动' },
  RECALL_STEP_REFUSED: { code: 'QUALITY.RECALL_STEP_REFUSED', kind: 'conflict', en: 'The recall campaign cannot take this step in its current status', zh: '该召回活动当前状态不允许此操作' },
  RECALL_UNIT_NOT_FOUND: { code: 'QUALITY.RECALL_UNIT_NOT_FOUND', kind: 'not_found', en: 'This unit is not part of the recall campaign', zh: '该商品不在此召回范围内' },
  RECALL_UNIT_ANSWERED: { code: 'QUALITY.RECALL_UNIT_ANSWERED', kind: 'conflict', en: 'The owner of this unit has already answered', zh: '该商品的客户已答复' },
  REMEDY_NOT_OFFERED: { code: 'QUALITY.REMEDY_NOT_OFFERED', kind: 'rule', en: 'The campaign does not offer this remedy', zh: '本次召回不提供该处理方式' },
});
