// Turns an analysed document into the rows the store writes. Pure and cheap to send between
// threads, so ingest workers do this work and the writer thread only runs INSERTs.

import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Argument, Event, RasdRecord } from '../schema.js';
import { normalize } from '../text/normalize.js';

export interface DocumentInput {
  text: string;
  title?: string | null;
  url?: string | null;
  date?: string | null;
  source?: string | null;
}

export interface PreparedEvent {
  ord: number;
  type: string;
  mode: string | null;
  status: string;
  actors: string;
  recipients: string;
  locations: string;
  sentenceText: string;
  json: string;
}

export interface PreparedDocument {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  source: string | null;
  text: string;
  /** The record without `text`, as JSON compressed with raw DEFLATE (about a quarter of the size). */
  recordZ: Uint8Array;
  pipeline: string;
  nTokens: number;
  ftsTitle: string;
  ftsBody: string;
  ftsSeg: string;
  events: PreparedEvent[];
}

/** The document id: the first 16 hex digits of the SHA-256 of its text (UTF-8). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

const DAY_RE = /^(\d{4})(-\d{2}(-\d{2})?)?/;

/** A date for the store: YYYY-MM-DD (or YYYY-MM, YYYY) from an ISO-like or RFC 2822 string; null if none. */
export function storeDate(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = String(s).trim();
  if (!t) return null;
  const m = DAY_RE.exec(t);
  if (m && (t.length === m[0].length || /^[T\s]/.test(t.slice(m[0].length)))) return validDay(m[0]);
  const ms = Date.parse(t);
  if (!Number.isNaN(ms)) return new Date(ms).toISOString().slice(0, 10);
  return null;
}

function validDay(d: string): string | null {
  const [y, mo, da] = d.split('-').map(Number);
  if (mo !== undefined && (mo < 1 || mo > 12)) return null;
  if (da !== undefined && (da < 1 || da > new Date(Date.UTC(y!, mo!, 0)).getUTCDate())) return null;
  return d;
}

function argKeys(args: readonly Argument[]): string {
  const keys = new Set<string>();
  for (const a of args) {
    const c = a.canonical;
    if (c?.country) {
      keys.add(c.country);
      if (c.sector) keys.add(`${c.country}:${c.sector}`);
    }
    if (c?.sector) keys.add(`:${c.sector}`);
    if (c?.id) keys.add(c.id);
  }
  return keys.size ? `|${[...keys].join('|')}|` : '|';
}

function locationKeys(args: readonly Argument[]): string {
  const keys = new Set<string>();
  for (const a of args) {
    keys.add(normalize(a.text).toLowerCase());
    const c = a.canonical;
    if (c) {
      if (c.nameAr) keys.add(normalize(c.nameAr).toLowerCase());
      if (c.name) keys.add(c.name.toLowerCase());
      if (c.country) keys.add(c.country);
      if (c.id) keys.add(c.id);
    }
  }
  return keys.size ? `|${[...keys].join('|')}|` : '|';
}

function eventRow(ev: Event, ord: number, record: RasdRecord): PreparedEvent {
  const s = record.sentences[ev.sentence];
  return {
    ord,
    type: ev.type,
    mode: ev.mode ?? null,
    status: ev.status,
    actors: argKeys(ev.actor),
    recipients: argKeys(ev.recipient),
    locations: locationKeys(ev.location),
    sentenceText: s ? record.text.slice(s.start, s.end) : '',
    json: JSON.stringify(ev),
  };
}

/** Everything the store writes for one document. */
export function prepareDocument(input: DocumentInput, record: RasdRecord, pipeline: string): PreparedDocument {
  if (record.text !== input.text) throw new Error('record.text differs from the document text');
  const { text: _t, ...rest } = record;
  const segs: string[] = [];
  for (const t of record.tokens) {
    if (t.segments.length > 1) for (const s of t.segments) segs.push(normalize(s));
  }
  const title = input.title?.trim() || null;
  return {
    id: contentHash(input.text),
    title,
    url: input.url?.trim() || null,
    date: storeDate(input.date) ?? record.documentDate ?? null,
    source: input.source?.trim() || null,
    text: input.text,
    recordZ: deflateRawSync(JSON.stringify(rest), { level: 1 }),
    pipeline,
    nTokens: record.tokens.length,
    ftsTitle: title ? normalize(title) : '',
    ftsBody: normalize(input.text),
    ftsSeg: segs.join(' '),
    events: record.events.map((e, i) => eventRow(e, i, record)),
  };
}
