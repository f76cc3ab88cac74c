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

/**
 * The workflow modules (ours and the contract values they import) hold no state of a run: constants,
 * pure functions, message definitions and activity proxies that find the run when called. Preloaded,
 * they are evaluated once in the worker's reusable V8 context and shared, deep-frozen, by every run,
 * instead of evaluated again for each run the worker creates: each workflow task of a run no longer in
 * the sticky cache (see README, Benchmark). Measured on 500 runs: 70 → 12 KiB of heap a run, 2.0 → 0.65 ms
 * to create one. A module that kept state of a run at its top level would leak it into the others, so none
 * may (the freeze makes a write to a shared object throw, failing the task).
 */
async function main(): Promise<void> {
  const workflowsPath = require.resolve('../workflows/src/workflows');
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    preloadModules: [workflowsPath],
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
