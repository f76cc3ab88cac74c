import { Module } from '@nestjs/common';
import { ConfigModule } from '@aftersales/config';
import { MessagingModule } from '@aftersales/messaging';
import { HealthModule, type HealthCheckFactory } from '@aftersales/observability';
import { natsCheck, temporalCheck } from '@aftersales/runtime';
import { PayloadCodecModule, TemporalClientModule } from '@aftersales/temporal';
import { CaseEventBridge } from './bridge/case-event-bridge';
import { BillingEventBridge } from './bridge/billing-event-bridge';
import { OutletEventBridge } from './bridge/outlet-event-bridge';
import { QualityEventBridge } from './bridge/quality-event-bridge';
import { RecallEventBridge } from './bridge/recall-event-bridge';
import { PeriodicFollowUpSchedules } from './schedules/periodic-follow-up-schedules';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { workerConnectionProviders } from './temporal/worker-connection';

const workerRunningCheck: HealthCheckFactory = (moduleRef) => ({
  name: 'worker',
  check: async () => {
    const state = moduleRef.get(TemporalWorkerService, { strict: false }).state;
    if (state !== 'RUNNING') throw new Error(`worker is ${state}`);
  },
});

@Module({
  imports: [
    ConfigModule,
    MessagingModule.forApp({ app: 'worker' }),
    TemporalClientModule,
    // POST /decode and /encode for the Temporal UI (TEMPORAL_CODEC_CORS_ORIGINS).
    PayloadCodecModule.forRoot(),
    HealthModule.forApp('worker', [natsCheck, temporalCheck, workerRunningCheck]),
  ],
  providers: [...workerConnectionProviders, TemporalWorkerService, CaseEventBridge, BillingEventBridge, OutletEventBridge, QualityEventBridge, RecallEventBridge, PeriodicFollowUpSchedules],
})
export class WorkerModule {}
