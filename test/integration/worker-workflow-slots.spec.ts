import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { intakeFirstTuner, IntakeFirstWorkflowSlots } from '../../apps/worker/src/temporal/intake-first-workflow-slots';
import type { HeldTaskActivities } from '../support/held-task.workflow';
import { runEnvironment } from '../support/test-settings';

const WORKFLOWS = 12;
const HOLD_MS = 3_000;
const SLOTS_DURING_INTAKE = 2;

/**
 * The worker's workflow task slots on the real Temporal server: each workflow holds its task open for
 * 3 s in a local activity, so the activities running at once are the workflow tasks running at once.
 */
describe("the worker's workflow task slots while cases wait to start", () => {
  const env = runEnvironment();
  let connection: NativeConnection;
  let clientConnection: Connection;
  let client: Client;
  let workflowBundle: WorkflowBundleWithSourceMap;

  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath: resolve(__dirname, '../support/held-task.workflow.ts'), logger: new DefaultLogger('WARN') });
    connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
    clientConnection = await Connection.connect({ address: env.TEMPORAL_ADDRESS });
    client = new Client({ connection: clientConnection, namespace: env.TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    await clientConnection?.close();
    await connection?.close();
  });

  it('runs few tasks at once while starts are backed up, and all of them together once intake has caught up', async () => {
    let backedUp = true;
    let holding = 0;
    let most = 0;
    const activities: HeldTaskActivities = {
      async holdTheTask(ms) {
        most = Math.max(most, (holding += 1));
        await new Promise((r) => setTimeout(r, ms));
        holding -= 1;
      },
    };
    const taskQueue = `worker-slots-${randomUUID()}`;
    const worker = await Worker.create({
      connection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue,
      workflowBundle,
      activities,
      tuner: intakeFirstTuner(new IntakeFirstWorkflowSlots(SLOTS_DURING_INTAKE, () => backedUp)),
    });
    await worker.runUntil(async () => {
      const runs = Array.from({ length: WORKFLOWS }, () =>
        client.workflow.execute('heldTaskWorkflow', { taskQueue, workflowId: `held-${randomUUID()}`, args: [HOLD_MS], workflowExecutionTimeout: '2 minutes' }),
      );
      // Two held tasks' worth: long enough for every task to have been offered to the worker.
      await new Promise((r) => setTimeout(r, 2 * HOLD_MS));
      // A poll of each queue always gets its slot, so one more than the limit can run at once.
      expect(most).toBeGreaterThanOrEqual(1);
      expect(most).toBeLessThanOrEqual(SLOTS_DURING_INTAKE + 1);
      const heldBack = WORKFLOWS - most * 2;
      backedUp = false;
      most = 0;
      await Promise.all(runs);
      // The tasks still waiting were taken together once the starts caught up.
      expect(most).toBeGreaterThanOrEqual(Math.min(heldBack, WORKFLOWS / 2));
    });
  });
});
