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
    return { record: failedRecord(id, err instanceof InputError ? err.code : 'error', message), ok: false, error: message };
  }
}

/** The record of a line that could not be analysed: empty, with one warning. */
export function failedRecord(id: string | undefined, code: string, message: string): RasdRecord {
  return {
    schema: SCHEMA, ...(id !== undefined ? { id } : {}), text: '', lang: 'ar', documentDate: null,
    sentences: [], tokens: [], entities: [], values: [], events: [],
    warnings: [{ code, message }],
  };
}

/** The id of a JSONL line, if it has one (used only when a line failed outside analyze). */
export function lineId(line: string): string | undefined {
  try {
    const o = JSON.parse(line) as { id?: unknown };
    return o && typeof o === 'object' && o.id !== undefined && o.id !== null ? String(o.id) : undefined;
  } catch {
    return undefined;
  }
}

function withoutSchema(r: RasdRecord): Omit<RasdRecord, 'schema'> {
  const { schema: _s, ...rest } = r;
  return rest;
}
