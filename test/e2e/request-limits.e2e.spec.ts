import { TestCluster } from '../support/test-cluster';

describe('request limits at the gateway', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    // A gateway alone, with a low limit: the limits act before any service is asked.
    cluster = await TestCluster.start('request-limits', ['gateway'], { RATE_LIMIT_PER_MINUTE: '20' });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  it('answers 429 with Retry-After once a client passes its limit, while other clients go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) statuses.push((await cluster.api('/api/v1/labels', { as: { role: 'dispatcher', sub: 'busy-client' } })).status);
    expect(statuses.slice(0, 20).every((s) => s !== 429)).toBe(true);
    const limited = await cluster.api('/api/v1/labels', { as: { role: 'dispatcher', sub: 'busy-client' }, headers: { 'accept-language': 'en' } });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'AUTH.RATE_LIMITED', message: expect.stringContaining('Retry-After') });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await cluster.api('/api/v1/labels', { as: { role: 'dispatcher', sub: 'quiet-client' } })).status).not.toBe(429);
    // Health and metrics are not counted: a probe is never throttled.
    expect((await cluster.api('/health/live', { as: 'anonymous' })).status).toBe(200);
  });

  it('limits unauthenticated callers by address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) statuses.push((await cluster.api('/api/v1/labels', { as: 'anonymous' })).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(21)).toEqual(Array(4).fill(429));
  });

  it('answers 413 to a body over the size limit, in the error format', async () => {
    const res = await cluster.api('/api/v1/cases', { as: { role: 'customer_service', sub: 'big-sender' }, body: JSON.stringify({ fault: { description: 'x'.repeat(200_000) } }) });
    expect(res.status).toBe(413);
    // The body is refused while it is read, before a correlation id is given; the format is the same.
    expect(res.body).toMatchObject({ code: 'COMMON.PAYLOAD_TOO_LARGE', message: '请求体过大' });
  });
});
