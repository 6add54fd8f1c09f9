// An analysis worker: text in, the store's prepared rows out. The main thread only writes.

import { parentPort } from 'node:worker_threads';
import { analyzeForStore, type AnalyzeTask } from './analyze-task.js';

if (!parentPort) throw new Error('ingest/worker.ts runs as a worker thread');
const port = parentPort;
port.on('message', (task: AnalyzeTask) => {
  try {
    port.postMessage({ seq: task.seq, doc: analyzeForStore(task) });
  } catch (err) {
    port.postMessage({ seq: task.seq, error: (err as Error).message ?? String(err) });
  }
});
