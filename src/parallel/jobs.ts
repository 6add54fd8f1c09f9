// The --jobs option, kept apart from the pool so the CLI loads no worker code for one job.

/** Parses a --jobs value: a positive integer. */
export function parseJobs(v: string | number | undefined): number {
  if (v === undefined) return 1;
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new RangeError(`bad --jobs "${v}": expected a whole number from 1 to 256`);
  return n;
}
