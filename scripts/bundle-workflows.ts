import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/** Bundles the compiled workflow code once at build time; the worker loads the bundle (no webpack at start). */
export const WORKFLOW_BUNDLE_PATH = join(__dirname, '..', 'workflows', 'workflow-bundle.js');

/**
 * The sandbox evaluates every bundled module once per workflow run. zod and the contracts' schemas cost
 * seconds per run under load and grew the worker past a gigabyte, so the build fails if they creep back in.
 */
function refuseHeavyModules(code: string): void {
  const heavy = [...new Set(code.match(/\.\/(?:node_modules\/zod\/|dist\/libs\/contracts\/src\/[\w/-]+\.schemas\.js)/g) ?? [])];
  if (heavy.length > 0) {
    throw new Error(`the workflow bundle includes ${heavy.join(', ')}: workflow code must import values from @aftersales/contracts/values`);
  }
}

async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows/src/workflows'),
    logger: { log: () => undefined, info: () => undefined, warn: console.warn, error: console.error, debug: () => undefined, trace: () => undefined },
  });
  refuseHeavyModules(code);
  mkdirSync(dirname(WORKFLOW_BUNDLE_PATH), { recursive: true });
  writeFileSync(WORKFLOW_BUNDLE_PATH, code);
  console.log(`workflow bundle: ${WORKFLOW_BUNDLE_PATH} (${(code.length / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
