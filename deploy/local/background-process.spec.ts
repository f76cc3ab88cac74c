import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBackground, stopProcess, waitUntilAnswering, type StartedProcess } from './background-process';
import { COMPONENT } from './component-names';

describe('waiting for a process this run started', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'background-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ends at once when the process exits first, with its exit code and the last ten lines of its log', async () => {
    const log = join(dir, 'server.log');
    const started = startBackground(COMPONENT.temporal, 'sh', ['-c', 'for n in $(seq 1 12); do echo "line $n"; done; exit 3'], log);
    const began = Date.now();
    const lines = Array.from({ length: 10 }, (_, n) => `line ${n + 3}`).join('\n');
    await expect(waitUntilAnswering(started, async () => false, 20_000, 20)).rejects.toThrow(`Temporal exited with code 3 before it answered; the end of ${log}:\n${lines}`);
    expect(Date.now() - began).toBeLessThan(5_000);
  });

  it('says, when a running process never answers, that it runs and how its log ends', async () => {
    const log = join(dir, 'server.log');
    const started = startBackground(COMPONENT.temporal, 'sh', ['-c', 'echo "waiting for the store"; sleep 30'], log);
    try {
      await new Promise((r) => setTimeout(r, 200));
      await expect(waitUntilAnswering(started, async () => false, 300, 20)).rejects.toThrow(
        `Temporal (pid ${started.child.pid}) runs but did not answer within 0.3 s; the end of ${log}:\nwaiting for the store`,
      );
      expect(started.child.exitCode).toBeNull();
    } finally {
      await stopProcess(started.child);
    }
  });

  it('returns once a running process answers', async () => {
    const started = startBackground(COMPONENT.temporal, 'sleep', ['30'], join(dir, 'server.log'));
    let probes = 0;
    try {
      await waitUntilAnswering(started, async () => (probes += 1) === 3, 5_000, 10);
      expect(probes).toBe(3);
      expect(started.child.exitCode).toBeNull();
    } finally {
      await stopProcess(started.child);
    }
  });

  it('knows a started process by a component name only, so a lookup by a name provisioning never gives does not compile', () => {
    const started: Pick<StartedProcess, 'name'>[] = [{ name: COMPONENT.nats }, { name: COMPONENT.temporal }];
    // @ts-expect-error: 'nats' is a key of COMPONENT, not a name (the lookup session 24's rename broke)
    expect(started.some((p) => p.name === 'nats')).toBe(false);
    expect(started.filter((p) => p.name === COMPONENT.nats)).toEqual([{ name: 'NATS' }]);
  });
});
