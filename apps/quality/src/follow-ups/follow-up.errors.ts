import { defineErrors } from '@aftersales/contracts';

export const FollowUpErrors = defineErrors({
  FOLLOW_UP_NOT_FOUND: { code: 'QUALITY.FOLLOW_UP_NOT_FOUND', kind: 'not_found', en: 'This case has no follow-up', zh: '该工单没有回访记录' },
});
