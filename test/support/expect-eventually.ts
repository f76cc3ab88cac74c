/** Retries an assertion until it passes or the timeout ends; the last failure is reported. */
export async function expectEventually<T>(assertion: () => Promise<T> | T, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

/** Asserts that something stays true for a while (e.g. a workflow does NOT progress while its worker is down). */
export async function expectFor(assertion: () => Promise<void> | void, durationMs: number, intervalMs = 200): Promise<void> {
  const until = Date.now() + durationMs;
  while (Date.now() < until) {
    await assertion();
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
