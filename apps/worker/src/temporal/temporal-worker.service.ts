import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { GracefulShutdownPeriodExpiredError, NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { CommandClient } from '@aftersales/messaging';
import { Client } from '@temporalio/client';
import { dataConverterOf } from '@aftersales/temporal';
import { createCaseActivities } from '../activities/case.activities';
import { CaseEventBridge } from '../bridge/case-event-bridge';
import { intakeFirstTuner, IntakeFirstWorkflowSlots } from './intake-first-workflow-slots';
import { registerWorkflowCounts } from './temporal-runtime';
import { createBillingActivities } from '../activities/billing.activities';
import { createOutletActivities } from '../activities/outlet.activities';
import { createComplaintActivities, createFollowUpActivities } from '../activities/quality.activities';
import { createRecallActivities } from '../activities/recall.activities';

/** Where `npm run build` writes the prebundled workflow code (dist/workflows/workflow-bundle.js). */
export const DEFAULT_WORKFLOW_BUNDLE = resolve(__dirname, '../../../../workflows/workflow-bundle.js');

/** Well inside the 10 s a supervisor (docker, npm start) waits between SIGTERM and SIGKILL. */
const WORKER_SHUTDOWN_FORCE_TIME = '6 seconds';

/** TEMPORAL_WORKFLOW_TASK_POLLERS as the SDK's poller behaviour: scaled by the server's hints, or a fixed maximum. */
export function workflowTaskPolling(setting: 'autoscaling' | number): NonNullable<WorkerOptions['workflowTaskPollerBehavior']> {
  return setting === 'autoscaling' ? { type: 'autoscaling' } : { type: 'simple-maximum', maximum: setting };
}

/** The Temporal worker as a lifecycle-managed provider: runs after boot, drains on shutdown. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private worker?: Worker;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly commands: CommandClient,
    private readonly client: Client,
    private readonly connection: NativeConnection,
    private readonly caseBridge: CaseEventBridge,
  ) {}

  get state(): string {
    return this.worker?.getState() ?? 'INITIALIZED';
  }

  async onApplicationBootstrap(): Promise<void> {
    const codePath = this.env.WORKFLOW_BUNDLE_PATH ?? DEFAULT_WORKFLOW_BUNDLE;
    if (!existsSync(codePath)) throw new Error(`workflow bundle not found at ${codePath}: run npm run build`);
    registerWorkflowCounts(this.client);
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.env.TEMPORAL_NAMESPACE,
      taskQueue: this.env.TEMPORAL_TASK_QUEUE,
      workflowBundle: { codePath },
      maxCachedWorkflows: this.env.TEMPORAL_MAX_CACHED_WORKFLOWS,
      workflowThreadPoolSize: this.env.TEMPORAL_WORKFLOW_THREADS,
      workflowTaskPollerBehavior: workflowTaskPolling(this.env.TEMPORAL_WORKFLOW_TASK_POLLERS),
      tuner: intakeFirstTuner(new IntakeFirstWorkflowSlots(this.env.TEMPORAL_WORKFLOW_SLOTS_DURING_INTAKE, () => this.caseBridge.startsBackedUp())),
      // The same payload codec as every client: with a key, the server stores ciphertext only.
      dataConverter: dataConverterOf(this.env),
      activities: { ...createCaseActivities(this.commands), ...createBillingActivities(this.commands), ...createOutletActivities(this.commands), ...createFollowUpActivities(this.commands), ...createComplaintActivities(this.commands), ...createRecallActivities(this.commands) },
      // On shutdown, activities get a moment to finish; one still waiting on a service that went away is
      // abandoned after the force time (the server retries it on another worker), so a stop stays bounded.
      shutdownGraceTime: '2 seconds',
      shutdownForceTime: WORKER_SHUTDOWN_FORCE_TIME,
    });
    this.running = this.worker.run().catch((error: unknown) => {
      if (this.stopping) {
        // Asked to stop: activities still running after the force time were abandoned, which is expected.
        const abandoned = error instanceof GracefulShutdownPeriodExpiredError || (error as Error)?.cause instanceof GracefulShutdownPeriodExpiredError;
        this.logger.warn(abandoned ? `activities still running after ${WORKER_SHUTDOWN_FORCE_TIME} were abandoned; the server retries them` : `worker stopped with: ${(error as Error).message}`);
        return;
      }
      // A worker that stops on its own leaves cases unattended: let the supervisor restart the process.
      this.logger.error(`worker stopped: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`polling task queue ${this.env.TEMPORAL_TASK_QUEUE} in namespace ${this.env.TEMPORAL_NAMESPACE}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    // The eager-start client shares this connection; its bridge has stopped consuming by now or will
    // see its call fail and the event redelivered.
    await this.connection.close();
    this.logger.log('worker stopped');
  }
}
