import type { Provisioned } from '../deploy/local/provision';

/** Stops the components the setup started, and nothing else. */
export default async function globalTeardown(): Promise<void> {
  const components = (globalThis as Record<string, unknown>).__aftersalesComponents as Provisioned | undefined;
  await components?.stop();
}
