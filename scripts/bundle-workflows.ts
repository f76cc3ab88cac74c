import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/** Bundles the compiled workflow code once at build time; the worker loads the bundle (no webpack at start). */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, '..', 'workflows', 'workflow-bundle.js');

async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows/src/workflows'),
    logger: { log: () => undefined, info: () => undefined, warn: console.warn, error: console.error, debug: () => undefined, trace: () => undefined },
  });
  mkdirSync(dirname(WORKFLOW_BUNDLE_PATH), { recursive: true });
  writeFileSync(WORKFLOW_BUNDLE_PATH, code);
  console.log(`workflow bundle: ${WORKFLOW_BUNDLE_PATH} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
