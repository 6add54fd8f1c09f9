// Writes one rasd/1 record as JSON without building the whole string at once: a 20 MB
// document's record is hundreds of MB of JSON, past what one V8 string comfortably holds.

import type { RasdRecord } from '../schema.js';

const CHUNK = 2000;

async function put(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

/** The same bytes as JSON.stringify(record) + '\n', written piece by piece. */
export async function writeRecordJson(out: NodeJS.WritableStream, record: RasdRecord): Promise<void> {
  const total = record.tokens.length + record.entities.length + record.values.length + record.events.length;
  if (total < 50_000) { await put(out, JSON.stringify(record) + '\n'); return; }
  let first = true;
  await put(out, '{');
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    await put(out, (first ? '' : ',') + JSON.stringify(key) + ':');
    first = false;
    if (Array.isArray(value) && value.length > CHUNK) {
      for (let i = 0; i < value.length; i += CHUNK) {
        const part = JSON.stringify(value.slice(i, i + CHUNK));
        await put(out, (i === 0 ? '[' : ',') + part.slice(1, -1));
      }
      await put(out, ']');
    } else {
      await put(out, JSON.stringify(value));
    }
  }
  await put(out, '}\n');
}
