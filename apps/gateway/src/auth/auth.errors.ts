import { defineErrors } from '@aftersales/contracts';

export const AuthErrors = defineErrors({
  UNAUTHENTICATED: { code: 'AUTH.UNAUTHENTICATED', kind: 'unauthenticated', en: 'Sign in: send a valid bearer token or API key', zh: '未认证：请提供有效的令牌或 API 密钥' },
  FORBIDDEN: { code: 'AUTH.FORBIDDEN', kind: 'forbidden', en: 'Your role may not do this', zh: '当前角色无权执行此操作' },
  OUT_OF_SCOPE: { code: 'AUTH.OUT_OF_SCOPE', kind: 'forbidden', en: 'This belongs to another technician or outlet', zh: '该数据属于其他技师或网点' },
  ROUTE_NOT_DECLARED: { code: 'AUTH.ROUTE_NOT_DECLARED', kind: 'forbidden', en: 'This route declares no roles, so nobody may call it', zh: '该接口未声明角色，任何人都不能调用' },
  RATE_LIMITED: { code: 'AUTH.RATE_LIMITED', kind: 'rate_limited', en: 'Too many requests; retry after the time in Retry-After', zh: '请求过于频繁，请在 Retry-After 指定的时间后重试' },
});
