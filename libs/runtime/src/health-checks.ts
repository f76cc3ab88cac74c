import type { NatsConnection } from '@nats-io/transport-node';
import { Connection } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { HealthCheckFactory } from '@aftersales/observability';
import { NATS_CONNECTION } from '@aftersales/messaging';

export const databaseCheck: HealthCheckFactory = (moduleRef) => ({
  name: 'database',
  check: async () => {
    await moduleRef.get(DataSource, { strict: false }).query('SELECT 1');
  },
});

export const natsCheck: HealthCheckFactory = (moduleRef) => ({
  name: 'nats',
  check: async () => {
    const nc = moduleRef.get<NatsConnection>(NATS_CONNECTION, { strict: false });
    if (nc.isClosed()) throw new Error('connection closed');
    await nc.flush();
  },
});

export const temporalCheck: HealthCheckFactory = (moduleRef) => ({
  name: 'temporal',
  check: async () => {
    await moduleRef.get(Connection, { strict: false }).workflowService.getSystemInfo({});
  },
});
