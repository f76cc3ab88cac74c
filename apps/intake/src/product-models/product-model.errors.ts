import { defineErrors } from '@aftersales/contracts';

export const ProductModelErrors = defineErrors({
  PRODUCT_MODEL_NOT_FOUND: { code: 'INTAKE.PRODUCT_MODEL_NOT_FOUND', kind: 'not_found', en: 'No product model with this code', zh: '未找到该产品型号' },
  PRODUCT_MODEL_EXISTS: { code: 'INTAKE.PRODUCT_MODEL_EXISTS', kind: 'conflict', en: 'A product model with this code exists already', zh: '该产品型号已存在' },
});
