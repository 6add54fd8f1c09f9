// The ingest loop: read documents, skip those already stored (by content hash), analyse the
// rest in worker threads, and write each one in its own transaction on this thread. One bad
// item is a failure with its reason; the batch never stops for it.

import { availableParallelism } from 'node:os';
import type { Store } from '../store/db.js';
import { contentHash, type DocumentInput } from '../store/prepare.js';
import { pipelineVersion } from '../store/version.js';
import { checkText } from '../text/decode.js';
import { AnalyzerPool } from './pool.js';
import { readSources, type SourceOptions } from './sources.js';

export interface Failure {
  origin: string;
  reason: string;
}

export interface IngestOptions extends SourceOptions {
  /** Worker threads (capped at the machine's parallelism); 0 analyses on this thread. */
  jobs?: number;
  pipeline?: string;
  /** Called after each item is settled: counts so far and items seen so far. */
  onProgress?: (r: IngestResult, seen: number) => void;
  /** Set by the caller (e.g. on SIGINT) to stop reading new items; in-flight ones finish. */
  signal?: { stopped: boolean };
}

export interface IngestResult {
  added: number;
  unchanged: number;
  failed: number;
  failures: Failure[];
  /** Ids of the documents this run added. */
  ids: string[];
}

export function poolSize(jobs: number | undefined): number {
  const cores = availableParallelism();
  if (jobs === undefined) return cores;
  return Math.max(0, Math.min(cores, Math.floor(jobs)));
}

export async function ingestPaths(store: Store, paths: readonly string[], opts: IngestOptions = {}): Promise<IngestResult> {
  return ingestItems(store, readSources(paths, opts), opts);
}

/** Ingests any stream of items (files, feeds, or documents handed over by an API). */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<{ ok: true; origin: string; input: DocumentInput } | { ok: false; origin: string; reason: string }>,
  opts: IngestOptions = {},
): Promise<IngestResult> {
  const result: IngestResult = { added: 0, unchanged: 0, failed: 0, failures: [], ids: [] };
  const size = poolSize(opts.jobs);
  const pool = new AnalyzerPool(size, opts.pipeline ?? pipelineVersion());
  const running = new Set<Promise<void>>();
  const seenIds = new Set<string>();
  let seen = 0;
  const progress = () => opts.onProgress?.(result, seen);
  const fail = (origin: string, reason: string) => {
    result.failed++;
    result.failures.push({ origin, reason });
  };
  try {
    for await (const item of items) {
      if (opts.signal?.stopped) break;
      seen++;
      if (!item.ok) { fail(item.origin, item.reason); progress(); continue; }
      let id: string;
      try {
        checkText(item.input.text);
        if (!item.input.text.trim()) throw new Error('empty text');
        id = contentHash(item.input.text);
      } catch (err) {
        fail(item.origin, (err as Error).message);
        progress();
        continue;
      }
      if (seenIds.has(id) || store.has(id)) { result.unchanged++; progress(); continue; }
      seenIds.add(id);
      const origin = item.origin;
      const task: Promise<void> = pool.analyze(item.input).then(
        (doc) => {
          try {
            const r = store.addPrepared(doc);
            if (r.added) { result.added++; result.ids.push(r.id); } else result.unchanged++;
          } catch (err) {
            fail(origin, `cannot store: ${(err as Error).message}`);
          }
        },
        (err: Error) => fail(origin, err.message),
      ).finally(() => { running.delete(task); progress(); });
      running.add(task);
      // Keep every worker busy without reading the whole input into memory.
      while (running.size >= Math.max(2, size * 4)) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
  return result;
}

export interface ReanalyzeResult {
  updated: number;
  failed: number;
  failures: Failure[];
  total: number;
}

/** Re-runs the pipeline over stored documents made by another pipeline version (or all). */
export async function reanalyze(
  store: Store,
  opts: { all?: boolean; jobs?: number; pipeline?: string; onProgress?: (done: number, total: number) => void; signal?: { stopped: boolean } } = {},
): Promise<ReanalyzeResult> {
  const pipeline = opts.pipeline ?? pipelineVersion();
  const ids = opts.all ? store.staleIds('\u0000') : store.staleIds(pipeline);
  const result: ReanalyzeResult = { updated: 0, failed: 0, failures: [], total: ids.length };
  const size = poolSize(opts.jobs);
  const pool = new AnalyzerPool(size, pipeline);
  const running = new Set<Promise<void>>();
  let done = 0;
  try {
    for (const id of ids) {
      if (opts.signal?.stopped) break;
      const input = store.getInput(id);
      if (!input) continue;
      const task: Promise<void> = pool.analyze({ text: input.text, title: input.title, url: input.url, date: input.date, source: input.source }).then(
        (doc) => {
          if (store.replaceAnalysis(doc)) result.updated++;
        },
        (err: Error) => { result.failed++; result.failures.push({ origin: id, reason: err.message }); },
      ).finally(() => { running.delete(task); done++; opts.onProgress?.(done, ids.length); });
      running.add(task);
      while (running.size >= Math.max(2, size * 4)) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
  return result;
}
