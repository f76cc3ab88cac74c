import { defineErrors } from '@aftersales/contracts';

export const TechnicianNotificationErrors = defineErrors({
  DELIVERY_FAILED: { code: 'DISPATCH.NOTIFICATION_FAILED', kind: 'unavailable', en: 'The notification provider did not accept the message', zh: '通知服务商未接收该消息' },
});
