import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

const INDEXED_TYPE: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  TEXT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** Registers the namespace when missing and adds the custom search attributes it lacks. Idempotent. */
export async function ensureNamespace(
  connection: Connection,
  namespace: string,
  searchAttributes: { name: string; type: string }[],
  retentionDays = 7,
): Promise<void> {
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch {
    try {
      await connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: msToTs(retentionDays * 24 * 3600_000),
      });
    } catch (error) {
      if (!/already exists/i.test((error as Error).message)) throw error;
    }
  }
  // A running server learns of a new namespace on its next cache refresh (seconds): until then the
  // operator service answers NOT_FOUND, so both steps retry.
  const existing = await retryWhileNotFound(() => connection.operatorService.listSearchAttributes({ namespace }));
  const missing = searchAttributes.filter((key) => !(key.name in (existing.customAttributes ?? {})));
  if (missing.length === 0) return;
  await retryWhileNotFound(() =>
    connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, INDEXED_TYPE[key.type]])),
    }),
  );
}

const NOT_FOUND = 5; // gRPC status code

async function retryWhileNotFound<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if ((error as { code?: number }).code !== NOT_FOUND || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
