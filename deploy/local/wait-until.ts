/** Thrown by a probe when waiting longer cannot help (the process it waits for has exited): the wait ends at once with it. */
export class StopWaiting extends Error {}

/**
 * Polls `probe` until it resolves true or the deadline passes. A probe that throws counts as "not yet"
 * (a port not listening, a server still starting), unless it throws StopWaiting. `timedOut` words the
 * error at the deadline.
 */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 250,
  timedOut = () => `${what} did not become ready within ${timeoutMs} ms`,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await probe().catch((error: unknown) => {
      if (error instanceof StopWaiting) throw error;
      return false;
    });
    if (ready) return;
    if (Date.now() > deadline) throw new Error(timedOut());
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
