import 'reflect-metadata';
import { ConsoleLogger, type DynamicModule, type INestApplication, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DEFAULT_PORTS, loadEnvironment, type Environment } from '@aftersales/config';
import { natsMicroserviceOptions } from '@aftersales/messaging';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

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
  const logger = new ConsoleLogger(options.app, {
    json: true,
    logLevels: LEVELS.slice(0, LEVELS.indexOf(env.LOG_LEVEL) + 1),
  });
  const app = await NestFactory.create<NestExpressApplication>(options.module, { logger, bufferLogs: true, bodyParser: true });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  app.useBodyParser('json', { limit: env.HTTP_BODY_LIMIT });
  await options.configure?.(app, env);
  if (options.commands) {
    // Message controllers bind their pipes and the RpcErrorFilter themselves (see CommandHandlers).
    app.connectMicroservice(natsMicroserviceOptions(env, options.app), { inheritAppConfig: false });
    await app.startAllMicroservices();
  }
  const port = env.PORT ?? DEFAULT_PORTS[options.app];
  await app.listen(port, env.HOST);
  logger.log(`${options.app} listening on :${port}`);
  return app;
}

/** Entry point of every app: starts it, or logs why it could not and exits non-zero. */
export function runApp(options: BootstrapOptions): void {
  bootstrapApp(options).catch((error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'fatal', context: options.app, message: `failed to start: ${(error as Error)?.stack ?? String(error)}` })}\n`);
    process.exit(1);
  });
}
