// The analysis pool of ingest and reanalyze: documents into the store's prepared rows, on the
// worker threads of src/parallel/pool.ts (one document held per worker, so a worker that dies
// fails only the document it was on). Size 0 analyses inline on this thread.

import { createPool, type Pool } from '../parallel/pool.js';
import type { DocumentInput, PreparedDocument } from '../store/prepare.js';
import { analyzeForStore } from './analyze-task.js';

export class AnalyzerPool {
  private readonly pool: Pool | null;
  private seq = 0;
  private closed = false;

  constructor(readonly size: number, private readonly pipeline: string) {
    this.pool = size > 0 ? createPool(size, { perWorker: 1 }) : null;
  }

  /** Documents waiting or running. */
  get inFlight(): number {
    return this.pool?.pending ?? 0;
  }

  analyze(input: DocumentInput): Promise<PreparedDocument> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    const seq = ++this.seq;
    if (!this.pool) {
      try {
        return Promise.resolve(analyzeForStore({ seq, input, pipeline: this.pipeline }));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    return this.pool.prepare(input, this.pipeline);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
  }
}
