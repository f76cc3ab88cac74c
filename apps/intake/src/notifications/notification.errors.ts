import { defineErrors } from '@aftersales/contracts';

export const NotificationErrors = defineErrors({
  DELIVERY_FAILED: { code: 'INTAKE.NOTIFICATION_FAILED', kind: 'unavailable', en: 'The notification provider did not accept the message', zh: '通知服务商未接收消息' },
});
