// Shared pieces of the store commands: where the store is, number options, paced output.

import { InvalidArgumentError } from 'commander';

/** --db, else $RASD_DB, else ./rasd.db. */
export function resolveDbPath(flag: string | undefined): string {
  return flag || process.env.RASD_DB || './rasd.db';
}

export function intOption(name: string, min = 0): (v: string) => number {
  return (v: string) => {
    if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be a whole number`);
    const n = Number(v);
    if (n < min) throw new InvalidArgumentError(`${name} must be at least ${min}`);
    return n;
  };
}

/** Writes to stdout and waits when the pipe is full, so large outputs stay flat in memory. */
export async function out(s: string): Promise<void> {
  if (!s) return;
  if (!process.stdout.write(s)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
}
