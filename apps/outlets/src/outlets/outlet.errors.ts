import { defineErrors } from '@aftersales/contracts';

export const OutletErrors = defineErrors({
  OUTLET_NOT_FOUND: { code: 'OUTLETS.OUTLET_NOT_FOUND', kind: 'not_found', en: 'No outlet with this id', zh: '未找到该网点' },
  CODE_TAKEN: { code: 'OUTLETS.CODE_TAKEN', kind: 'conflict', en: 'An outlet with this code is already registered', zh: '该网点编号已登记' },
  STEP_OUT_OF_ORDER: { code: 'OUTLETS.STEP_OUT_OF_ORDER', kind: 'conflict', en: 'This establishment step is not the next one', zh: '该建点步骤不是下一步' },
  WRONG_ROLE: { code: 'OUTLETS.WRONG_ROLE', kind: 'rule', en: 'This role may not record this establishment step', zh: '该角色无权办理此建点步骤' },
  OUTLET_CLOSED: { code: 'OUTLETS.OUTLET_CLOSED', kind: 'conflict', en: 'The outlet is closed', zh: '该网点已关闭' },
});
