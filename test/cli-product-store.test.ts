// rasd ingest | search | events | export | reanalyze as scripts call them: counts, exit codes,
// one-line errors, never touching a file that is not a store, surviving a kill mid-ingest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/db.ts';
import { analyze } from '../src/analyze.ts';
import { CSV_COLUMNS } from '../src/export/csv.ts';
import type { Event } from '../src/schema.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'rasd.js');
const dir = mkdtempSync(join(tmpdir(), 'rasd-product-'));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28, env: { ...process.env, ...env } });

const NEWS1 = 'بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً في غارة جوية قرب الموصل.';
const NEWS2 = 'دعت أستراليا إلى التهدئة، وقال وزير خارجيتها إن بلاده تتابع الوضع في العراق.';

const folder = join(dir, 'in');
mkdirSync(join(folder, 'sub'), { recursive: true });
writeFileSync(join(folder, 'a.txt'), NEWS1);
writeFileSync(join(folder, 'sub', 'b.jsonl'), JSON.stringify({ text: NEWS2, title: 'أستراليا', date: '2021-01-11' }) + '\n');
writeFileSync(join(folder, 'sub', 'c.json'), '{"text": "لم يكتمل');
const DB = join(dir, 'corpus.db');

test('a folder with one bad file: 2 added, 0 unchanged, 1 failed; again: 0 added, 2 unchanged', () => {
  const r = run(['ingest', folder, '--db', DB, '--jobs', '2']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout.trim().split('\n').at(-1), '2 added, 0 unchanged, 1 failed');
  assert.match(r.stderr, /c\.json: not valid JSON/);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  const again = run(['ingest', folder, '--db', DB]);
  assert.equal(again.stdout.trim(), '0 added, 2 unchanged, 1 failed');
});

test('ingest - reads JSONL records from stdin', () => {
  const p = join(dir, 'stdin.db');
  const r = spawnSync(process.execPath, [BIN, 'ingest', '-', '--db', p, '--source', 'pipe'], {
    input: JSON.stringify({ text: NEWS2 }) + '\n{"x": 1}\n', encoding: 'utf8', timeout: 60_000,
  });
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim(), '1 added, 0 unchanged, 1 failed');
  assert.match(r.stderr, /^rasd: failed -:2: no "text"/);
  const s = openStore(p, { readonly: true });
  assert.deepEqual(s.stats().sources, [{ source: 'pipe', documents: 1 }]);
  s.close();
});

