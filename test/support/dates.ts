/** A local date in Asia/Shanghai, `days` before today (the rules count local days). */
export function daysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}
