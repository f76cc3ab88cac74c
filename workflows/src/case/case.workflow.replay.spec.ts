import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';

// Histories of real runs, exported with `npm run histories:export`. A change to the workflow that
// would break running cases fails here before it ships.
const HISTORY_DIR = join(__dirname, 'histories');
const BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'workflows', 'workflow-bundle.js');

describe('case workflow replay', () => {
  const files = readdirSync(HISTORY_DIR).filter((f) => f.endsWith('.json'));

  it('has committed histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it('replays every committed history deterministically with the built workflow bundle', async () => {
    const histories = files.map((file) => ({ workflowId: file, history: JSON.parse(readFileSync(join(HISTORY_DIR, file), 'utf8')) as unknown }));
    const outcomes: { workflowId: string; error?: string }[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: BUNDLE } }, histories)) {
      outcomes.push({ workflowId: result.workflowId, ...(result.error ? { error: String(result.error) } : {}) });
    }
    expect(outcomes).toEqual(files.map((workflowId) => ({ workflowId })));
  });
});
