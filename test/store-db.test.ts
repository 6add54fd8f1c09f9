// The corpus store: content-hash ids, one transaction per document, read-only opening,
// refusing files that are not ours, event filters over records we build here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, StoreError, prepareDocument, contentHash } from '../src/store/db.ts';
import { analyze } from '../src/analyze.ts';
import type { Argument, Canonical, Event, EventType, RasdRecord } from '../src/schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-store-'));
let n = 0;
const dbPath = () => join(dir, `s${++n}.db`);

function arg(text: string, phrase: string, canonical: Partial<Canonical> | null = null): Argument {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return {
    start, end: start + phrase.length, text: phrase, entity: null,
    canonical: canonical ? { id: canonical.id ?? phrase, name: canonical.name ?? phrase, nameAr: phrase, kind: canonical.kind ?? 'country', ...canonical } : null,
  };
}

function event(text: string, type: EventType, trigger: string, parts: Partial<Event> = {}): Event {
  const t = arg(text, trigger);
  return {
    id: `e${Math.random().toString(36).slice(2, 6)}`, type, mode: null, context: [], sentence: 0,
    trigger: { start: t.start, end: t.end, text: t.text }, actor: [], recipient: [], location: [], time: null,
    magnitude: [], source: null, status: 'asserted', negated: false, confidence: 0.8, why: 'test', ...parts,
  };
}

function recordWith(text: string, events: (t: string) => Event[]): RasdRecord {
  const r = analyze(text);
  return { ...r, events: events(text) };
}

const A = 'سحبت كندا 500 جندي من العراق يوم الأحد.';
const B = 'قصفت طائرات تركية مواقع قرب الموصل، وقال مسؤول عراقي إن الهجوم أوقع قتلى.';
const C = 'التقى وزير الخارجية الأسترالي نظيره العراقي في بغداد.';

test('the same text twice is stored once (id = content hash)', () => {
  const s = openStore(dbPath());
  const r1 = s.addDocument({ text: A, title: 'أ' }, analyze(A));
  const r2 = s.addDocument({ text: A, title: 'another title' }, analyze(A));
  assert.deepEqual(r1, { id: contentHash(A), added: true });
  assert.deepEqual(r2, { id: contentHash(A), added: false });
  assert.equal(s.stats().documents, 1);
  assert.equal(s.getDocument(r1.id)!.title, 'أ');
  s.close();
});

test('a stored record comes back whole: text, spans, metadata', () => {
  const s = openStore(dbPath());
  const rec = recordWith(A, (t) => [event(t, 'RETREAT', 'سحبت', { actor: [arg(t, 'كندا', { country: 'CAN' })] })]);
  const { id } = s.addDocument({ text: A, title: 'عنوان', url: 'http://example.org/1', date: '2021-01-10 08:00:00', source: 'test' }, rec);
  const d = s.getDocument(id)!;
  assert.deepEqual(d.record, rec);
  assert.equal(d.date, '2021-01-10');
  assert.equal(d.url, 'http://example.org/1');
  for (const t of d.record.tokens) assert.equal(d.record.text.slice(t.start, t.end).length, t.end - t.start);
  assert.equal(s.getDocument('0000000000000000'), null);
  s.close();
});

test('an error inside a document transaction keeps earlier documents and leaves no partial one', () => {
  const path = dbPath();
  const s = openStore(path);
  s.addDocument({ text: A }, recordWith(A, (t) => [event(t, 'RETREAT', 'سحبت')]));
  // The second document's second event blows up while its rows are being written.
  const bad = recordWith(B, (t) => [event(t, 'ASSAULT', 'قصفت'), event(t, 'ASSAULT', 'الهجوم')]);
  const prepared = prepareDocument({ text: B }, bad, 'test');
  Object.defineProperty(prepared.events[1]!, 'json', { get() { throw new Error('disk on fire'); }, enumerable: true });
  assert.throws(() => s.addPrepared(prepared), /disk on fire/);
  s.addDocument({ text: C }, recordWith(C, () => []));
  s.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.prepare('SELECT count(*) FROM documents').pluck().get(), 2);
  assert.equal(db.prepare('SELECT count(*) FROM events').pluck().get(), 1);
  assert.equal(db.prepare('SELECT count(*) FROM docs_fts').pluck().get(), 2);
  assert.equal(db.prepare('SELECT count(*) FROM documents WHERE id = ?').pluck().get(contentHash(B)), 0);
  db.close();
});

