import { randomUUID } from 'node:crypto';
import { TestCluster } from '../support/test-cluster';

interface OpenApiOperation {
  requestBody?: { content?: { 'application/json'?: { schema?: { properties?: Record<string, { type?: string }>; required?: string[] } } } };
}
type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

/** Path parameters that pass their own validation, so the body is what gets refused. */
const PARAM_VALUES: Record<string, string> = { caseNo: 'CS-20261123-999999', customerId: randomUUID(), version: 'v-1', id: randomUUID() };

/** Values of the wrong type for a declared property type. */
const wrongValueFor = (type: string | undefined): unknown => (type === 'string' ? 12345 : type === 'number' || type === 'integer' ? 'not-a-number' : type === 'boolean' ? 'yes' : type === 'array' ? { not: 'a list' } : 'not-an-object');

describe('invalid input at every write endpoint', () => {
  let cluster: TestCluster;
  let writeRoutes: { method: string; path: string; operation: OpenApiOperation }[];

  beforeAll(async () => {
    // No worker: durable workflows of earlier specs must not write while the database is compared.
    cluster = await TestCluster.start('invalid-input', ['gateway', 'intake', 'dispatch', 'inventory', 'billing', 'quality', 'outlets']);
    const doc = (await (await fetch(`${cluster.apps.url('gateway')}/api/docs-json`)).json()) as OpenApiDocument;
    writeRoutes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method, op]) => ['post', 'put', 'patch'].includes(method) && op.requestBody)
        .map(([method, operation]) => ({ method, path: path.replace(/\{(\w+)\}/g, (_m, name: string) => PARAM_VALUES[name] ?? 'x1'), operation })),
    );
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Row counts of every table of every service schema: nothing may change. */
  const snapshot = async (): Promise<Record<string, number>> => {
    const { rows } = await cluster.db.query<{ t: string }>(
      `SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema IN ('intake','dispatch','inventory','billing','quality','outlets') AND table_name <> 'migrations'`,
    );
    const counts: Record<string, number> = {};
    for (const { t } of rows) counts[t] = await cluster.count(t);
    return counts;
  };

  it('finds the write routes in the OpenAPI document', () => {
    expect(writeRoutes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/cases', `/api/v1/cases/${PARAM_VALUES.caseNo}/sla/pause`, '/api/v1/policies/cases']));
  });

  it('answers 400 naming the fields for malformed bodies, and writes nothing', async () => {
    const before = await snapshot();
    const refusals: string[] = [];
    for (const { method, path, operation } of writeRoutes) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      const wrongTypes = Object.fromEntries(Object.entries(schema?.properties ?? {}).map(([name, p]) => [name, wrongValueFor(p.type)]));
      // An empty object is a valid body where every field is optional.
      const emptyIsInvalid = (schema?.required ?? []).length > 0;
      for (const body of [...(emptyIsInvalid ? ['{}'] : []), '[]', '"text"', '{"unexpected":1}', JSON.stringify(wrongTypes), '{"broken":']) {
        const res = await fetch(`${cluster.apps.url('gateway')}${path}`, { method: method.toUpperCase(), headers: { 'content-type': 'application/json', ...cluster.credentials() }, body });
        const answer = (await res.json()) as { errors?: { field: string; reason: string }[] };
        const named = body === '{"broken":' || (answer.errors ?? []).every((e) => e.field && e.reason);
        if (res.status !== 400 || !named) refusals.push(`${method.toUpperCase()} ${path} ${body} → ${res.status}`);
      }
    }
    expect(refusals).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an oversized body with 413 and a malformed path id with 400', async () => {
    const huge = JSON.stringify({ fault: { description: 'x'.repeat(200_000) } });
    const res = await fetch(`${cluster.apps.url('gateway')}/api/v1/cases`, { method: 'POST', headers: { 'content-type': 'application/json', ...cluster.credentials() }, body: huge });
    expect(res.status).toBe(413);
    expect((await cluster.api("/api/v1/cases/1' OR '1'='1")).status).toBe(400);
  });
});
