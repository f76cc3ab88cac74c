import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { CommandClient } from './command-client';
import { NATS_CONNECTION, connectNats } from './nats-connection';
import { OutboxWriter } from './outbox';
import { OutboxRelay } from './outbox-relay';

@Injectable()
class NatsLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Nats');
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly commands: CommandClient,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.commands.close();
    if (!this.nc.isClosed()) await this.nc.drain();
    this.logger.log('NATS drained');
  }
}

@Injectable()
class OutboxRelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.OUTBOX_RELAY_ENABLED) this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
}

export interface MessagingOptions {
  app: string;
  /** Services that own data write events through an outbox relayed to JetStream. */
  outbox?: boolean;
}

@Global()
@Module({})
export class MessagingModule {
  static forApp(options: MessagingOptions): DynamicModule {
    const providers: Provider[] = [
      {
        provide: NATS_CONNECTION,
        inject: [ENVIRONMENT],
        useFactory: (env: Environment) => connectNats(env, options.app),
      },
      {
        provide: CommandClient,
        inject: [ENVIRONMENT],
        useFactory: async (env: Environment) => {
          const client = new CommandClient(env, options.app);
          await client.connect();
          return client;
        },
      },
      NatsLifecycle,
    ];
    const exported: (string | symbol | Provider)[] = [NATS_CONNECTION, CommandClient];
    if (options.outbox) {
      providers.push(
        { provide: OutboxWriter, useValue: new OutboxWriter(options.app) },
        {
          provide: OutboxRelay,
          inject: [DataSource, NATS_CONNECTION, OutboxWriter, ENVIRONMENT],
          useFactory: (ds: DataSource, nc: NatsConnection, writer: OutboxWriter, env: Environment) =>
            new OutboxRelay(ds, nc, writer, { pollMs: env.OUTBOX_POLL_MS }),
        },
        OutboxRelayLifecycle,
      );
      exported.push(OutboxWriter, OutboxRelay);
    }
    return { module: MessagingModule, providers, exports: exported };
  }
}
