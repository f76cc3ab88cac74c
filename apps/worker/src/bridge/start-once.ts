import type { Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';

/**
 * Starts a workflow for an event. Bridges start with REJECT_DUPLICATE, so a redelivered event finds
 * the run started (or finished) and is acknowledged without starting anything.
 */
export async function startOnce(logger: Logger, workflowId: string, start: () => Promise<unknown>): Promise<void> {
  try {
    await start();
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    logger.log(`${workflowId} already started; event acknowledged without a new start`);
  }
}
