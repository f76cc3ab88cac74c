/** The raw Temporal limit's workflow: no activities, no timers; it completes on its first task. */
export async function trivialWorkflow(n: number): Promise<number> {
  return n;
}
