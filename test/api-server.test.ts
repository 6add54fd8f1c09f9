// The HTTP API through fastify's inject(), and a real loopback server for the body limit.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp, timeline } from '../src/server/app.ts';
import type { Store } from '../src/store/db.ts';
import { DOC_A, DOC_B, filledStore } from './api-fixtures.ts';

const ARTICLE = 'قال وزير الخارجية الأمريكي في واشنطن إن بلاده ستفرض عقوبات على إيران.';

function json(body: string): Record<string, unknown> {
  return JSON.parse(body) as Record<string, unknown>;
}

/** An error body: JSON with one line, no stack frames. */
function assertError(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, pattern?: RegExp): void {
  assert.equal(res.statusCode, status, res.body);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  const b = json(res.body);
  assert.deepEqual(Object.keys(b), ['error']);
  const msg = b.error as string;
  assert.equal(typeof msg, 'string');
  assert.ok(msg.length > 0 && !msg.includes('\n'), 'one line');
  assert.doesNotMatch(msg, /\bat .+:\d+:\d+/, 'no stack frames');
  if (pattern) assert.match(msg, pattern);
}

describe('API over a store', () => {
  let app: FastifyInstance;
  let store: Store;
  let ids: { a: string; b: string; c: string };

  before(async () => {
    ({ store, ids } = filledStore());
    app = await buildApp({ store });
  });
  after(async () => {
    await app.close();
    store.close();
  });

  test('GET /healthz answers with the corpus size', async () => {
    const res = await app.inject('/healthz');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(json(res.body), { ok: true, schema: 'rasd/1', documents: 3, events: 3 });
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String((await app.inject('/')).headers['content-security-policy']), /default-src 'self'/, 'static files too');
  });

  test('POST /api/analyze with JSON returns a rasd/1 record whose spans point into the text', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, date: '2024-05-01' } });
    assert.equal(res.statusCode, 200);
    const r = json(res.body) as { schema: string; text: string; documentDate: string; tokens: { start: number; end: number }[]; entities: { start: number; end: number; text: string }[] };
    assert.equal(r.schema, 'rasd/1');
    assert.equal(r.text, ARTICLE);
    assert.equal(r.documentDate, '2024-05-01');
    assert.ok(r.tokens.length >= 10);
    assert.ok(r.entities.length > 0);
    for (const e of r.entities) assert.equal(ARTICLE.slice(e.start, e.end), e.text);
  });

  test('POST /api/analyze with text/plain, date from the query', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/analyze?date=2023-02', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: ARTICLE });
    assert.equal(res.statusCode, 200);
    const r = json(res.body);
    assert.equal(r.text, ARTICLE);
    assert.equal(r.documentDate, '2023-02');
  });

  test('bad requests get 400 with a JSON error', async () => {
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '{"text": "غارة' }), 400, /malformed JSON/);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { body: 'no text here' } }), 400, /"text"/);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 42 } }), 400, /"text"/);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '[1,2]' }), 400);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, date: '2024-02-30' } }), 400, /date/);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, date: 20240101 } }), 400, /date/);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'text/plain' }, payload: 'a\u0000b' }), 400, /NUL/);
    assertError(await app.inject('/api/events?type=BOMBING'), 400, /type must be one of/);
    assertError(await app.inject('/api/events?from=yesterday'), 400, /from/);
    assertError(await app.inject('/api/events?limit=ten'), 400, /limit/);
    assertError(await app.inject('/api/events?format=xml'), 400, /format/);
    assertError(await app.inject('/api/search'), 400, /missing q/);
    assertError(await app.inject('/api/timeline?by=month'), 400);
  });

  test('an unsupported media type gets 415', async () => {
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/xml' }, payload: '<text>غارة</text>' }), 415);
  });

  test('unknown documents and routes get 404', async () => {
    assertError(await app.inject('/api/documents/0000000000000000'), 404, /no document/);
    assertError(await app.inject('/api/nothing-here'), 404, /not found/);
    assertError(await app.inject({ method: 'DELETE', url: '/api/events' }), 404);
  });

  test('GET /api/search finds documents with a snippet and the match inside it', async () => {
    const res = await app.inject(`/api/search?q=${encodeURIComponent('الموصل')}`);
    assert.equal(res.statusCode, 200);
    const r = json(res.body) as { total: number; hits: { id: string; snippet: string; match: { start: number; end: number } }[] };
    assert.equal(r.total, 1);
    assert.equal(r.hits[0]!.id, ids.a);
    const h = r.hits[0]!;
    assert.equal(h.snippet.slice(h.match.start, h.match.end), 'الموصل');
    const none = json((await app.inject(`/api/search?q=${encodeURIComponent('الموصل')}&from=2024-03-11`)).body) as { total: number };
    assert.equal(none.total, 0, 'the date filter applies');
  });

  test('GET /api/documents lists, GET /api/documents/:id returns the stored record', async () => {
    const list = json((await app.inject('/api/documents?limit=2')).body) as { total: number; documents: { id: string }[] };
    assert.equal(list.total, 3);
    assert.equal(list.documents.length, 2);
    const res = await app.inject(`/api/documents/${ids.b}`);
    assert.equal(res.statusCode, 200);
    const d = json(res.body) as { id: string; date: string; source: string; record: { text: string; events: { type: string }[] } };
    assert.equal(d.id, ids.b);
    assert.equal(d.record.text, DOC_B);
    assert.equal(d.date, '2024-03-14');
    assert.equal(d.source, 'test-wire');
    assert.deepEqual(d.record.events.map((e) => e.type), ['SANCTION']);
  });

  test('GET /api/events filters by type, actor, recipient, location, dates and source, with paging', async () => {
    const get = async (q: string) => json((await app.inject(`/api/events${q}`)).body) as { total: number; events: { type: string; docId: string; sentenceText: string }[] };
    const all = await get('');
    assert.equal(all.total, 3);
    assert.deepEqual(all.events.map((e) => e.type), ['ASSAULT', 'SANCTION', 'CONSULT']);
    assert.equal(all.events[0]!.sentenceText, DOC_A);
    assert.deepEqual((await get('?type=sanction')).events.map((e) => e.docId), [ids.b]);
    assert.deepEqual((await get('?actor=IRQ')).events.map((e) => e.type), ['ASSAULT']);
    assert.deepEqual((await get('?actor=IRQ:MIL')).events.map((e) => e.type), ['ASSAULT']);
    assert.deepEqual((await get('?actor=:GOV')).events.map((e) => e.type), ['CONSULT']);
    assert.deepEqual((await get('?recipient=IRN')).events.map((e) => e.type), ['SANCTION']);
    assert.deepEqual((await get(`?location=${encodeURIComponent('الموصل')}`)).events.map((e) => e.type), ['ASSAULT']);
    assert.deepEqual((await get('?from=2024-03-11&to=2024-03')).events.map((e) => e.type), ['SANCTION', 'CONSULT']);
    assert.deepEqual((await get('?source=other')).events.map((e) => e.type), ['CONSULT']);
    const page = await get('?limit=1&offset=1');
    assert.equal(page.total, 3);
    assert.deepEqual(page.events.map((e) => e.type), ['SANCTION']);
  });

  test('GET /api/events?format=csv is an attachment with the contract columns', async () => {
    const res = await app.inject('/api/events?format=csv&from=2024-03-14');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="rasd-events\.csv"/);
    const lines = res.body.split('\r\n');
    assert.equal(lines.pop(), '', 'CRLF after every row');
    assert.match(lines[0]!, /^doc_id,date,event_type,mode,actor_country,/);
    assert.equal(lines.length, 3);
    assert.ok(lines[1]!.startsWith(`${ids.b},2024-03-14,SANCTION,,USA,`));
    assert.ok(lines[2]!.startsWith(`${ids.c},2024-03-14,CONSULT,,JOR,GOV,`));
  });

  test('GET /api/timeline counts events by date per type and per actor', async () => {
    const t = json((await app.inject('/api/timeline')).body) as ReturnType<typeof timeline>;
    assert.deepEqual(t.dates, ['2024-03-10', '2024-03-14']);
    const byKey = Object.fromEntries(t.series.map((s) => [s.key, s.counts]));
    assert.deepEqual(byKey, { ASSAULT: [1, 0], SANCTION: [0, 1], CONSULT: [0, 1] });
    const a = json((await app.inject('/api/timeline?by=actor&type=ASSAULT')).body) as ReturnType<typeof timeline>;
    assert.deepEqual(a.series.map((s) => [s.key, s.counts]), [['IRQ:MIL', [1]]]);
  });

  test('the OpenAPI document describes every route the app serves', async () => {
    const res = await app.inject('/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = json(res.body) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\./);
    for (const [path, method] of [['/healthz', 'get'], ['/api/analyze', 'post'], ['/api/search', 'get'], ['/api/documents/{id}', 'get'], ['/api/events', 'get'], ['/api/timeline', 'get']] as const) {
      assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
      const probe = await app.inject({ method: method.toUpperCase() as 'GET' | 'POST', url: path.replace('{id}', ids.a) + (path === '/api/search' ? '?q=x' : ''), ...(method === 'post' ? { payload: { text: 'نص' } } : {}) });
      assert.notEqual(probe.statusCode, 404, `${path} is served`);
    }
  });

  test('the UI is served from / with its script and stylesheet, locally', async () => {
    const page = await app.inject('/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const srcs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(srcs.includes('/app.js') && srcs.includes('/style.css'));
    for (const s of srcs) assert.doesNotMatch(s, /^(https?:)?\/\//, `no external resource: ${s}`);
    for (const s of ['/app.js', '/style.css']) assert.equal((await app.inject(s)).statusCode, 200);
    assert.doesNotMatch((await app.inject('/style.css')).body, /@import|url\(\s*['"]?https?:/);
    assert.doesNotMatch((await app.inject('/app.js')).body, /\.innerHTML\s*=|insertAdjacentHTML|document\.write/);
    for (const u of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fsrc%2fserver%2fapp.ts']) {
      const r = await app.inject(u);
      assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${u} → ${r.statusCode}`);
      assert.doesNotMatch(r.body, /"name": "rasd"|buildApp/, `${u} serves nothing outside web/`);
    }
  });
});

describe('API failures', () => {
  test('a failing handler answers 500 with a generic message and no stack', async () => {
    const app = await buildApp({ analyze: () => { throw new Error('secret internal detail\n    at /srv/rasd/x.js:1:2'); } });
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'نص' } });
    assertError(res, 500, /^internal error$/);
    assert.doesNotMatch(res.body, /secret|x\.js/);
    await app.close();
  });

  test('an analysis that runs too long gets 503 and the server goes on answering', async () => {
    const app = await buildApp({ analyze: () => new Promise(() => {}), analyzeTimeout: 150 });
    const t0 = Date.now();
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'نص' } }), 503, /150 ms/);
    assert.ok(Date.now() - t0 < 5_000);
    assert.equal((await app.inject('/healthz')).statusCode, 200);
    await app.close();
  });

  test('analysis in a worker pool gives the same record; bad input is refused before it reaches a worker', { timeout: 60_000 }, async () => {
    const { createPool } = await import('../src/parallel/pool.ts');
    const { analyze } = await import('../src/analyze.ts');
    const pool = createPool(1);
    let calls = 0;
    const app = await buildApp({ analyze: (t, o) => { calls++; return pool.analyze(t, o); } });
    try {
      const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, date: '2024-05-01' } });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(json(res.body), JSON.parse(JSON.stringify(analyze(ARTICLE, { date: '2024-05-01' }))));
      assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'a\u0000b' } }), 400, /NUL/);
      assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE, date: '2024-00' } }), 400, /date/);
      assert.equal(calls, 1);
    } finally {
      await app.close();
      await pool.close();
    }
  });

  test('without a store the corpus routes answer 503 and analysis still works', async () => {
    const app = await buildApp({});
    assertError(await app.inject('/api/events'), 503, /--db/);
    assertError(await app.inject('/api/search?q=x'), 503);
    assertError(await app.inject('/api/documents/abc'), 503);
    assert.deepEqual(json((await app.inject('/healthz')).body), { ok: true, schema: 'rasd/1' });
    assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: ARTICLE } })).statusCode, 200);
    await app.close();
  });

  test('the body limit is configurable and gives 413', async () => {
    const app = await buildApp({ bodyLimit: 1000 });
    const big = 'خبر '.repeat(400);
    assertError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: big } }), 413, /1000 bytes/);
    assert.equal((await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'خبر قصير' } })).statusCode, 200);
    assert.equal(app.server.requestTimeout, 30_000);
    await app.close();
    const t = await buildApp({ requestTimeout: 1234 });
    assert.equal(t.server.requestTimeout, 1234);
    await t.close();
  });

  test('a 30 MB POST to a listening server gets 413 and the server keeps serving', { timeout: 60_000 }, async () => {
    const app = await buildApp({});
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object');
    const base = `http://127.0.0.1:${addr.port}`;
    try {
      const body = JSON.stringify({ text: 'ا'.repeat(15 * 1024 * 1024) });
      assert.ok(Buffer.byteLength(body) > 30e6);
      const res = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
      assert.equal(res.status, 413);
      const b = (await res.json()) as { error: string };
      assert.match(b.error, /larger than the limit/);
      const h = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      assert.equal(h.status, 200);
      assert.equal(((await h.json()) as { ok: boolean }).ok, true);
      const ok = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: ARTICLE, signal: AbortSignal.timeout(10_000) });
      assert.equal(ok.status, 200);
    } finally {
      await app.close();
    }
  });
});

describe('large outputs', () => {
  test('the CSV streams every matching event across pages, and honours limit and offset', { timeout: 60_000 }, async () => {
    const { openStore } = await import('../src/store/db.ts');
    const { analyze } = await import('../src/analyze.ts');
    const { event } = await import('./api-fixtures.ts');
    const store = openStore(':memory:');
    const text = 'هاجم مسلحون حاجزاً للشرطة قرب كركوك.';
    const events = Array.from({ length: 4500 }, (_, i) => event(text, `ev${i + 1}`, i % 2 ? 'ASSAULT' : 'COERCE', 'هاجم', { confidence: i / 10000 }));
    store.addDocument({ text, date: '2024-01-02' }, { ...analyze(text), events });
    const app = await buildApp({ store });
    const rows = async (q: string) => (await app.inject(`/api/events?format=csv${q}`)).body.split('\r\n').slice(1, -1);
    const all = await rows('');
    assert.equal(all.length, 4500);
    assert.deepEqual(all.map((l) => Number(l.split(',').at(-1))), events.map((e) => e.confidence), 'every event once, in order');
    const some = await rows('&limit=2100&offset=10');
    assert.equal(some.length, 2100);
    assert.equal(Number(some[0]!.split(',').at(-1)), events[10]!.confidence);
    assert.equal((await rows('&type=COERCE')).length, 2250);
    const t = timeline(store.iterateEvents({}), 'type');
    assert.deepEqual(t.series.map((s) => [s.key, s.counts]), [['ASSAULT', [2250]], ['COERCE', [2250]]]);
    await app.close();
    store.close();
  });

  test('the timeline keeps the biggest series and folds the rest into "other"', () => {
    const ev = (type: string, date: string | null) => ({ type, date, actor: [] }) as unknown as Parameters<typeof timeline>[0] extends Iterable<infer E> ? E : never;
    const types = ['AGREE', 'CONSULT', 'SUPPORT', 'AID', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'ASSAULT'];
    const list = types.flatMap((t, i) => Array.from({ length: 10 - i }, (_, k) => ev(t, k % 2 ? '2024-01-02' : '2024-01-01T10:00')));
    list.push(ev('ASSAULT', null));
    const t = timeline(list, 'type', 8);
    assert.deepEqual(t.dates, ['2024-01-01', '2024-01-02']);
    assert.deepEqual(t.series.map((s) => s.key), [...types.slice(0, 8), 'other']);
    assert.deepEqual(t.series.at(-1), { key: 'other', total: 3, counts: [2, 1] });
    assert.equal(t.series.reduce((a, s) => a + s.total, 0), 55);
    assert.equal(t.undated, 1);
  });
});
