import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { OUTBOX_AGGREGATE_INDEX, OUTBOX_CORRELATION_INDEX, OutboxMessage, pendingSchemaChanges, serviceDataSourceOptions } from '@aftersales/persistence';
import { aggregateHistoryQuery, caseEventsQuery } from '@aftersales/runtime';
import { SERVICE_DATA_SOURCES } from '../../deploy/local/migrate';
import { runEnvironment } from '../support/test-settings';

describe('schemas and migrations', () => {
  const env = runEnvironment();

  it.each(SERVICE_DATA_SOURCES.map((s) => [s.schema, s] as const))('%s: the migrated schema matches the entities (no drift)', async (_schema, spec) => {
    expect(await pendingSchemaChanges(serviceDataSourceOptions(spec, { url: env.DATABASE_URL, poolSize: 1 }))).toEqual([]);
  });

  it.each(SERVICE_DATA_SOURCES.map((s) => [s.schema, s] as const))('%s: the audit trail reads the outbox through its indexes, not a scan', async (_schema, spec) => {
    const ds = await new DataSource(serviceDataSourceOptions(spec, { url: env.DATABASE_URL, poolSize: 1 })).initialize();
    const runner = ds.createQueryRunner();
    try {
      await runner.startTransaction();
      // Planned as for a large outbox: a missing index leaves only the (disfavoured) sequential scan.
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = async (query: SelectQueryBuilder<OutboxMessage>) => {
        const [sql, parameters] = query.getQueryAndParameters();
        return ((await runner.query(`EXPLAIN ${sql}`, parameters)) as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']).join('\n');
      };
      const outbox = runner.manager.getRepository(OutboxMessage);
      expect(await plan(caseEventsQuery(outbox, 'SV202611240001'))).toContain(OUTBOX_CORRELATION_INDEX);
      expect(await plan(aggregateHistoryQuery(outbox, ['b9f4c0de-0000-4000-8000-000000000001'], '1000'))).toContain(OUTBOX_AGGREGATE_INDEX);
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
      await ds.destroy();
    }
  });

  it.each(SERVICE_DATA_SOURCES.map((s) => [s.schema, s] as const))('%s: every migration has a working down', async (schema, spec) => {
    // On a scratch schema copy of the service: run all, revert all, run all again.
    const scratch = `${schema}_migration_check`;
    const options = serviceDataSourceOptions({ ...spec, schema: scratch }, { url: env.DATABASE_URL, poolSize: 1 });
    const ds = await new DataSource(options).initialize();
    try {
      await ds.query(`DROP SCHEMA IF EXISTS "${scratch}" CASCADE`);
      await ds.query(`CREATE SCHEMA "${scratch}"`);
      const rewritten = await withSchema(ds, schema, scratch, async () => {
        const applied = await ds.runMigrations();
        for (let i = 0; i < applied.length; i++) await ds.undoLastMigration();
        const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name <> 'migrations'`, [scratch]);
        await ds.runMigrations();
        return { applied: applied.length, tablesAfterDown: tables.length };
      });
      expect(rewritten.applied).toBeGreaterThan(0);
      expect(rewritten.tablesAfterDown).toBe(0);
    } finally {
      await ds.query(`DROP SCHEMA IF EXISTS "${scratch}" CASCADE`);
      await ds.destroy();
    }
  });
});

/** Runs the service's migrations against another schema by rewriting the schema name in their SQL. */
async function withSchema<T>(ds: DataSource, from: string, to: string, work: () => Promise<T>): Promise<T> {
  const original = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) => {
    const runner = original(...args);
    const query = runner.query.bind(runner);
    runner.query = ((sql: string, params?: unknown[], structured?: boolean) =>
      query(sql.replaceAll(`"${from}".`, `"${to}".`), params, structured as never)) as typeof runner.query;
    return runner;
  };
  try {
    return await work();
  } finally {
    ds.createQueryRunner = original;
  }
}
