// The HTTP API and the web UI: a fastify app over analyze() and the corpus store.
// Every error is JSON {"error": "<one line>"}; a 5xx never carries a stack or an internal message.

import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze as defaultAnalyze, checkDate } from '../analyze.js';
import { checkText, InputError } from '../text/decode.js';
import { EVENT_TYPES, type RasdRecord } from '../schema.js';
import type { EventFilter, Store, StoredEvent } from '../store/db.js';
import { csvHeader, eventCsvLine } from '../export/csv.js';
import { openApiDocument } from './openapi.js';

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface AppOptions {
  /** The corpus store; without one the corpus routes answer 503. */
  store?: Store | null;
  /** Largest request body in bytes (default 5 MB); larger bodies get 413. */
  bodyLimit?: number;
  /** Milliseconds a whole request may take (default 30 s). */
  requestTimeout?: number;
  /** The folder of the static UI (default: the package's web/). */
  webRoot?: string;
  /** The analysis function (default: analyze from src/analyze.ts on this thread; a worker pool's analyze keeps the server answering during long analyses). */
  analyze?: (text: string, opts: { date: string | null }) => RasdRecord | Promise<RasdRecord>;
  /** Milliseconds an analysis may take before the request gets 503 (default: the request timeout). */
  analyzeTimeout?: number;
  /** fastify's logger option (default off). */
  logger?: boolean;
}

/** A client error with its status and a one-line message. */
export class HttpError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The package's web/ folder, from src/server or dist/server alike. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
}

/** First line only, bounded, so messages never spill internals across lines. */
function oneLine(s: string): string {
  const line = String(s).split(/\r?\n/, 1)[0]!.trim();
  return line.length > 300 ? line.slice(0, 297) + '...' : line;
}

const MAX_LIMIT = 1000;
const CSV_PAGE = 2000;

type Query = Record<string, string | string[] | undefined>;

function str(q: Query, name: string): string | undefined {
  const v = q[name];
  const s = Array.isArray(v) ? v[v.length - 1] : v;
  return s === undefined || s === '' ? undefined : s;
}

function int(q: Query, name: string, dflt: number, max: number): number {
  const s = str(q, name);
  if (s === undefined) return dflt;
  if (!/^\d{1,9}$/.test(s)) throw new HttpError(400, `${name} must be a whole number`);
  return Math.min(Number(s), max);
}

