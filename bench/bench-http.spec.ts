import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BenchHttp } from './bench-http';

describe("the bench's HTTP client reading another address of the stack (an app's /metrics)", () => {
  let server: Server;
  let base: string;
  // Its own base address has nothing listening: every request below goes to another address.
  const http = new BenchHttp('http://127.0.0.1:1', 'run-token');
  const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      if (req.url === '/metrics') res.end('process_resident_memory_bytes 1048576\n');
      else if (req.url === '/missing') res.writeHead(404).end('not here');
      // Anything else never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    http.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers the body's text, asked with the bench's token", async () => {
    await expect(http.getText(`${base}/metrics`, 2_000)).resolves.toBe('process_resident_memory_bytes 1048576\n');
    expect(seen.at(-1)).toMatchObject({ url: '/metrics', headers: { authorization: 'Bearer run-token' } });
  });

  it('rejects an answer other than 200 with its status', async () => {
    await expect(http.getText(`${base}/missing`, 2_000)).rejects.toThrow(`GET ${base}/missing: 404`);
  });

  it('gives up on an address that does not answer within the timeout, instead of waiting on it', async () => {
    const began = Date.now();
    await expect(http.getText(`${base}/stuck`, 300)).rejects.toThrow('GET /stuck: no answer within 300 ms');
    expect(Date.now() - began).toBeLessThan(2_000);
  });
});
