import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPORAL_BIN } from '../deploy/local/paths';

/**
 * Exports the histories of real runs for the replay test, with the Temporal CLI's JSON format:
 *   npm run histories:export -- <namespace> <name>=<workflowId> [<name>=<workflowId> ...]
 * Each lands in workflows/src/case/histories/<name>.json; commit them with the workflow change.
 * With the payload codec on, set TEMPORAL_CODEC_ENDPOINT (the worker, e.g. http://127.0.0.1:3107):
 * the CLI decodes through it, so the committed histories replay without the key.
 */
function main(): void {
  const [namespace, ...pairs] = process.argv.slice(2);
  if (!namespace || pairs.length === 0) throw new Error('usage: export-histories <namespace> <name>=<workflowId> ...');
  const dir = join(__dirname, '..', '..', 'workflows', 'src', 'case', 'histories');
  mkdirSync(dir, { recursive: true });
  for (const pair of pairs) {
    const [name, workflowId] = pair.split('=');
    const json = execFileSync(TEMPORAL_BIN, [
      'workflow', 'show', '--namespace', namespace, '--workflow-id', workflowId, '--output', 'json',
      '--address', process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
      ...(process.env.TEMPORAL_CODEC_ENDPOINT ? ['--codec-endpoint', process.env.TEMPORAL_CODEC_ENDPOINT] : []),
    ]).toString();
    const events = (JSON.parse(json) as { events: unknown[] }).events.length;
    writeFileSync(join(dir, `${name}.json`), json);
    console.log(`${name}: ${events} events from ${workflowId}`);
  }
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
