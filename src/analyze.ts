// The public entry point: text in, rasd/1 record out. A pure function of its input and the
// resources loaded once per process: no I/O per call, no clock.

import type { Doc } from './doc.js';
import { SCHEMA, type RasdRecord, type Token, type Warning } from './schema.js';
import { checkText } from './text/decode.js';
import { normalize, shadow } from './text/normalize.js';
import { splitSentences } from './text/sentences.js';
import { tokenize } from './text/tokens.js';
import { segmentWord } from './morph/segment.js';
import { extractValues } from './values/index.js';
import { extractEntities } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { registerKb } from './entities/link.js';

// The entity knowledge base (data/kb): gazetteer matches and name linking for the entities layer.
registerKb();

export interface AnalyzeOptions {
  /** The document date (YYYY-MM-DD, YYYY-MM or YYYY): the anchor for relative dates. */
  date?: string | null;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** A day with a clock time after it, as feeds and scrapers write them (2015-07-23 19:28:17, 2021-01-10T08:00:00+03:00). */
const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d(:([0-5]\d|60)(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Checks a document date option; throws a one-line error for a bad one. A date with a clock
 * time keeps its day as written (the publisher's local day; no time-zone shift).
 */
export function checkDate(date: string | null | undefined): string | null {
  if (date == null || date === '') return null;
  const withTime = DATETIME_RE.exec(date);
  if (withTime) date = withTime[1]!;
  if (!DATE_RE.test(date)) throw new RangeError(`bad date "${date}": expected YYYY-MM-DD`);
  const [y, m, d] = date.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) throw new RangeError(`bad date "${date}": month out of range`);
  if (d !== undefined) {
    const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    if (d < 1 || d > days) throw new RangeError(`bad date "${date}": day out of range`);
  }
  return date;
}

/** Runs the text layers: shadow copy, tokens, segments, sentences. */
export function buildDoc(input: string, options: AnalyzeOptions = {}): Doc {
  const text = checkText(input);
  const raw = tokenize(text);
  const sentences = splitSentences(text, raw);
  const tokens: Token[] = new Array(raw.length);
  const tokenSentence = new Int32Array(raw.length);
  let s = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const surface = text.slice(t.start, t.end);
    const norm = normalize(surface);
    const segments = t.kind === 'word' || t.kind === 'number' ? segmentWord(surface, norm) : [surface];
    tokens[i] = { start: t.start, end: t.end, norm, segments };
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    tokenSentence[i] = s;
  }
  return {
    text,
    shadow: shadow(text),
    sentences,
    tokens,
    kinds: raw.map((t) => t.kind),
    tokenSentence,
    documentDate: checkDate(options.date),
    entities: [],
    values: [],
    events: [],
    warnings: [] as Warning[],
  };
}

/** Analyses one document into a rasd/1 record. */
export function analyze(input: string, options: AnalyzeOptions = {}): RasdRecord {
  const doc = buildDoc(input, options);
  doc.values = extractValues(doc);
  doc.entities = extractEntities(doc);
  doc.events = extractEvents(doc);
  return toRecord(doc);
}

export function toRecord(doc: Doc): RasdRecord {
  return {
    schema: SCHEMA,
    text: doc.text,
    lang: 'ar',
    documentDate: doc.documentDate,
    sentences: doc.sentences,
    tokens: doc.tokens,
    entities: doc.entities,
    values: doc.values,
    events: doc.events,
    warnings: doc.warnings,
  };
}
