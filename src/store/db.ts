// The corpus store: SQLite through better-sqlite3, WAL, one transaction per document.
// Documents are keyed by a hash of their text, so adding the same text twice adds nothing.

import Database from 'better-sqlite3';
import type { Database as DB, Statement } from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Event, RasdRecord } from '../schema.js';
import { normalize } from '../text/normalize.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { contentHash, prepareDocument, type DocumentInput, type PreparedDocument } from './prepare.js';
import { makeSnippet, parseQuery } from './search.js';
import { pipelineVersion } from './version.js';

export { contentHash, prepareDocument, storeDate, type DocumentInput, type PreparedDocument } from './prepare.js';
export { pipelineVersion } from './version.js';

/** A store problem a user can act on (missing file, not a database, newer schema…). */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

export type StoredEvent = Event & { docId: string; date: string | null; sentenceText: string };

export interface StoredDocument {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  source: string | null;
  record: RasdRecord;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  source: string | null;
  tokens: number;
  events: number;
  pipeline: string;
}

export interface SearchQuery {
  query: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  date: string | null;
  /** A window of the original text around the first match, whitespace folded. */
  snippet: string;
  /** Where the match sits in `snippet` (UTF-16, end exclusive), for highlighting. */
  match?: { start: number; end: number } | null;
}