test('read-only opening of a missing store fails and creates nothing', () => {
  const p = join(dir, 'missing.db');
  assert.throws(() => openStore(p, { readonly: true }), (e: unknown) => e instanceof StoreError && e.code === 'not_found');
  assert.equal(existsSync(p), false);
});

test('a file that is not SQLite is refused and left byte for byte as it was', () => {
  const p = join(dir, 'notes.db');
  const bytes = Buffer.from('هذه ملاحظات وليست قاعدة بيانات\n'.repeat(200));
  writeFileSync(p, bytes);
  for (const readonly of [true, false]) {
    assert.throws(() => openStore(p, { readonly }), (e: unknown) => e instanceof StoreError && /not an SQLite database/.test((e as Error).message));
  }
  assert.deepEqual(readFileSync(p), bytes);
  assert.equal(existsSync(p + '-wal'), false);
});

test('an SQLite database that is not a Rasd store is refused, not migrated', () => {
  const p = dbPath();
  const db = new Database(p);
  db.exec('CREATE TABLE notes(x)');
  db.close();
  assert.throws(() => openStore(p), /not a Rasd store/);
  const again = new Database(p, { readonly: true });
  assert.deepEqual(again.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all(), ['notes']);
  again.close();
});

test('the schema version lives in meta; the store uses WAL', () => {
  const p = dbPath();
  openStore(p).close();
  const db = new Database(p, { readonly: true });
  assert.equal(db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get(), '1');
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
  const s = openStore(p, { readonly: true });
  assert.equal(s.stats().schemaVersion, 1);
  s.close();
});

