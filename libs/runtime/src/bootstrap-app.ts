import 'reflect-metadata';
import type { DynamicModule, INestApplication, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DEFAULT_PORTS, loadEnvironment, type Environment } from '@aftersales/config';
import { natsMicroserviceOptions } from '@aftersales/messaging';
import { JsonLogger, startProcessMetrics } from '@aftersales/observability';
import { recordHttpMetrics } from './http-metrics';


export interface BootstrapOptions {
  app: keyof typeof DEFAULT_PORTS;
  module: Type<unknown> | DynamicModule;
  /** Serve commands over NATS in the app's queue group. */
  commands?: boolean;
  configure?: (app: INestApplication, env: Environment) => void | Promise<void>;
}

/**
 * Starts an app the same way everywhere: JSON logs, validated environment, an HTTP port for health
 * (and the API, for the gateway), the NATS command server, and a clean stop on SIGTERM/SIGINT.
 */
export async function bootstrapApp(options: BootstrapOptions): Promise<INestApplication> {
  const env = loadEnvironment();
  const logger = new JsonLogger(options.app, env.LOG_LEVEL as LogLevel);
  startProcessMetrics(options.app);
  const app = await NestFactory.create<NestExpressApplication>(options.module, { logger, bufferLogs: true, bodyParser: true });
  app.use(recordHttpMetrics);
  app.useBodyParser('json', { limit: env.HTTP_BODY_LIMIT });
  await options.configure?.(app, env);
  if (options.commands) {
    // Message controllers bind their pipes and the RpcErrorFilter themselves (see CommandHandlers).
    app.connectMicroservice(natsMicroserviceOptions(env, options.app), { inheritAppConfig: false });
    await app.startAllMicroservices();
  }
  const port = env.PORT ?? DEFAULT_PORTS[options.app];
  await app.listen(port, env.HOST);
  logger.log(`${options.app} listening on :${port}`, 'Bootstrap');
  return app;
}

const fatal = (app: string, message: string): void => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', context: app, message })}\n`);
};

/**
 * Entry point of every app: starts it, or logs why it could not and exits non-zero. On SIGTERM or
 * SIGINT it closes the app (stop consumers and relay, drain NATS, close the database, stop the
 * worker) and exits 0; a second signal, or a close that fails, ends it at once with 1.
 */
export function runApp(options: BootstrapOptions): void {
  let closing = false;
  bootstrapApp(options).then(
    (app) => {
      const close = (signal: string) => {
        if (closing) return process.exit(1);
        closing = true;
        app.close().then(
          () => process.exit(process.exitCode ?? 0),
          (error: unknown) => {
            fatal(options.app, `failed to stop after ${signal}: ${(error as Error)?.stack ?? String(error)}`);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => close('SIGTERM'));
      process.on('SIGINT', () => close('SIGINT'));
    },
    (error: unknown) => {
      fatal(options.app, `failed to start: ${(error as Error)?.stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