test('search --format json: {total, hits: [{id, title, date, snippet}]} over normalised text', () => {
  const r = run(['search', 'استراليا', '--db', DB, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.total, 1);
  assert.deepEqual(Object.keys(out.hits[0]), ['id', 'title', 'date', 'snippet']);
  assert.equal(out.hits[0].title, 'أستراليا');
  assert.equal(out.hits[0].date, '2021-01-11');
  assert.ok(out.hits[0].snippet.includes('أستراليا'));
  const text = run(['search', 'العراقي', '--db', DB]);
  assert.match(text.stdout, /^1 document\n/);
  const env = run(['search', 'الموصل', '--format', 'json'], { RASD_DB: DB });
  assert.equal(JSON.parse(env.stdout).total, 1);
});

test('read commands on a missing store: one line, exit 1, no file created', () => {
  const missing = join(dir, 'missing.db');
  for (const args of [['search', 'x'], ['events'], ['export'], ['reanalyze']]) {
    const r = run([...args, '--db', missing]);
    assert.equal(r.status, 1, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /no such store/);
    assert.equal(existsSync(missing), false);
  }
});

test('a file that is not a store is never overwritten', () => {
  const p = join(dir, 'important.db');
  const bytes = Buffer.from('not a database at all\n'.repeat(100));
  writeFileSync(p, bytes);
  for (const args of [['ingest', folder], ['search', 'x'], ['events'], ['reanalyze']]) {
    const r = run([...args, '--db', p]);
    assert.equal(r.status, 1, args.join(' '));
    assert.match(r.stderr, /not an SQLite database/);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  assert.deepEqual(readFileSync(p), bytes);
});

test('bad dates and bad options are usage errors (exit 2)', () => {
  assert.equal(run(['events', '--db', DB, '--from', '2021-13']).status, 2);
  assert.equal(run(['search', 'x', '--db', DB, '--to', 'yesterday']).status, 2);
  assert.equal(run(['events', '--db', DB, '--type', 'HUG']).status, 2);
  assert.equal(run(['events', '--db', DB, '--limit', '-1']).status, 2);
  assert.equal(run(['export', '--db', DB, '--format', 'brat']).status, 2);
});

test('events --format csv|jsonl|plover over stored events', () => {
  const p = join(dir, 'events.db');
  const s = openStore(p);
  const text = 'قالت مصادر إن القوات الكندية ستنسحب من العراق، و"قريباً" جداً.';
  const at = (w: string) => { const start = text.indexOf(w); return { start, end: start + w.length, text: w }; };
  const ev: Event = {
    id: 'e1', type: 'RETREAT', mode: 'withdraw', context: ['military'], sentence: 0, trigger: at('ستنسحب'),
    actor: [{ ...at('القوات الكندية'), entity: null, canonical: { id: 'Q16', name: 'Canada', nameAr: 'كندا', kind: 'country', country: 'CAN', sector: 'MIL' } }],
    recipient: [], location: [{ ...at('العراق'), entity: null, canonical: { id: 'Q796', name: 'Iraq', nameAr: 'العراق', kind: 'country', country: 'IRQ' } }],
    time: null, magnitude: [], source: { ...at('مصادر'), entity: null, kind: 'anonymous' }, status: 'planned', negated: false, confidence: 0.6, why: 'test',
  };
  s.addDocument({ text, date: '2021-01-10' }, { ...analyze(text), events: [ev] });
  s.close();
  const csv = run(['events', '--db', p, '--format', 'csv']);
  assert.equal(csv.status, 0, csv.stderr);
  const lines = csv.stdout.split('\r\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.ok(lines[1]!.includes(',RETREAT,withdraw,CAN,MIL,القوات الكندية,'), lines[1]);
  assert.ok(lines[1]!.includes(`"${text.replace(/"/g, '""')}"`), lines[1]);
  assert.equal(run(['events', '--db', p, '--format', 'csv', '--actor', 'AUS']).stdout, CSV_COLUMNS.join(',') + '\r\n');
  const jl = run(['events', '--db', p, '--location', 'العراق']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(jl.length, 1);
  assert.equal(jl[0].sentenceText, text);
  assert.equal(jl[0].date, '2021-01-10');
  const pl = JSON.parse(run(['events', '--db', p, '--format', 'plover']).stdout);
  assert.equal(pl.event_type, 'CONCEDE');
  assert.equal(pl.rasd_type, 'RETREAT');
});

test('export: JSONL records that ingest again as the same documents; brat pairs in a folder', () => {
  const out = join(dir, 'export.jsonl');
  const r = run(['export', '--db', DB, '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  const recs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(recs.length, 2);
  for (const rec of recs) {
    assert.equal(rec.schema, 'rasd/1');
    assert.equal(typeof rec.id, 'string');
    for (const t of rec.tokens) assert.ok(t.end <= rec.text.length);
  }
  assert.equal(run(['ingest', out, '--db', DB]).stdout.trim(), '0 added, 2 unchanged, 0 failed');
  const stdout = run(['export', '--db', DB, '--from', '2021-01-11']);
  assert.equal(stdout.stdout.trim().split('\n').length, 1);
  const bratDir = join(dir, 'brat');
  const b = run(['export', '--db', DB, '--format', 'brat', '--out', bratDir]);
  assert.equal(b.status, 0, b.stderr);
  const files = readdirSync(bratDir).sort();
  assert.equal(files.filter((f) => f.endsWith('.txt')).length, 2);
  assert.equal(files.filter((f) => f.endsWith('.ann')).length, 2);
  assert.ok(files.includes('annotation.conf'));
  const txt = files.find((f) => f.endsWith('.txt'))!;
  assert.ok([NEWS1, NEWS2].includes(readFileSync(join(bratDir, txt), 'utf8')));
});

test('reanalyze on a current store changes nothing; --all redoes every document', () => {
  // The first run catches up if the build changed since the ingest above; the second finds nothing.
  assert.match(run(['reanalyze', '--db', DB]).stdout, /^[02] reanalysed, 0 failed/);
  assert.match(run(['reanalyze', '--db', DB]).stdout, /^0 reanalysed, 0 failed/);
  assert.match(run(['reanalyze', '--db', DB, '--all', '--jobs', '1']).stdout, /^2 reanalysed, 0 failed/);
});

test('killing ingest mid-batch loses no committed document and leaves no partial one', async () => {
  const p = join(dir, 'killed.db');
  const big = join(dir, 'many.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) lines.push(JSON.stringify({ text: `${NEWS1} ${NEWS2} (${i})`.repeat(3) }));
  writeFileSync(big, lines.join('\n') + '\n');
  const child = spawn(process.execPath, [BIN, 'ingest', big, '--db', p, '--jobs', '1'], { stdio: 'ignore' });
  let committed = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(p)) continue;
    try {
      const db = new Database(p, { readonly: true, fileMustExist: true });
      committed = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
      db.close();
    } catch { /* not created yet */ }
    if (committed >= 5) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(committed >= 5 && committed < 400, `committed ${committed}`);
  const db = new Database(p);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  const docs = db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  assert.ok(docs >= committed && docs < 400, String(docs));
  assert.equal(db.prepare('SELECT count(*) FROM docs_fts').pluck().get(), docs);
  assert.equal(db.prepare('SELECT count(*) FROM documents d WHERE n_events <> (SELECT count(*) FROM events e WHERE e.doc_rowid = d.rowid)').pluck().get(), 0);
  db.close();
  const resume = run(['ingest', big, '--db', p]);
  assert.equal(resume.stdout.trim(), `${400 - docs} added, ${docs} unchanged, 0 failed`);
});
