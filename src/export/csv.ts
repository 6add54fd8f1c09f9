// Events as CSV, the columns of CONTRACT.md: UTF-8, a header row, RFC 4180 quoting (CRLF line
// ends, fields with a comma, quote or line break quoted, quotes doubled), Arabic as written.
// Compound actors are joined with ';' in each column.

import type { Argument, Event } from '../schema.js';

export const CSV_COLUMNS = [
  'doc_id', 'date', 'event_type', 'mode', 'actor_country', 'actor_sector', 'actor_name', 'recipient_country',
  'recipient_sector', 'recipient_name', 'location_name', 'location_country', 'magnitude_kind', 'magnitude_value',
  'status', 'source_text', 'trigger_text', 'sentence_text', 'confidence',
] as const;

export type CsvEvent = Event & { docId: string; date: string | null; sentenceText: string };

/** One field, quoted when RFC 4180 requires it. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

function join(xs: readonly (string | null | undefined)[]): string {
  return xs.filter((x): x is string => !!x).join(';');
}

/** Distinct non-empty codes, in order of first appearance. */
function codes(args: readonly Argument[], pick: (a: Argument) => string | null | undefined): string {
  return [...new Set(args.map(pick).filter((x): x is string => !!x))].join(';');
}

export function eventRow(e: CsvEvent): string[] {
  return [
    e.docId,
    e.date ?? '',
    e.type,
    e.mode ?? '',
    codes(e.actor, (a) => a.canonical?.country),
    codes(e.actor, (a) => a.canonical?.sector),
    join(e.actor.map((a) => a.text)),
    codes(e.recipient, (a) => a.canonical?.country),
    codes(e.recipient, (a) => a.canonical?.sector),
    join(e.recipient.map((a) => a.text)),
    join(e.location.map((a) => a.text)),
    codes(e.location, (a) => a.canonical?.country),
    join(e.magnitude.map((m) => m.kind)),
    e.magnitude.map((m) => (m.value === null ? '' : String(m.value))).join(';'),
    e.status,
    e.source?.text ?? '',
    e.trigger.text,
    e.sentenceText,
    String(e.confidence),
  ];
}

export function eventCsvLine(e: CsvEvent): string {
  return csvLine(eventRow(e));
}

/** A whole CSV document (header + rows). */
export function eventsToCsv(events: Iterable<CsvEvent>): string {
  let out = csvHeader();
  for (const e of events) out += eventCsvLine(e);
  return out;
}
