// The command line as scripts call it: exit codes, one-line errors, batch mode.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, rmSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

const BIN = join(import.meta.dirname, '..', 'bin', 'rasd.js');
const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
const file = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

const NEWS = 'بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً في غارة جوية قرب الموصل.\nودعت أنقرة إلى التهدئة.';

test('analyze FILE --format json prints one valid rasd/1 record', () => {
  const r = run(['analyze', '--format', 'json', '--date', '2021-01-10', file('a.txt', NEWS)]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.schema, 'rasd/1');
  assert.equal(rec.text, NEWS);
  assert.equal(rec.documentDate, '2021-01-10');
  assert.equal(rec.sentences.length, 2);
});

test('analyze - reads stdin; the default format is a readable summary', () => {
  const r = run(['analyze', '-'], NEWS);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 sentences, \d+ tokens/);
});

test('a UTF-8 BOM is removed and CRLF kept', () => {
  const r = run(['analyze', '--format', 'json', file('bom.txt', '\ufeffسطر\r\nسطر')]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'سطر\r\nسطر');
});

test('empty input gives a valid empty record', () => {
  const r = run(['analyze', '--format', 'json', file('empty.txt', '')]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.deepEqual([rec.text, rec.tokens, rec.sentences, rec.events], ['', [], [], []]);
});

test('20 KB of random bytes: exit 1 with a one-line message, no stack trace', () => {
  const r = run(['analyze', file('rand.bin', randomBytes(20 * 1024))]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^rasd: input (looks binary|is not valid UTF-8)/);
  assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
});

test('invalid UTF-8 without NUL bytes is refused too', () => {
  const r = run(['analyze', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not valid UTF-8 \(byte 3\)/);
});

test('a missing file is a one-line error, exit 1', () => {
  const r = run(['analyze', join(dir, 'nope.txt')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^rasd: no such file: .*nope\.txt\n$/);
});

test('usage errors exit 2', () => {
  assert.equal(run(['analyze']).status, 2);
  assert.equal(run(['analyze', '--format', 'xml', '-'], 'x').status, 2);
  assert.equal(run(['frobnicate']).status, 2);
  const bad = run(['analyze', '--date', '2021-13-45', '-'], 'نص');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /bad date/);
});

test('--help exits 0 and lists analyze', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /analyze/);
});

test('batch: one record per line, in order, ids copied, bad lines warned and the run goes on', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'أعلن الجيش العراقي مقتل 12 مسلحاً.', date: '2021-01-10' }),
    '{not json',
    JSON.stringify({ id: 'c', text: 'ودعت أنقرة إلى التهدئة.' }),
    JSON.stringify({ id: 'd' }),
    JSON.stringify({ id: 'e', text: 'نص', date: 'yesterday' }),
    JSON.stringify({ id: 7, text: 'ثم غادر.' }),
  ].join('\n') + '\n';
  const r = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', file('batch.jsonl', lines)]);
  assert.equal(r.status, 1, 'some inputs failed');
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 6);
  assert.deepEqual(out.map((o) => o.id), ['a', undefined, 'c', 'd', 'e', '7']);
  assert.equal(out[0].documentDate, '2021-01-10');
  assert.equal(out[1].warnings[0].code, 'bad_json');
  assert.equal(out[3].warnings[0].code, 'no_text');
  assert.equal(out[4].warnings.length, 1);
  assert.ok(out[2].tokens.length > 0);
  for (const o of out) assert.equal(o.schema, 'rasd/1');
  assert.match(r.stderr, /3 of 6 lines failed/);
});

test('a date with a clock time keeps its day; a bad time is still refused', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'قتل جنديان أمس.', date: '2015-07-23 19:28:17' }),
    JSON.stringify({ id: 'b', text: 'قتل جنديان أمس.', date: '2021-01-10T23:30:00+03:00' }),
    JSON.stringify({ id: 'c', text: 'نص', date: '2015-07-23 25:99' }),
  ].join('\n');
  const r = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', '-'], lines);
  assert.equal(r.status, 1);
  const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(recs[0].documentDate, '2015-07-23');
  assert.equal(recs[1].documentDate, '2021-01-10');
  assert.ok(recs[0].values.some((v: { kind: string; value: string }) => v.kind === 'date' && v.value === '2015-07-22'));
  assert.match(recs[2].warnings[0].message, /bad date/);
  const one = run(['analyze', '--format', 'json', '--date', '2021-01-10 08:15', '-'], 'نص');
  assert.equal(one.status, 0);
  assert.equal(JSON.parse(one.stdout).documentDate, '2021-01-10');
});

test('a 20 MB document goes through', () => {
  const para = 'وطالب البرلمان العراقي في 5 كانون الثاني 2020 الحكومة بإنهاء وجود القوات الأجنبية.\n';
  const big = para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para)));
  const outPath = join(dir, 'big.out');
  const out = openSync(outPath, 'w');
  const r = spawnSync(process.execPath, [BIN, 'analyze', '--format', 'json', file('big.txt', big)], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 600_000 });
  closeSync(out);
  assert.equal(r.status, 0, r.stderr);
  const head = readFileSync(outPath, 'utf8').slice(0, 40);
  assert.match(head, /^\{"schema":"rasd\/1"/);
});

test('a document over the size limit is refused with a clear message', async () => {
  const { checkText, MAX_DOCUMENT_CHARS } = await import('../src/text/decode.js');
  assert.throws(() => checkText('ا'.repeat(MAX_DOCUMENT_CHARS + 1)), /the limit is \d+ \(split it\)/);
});
