// An analysis worker thread: loads the pipeline once, then answers tasks in order. JSON output
// for batch lines is serialised here, so the main thread only reads and writes.

import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.js';
import { analyzeBatchLine } from './line.js';
import { formatSummary } from '../cli/summary.js';
import { analyzeForStore } from '../ingest/analyze-task.js';
import type { Reply, Task } from './protocol.js';

if (!parentPort) throw new Error('parallel/worker runs as a worker thread');
const port = parentPort;

const encoder = new TextEncoder();

function run(task: Task): Reply {
  try {
    if (task.op === 'analyze') return { id: task.id, record: analyze(task.text, { date: task.date }) };
    if (task.op === 'prepare') return { id: task.id, doc: analyzeForStore({ seq: task.id, input: task.input, pipeline: task.pipeline }) };
    const { record, ok, error } = analyzeBatchLine(task.line, task.lineNo, task.defaultDate);
    const out = task.format === 'text' ? formatSummary(record) + '\n' : JSON.stringify(record) + '\n';
    // As bytes, the output crosses to the main thread without a copy (the buffer is moved)
    // and is written as it is: the main thread neither clones nor encodes it.
    const data = encoder.encode(out);
    return { id: task.id, bytes: error === undefined ? { data, ok } : { data, ok, error } };
  } catch (err) {
    const e = err as Error;
    return { id: task.id, error: e?.message ?? String(err), name: e?.name ?? 'Error' };
  }
}

port.on('message', (task: Task) => {
  const r = run(task);
  if ('bytes' in r) port.postMessage(r, [r.bytes.data.buffer as ArrayBuffer]);
  else port.postMessage(r);
});
port.postMessage({ ready: true });
