import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { CommandClient } from '@aftersales/messaging';
import { Client } from '@temporalio/client';
import { createCaseActivities } from '../activities/case.activities';
import { registerWorkflowCounts } from './temporal-runtime';
import { createBillingActivities } from '../activities/billing.activities';
import { createOutletActivities } from '../activities/outlet.activities';
import { createComplaintActivities, createFollowUpActivities } from '../activities/quality.activities';

/** Where `npm run build` writes the prebundled workflow code (dist/workflows/workflow-bundle.js). */
export const DEFAULT_WORKFLOW_BUNDLE = resolve(__dirname, '../../../../workflows/workflow-bundle.js');

/** The Temporal worker as a lifecycle-managed provider: runs after boot, drains on shutdown. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;

  constructor(
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly commands: CommandClient,
    private readonly client: Client,
  ) {}

  get state(): string {
    return this.worker?.getState() ?? 'INITIALIZED';
  }

  async onApplicationBootstrap(): Promise<void> {
    const codePath = this.env.WORKFLOW_BUNDLE_PATH ?? DEFAULT_WORKFLOW_BUNDLE;
    if (!existsSync(codePath)) throw new Error(`workflow bundle not found at ${codePath}: run npm run build`);
    registerWorkflowCounts(this.client);
    this.connection = await NativeConnection.connect({ address: this.env.TEMPORAL_ADDRESS });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.env.TEMPORAL_NAMESPACE,
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      workflowBundle: { codePath },
      activities: { ...createCaseActivities(this.commands), ...createBillingActivities(this.commands), ...createOutletActivities(this.commands), ...createFollowUpActivities(this.commands), ...createComplaintActivities(this.commands) },
    });
    this.running = this.worker.run().catch((error: unknown) => {
      // A worker that stops on its own leaves cases unattended: let the supervisor restart the process.
      this.logger.error(`worker stopped: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`polling task queue ${this.env.TEMPORAL_TASK_QUEUE} in namespace ${this.env.TEMPORAL_NAMESPACE}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
    this.logger.log('worker stopped');
  }
}