test('event filters: type, actor, recipient (country and sector), location, dates, source', () => {
  const s = openStore(dbPath());
  s.addDocument({ text: A, date: '2021-01-10', source: 'x' }, recordWith(A, (t) => [
    event(t, 'RETREAT', 'سحبت', { actor: [arg(t, 'كندا', { country: 'CAN', sector: 'MIL' })], location: [arg(t, 'العراق', { country: 'IRQ', name: 'Iraq' })] }),
  ]));
  s.addDocument({ text: B, date: '2021-02-03', source: 'y' }, recordWith(B, (t) => [
    event(t, 'ASSAULT', 'قصفت', { actor: [arg(t, 'تركية', { country: 'TUR', sector: 'MIL' })], location: [arg(t, 'الموصل', { country: 'IRQ', name: 'Mosul', kind: 'city' })] }),
  ]));
  s.addDocument({ text: C, date: '2021-03-01', source: 'x' }, recordWith(C, (t) => [
    event(t, 'CONSULT', 'التقى', { actor: [arg(t, 'الأسترالي', { country: 'AUS', sector: 'GOV' })], recipient: [arg(t, 'العراقي', { country: 'IRQ', sector: 'GOV' })], location: [arg(t, 'بغداد', { country: 'IRQ', name: 'Baghdad' })] }),
  ]));
  const types = (f: Parameters<typeof s.events>[0]) => s.events(f).map((e) => e.type);
  assert.deepEqual(types({}), ['RETREAT', 'ASSAULT', 'CONSULT']);
  assert.deepEqual(types({ type: 'assault' }), ['ASSAULT']);
  assert.deepEqual(types({ actor: 'can' }), ['RETREAT']);
  assert.deepEqual(types({ actor: ':MIL' }), ['RETREAT', 'ASSAULT']);
  assert.deepEqual(types({ actor: 'TUR:MIL' }), ['ASSAULT']);
  assert.deepEqual(types({ recipient: 'IRQ' }), ['CONSULT']);
  assert.deepEqual(types({ location: 'IRQ' }), ['RETREAT', 'ASSAULT', 'CONSULT']);
  assert.deepEqual(types({ location: 'الموصل' }), ['ASSAULT']);
  assert.deepEqual(types({ location: 'بغداد' }), ['CONSULT']);
  assert.deepEqual(types({ location: 'Mosul' }), ['ASSAULT']);
  assert.deepEqual(types({ from: '2021-02' }), ['ASSAULT', 'CONSULT']);
  assert.deepEqual(types({ to: '2021-02' }), ['RETREAT', 'ASSAULT']);
  assert.deepEqual(types({ from: '2021-01-11', to: '2021-02-03' }), ['ASSAULT']);
  assert.deepEqual(types({ source: 'x' }), ['RETREAT', 'CONSULT']);
  assert.deepEqual(types({ limit: 1, offset: 1 }), ['ASSAULT']);
  assert.equal(s.countEvents({ actor: ':MIL' }), 2);
  const e = s.events({ type: 'CONSULT' })[0]!;
  assert.equal(e.docId, contentHash(C));
  assert.equal(e.date, '2021-03-01');
  assert.equal(e.sentenceText, C);
  assert.equal(C.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  assert.deepEqual(s.stats().events, 3);
  s.close();
});

test('bad dates in filters are usage errors', () => {
  const s = openStore(dbPath());
  for (const d of ['2021-13', '21-01-01', '2021-02-30', 'yesterday']) {
    assert.throws(() => s.events({ from: d }), RangeError, d);
    assert.throws(() => s.search({ query: 'كندا', to: d }), RangeError, d);
  }
  s.close();
});

test('replaceAnalysis swaps a document\'s events and index in one go; staleIds sees pipeline versions', () => {
  const s = openStore(dbPath());
  s.addDocument({ text: A }, recordWith(A, (t) => [event(t, 'RETREAT', 'سحبت')]), { pipeline: 'old' });
  s.addDocument({ text: C }, recordWith(C, () => []), { pipeline: 'new' });
  assert.deepEqual(s.staleIds('new'), [contentHash(A)]);
  const fresh = prepareDocument({ text: A }, recordWith(A, (t) => [event(t, 'MOBILIZE', 'جندي'), event(t, 'RETREAT', 'سحبت')]), 'new');
  assert.equal(s.replaceAnalysis(fresh), true);
  assert.deepEqual(s.events().map((e) => e.type), ['MOBILIZE', 'RETREAT']);
  assert.deepEqual(s.staleIds('new'), []);
  assert.equal(s.search({ query: 'كندا' }).total, 1);
  s.close();
});

test('listDocuments pages and filters', () => {
  const s = openStore(dbPath());
  s.addDocument({ text: A, date: '2021-01-10', source: 'x' }, analyze(A));
  s.addDocument({ text: B, date: '2021-02-03', source: 'y' }, analyze(B));
  s.addDocument({ text: C, source: 'x' }, analyze(C));
  const all = s.listDocuments();
  assert.equal(all.total, 3);
  assert.deepEqual(s.listDocuments({ source: 'x' }).documents.map((d) => d.id).sort(), [contentHash(A), contentHash(C)].sort());
  assert.deepEqual(s.listDocuments({ from: '2021-02' }).documents.map((d) => d.id), [contentHash(B)]);
  assert.deepEqual([...s.iterateDocuments()].map((d) => d.record.text), [A, B, C]);
  s.close();
});

test('a store from a newer Rasd (higher schema version) is refused, read-only or not', () => {
  const p = dbPath();
  openStore(p).close();
  const db = new Database(p);
  db.prepare(`UPDATE meta SET value = '99' WHERE key = 'schema_version'`).run();
  db.close();
  assert.throws(() => openStore(p), /newer than this rasd understands/);
  assert.throws(() => openStore(p, { readonly: true }), /newer than this rasd understands/);
});
