import { defineErrors } from '@aftersales/contracts';

export const ComplaintErrors = defineErrors({
  COMPLAINT_NOT_FOUND: { code: 'QUALITY.COMPLAINT_NOT_FOUND', kind: 'not_found', en: 'No complaint with this number', zh: '未找到该投诉' },
});
