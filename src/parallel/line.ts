// One line of a JSONL batch (`rasd analyze --input jsonl`) into a record. Shared by the CLI's
// one-thread loop and the worker threads, so both give the same output for the same line.

import { analyze, checkDate } from '../analyze.js';
import { InputError } from '../text/decode.js';
import { SCHEMA, type RasdRecord } from '../schema.js';

/** One bad line gives a record with a warning and the batch goes on. */
export function analyzeBatchLine(line: string, lineNo: number, defaultDate: string | null): { record: RasdRecord; ok: boolean; error?: string } {
  let id: string | undefined;
  try {
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new InputError('bad_json', `line ${lineNo}: not valid JSON`);
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError('bad_record', `line ${lineNo}: expected a JSON object`);
    const o = obj as Record<string, unknown>;
    if (o.id !== undefined && o.id !== null) id = String(o.id);
    if (typeof o.text !== 'string') throw new InputError('no_text', `line ${lineNo}: missing "text" string`);
    const date = typeof o.date === 'string' && o.date ? o.date : defaultDate;
    const rec = analyze(o.text, { date: checkDate(date) });
    return { record: id !== undefined ? { schema: rec.schema, id, ...withoutSchema(rec) } : rec, ok: true };
  } catch (err) {
    const message = (err as Error).message;
    const record: RasdRecord = {
      schema: SCHEMA, ...(id !== undefined ? { id } : {}), text: '', lang: 'ar', documentDate: null,
      sentences: [], tokens: [], entities: [], values: [], events: [],
      warnings: [{ code: err instanceof InputError ? err.code : 'error', message }],
    };
    return { record, ok: false, error: message };
  }
}

function withoutSchema(r: RasdRecord): Omit<RasdRecord, 'schema'> {
  const { schema: _s, ...rest } = r;
  return rest;
}
