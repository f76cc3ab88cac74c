import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';
import { Client } from 'pg';
import { InboxRecord } from './inbox-record.entity';
import { OutboxMessage } from './outbox-message.entity';

export interface ServiceDataSourceSpec {
  /** The PostgreSQL schema the service owns; also the default schema of its entities. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** The one data source definition a service shares between the app and the migration command. */
export function serviceDataSourceOptions(
  spec: ServiceDataSourceSpec,
  settings: { url: string; poolSize?: number; applicationName?: string },
): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: spec.schema,
    entities: [OutboxMessage, InboxRecord, ...(Array.isArray(spec.entities) ? spec.entities : [])],
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: ['error'],
    extra: { max: settings.poolSize ?? 10, application_name: settings.applicationName ?? spec.schema },
  };
}

/** Creates the database named in the URL when it is missing (connects to the `postgres` database to do so). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const { name, adminClient } = adminTarget(url);
  const client = adminClient();
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    // Identifiers cannot be bound as parameters; the name was checked against a strict pattern above.
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '42P04') return false; // created concurrently
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Drops the URL's database, for tools that start from a clean slate (the tests, the fault suite, the bench).
 * With `waitMs`, waits that long for the server to answer and fails if it never does; without, a server
 * that is not up yet has nothing to drop (provisioning starts it and creates the database).
 */
export async function dropDatabase(url: string, waitMs = 0): Promise<void> {
  const { name, adminClient } = adminTarget(url);
  const deadline = Date.now() + waitMs;
  let client = adminClient();
  for (;;) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (waitMs === 0) return;
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
      // A client whose connect failed cannot connect again.
      client = adminClient();
    }
  }
  try {
    // Identifiers cannot be bound as parameters; the name was checked against a strict pattern.
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The database named by the URL (checked against a strict pattern), and clients of the server's `postgres` database. */
function adminTarget(url: string): { name: string; adminClient: () => Client } {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Refusing database name ${JSON.stringify(name)}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { name, adminClient: () => new Client({ connectionString: admin.toString() }) };
}

/** Creates the service's schema, then runs its pending migrations. Returns the names applied. */
export async function migrateService(options: DataSourceOptions): Promise<string[]> {
  const schema = (options as { schema?: string }).schema;
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '')}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The SQL TypeORM would still need to make the schema match the entities; empty when nothing drifted. */
export async function pendingSchemaChanges(options: DataSourceOptions): Promise<string[]> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await dataSource.destroy();
  }
}
