import { ALL_APPS } from '@aftersales/contracts';
import { loadEnvironment } from '@aftersales/config';
import { AppProcesses } from './app-processes';
import { AppSupervisor } from './app-supervisor';
import { migrateAll } from './migrate';
import { LOCAL_NATS_URL, temporalServerMetricsUrl } from './paths';
import { localTemporalStore, provision } from './provision';

/**
 * `npm start`: provisions the components, migrates, runs the eight apps as separate processes and
 * prints where to look. Ctrl-C stops the apps, then only the components this run started.
 */
async function main(): Promise<void> {
  // A development cluster loads the demo catalogue unless told otherwise (DEMO_DATA=false).
  // The project's own NATS (started with the per-app users of deploy/nats when it does not answer),
  // not a machine-wide server on 4222 that may run without authorization.
  const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true', NATS_URL: process.env.NATS_URL ?? LOCAL_NATS_URL };
  const settings = loadEnvironment(env);
  const components = await provision({ env: settings, temporalStore: localTemporalStore() });
  await migrateAll(settings);
  const apps = new AppProcesses({ env, logs: 'console', natsCredentials: components.natsCredentials });
  // An app that exits on its own is started again, as docker compose does (restart: unless-stopped).
  const supervisor = new AppSupervisor(apps, (line) => console.log(`[supervisor] ${line}`));
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the apps, then the components this run started`);
    supervisor.stop();
    await apps.stopAll();
    await components.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await apps.startAll();
  } catch (error) {
    console.error(`the cluster did not start: ${(error as Error).message}`);
    await shutdown('startup failure');
    return;
  }
  const api = apps.url('gateway');
  console.log(
    [
      '',
      'After-sales cluster is up (售后服务集群已启动):',
      `  API            ${api}/api/v1   (OpenAPI: ${api}/api/docs)`,
      '                 every call needs a token (每个请求都需要令牌):',
      `                 TOKEN=$(npm run -s token -- --role customer_service); curl -H "Authorization: Bearer $TOKEN" ${api}/api/v1/labels`,
      components.temporalUiUrl
        ? `  Temporal UI    ${components.temporalUiUrl}/namespaces/${settings.TEMPORAL_NAMESPACE}/workflows`
        : `  Temporal       ${settings.TEMPORAL_ADDRESS} (the server on PostgreSQL, without a Web UI: temporal workflow list --address ${settings.TEMPORAL_ADDRESS} --namespace ${settings.TEMPORAL_NAMESPACE})`,
      `  Temporal metrics ${temporalServerMetricsUrl(settings.TEMPORAL_ADDRESS)}   (of a server provisioning started)`,
      `  NATS monitor   ${components.natsMonitorUrl ?? '(the running NATS server has no monitoring port; start it with -m 8222)'}`,
      '  Health and Prometheus metrics of every app (JSON logs on stdout):',
      ...ALL_APPS.map((app) => `    ${app.padEnd(10)} ${apps.url(app)}/health   ${apps.url(app)}/metrics`),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  process.exit(1);
});
