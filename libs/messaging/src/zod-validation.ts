import { Injectable, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { CommonErrors, DomainError, splitBilingual, type FieldIssue } from '@aftersales/contracts';

const zhCN = z.locales.zhCN().localeError;

/** Parses a value with a schema; on failure throws a validation DomainError naming every bad field, in both languages. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, root = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // The same input fails the same way: the Chinese issues line up with the English ones.
  const chinese = schema.safeParse(value, { error: zhCN }).error?.issues ?? [];
  const details: FieldIssue[] = result.error.issues.map((issue, i) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    const keys = (issue as { keys?: string[] }).keys;
    if (issue.code === 'unrecognized_keys' && keys) {
      return { field: keys.map((k) => [path, k].filter(Boolean).join('.')).join(', '), reason: 'is not an allowed field', reasonZh: '不是允许的字段' };
    }
    const { en, zh } = splitBilingual(issue.message);
    return { field: path || '(body)', reason: en, reasonZh: chinese[i] ? splitBilingual(chinese[i].message).zh : zh };
  });
  throw new DomainError(CommonErrors.VALIDATION_FAILED, { details });
}

/** Nest pipe for HTTP bodies, params and queries and for NATS payloads alike. */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(
    private readonly schema: S,
    private readonly root = '',
  ) {}

  transform(value: unknown): z.infer<S> {
    return parseWith(this.schema, value, this.root);
  }
}
