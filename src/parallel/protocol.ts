// Messages between the pool and its analysis workers.

import type { RasdRecord } from '../schema.js';
import type { DocumentInput, PreparedDocument } from '../store/prepare.js';

export type Task =
  | { id: number; op: 'analyze'; text: string; date: string | null }
  | { id: number; op: 'line'; line: string; lineNo: number; defaultDate: string | null; format: 'text' | 'json' | 'jsonl' }
  /** A document analysed into the store's rows (rasd ingest, reanalyze, the server's imports). */
  | { id: number; op: 'prepare'; input: DocumentInput; pipeline: string };

export interface LineResult {
  /** The output for the line, newline included: a JSON record or a text summary. */
  out: string;
  ok: boolean;
  error?: string;
}

/** LineResult with the output as UTF-8 bytes (moved, not copied, from the worker). */
export interface LineBytes {
  data: Uint8Array;
  ok: boolean;
  error?: string;
}

export type Reply =
  | { id: number; record: RasdRecord }
  | { id: number; bytes: LineBytes }
  | { id: number; doc: PreparedDocument }
  | { id: number; error: string; name: string };
