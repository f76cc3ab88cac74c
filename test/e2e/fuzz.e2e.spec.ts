import { SERVICE_APPS } from '@aftersales/contracts';
import { gatewayRoutes, type Route } from '../support/openapi-routes';
import { TestCluster } from '../support/test-cluster';

/** A small seeded generator, so a failure names a body that can be sent again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Body = { contentType: string; text: string; kind: string };

/** Malformed bodies of every kind for one route; none of them is a valid request. */
function malformedBodies(route: Route, next: () => number): Body[] {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
  const scalar = (): unknown => pick([0, -1, 1e308, -0.5, '', 'x', '💥', '\u0000', null, true, false, 'NaN', '2026-13-45', "'; DROP TABLE outbox; --"]);
  const value = (depth = 0): unknown =>
    depth > 3 || next() < 0.4 ? scalar() : next() < 0.5 ? Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1)) : Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, i) => [`k${i}`, value(depth + 1)]));
  const properties = Object.entries(route.operation.requestBody?.content?.['application/json']?.schema?.properties ?? {});
  const wrongType = (type: string | undefined): unknown => (type === 'string' ? pick([1, [], {}, true]) : type === 'number' || type === 'integer' ? pick(['1', [], {}, 1.5e300, null]) : type === 'boolean' ? pick(['true', 0, null]) : type === 'array' ? pick([{}, 'a', 1]) : pick(['text', 1, []]));
  const json = (kind: string, body: unknown): Body => ({ kind, contentType: 'application/json', text: JSON.stringify(body) });
  const bodies: Body[] = [];
  for (let i = 0; i < 14; i += 1) bodies.push(json('random JSON with an unknown field', { ...(value() as object), [`unknown_${i}`]: value() }));
  for (let i = 0; i < 8; i += 1) bodies.push(json('random scalar or list', pick([scalar(), [value(), value()]])));
  for (let i = 0; i < 6; i += 1) bodies.push(json('wrong types', Object.fromEntries(properties.map(([name, p]) => [name, wrongType(p.type)]))));
  bodies.push(json('huge strings', Object.fromEntries(properties.map(([name]) => [name, 'x'.repeat(20_000)]).concat([['zz_unknown', 'y'.repeat(10_000)]]))));
  bodies.push({ kind: 'deep nesting', contentType: 'application/json', text: `${'['.repeat(5000)}${']'.repeat(5000)}` });
  bodies.push({ kind: 'deep objects', contentType: 'application/json', text: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}` });
  bodies.push({ kind: 'prototype pollution', contentType: 'application/json', text: '{"__proto__":{"role":"administrator","isAdmin":true}}' });
  bodies.push({ kind: 'prototype pollution', contentType: 'application/json', text: '{"constructor":{"prototype":{"polluted":true}}}' });
  bodies.push(json('valid-looking with an unknown field', { ...Object.fromEntries(properties.map(([name]) => [name, scalar()])), __proto__x: 1 }));
  bodies.push({ kind: 'broken JSON', contentType: 'application/json', text: '{"a":' });
  bodies.push({ kind: 'broken JSON', contentType: 'application/json', text: "{'single':'quotes'}" });
  bodies.push({ kind: 'not JSON', contentType: 'text/plain', text: 'hello' });
  bodies.push({ kind: 'not JSON', contentType: 'application/xml', text: '<case><no>1</no></case>' });
  bodies.push({ kind: 'not JSON', contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=2' });
  bodies.push({ kind: 'empty', contentType: 'application/json', text: '' });
  bodies.push({ kind: 'binary', contentType: 'application/json', text: String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(next() * 256))) });
  return bodies;
}

describe('fuzzing every write endpoint with malformed bodies', () => {
  let cluster: TestCluster;
  let writeRoutes: Route[];

  beforeAll(async () => {
    // No worker: workflows of earlier specs must not write while the database is compared.
    cluster = await TestCluster.start('fuzz', ['gateway', ...SERVICE_APPS]);
    writeRoutes = (await gatewayRoutes(cluster.apps.url('gateway'))).filter((r) => r.method !== 'GET' && r.operation.requestBody);
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Row count and checksum of every table of every service schema. */
  const snapshot = async (): Promise<Record<string, string>> => {
    const { rows } = await cluster.db.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [[...SERVICE_APPS]],
    );
    const result: Record<string, string> = {};
    for (const { s, t } of rows) {
      // Identifiers come from the catalogue, quoted; no value from a request is in this SQL.
      const { rows: [sum] } = await cluster.db.query<{ n: string; md5: string }>(`SELECT count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS md5 FROM "${s}"."${t}" x`);
      result[`${s}.${t}`] = `${sum.n}:${sum.md5}`;
    }
    return result;
  };

  it('answers 4xx to thousands of malformed bodies, stays up, and changes no row', async () => {
    // Consumers may still be applying earlier specs' events: start from a quiet database.
    let before = await snapshot();
    for (let settled = false; !settled; ) {
      await new Promise((r) => setTimeout(r, 1500));
      const again = await snapshot();
      settled = JSON.stringify(again) === JSON.stringify(before);
      before = again;
    }
    const next = random(20261123);
    const wrong: string[] = [];
    let sent = 0;
    const headers = cluster.credentials('administrator');
    for (const route of writeRoutes) {
      for (const body of malformedBodies(route, next)) {
        const res = await fetch(`${cluster.apps.url('gateway')}${route.path}`, { method: route.method, headers: { ...headers, 'content-type': body.contentType }, body: body.text });
        const text = await res.text();
        sent += 1;
        if (res.status < 400 || res.status >= 500) wrong.push(`${route.method} ${route.template} ${body.kind} ${body.text.slice(0, 80)} → ${res.status} ${text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThan(2000);
    for (const app of ['gateway', ...SERVICE_APPS] as const) {
      expect([app, (await fetch(`${cluster.apps.url(app)}/health`)).status]).toEqual([app, 200]);
    }
    expect(await snapshot()).toEqual(before);
    // No pollution reached the guard: an anonymous caller is still refused.
    expect((await cluster.api('/api/v1/labels', { as: 'anonymous' })).status).toBe(401);
  });
});
