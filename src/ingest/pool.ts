// A pool of analysis worker threads. Built code runs dist/ingest/worker.js; under tsx (tests)
// the worker loads worker.ts through tsx's loader. Size 0 analyses inline on this thread.

import { Worker } from 'node:worker_threads';
import type { DocumentInput, PreparedDocument } from '../store/prepare.js';
import { analyzeForStore } from './analyze-task.js';

interface Pending {
  resolve: (d: PreparedDocument) => void;
  reject: (e: Error) => void;
  input: DocumentInput;
}

interface Slot {
  worker: Worker;
  busy: number | null;
}

function spawn(): Worker {
  const self = import.meta.url;
  if (self.endsWith('.ts')) {
    const target = new URL('./worker.ts', self).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(target)}, ${JSON.stringify(self)}))`;
    return new Worker(boot, { eval: true });
  }
  return new Worker(new URL('./worker.js', self));
}

export class AnalyzerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { seq: number; input: DocumentInput }[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;

  constructor(readonly size: number, private readonly pipeline: string) {
    for (let i = 0; i < size; i++) this.slots.push(this.makeSlot());
  }

  private makeSlot(): Slot {
    const slot: Slot = { worker: spawn(), busy: null };
    slot.worker.on('message', (m: { seq: number; doc?: PreparedDocument; error?: string }) => {
      const p = this.pending.get(m.seq);
      this.pending.delete(m.seq);
      slot.busy = null;
      if (p) {
        if (m.doc) p.resolve(m.doc);
        else p.reject(new Error(m.error ?? 'analysis failed'));
      }
      this.pump();
    });
    const fail = (err: Error) => {
      // A dead worker fails only the document it was on; a fresh one takes its place.
      const seq = slot.busy;
      slot.busy = null;
      if (seq !== null) {
        const p = this.pending.get(seq);
        this.pending.delete(seq);
        p?.reject(new Error(`analysis worker stopped: ${err.message}`));
      }
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closed) {
        this.slots[i] = this.makeSlot();
        this.pump();
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => { if (!this.closed && code !== 0) fail(new Error(`exit code ${code}`)); });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy !== null) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.busy = task.seq;
      slot.worker.postMessage({ seq: task.seq, input: task.input, pipeline: this.pipeline });
    }
  }

  /** Documents waiting or running. */
  get inFlight(): number {
    return this.pending.size;
  }

  analyze(input: DocumentInput): Promise<PreparedDocument> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    const seq = ++this.seq;
    if (this.size === 0) {
      try {
        return Promise.resolve(analyzeForStore({ seq, input, pipeline: this.pipeline }));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, input });
      this.queue.push({ seq, input });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new Error('pool closed'));
    this.pending.clear();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
