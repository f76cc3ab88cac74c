import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '@aftersales/contracts';
import { ALL_APPS, DEAD_LETTER_SUBJECT_PREFIX, deadLetterSubject, DurableConsumers, SERVICE_APPS, type AppName } from '@aftersales/contracts';
import { COMMAND_CALLS, commandSubjectsOf, durableConsumersOf, natsPermissionsOf, renderUsersConf } from './nats-permissions';

const ROOT = join(__dirname, '..', '..');

/** Every `*CommandSubjects` map of the contracts, by its exported name. */
const COMMAND_MAPS = Object.fromEntries(
  Object.entries(contracts).filter(([name, value]) => name.endsWith('CommandSubjects') && typeof value === 'object'),
) as Record<string, Record<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The command subjects an app serves (`@MessagePattern(...)`) and sends, read from its sources. */
function commandUse(app: AppName): { served: Set<string>; sent: Set<string> } {
  const served = new Set<string>();
  const sent = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'apps', app, 'src'))) {
    const text = readFileSync(file, 'utf8');
    // Imports such as `InventoryCommandSubjects as S`.
    const aliases = new Map<string, string>();
    for (const [, names] of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@aftersales\/contracts'/g)) {
      for (const part of names.split(',')) {
        const [name, alias] = part.trim().split(/\s+as\s+/);
        if (COMMAND_MAPS[name]) aliases.set(alias ?? name, name);
      }
    }
    for (const match of text.matchAll(/\b(\w+)\.(\w+)\b/g)) {
      const map = aliases.get(match[1]);
      if (!map) continue;
      const subject = COMMAND_MAPS[map][match[2]];
      expect([file, match[0], subject]).toEqual([file, match[0], expect.any(String)]);
      const isPattern = /@MessagePattern\(\s*$/.test(text.slice(Math.max(0, match.index - 30), match.index));
      (isPattern ? served : sent).add(subject);
    }
  }
  return { served, sent };
}

const contextOf = (subject: string) => subject.split('.')[1];

describe('NATS least privilege (deploy/nats)', () => {
  it('commits users.conf exactly as generated from the contracts (npm run nats:users)', () => {
    expect(readFileSync(join(__dirname, 'users.conf'), 'utf8')).toBe(renderUsersConf());
  });

  it.each(ALL_APPS)('lets %s serve only its own commands and send only the commands its sources send', (app) => {
    const { served, sent } = commandUse(app);
    const own = (SERVICE_APPS as readonly string[]).includes(app) ? [app] : [];
    expect([...new Set([...served].map(contextOf))]).toEqual(own.length && served.size ? own : []);
    expect(natsPermissionsOf(app).subscribe.filter((s) => s.startsWith('cmd.'))).toEqual(own.map((c) => commandSubjectsOf(c as never)));
    // Every context it calls is granted, and nothing it does not call.
    expect([...new Set([...sent].map(contextOf))].sort()).toEqual([...COMMAND_CALLS[app]].sort());
  });

  it('keeps every command under cmd.<context> of a service and every event under aftersales.<context>', () => {
    for (const map of Object.values(COMMAND_MAPS)) {
      for (const subject of Object.values(map)) expect([subject, SERVICE_APPS.includes(contextOf(subject) as never)]).toEqual([subject, true]);
    }
    const eventMaps = Object.entries(contracts).filter(([name, value]) => name.endsWith('EventSubjects') && typeof value === 'object');
    for (const [, map] of eventMaps) {
      for (const subject of Object.values(map as Record<string, string>)) expect(subject).toMatch(/^aftersales\.(intake|dispatch|inventory|billing|quality|outlets)\.[a-z-]+\.[a-z-]+$/);
    }
  });

  it('lets no app publish another context\'s events, and only services publish events at all', () => {
    for (const app of ALL_APPS) {
      const events = natsPermissionsOf(app).publish.filter((s) => s.startsWith('aftersales.') && !s.startsWith(`${DEAD_LETTER_SUBJECT_PREFIX}.`));
      expect([app, events]).toEqual([app, (SERVICE_APPS as readonly string[]).includes(app) ? [`aftersales.${app}.>`] : []]);
    }
  });

  it("lets an app publish dead letters for its own durable consumers only", () => {
    for (const app of ALL_APPS) {
      const deadLetters = natsPermissionsOf(app).publish.filter((s) => s.startsWith(`${DEAD_LETTER_SUBJECT_PREFIX}.`));
      expect([app, deadLetters]).toEqual([app, durableConsumersOf(app).map((c) => deadLetterSubject(c.durable))]);
    }
  });

  it('grants the JetStream consumer API for the declared durables only, each with its own filter', () => {
    const declared = Object.values(DurableConsumers);
    for (const app of ALL_APPS) {
      const consumerApi = natsPermissionsOf(app).publish.filter((s) => s.startsWith('$JS.API.CONSUMER.') || s.startsWith('$JS.ACK.'));
      const mine = durableConsumersOf(app);
      expect(consumerApi.length).toBe(mine.length * 6);
      for (const c of mine) expect(consumerApi).toContain(`$JS.API.CONSUMER.CREATE.AFTERSALES.${c.durable}.${c.filter}`);
    }
    expect(new Set(declared.map((c) => c.durable)).size).toBe(declared.length);
    // Durable names carry their app's name, so a consumer's owner shows in `nats consumer ls`.
    for (const c of declared) expect(c.durable.startsWith(`${c.app}-`)).toBe(true);
  });

  it('gives each app its own inbox and lets only services answer requests', () => {
    for (const app of ALL_APPS) {
      const { subscribe, allowResponses } = natsPermissionsOf(app);
      expect(subscribe).toContain(`_INBOX_${app}.>`);
      expect(subscribe.filter((s) => s.startsWith('_INBOX'))).toEqual([`_INBOX_${app}.>`]);
      expect(allowResponses).toBe((SERVICE_APPS as readonly string[]).includes(app));
    }
  });
});
