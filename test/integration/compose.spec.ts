import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ALL_APPS, SERVICE_APPS } from '../../libs/contracts/src/subjects';
import { environmentSchema } from '../../libs/config/src/environment';
import { APP_NODE_FLAGS, appEntryPoint } from '../../deploy/local/app-processes';
import { CUSTOM_SEARCH_ATTRIBUTES } from '../../workflows/src/case/search-attributes';

const ROOT = join(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: { published: number; target: number }[];
  healthcheck?: { test?: string[]; disable?: boolean };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  container_name?: string;
}

/** What the production cluster runs, as docker-compose 1.29 resolves it (anchors, defaults), with no engine. */
function resolvedCompose(): { services: Record<string, Service> } {
  const out = execFileSync('docker-compose', ['-f', COMPOSE_FILE, '--env-file', join(ROOT, '.env.example'), 'config'], { cwd: ROOT, encoding: 'utf8' });
  return parse(out) as { services: Record<string, Service> };
}

/** The app image's ENTRYPOINT (deploy/Dockerfile), which every app service and the migration run under. */
function imageEntrypoint(): string[] {
  const line = readFileSync(join(ROOT, 'deploy/Dockerfile'), 'utf8').split('\n').filter((l) => l.startsWith('ENTRYPOINT '));
  expect(line).toHaveLength(1);
  return JSON.parse(line[0].slice('ENTRYPOINT '.length)) as string[];
}

/** Settings an app may leave to its default in production, each with the reason. */
const LEFT_TO_DEFAULT: Record<string, string> = {
  WORKFLOW_BUNDLE_PATH: 'the image carries the bundle at the default path',
  RECALL_TURNS_PER_RUN: 'a test knob: production keeps the default hand-over every 250 turns',
  AUTH_JWT_SECRET: 'only the gateway authenticates; the other apps never hold the key (the gateway must set it, see below)',
  AUTH_API_KEYS: 'as AUTH_JWT_SECRET',
  RATE_LIMIT_PER_MINUTE: 'as AUTH_JWT_SECRET',
};
/** The one-shot migration uses no NATS. */
const MIGRATE_LEFT_TO_DEFAULT = ['NATS_USER', 'NATS_PASSWORD'];