function date(q: Query, name: string): string | undefined {
  const s = str(q, name);
  if (s === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) throw new HttpError(400, `bad ${name} date "${s.slice(0, 40)}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  return s;
}

/** The event filters shared by /api/events and /api/timeline. */
function eventFilter(q: Query): EventFilter {
  const f: EventFilter = {};
  const type = str(q, 'type');
  if (type !== undefined) {
    const u = type.toUpperCase();
    if (!(EVENT_TYPES as readonly string[]).includes(u)) throw new HttpError(400, `type must be one of ${EVENT_TYPES.join(', ')}`);
    f.type = u;
  }
  for (const k of ['actor', 'recipient', 'location', 'source'] as const) {
    const v = str(q, k);
    if (v !== undefined) f[k] = v.slice(0, 200);
  }
  const from = date(q, 'from');
  const to = date(q, 'to');
  if (from) f.from = from;
  if (to) f.to = to;
  return f;
}

/** The first actor's country:sector code (or its text), the key of the timeline's actor series. */
export function actorKey(e: StoredEvent): string {
  const a = e.actor[0];
  if (!a) return '—';
  const c = a.canonical;
  if (c?.country || c?.sector) return `${c.country ?? ''}${c.sector ? ':' + c.sector : ''}`;
  return c?.name || a.text;
}

/** Event counts by document date, one series per type or actor (top `top` series, the rest as "other"). */
export function timeline(events: Iterable<StoredEvent>, by: 'type' | 'actor', top = 8): { by: string; dates: string[]; series: { key: string; total: number; counts: number[] }[]; undated: number } {
  // One pass over the events (they may come straight from a store cursor), keeping only date and key.
  const cells = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  let undated = 0;
  for (const e of events) {
    if (!e.date) { undated++; continue; }
    const d = e.date.slice(0, 10);
    const k = by === 'type' ? e.type : actorKey(e);
    totals.set(k, (totals.get(k) ?? 0) + 1);
    let row = cells.get(k);
    if (!row) cells.set(k, (row = new Map()));
    row.set(d, (row.get(d) ?? 0) + 1);
  }
  const dateSet = new Set<string>();
  for (const row of cells.values()) for (const d of row.keys()) dateSet.add(d);
  const dates = [...dateSet].sort();
  const dateIndex = new Map(dates.map((d, i) => [d, i]));
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const series: { key: string; total: number; counts: number[] }[] = [];
  let other: { key: string; total: number; counts: number[] } | null = null;
  ranked.forEach(([k, total], i) => {
    let s: { key: string; total: number; counts: number[] };
    if (i < top) series.push((s = { key: k, total: 0, counts: new Array<number>(dates.length).fill(0) }));
    else s = other ??= { key: 'other', total: 0, counts: new Array<number>(dates.length).fill(0) };
    s.total += total;
    for (const [d, c] of cells.get(k)!) s.counts[dateIndex.get(d)!]! += c;
  });
  if (other) series.push(other);
  return { by, dates, series, undated };
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export async function buildApp(opts: AppOptions = {}): Promise<FastifyInstance> {
  const store = opts.store ?? null;
  const run = opts.analyze ?? ((text: string, o: { date: string | null }) => defaultAnalyze(text, o));
  const analyzeTimeout = opts.analyzeTimeout ?? opts.requestTimeout ?? 30_000;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: opts.requestTimeout ?? 30_000,
    connectionTimeout: (opts.requestTimeout ?? 30_000) + 5_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  app.setErrorHandler((err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    const e = err as FastifyError & { statusCode?: number; code?: string };
    let status = 500;
    let message = 'internal error';
    // fastify's own errors first: some of them are RangeErrors too.
    if (err instanceof HttpError) { status = err.statusCode; message = err.message; }
    else if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') { status = 413; message = `request body is larger than the limit of ${app.initialConfig.bodyLimit} bytes`; }
    else if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') { status = 415; message = 'unsupported media type: send application/json or text/plain'; }
    else if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError) { status = 400; message = 'malformed JSON body'; }
    else if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') { status = 400; message = 'empty JSON body'; }
    else if (typeof e.code === 'string' && e.code.startsWith('FST_') && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) { status = e.statusCode; message = err.message; }
    else if (err instanceof InputError) { status = err.code === 'too_large' ? 413 : 400; message = err.message; }
    else if (err instanceof RangeError) { status = 400; message = err.message; }
    else if ((err as { name?: string }).name === 'StoreError') { status = 500; message = 'store error'; }
    if (status >= 500) req.log.error({ err }, 'request failed');
    reply.code(status).type('application/json; charset=utf-8').send({ error: oneLine(message) });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).type('application/json; charset=utf-8').send({ error: `not found: ${req.method} ${oneLine(req.url.split('?')[0]!).slice(0, 200)}` });
  });

  const needStore = (): Store => {
    if (!store) throw new HttpError(503, 'no corpus store: start the server with --db FILE');
    return store;
  };

  app.get('/healthz', async () => {
    const s = store?.stats();
    return { ok: true, schema: 'rasd/1', ...(s ? { documents: s.documents, events: s.events } : {}) };
  });

  app.get('/openapi.json', async () => openApiDocument());

  app.post('/api/analyze', async (req) => {
    const q = req.query as Query;
    let text: unknown;
    let d: unknown = str(q, 'date');
    if (typeof req.body === 'string') text = req.body;
    else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
      const b = req.body as Record<string, unknown>;
      text = b.text;
      if (b.date !== undefined && b.date !== null) d = b.date;
    } else if (req.body === undefined || req.body === null) throw new HttpError(400, 'missing body: send {"text": "..."} as JSON or the text as text/plain');
    else throw new HttpError(400, 'expected a JSON object {"text": "...", "date": "YYYY-MM-DD"}');
    if (typeof text !== 'string') throw new HttpError(400, 'missing "text" string');
    if (d !== undefined && typeof d !== 'string') throw new HttpError(400, '"date" must be a string YYYY-MM-DD');
    // Checked here (cheaply) so a worker only ever gets text it can analyse.
    const checked = checkText(text);
    const date = checkDate(d as string | undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new HttpError(503, `analysis took longer than ${analyzeTimeout} ms; try a shorter text`)), analyzeTimeout);
    });
    try {
      return await Promise.race([Promise.resolve().then(() => run(checked, { date })), timeout]);
    } finally {
      clearTimeout(timer);
    }
  });

  app.get('/api/stats', async () => needStore().stats());

  app.get('/api/search', async (req) => {
    const q = req.query as Query;
    const query = str(q, 'q') ?? str(q, 'query');
    if (!query) throw new HttpError(400, 'missing q: the words to search for');
    const limit = int(q, 'limit', 20, MAX_LIMIT);
    const offset = int(q, 'offset', 0, 1e9);
    const from = date(q, 'from');
    const to = date(q, 'to');
    return needStore().search({ query: query.slice(0, 1000), limit, offset, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(str(q, 'source') ? { source: str(q, 'source')! } : {}) });
  });

  app.get('/api/documents', async (req) => {
    const q = req.query as Query;
    const from = date(q, 'from');
    const to = date(q, 'to');
    const source = str(q, 'source');
    return needStore().listDocuments({ limit: int(q, 'limit', 50, MAX_LIMIT), offset: int(q, 'offset', 0, 1e9), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(source ? { source } : {}) });
  });

  app.get('/api/documents/:id', async (req) => {
    const { id } = req.params as { id: string };
    const doc = needStore().getDocument(id);
    if (!doc) throw new HttpError(404, `no document with id ${id.slice(0, 80)}`);
    return doc;
  });

  app.get('/api/events', async (req, reply) => {
    const q = req.query as Query;
    const s = needStore();
    const f = eventFilter(q);
    const format = str(q, 'format') ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new HttpError(400, 'format must be json or csv');
    if (format === 'csv') {
      // The whole filtered list unless a limit is given, streamed a page at a time: each page is
      // one short query, so other requests can use the store between pages.
      const lim = str(q, 'limit');
      const total = lim === undefined ? Infinity : int(q, 'limit', 0, 1e9);
      const start = int(q, 'offset', 0, 1e9);
      async function* rows(): AsyncGenerator<string> {
        yield csvHeader();
        for (let done = 0; done < total;) {
          const page = s.events({ ...f, limit: Math.min(CSV_PAGE, total - done), offset: start + done });
          if (!page.length) return;
          let out = '';
          for (const e of page) out += eventCsvLine(e);
          yield out;
          done += page.length;
          if (page.length < CSV_PAGE) return;
        }
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rasd-events.csv"')
        .send(Readable.from(rows()));
    }
    const limit = int(q, 'limit', 100, MAX_LIMIT);
    const offset = int(q, 'offset', 0, 1e9);
    return { total: s.countEvents(f), events: s.events({ ...f, limit, offset }) };
  });

  app.get('/api/timeline', async (req) => {
    const q = req.query as Query;
    const by = str(q, 'by') ?? 'type';
    if (by !== 'type' && by !== 'actor') throw new HttpError(400, 'by must be type or actor');
    // Consumed synchronously, so the store cursor is closed before the handler returns.
    return timeline(needStore().iterateEvents(eventFilter(q)), by);
  });

  const root = opts.webRoot ?? defaultWebRoot();
  if (existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true, cacheControl: true, maxAge: 0 });
  } else {
    app.get('/', async (_req, reply) => reply.type('text/plain; charset=utf-8').send('rasd API: the web UI (web/) is missing from this installation; see /openapi.json\n'));
  }

  return app;
}
