// `rasd analyze --input jsonl --jobs N`: lines go to a worker pool and come back in input
// order through a bounded window, so memory stays flat on inputs of any length.

import { once } from 'node:events';
import { createPool, orderedMap, type LineBytes } from './pool.js';
import { failedRecord, lineId } from './line.js';
import { formatSummary } from '../cli/summary.js';
export { parseJobs } from './jobs.js';

export interface BatchOutcome {
  /** Lines read, blank ones included (the line number of the last line). */
  lines: number;
  failures: string[];
}

export async function runLinesParallel(
  lines: AsyncIterable<string>,
  jobs: number,
  defaultDate: string | null,
  format: 'text' | 'json' | 'jsonl',
  out: NodeJS.WritableStream = process.stdout,
): Promise<BatchOutcome> {
  const pool = createPool(jobs);
  const failures: string[] = [];
  let n = 0;
  async function* numbered(): AsyncGenerator<{ line: string; no: number }> {
    for await (const raw of lines) {
      n++;
      const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim()) yield { line, no: n };
    }
  }
  try {
    await orderedMap<{ line: string; no: number }, LineBytes>(
      numbered(),
      jobs * 32,
      // A wide window: a long article at the head of the line does not leave the other
      // workers idle while its result is awaited (outputs in flight are a few KB each).
      // A worker that dies (out of memory on a huge line) fails that line only.
      ({ line, no }) => pool.analyzeLineBytes(line, no, defaultDate, format).catch((err: Error): LineBytes => {
        const error = `line ${no}: ${err.message}`;
        const rec = failedRecord(lineId(line), 'error', error);
        return { data: Buffer.from((format === 'text' ? formatSummary(rec) : JSON.stringify(rec)) + '\n', 'utf8'), ok: false, error };
      }),
      async (r) => {
        if (!r.ok) failures.push(r.error ?? 'failed');
        if (!out.write(r.data)) await once(out, 'drain');
      },
    );
  } finally {
    await pool.close();
  }
  return { lines: n, failures };
}