export interface EventFilter {
  type?: string;
  /** ISO 3166-1 alpha-3 (IRQ), country:sector (IRQ:MIL), :sector (:MIL) or a canonical id. */
  actor?: string;
  recipient?: string;
  /** A place name (normalised substring match), an ISO3 code or a canonical id. */
  location?: string;
  /** Document date range, inclusive; YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentFilter {
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly path: string;
  addDocument(input: DocumentInput, record: RasdRecord, opts?: { pipeline?: string }): { id: string; added: boolean };
  /** Writes rows made by prepareDocument() (in a worker); one transaction. */
  addPrepared(doc: PreparedDocument): { id: string; added: boolean };
  /** Replaces a stored document's analysis (same text), one transaction. */
  replaceAnalysis(doc: PreparedDocument): boolean;
  has(id: string): boolean;
  getDocument(id: string): StoredDocument | null;
  /** The document's text and metadata, without parsing the record. */
  getInput(id: string): (DocumentInput & { id: string; pipeline: string }) | null;
  listDocuments(f?: DocumentFilter): { total: number; documents: DocumentSummary[] };
  /** Iterates stored documents in insertion order (for export and reanalyze). */
  iterateDocuments(f?: DocumentFilter): IterableIterator<StoredDocument>;
  /** Ids of documents analysed by a pipeline other than `pipeline`. */
  staleIds(pipeline: string): string[];
  search(q: SearchQuery): { total: number; hits: SearchHit[] };
  events(f?: EventFilter): StoredEvent[];
  /** The same rows as `events`, one at a time (flat memory for exports). */
  iterateEvents(f?: EventFilter): IterableIterator<StoredEvent>;
  countEvents(f?: EventFilter): number;
  stats(): { documents: number; events: number; schemaVersion: number; sources: { source: string | null; documents: number }[] };
  close(): void;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Checks a date filter; a RangeError (exit 2 in the CLI) for a bad one. */
export function checkFilterDate(d: string | undefined, name: string): string | undefined {
  if (d === undefined || d === '') return undefined;
  if (!DATE_RE.test(d)) throw new RangeError(`bad --${name} date "${d}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const [y, m, day] = d.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) throw new RangeError(`bad --${name} date "${d}": month out of range`);
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(y!, m!, 0)).getUTCDate())) throw new RangeError(`bad --${name} date "${d}": day out of range`);
  return d;
}

function clampInt(n: number | undefined, dflt: number, max: number): number {
  if (n === undefined || !Number.isFinite(n)) return dflt;
  return Math.max(0, Math.min(max, Math.floor(n)));
}

/** SQL conditions for a document date range and source over table alias `d`. */
function docConditions(f: { from?: string; to?: string; source?: string }, where: string[], params: Record<string, unknown>): void {
  const from = checkFilterDate(f.from, 'from');
  const to = checkFilterDate(f.to, 'to');
  if (from) { where.push('d.date IS NOT NULL AND substr(d.date, 1, length(@from)) >= @from'); params.from = from; }
  if (to) { where.push('d.date IS NOT NULL AND substr(d.date, 1, length(@to)) <= @to'); params.to = to; }
  if (f.source) { where.push('d.source = @source'); params.source = f.source; }
}

function describeOpenError(path: string, err: unknown): StoreError {
  const e = err as { code?: string; message?: string };
  if (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT') return new StoreError('not_a_database', `${path} is not an SQLite database (left untouched)`);
  if (e.code === 'SQLITE_CANTOPEN') return new StoreError('cannot_open', `cannot open store ${path}`);
  return new StoreError('store', `${path}: ${e.message ?? String(err)}`);
}

/** Opens (and, unless readonly, creates and migrates) a store. */
export function openStore(path: string, opts: { readonly?: boolean } = {}): Store {
  const readonly = opts.readonly ?? false;
  if (path !== ':memory:') {
    if (readonly && !existsSync(path)) throw new StoreError('not_found', `no such store: ${path} (create one with rasd ingest --db ${path})`);
    if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError('is_directory', `${path} is a directory, not a store file`);
  }
  let db: DB;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw describeOpenError(path, err);
  }
  try {
    // Touch the schema first: a file that is not SQLite fails here, before anything is written.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (readonly) {
      migrateCheck(db);
    } else {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    const e = err as { code?: string; message?: string };
    if (e.code?.startsWith('SQLITE_')) throw describeOpenError(path, err);
    throw new StoreError('not_a_store', `${path}: ${e.message ?? String(err)}`);
  }
  return new SqliteStore(db, path);
}

function migrateCheck(db: DB): number {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (!tables.includes('meta') || !tables.includes('documents')) throw new StoreError('not_a_store', 'not a Rasd store (no meta/documents tables)');
  const v = Number(db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get());
  if (v > SCHEMA_VERSION) throw new StoreError('newer_schema', `store schema version ${v} is newer than this rasd understands (${SCHEMA_VERSION}); upgrade rasd`);
  if (v < SCHEMA_VERSION) throw new StoreError('older_schema', `store schema version ${v} is older than ${SCHEMA_VERSION}; open it once with rasd ingest to migrate`);
  return v;
}

interface DocRow {
  rowid: number;
  id: string;
  title: string | null;
  url: string | null;
  date: string | null;
  source: string | null;
  text: string;
  record: string | Buffer;
  pipeline: string;
}

/** Named parameters for a document row; bytes that crossed a thread arrive as a plain Uint8Array. */
function rowParams(doc: PreparedDocument): Record<string, unknown> {
  const z = doc.recordZ;
  return {
    id: doc.id, title: doc.title, url: doc.url, date: doc.date, source: doc.source, text: doc.text,
    record: Buffer.isBuffer(z) ? z : Buffer.from(z.buffer, z.byteOffset, z.byteLength),
    pipeline: doc.pipeline, nTokens: doc.nTokens, nEvents: doc.events.length,
  };
}

interface EventRow {
  docId: string;
  date: string | null;
  sentenceText: string;
  json: string;
}

function toStored(r: DocRow): StoredDocument {
  // New rows hold compressed JSON (a BLOB); plain JSON text is read as well.
  const json = typeof r.record === 'string' ? r.record : inflateRawSync(r.record).toString('utf8');
  const rest = JSON.parse(json) as Omit<RasdRecord, 'text'>;
  const { schema, ...others } = rest;
  const record = { schema, ...('id' in others ? { id: (others as { id?: string }).id } : {}), text: r.text, ...others } as RasdRecord;
  return { id: r.id, title: r.title, url: r.url, date: r.date, source: r.source, record };
}

class SqliteStore implements Store {
  private readonly st: Record<string, Statement>;
  private readonly insertTx: (doc: PreparedDocument) => { id: string; added: boolean };
  private readonly replaceTx: (doc: PreparedDocument) => boolean;

  constructor(private readonly db: DB, readonly path: string) {
    const ro = db.readonly;
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      has: p('SELECT 1 FROM documents WHERE id = ?').pluck(),
      get: p('SELECT rowid, id, title, url, date, source, text, record, pipeline FROM documents WHERE id = ?'),
      input: p('SELECT id, title, url, date, source, text, pipeline FROM documents WHERE id = ?'),
      countDocs: p('SELECT count(*) FROM documents').pluck(),
      countEvents: p('SELECT count(*) FROM events').pluck(),
      sources: p('SELECT source, count(*) AS documents FROM documents GROUP BY source ORDER BY documents DESC'),
      stale: p('SELECT id FROM documents WHERE pipeline <> ? ORDER BY rowid').pluck(),
      ...(ro ? {} : {
        insDoc: p(`INSERT INTO documents(id, title, url, date, source, text, record, pipeline, n_tokens, n_events, added_at, analyzed_at)
                   VALUES (@id, @title, @url, @date, @source, @text, @record, @pipeline, @nTokens, @nEvents, @now, @now)`),
        insFts: p('INSERT INTO docs_fts(rowid, title, body, seg) VALUES (?, ?, ?, ?)'),
        delFts: p('DELETE FROM docs_fts WHERE rowid = ?'),
        insEv: p(`INSERT INTO events(doc_rowid, ord, type, mode, status, date, actors, recipients, locations, sentence_text, json)
                  VALUES (@docRowid, @ord, @type, @mode, @status, @date, @actors, @recipients, @locations, @sentenceText, @json)`),
        delEv: p('DELETE FROM events WHERE doc_rowid = ?'),
        rowOf: p('SELECT rowid FROM documents WHERE id = ?').pluck(),
        upd: p(`UPDATE documents SET record = @record, pipeline = @pipeline, n_tokens = @nTokens, n_events = @nEvents,
                  date = coalesce(date, @date), analyzed_at = @now WHERE rowid = @rowid`),
      }),
    };
    this.insertTx = db.transaction((doc: PreparedDocument) => {
      if (this.st.has!.get(doc.id)) return { id: doc.id, added: false };
      const info = this.st.insDoc!.run({ ...rowParams(doc), now: new Date().toISOString() });
      const rowid = Number(info.lastInsertRowid);
      this.st.insFts!.run(rowid, doc.ftsTitle, doc.ftsBody, doc.ftsSeg);
      this.writeEvents(rowid, doc);
      return { id: doc.id, added: true };
    });
    this.replaceTx = db.transaction((doc: PreparedDocument) => {
      const rowid = this.st.rowOf!.get(doc.id) as number | undefined;
      if (rowid === undefined) return false;
      this.st.upd!.run({ ...rowParams(doc), now: new Date().toISOString(), rowid });
      this.st.delFts!.run(rowid);
      this.st.insFts!.run(rowid, doc.ftsTitle, doc.ftsBody, doc.ftsSeg);
      this.st.delEv!.run(rowid);
      this.writeEvents(rowid, doc);
      return true;
    });
  }

  private writeEvents(docRowid: number, doc: PreparedDocument): void {
    for (const e of doc.events) this.st.insEv!.run({ ...e, docRowid, date: doc.date });
  }

  addDocument(input: DocumentInput, record: RasdRecord, opts: { pipeline?: string } = {}): { id: string; added: boolean } {
    const id = contentHash(input.text);
    if (this.has(id)) return { id, added: false };
    return this.addPrepared(prepareDocument(input, record, opts.pipeline ?? pipelineVersion()));
  }

  addPrepared(doc: PreparedDocument): { id: string; added: boolean } {
    return this.insertTx(doc);
  }

  replaceAnalysis(doc: PreparedDocument): boolean {
    return this.replaceTx(doc);
  }

  has(id: string): boolean {
    return this.st.has!.get(id) !== undefined;
  }

  getDocument(id: string): StoredDocument | null {
    const r = this.st.get!.get(id) as DocRow | undefined;
    return r ? toStored(r) : null;
  }

  getInput(id: string): (DocumentInput & { id: string; pipeline: string }) | null {
    return (this.st.input!.get(id) as (DocumentInput & { id: string; pipeline: string }) | undefined) ?? null;
  }

  listDocuments(f: DocumentFilter = {}): { total: number; documents: DocumentSummary[] } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    docConditions(f, where, params);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM documents d ${w}`).pluck().get(params) as number;
    const documents = this.db.prepare(`SELECT id, title, url, date, source, n_tokens AS tokens, n_events AS events, pipeline
      FROM documents d ${w} ORDER BY d.date DESC, d.rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: clampInt(f.limit, 50, 10_000), offset: clampInt(f.offset, 0, Number.MAX_SAFE_INTEGER) }) as DocumentSummary[];
    return { total, documents };
  }

  *iterateDocuments(f: DocumentFilter = {}): IterableIterator<StoredDocument> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    docConditions(f, where, params);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = f.limit === undefined ? -1 : clampInt(f.limit, -1, Number.MAX_SAFE_INTEGER);
    const stmt = this.db.prepare(`SELECT rowid, id, title, url, date, source, text, record, pipeline FROM documents d ${w}
      ORDER BY d.rowid LIMIT @limit OFFSET @offset`);
    for (const r of stmt.iterate({ ...params, limit, offset: clampInt(f.offset, 0, Number.MAX_SAFE_INTEGER) })) yield toStored(r as DocRow);
  }

  staleIds(pipeline: string): string[] {
    return this.st.stale!.all(pipeline) as string[];
  }

  search(q: SearchQuery): { total: number; hits: SearchHit[] } {
    const parsed = parseQuery(q.query ?? '');
    if (!parsed.match) throw new RangeError('empty search query: give at least one word');
    const where = ['docs_fts MATCH @match'];
    const params: Record<string, unknown> = { match: parsed.match };
    docConditions(q, where, params);
    const w = where.join(' AND ');
    const from = 'FROM docs_fts JOIN documents d ON d.rowid = docs_fts.rowid';
    const total = this.db.prepare(`SELECT count(*) ${from} WHERE ${w}`).pluck().get(params) as number;
    const rows = this.db.prepare(`SELECT d.id, d.title, d.date, d.text ${from} WHERE ${w}
      ORDER BY bm25(docs_fts, 2.0, 1.0, 0.5), d.rowid LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: clampInt(q.limit, 20, 1000), offset: clampInt(q.offset, 0, Number.MAX_SAFE_INTEGER) }) as
      { id: string; title: string | null; date: string | null; text: string }[];
    const hits = rows.map((r) => {
      const s = makeSnippet(r.text, parsed.terms);
      return { id: r.id, title: r.title, date: r.date, snippet: s.snippet, match: s.match };
    });
    return { total, hits };
  }

  private eventWhere(f: EventFilter): { w: string; params: Record<string, unknown> } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    docConditions(f, where, params);
    if (f.type) { where.push('e.type = @type'); params.type = f.type.toUpperCase(); }
    if (f.actor) { where.push(`instr(e.actors, '|' || @actor || '|') > 0`); params.actor = argKey(f.actor); }
    if (f.recipient) { where.push(`instr(e.recipients, '|' || @recipient || '|') > 0`); params.recipient = argKey(f.recipient); }
    if (f.location) {
      const loc = f.location.trim();
      if (/^[A-Za-z]{3}$/.test(loc)) { where.push(`instr(e.locations, '|' || @loc || '|') > 0`); params.loc = loc.toUpperCase(); }
      else { where.push('instr(e.locations, @loc) > 0'); params.loc = normalize(loc).toLowerCase(); }
    }
    return { w: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  private eventsStatement(f: EventFilter): { stmt: Statement; params: Record<string, unknown> } {
    const { w, params } = this.eventWhere(f);
    const limit = f.limit === undefined ? -1 : clampInt(f.limit, -1, Number.MAX_SAFE_INTEGER);
    const stmt = this.db.prepare(`SELECT d.id AS docId, d.date AS date, e.sentence_text AS sentenceText, e.json AS json
      FROM events e JOIN documents d ON d.rowid = e.doc_rowid ${w}
      ORDER BY d.date, d.rowid, e.ord LIMIT @limit OFFSET @offset`);
    return { stmt, params: { ...params, limit, offset: clampInt(f.offset, 0, Number.MAX_SAFE_INTEGER) } };
  }

  events(f: EventFilter = {}): StoredEvent[] {
    return [...this.iterateEvents(f)];
  }

  *iterateEvents(f: EventFilter = {}): IterableIterator<StoredEvent> {
    const { stmt, params } = this.eventsStatement(f);
    for (const r of stmt.iterate(params) as IterableIterator<EventRow>) {
      yield { ...(JSON.parse(r.json) as Event), docId: r.docId, date: r.date, sentenceText: r.sentenceText };
    }
  }

  countEvents(f: EventFilter = {}): number {
    const { w, params } = this.eventWhere(f);
    return this.db.prepare(`SELECT count(*) FROM events e JOIN documents d ON d.rowid = e.doc_rowid ${w}`).pluck().get(params) as number;
  }

  stats(): { documents: number; events: number; schemaVersion: number; sources: { source: string | null; documents: number }[] } {
    return {
      documents: this.st.countDocs!.get() as number,
      events: this.st.countEvents!.get() as number,
      schemaVersion: SCHEMA_VERSION,
      sources: this.st.sources!.all() as { source: string | null; documents: number }[],
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** IRQ → IRQ; irq:mil → IRQ:MIL; :mil → :MIL; a canonical id (Q796) as given. */
function argKey(s: string): string {
  const t = s.trim();
  return /^[A-Za-z]{3}(:[A-Za-z]{3})?$|^:[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : t;
}
