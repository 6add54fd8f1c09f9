// A pool of worker threads that run the pipeline. Built code starts dist/parallel/worker.js;
// run from TypeScript sources (tests, scripts under tsx) a worker loads worker.ts through
// tsx. Each worker keeps a few tasks queued so it never waits on a round trip; the rest wait
// here. A worker that dies fails only the tasks it held, and a fresh one takes its place.

import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { AnalyzeOptions } from '../analyze.js';
import type { RasdRecord } from '../schema.js';
import type { DocumentInput, PreparedDocument } from '../store/prepare.js';
import type { LineBytes, LineResult, Reply, Task } from './protocol.js';

export type { LineBytes, LineResult } from './protocol.js';

export interface Pool {
  readonly size: number;
  /** Analyses one document in a worker. Rejects as analyze() would throw (bad date: RangeError). */
  analyze(text: string, options?: AnalyzeOptions): Promise<RasdRecord>;
  /** One JSONL batch line as `rasd analyze --input jsonl` does it, output already serialised. */
  analyzeLine(line: string, lineNo: number, defaultDate: string | null, format: 'text' | 'json' | 'jsonl'): Promise<LineResult>;
  /** analyzeLine with the output as UTF-8 bytes, moved from the worker without a copy. */
  analyzeLineBytes(line: string, lineNo: number, defaultDate: string | null, format: 'text' | 'json' | 'jsonl'): Promise<LineBytes>;
  /** A document analysed into the store's rows (analyzeForStore in a worker). */
  prepare(input: DocumentInput, pipeline: string): Promise<PreparedDocument>;
  /** Tasks queued or running. */
  readonly pending: number;
  close(): Promise<void>;
}

const utf8 = new TextDecoder();

/** Tasks each worker holds at once by default: one running, the next ones already posted. */
const PER_WORKER = 3;

type Waiter = { task: Task; resolve: (r: Reply) => void; reject: (e: Error) => void };

interface Slot {
  worker: Worker;
  held: Map<number, Waiter>;
}

export interface PoolOptions {
  /** Per-worker V8 limits (e.g. maxOldGenerationSizeMb): a worker over them dies and is replaced. */
  resourceLimits?: ResourceLimits;
  /** Tasks each worker holds at once (default 3); a worker that dies fails at most these. */
  perWorker?: number;
}

/**
 * A worker's young generation, in MB (V8's default is 48: 16 MB semi-spaces). The pipeline
 * allocates many short-lived strings per token; with 32 MB semi-spaces a worker scavenges
 * about half as often and spends about half the time in scavenges, for up to 48 MB more
 * memory per worker. (The main thread's young generation can only be set by a node flag.)
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

function spawnWorker(options: PoolOptions): Worker {
  const self = import.meta.url;
  const extra = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, ...options.resourceLimits } };
  if (self.endsWith('.ts')) {
    const target = new URL('./worker.ts', self).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(target)}, ${JSON.stringify(self)}))`;
    return new Worker(boot, { eval: true, ...extra });
  }
  return new Worker(new URL('./worker.js', self), extra);
}

function errorFrom(r: { error: string; name: string }): Error {
  const E = r.name === 'RangeError' ? RangeError : r.name === 'TypeError' ? TypeError : Error;
  return new E(r.error);
}

export function createPool(size: number, options: PoolOptions = {}): Pool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer, got ${size}`);
  const perWorker = options.perWorker ?? PER_WORKER;
  if (!Number.isInteger(perWorker) || perWorker < 1) throw new RangeError(`perWorker must be a positive integer, got ${perWorker}`);
  const slots: Slot[] = [];
  const queue: Waiter[] = [];
  let nextId = 0;
  let closed = false;

  const pump = (): void => {
    while (queue.length) {
      let best: Slot | null = null;
      for (const s of slots) if (s.held.size < perWorker && (!best || s.held.size < best.held.size)) best = s;
      if (!best) return;
      const w = queue.shift()!;
      best.held.set(w.task.id, w);
      best.worker.postMessage(w.task);
    }
  };

  const makeSlot = (): Slot => {
    const slot: Slot = { worker: spawnWorker(options), held: new Map() };
    slot.worker.on('message', (m: Reply | { ready: true }) => {
      if (!('id' in m)) return;
      const w = slot.held.get(m.id);
      if (!w) return;
      slot.held.delete(m.id);
      w.resolve(m);
      pump();
    });
    let failed = false;
    const fail = (err: Error): void => {
      if (failed) return;
      failed = true;
      for (const w of slot.held.values()) w.reject(new Error(`analysis worker stopped: ${err.message}`));
      slot.held.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) {
        slots[i] = makeSlot();
        pump();
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => { if (!closed) fail(new Error(`exit code ${code}`)); });
    return slot;
  };

  for (let i = 0; i < size; i++) slots.push(makeSlot());

  const submit = (task: Task): Promise<Reply> => {
    if (closed) return Promise.reject(new Error('pool is closed'));
    return new Promise<Reply>((resolve, reject) => {
      queue.push({ task, resolve, reject });
      pump();
    });
  };

  const analyzeLineBytes: Pool['analyzeLineBytes'] = async (line, lineNo, defaultDate, format) => {
    const r = await submit({ id: nextId++, op: 'line', line, lineNo, defaultDate, format });
    if ('error' in r) throw errorFrom(r);
    if (!('bytes' in r)) throw new Error('unexpected worker reply');
    return r.bytes;
  };

  return {
    size,
    get pending() {
      let n = queue.length;
      for (const s of slots) n += s.held.size;
      return n;
    },
    async analyze(text, options = {}) {
      const r = await submit({ id: nextId++, op: 'analyze', text, date: options.date ?? null });
      if ('error' in r) throw errorFrom(r);
      if (!('record' in r)) throw new Error('unexpected worker reply');
      return r.record;
    },
    async analyzeLine(line, lineNo, defaultDate, format) {
      const { data, ...rest } = await analyzeLineBytes(line, lineNo, defaultDate, format);
      return { out: utf8.decode(data), ...rest };
    },
    async prepare(input, pipeline) {
      const r = await submit({ id: nextId++, op: 'prepare', input, pipeline });
      if ('error' in r) throw errorFrom(r);
      if (!('doc' in r)) throw new Error('unexpected worker reply');
      return r.doc;
    },
    analyzeLineBytes,
    async close() {
      if (closed) return;
      closed = true;
      for (const w of queue) w.reject(new Error('pool closed'));
      queue.length = 0;
      for (const s of slots) {
        for (const w of s.held.values()) w.reject(new Error('pool closed'));
        s.held.clear();
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Runs `work` over `items` with at most `window` results outstanding and hands each result to
 * `emit` in input order. Memory stays bounded however long the input is.
 */
export async function orderedMap<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  window: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
): Promise<void> {
  const inflight: Promise<R>[] = [];
  let head = 0;
  let i = 0;
  for await (const item of items) {
    const p = work(item, i++);
    p.catch(() => {}); // surfaced in order by the await below
    inflight.push(p);
    if (inflight.length >= window) {
      await emit(await inflight.shift()!, head++);
    }
  }
  while (inflight.length) await emit(await inflight.shift()!, head++);
}