describe('docker-compose.yml agrees with the code', () => {
  const { services } = resolvedCompose();
  const appNames = readdirSync(join(ROOT, 'apps'));

  it('validates with docker-compose and has a service for every app in apps/', () => {
    expect(appNames.sort()).toEqual([...ALL_APPS].sort());
    // The image runs node with the flags npm start uses (the heap cap among them); each service names its entry point.
    expect(imageEntrypoint()).toEqual(['node', ...APP_NODE_FLAGS]);
    for (const app of appNames) {
      expect([app, services[app]?.command]).toEqual([app, [relative(ROOT, appEntryPoint(app as (typeof ALL_APPS)[number]))]]);
      expect([app, services[app].restart]).toEqual([app, 'unless-stopped']);
    }
  });

  it('sets every variable the apps read, and only variables they know', () => {
    const known = Object.keys(environmentSchema.shape);
    for (const app of [...appNames, 'migrate']) {
      const set = Object.keys(services[app].environment ?? {});
      expect([app, set.filter((name) => !known.includes(name))]).toEqual([app, []]);
      const unset = known.filter((name) => !set.includes(name) && !(name in LEFT_TO_DEFAULT));
      expect([app, unset.filter((name) => app !== 'migrate' || !MIGRATE_LEFT_TO_DEFAULT.includes(name))]).toEqual([app, []]);
      // Each value passes the same validation the app runs at boot.
      expect(() => environmentSchema.parse(services[app].environment)).not.toThrow();
    }
  });

  it('gives the signing key, the API keys and the rate limit to the gateway only', () => {
    for (const name of ['AUTH_JWT_SECRET', 'AUTH_API_KEYS', 'RATE_LIMIT_PER_MINUTE']) {
      expect([name, Object.keys(services.gateway.environment ?? {}).includes(name)]).toEqual([name, true]);
      for (const app of appNames.filter((a) => a !== 'gateway')) expect([app, name in (services[app].environment ?? {})]).toEqual([app, false]);
    }
  });

  it('connects each app to NATS as its own user, whose password the NATS server gets, with the generated users', () => {
    const nats = services.nats;
    for (const app of appNames) {
      const { NATS_USER, NATS_PASSWORD } = services[app].environment ?? {};
      expect([app, NATS_USER]).toEqual([app, app]);
      expect([app, NATS_PASSWORD]).toEqual([app, nats.environment?.[`NATS_${app.toUpperCase()}_PASSWORD`]]);
    }
    expect(Object.keys(nats.environment ?? {})).toContain('NATS_ADMIN_PASSWORD');
    expect(nats.command).toEqual(['-c', '/etc/nats/nats.conf']);
    // docker-compose 1.29 prints volumes as source:target:mode.
    expect((nats as { volumes?: string[] }).volumes).toContain(`${join(ROOT, 'deploy', 'nats')}:/etc/nats:ro`);
    expect(readFileSync(join(ROOT, 'deploy', 'nats', 'nats.conf'), 'utf8')).toContain('include ./users.conf');
  });

  it('health checks hit the port and path the apps serve, and apps start after their components are healthy and migrated', () => {
    const healthController = readFileSync(join(ROOT, 'libs/observability/src/health.controller.ts'), 'utf8');
    expect(healthController).toContain("@Controller('health')");
    for (const app of appNames) {
      const { environment = {}, healthcheck, depends_on: dependsOn = {} } = services[app];
      expect([app, healthcheck?.test?.join(' ')]).toEqual([app, expect.stringContaining(`http://127.0.0.1:${environment.PORT}/health`)]);
      expect([app, dependsOn.postgres?.condition, dependsOn.nats?.condition, dependsOn.migrate?.condition]).toEqual([app, 'service_healthy', 'service_healthy', 'service_completed_successfully']);
    }
    for (const app of ['gateway', 'worker']) expect(services[app].depends_on?.['temporal-setup']?.condition).toBe('service_completed_successfully');
    // The worker's activities are the services' commands: it starts after every service answers.
    for (const service of SERVICE_APPS) expect([service, services.worker.depends_on?.[service]?.condition]).toEqual([service, 'service_healthy']);
  });

  it('publishes only the gateway, the Temporal UI and NATS monitoring, so every app can be scaled', () => {
    const published = Object.entries(services).filter(([, s]) => (s.ports ?? []).length > 0).map(([name]) => name);
    expect(published.sort()).toEqual(['gateway', 'nats', 'temporal-ui']);
    expect(services.gateway.ports).toEqual([expect.objectContaining({ target: Number(services.gateway.environment?.PORT) })]);
    expect(Object.values(services).filter((s) => s.container_name)).toEqual([]);
  });

  it('creates every search attribute the workflows use, with its type', () => {
    const setup = services['temporal-setup'].command?.join(' ') ?? '';
    for (const { name, type } of CUSTOM_SEARCH_ATTRIBUTES) {
      const cliType = { KEYWORD: 'Keyword', BOOL: 'Bool', INT: 'Int', TEXT: 'Text', DOUBLE: 'Double', DATETIME: 'Datetime', KEYWORD_LIST: 'KeywordList' }[type];
      const declared = setup.includes(`--name ${name} --type ${cliType}`) || (new RegExp(`for sa in [^;]*\\b${name}\\b[^;]*; do[^;]*--type ${cliType}`).test(setup));
      expect([name, declared]).toEqual([name, true]);
    }
  });

  it('lists every variable the compose file takes in .env.example', () => {
    const raw = readFileSync(COMPOSE_FILE, 'utf8');
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const used = [...new Set([...raw.matchAll(/\$\{([A-Z_]+)(?::-[^}]*)?\}/g)].map((m) => m[1]))];
    expect(used.filter((name) => !new RegExp(`^${name}=`, 'm').test(example))).toEqual([]);
  });
});
