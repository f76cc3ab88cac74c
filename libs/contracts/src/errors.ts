// Typed errors with stable codes, shared by every edge. Framework-free on purpose.

/** How an error is treated at the edges: the gateway maps it to an HTTP status, workflows to retry or not. */
export type ErrorKind = 'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'rate_limited' | 'unavailable' | 'timeout' | 'internal';

export interface FieldIssue {
  field: string;
  reason: string;
  /** The reason in Chinese, when known. */
  reasonZh?: string;
  /** Machine-readable facts about the issue, e.g. an alternative offered when stock is short. */
  meta?: Record<string, string | number | boolean>;
}

export interface ErrorDefinition {
  code: string;
  kind: ErrorKind;
  en: string;
  zh: string;
}

/** The wire form of an error: what a NATS reply carries and what the gateway answers. */
export interface ErrorBody {
  code: string;
  kind: ErrorKind;
  message: string;
  messageZh: string;
  details?: FieldIssue[];
  correlationId?: string;
}

export const defineErrors = <T extends Record<string, Omit<ErrorDefinition, 'code'> & { code: string }>>(defs: T): T => defs;

export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { code: 'COMMON.VALIDATION_FAILED', kind: 'validation', en: 'The request is invalid', zh: '请求参数不合法' },
  NOT_FOUND: { code: 'COMMON.NOT_FOUND', kind: 'not_found', en: 'Not found', zh: '未找到' },
  COMMAND_TIMEOUT: { code: 'COMMON.COMMAND_TIMEOUT', kind: 'timeout', en: 'The service did not answer in time', zh: '服务响应超时' },
  SERVICE_UNAVAILABLE: { code: 'COMMON.SERVICE_UNAVAILABLE', kind: 'unavailable', en: 'The service is unavailable', zh: '服务暂不可用' },
  INTERNAL: { code: 'COMMON.INTERNAL', kind: 'internal', en: 'Internal error', zh: '内部错误' },
});

export class DomainError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messageZh: string;
  readonly details?: FieldIssue[];

  constructor(definition: ErrorDefinition, options: { details?: FieldIssue[]; message?: string; messageZh?: string } = {}) {
    super(options.message ?? definition.en);
    this.name = 'DomainError';
    this.code = definition.code;
    this.kind = definition.kind;
    this.messageZh = options.messageZh ?? definition.zh;
    this.details = options.details;
  }

  toBody(correlationId?: string): ErrorBody {
    return {
      code: this.code,
      kind: this.kind,
      message: this.message,
      messageZh: this.messageZh,
      ...(this.details ? { details: this.details } : {}),
      ...(correlationId ? { correlationId } : {}),
    };
  }

  static fromBody(body: ErrorBody): DomainError {
    return new DomainError(
      { code: body.code, kind: body.kind, en: body.message, zh: body.messageZh },
      { details: body.details },
    );
  }
}

export const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ErrorBody).code === 'string' &&
  typeof (value as ErrorBody).kind === 'string' &&
  typeof (value as ErrorBody).message === 'string';
