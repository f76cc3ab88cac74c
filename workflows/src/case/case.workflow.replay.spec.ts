import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import { AesGcmPayloadCodec } from '@aftersales/temporal';

// Histories of real runs, exported with `npm run histories:export`. A change to the workflow that
// would break running cases fails here before it ships.
const HISTORY_DIR = join(__dirname, 'histories');
const BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'workflows', 'workflow-bundle.js');

describe('case workflow replay', () => {
  const files = readdirSync(HISTORY_DIR).filter((f) => f.endsWith('.json'));

  it('has committed histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  // With the payload codec switched on, histories written before it (plain payloads) still replay.
  it.each([
    ['without a payload codec', {}],
    ['with the payload codec switched on', { payloadCodecs: [new AesGcmPayloadCodec({ id: 'k1', key: randomBytes(32) })] }],
  ])('replays every committed history deterministically with the built workflow bundle, %s', async (_name, dataConverter) => {
    const histories = files.map((file) => ({ workflowId: file, history: JSON.parse(readFileSync(join(HISTORY_DIR, file), 'utf8')) as unknown }));
    const outcomes: { workflowId: string; error?: string }[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: BUNDLE }, dataConverter }, histories)) {
      outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
    }
    expect(outcomes).toEqual(files.map((workflowId) => ({ workflowId })));
  });
});
