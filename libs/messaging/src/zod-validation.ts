import { Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { CommonErrors, DomainError, type FieldIssue } from '@aftersales/contracts';

/** Parses a value with a schema; on failure throws a validation DomainError naming every bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, root = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details: FieldIssue[] = result.error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    const keys = (issue as { keys?: string[] }).keys;
    if (issue.code === 'unrecognized_keys' && keys) {
      return { field: keys.map((k) => [path, k].filter(Boolean).join('.')).join(', '), reason: 'is not an allowed field' };
    }
    return { field: path || '(body)', reason: issue.message };
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
