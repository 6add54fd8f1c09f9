// The worker pool and `rasd analyze --input jsonl --jobs N`: same records as one thread, input
// order kept, bad lines reported without stopping the batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { createPool, orderedMap } from '../src/parallel/pool.js';
import { parseJobs } from '../src/parallel/jobs.js';

const DOCS = [
  'بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً في غارة جوية قرب الموصل.',
  'ودعت أنقرة إلى التهدئة بعد اشتباكات على الحدود.',
  'تظاهر مئات الطلاب أمام وزارة التعليم في القاهرة احتجاجاً على الرسوم.',
  'قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة.',
];

test('pool records equal in-process records, for several documents at once', async () => {
  const pool = createPool(2);
  try {
    const got = await Promise.all(DOCS.map((t) => pool.analyze(t, { date: '2021-01-10' })));
    for (let i = 0; i < DOCS.length; i++) {
      assert.deepEqual(got[i], analyze(DOCS[i]!, { date: '2021-01-10' }));
    }
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});

test('analyzeLineBytes: the same output as analyzeLine, as UTF-8 bytes', async () => {
  const pool = createPool(2);
  try {
    for (const [line, fmt] of [[JSON.stringify({ id: 'a', text: DOCS[2] }), 'jsonl'], ['{not json', 'jsonl'], [JSON.stringify({ text: DOCS[3] }), 'text']] as const) {
      const [s, b] = await Promise.all([pool.analyzeLine(line, 7, '2021-01-10', fmt), pool.analyzeLineBytes(line, 7, '2021-01-10', fmt)]);
      assert.equal(Buffer.from(b.data).toString('utf8'), s.out);
      assert.equal(b.ok, s.ok);
      assert.equal(b.error, s.error);
    }
  } finally {
    await pool.close();
  }
});

test('prepare: a document into store rows, as analyzeForStore makes them inline', async () => {
  const { analyzeForStore } = await import('../src/ingest/analyze-task.js');
  const pool = createPool(1, { perWorker: 1 });
  try {
    const input = { text: DOCS[0]!, title: 'عنوان', url: null, date: '2021-01-10', source: 'test' };
    // Buffers cross threads as Uint8Arrays (the store takes either).
    const got = await pool.prepare(input, 'p1');
    assert.deepEqual({ ...got, recordZ: Buffer.from(got.recordZ) }, analyzeForStore({ seq: 1, input, pipeline: 'p1' }));
  } finally {
    await pool.close();
  }
  assert.throws(() => createPool(1, { perWorker: 0 }), RangeError);
});

test('a bad date rejects with a RangeError and the pool goes on', async () => {
  const pool = createPool(1);
  try {
    await assert.rejects(pool.analyze('نص', { date: '2021-13-01' }), RangeError);
    const r = await pool.analyze(DOCS[1]!);
    assert.equal(r.text, DOCS[1]);
  } finally {
    await pool.close();
  }
});

test('analyzeLine: a bad line gives a warning record, a good one its JSON', async () => {
  const pool = createPool(1);
  try {
    const bad = await pool.analyzeLine('{not json', 3, null, 'jsonl');
    assert.equal(bad.ok, false);
    assert.match(bad.error ?? '', /line 3/);
    assert.equal(JSON.parse(bad.out).warnings[0].code, 'bad_json');
    const good = await pool.analyzeLine(JSON.stringify({ id: 'x', text: DOCS[0] }), 4, '2020-05-01', 'jsonl');
    assert.equal(good.ok, true);
    const rec = JSON.parse(good.out);
    assert.equal(rec.id, 'x');
    assert.equal(rec.documentDate, '2020-05-01');
    assert.ok(good.out.endsWith('\n'));
  } finally {
    await pool.close();
  }
});

test('a closed pool refuses work', async () => {
  const pool = createPool(1);
  await pool.close();
  await assert.rejects(pool.analyze('نص'), /closed/);
});

test('orderedMap emits in input order with a bounded window', async () => {
  let inflight = 0, peak = 0;
  const out: number[] = [];
  await orderedMap(
    Array.from({ length: 60 }, (_, i) => i),
    5,
    async (x) => {
      inflight++;
      peak = Math.max(peak, inflight);
      await new Promise((r) => setTimeout(r, (x * 7919) % 13));
      inflight--;
      return x * 2;
    },
    (r) => { out.push(r); },
  );
  assert.deepEqual(out, Array.from({ length: 60 }, (_, i) => i * 2));
  assert.ok(peak <= 5, `peak in flight ${peak}`);
});

test('parseJobs accepts whole numbers only', () => {
  assert.equal(parseJobs('3'), 3);
  assert.equal(parseJobs(undefined), 1);
  assert.throws(() => parseJobs('0'), RangeError);
  assert.throws(() => parseJobs('two'), RangeError);
  assert.throws(() => parseJobs('1.5'), RangeError);
});

const BIN = join(import.meta.dirname, '..', 'bin', 'rasd.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });

test('rasd analyze --jobs 2 writes the same lines, in order, as one job', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-par-'));
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) lines.push(JSON.stringify({ id: `d${i}`, text: DOCS[i % DOCS.length]!.repeat(1 + (i % 3)) }));
  lines.splice(7, 0, '{broken');
  lines.splice(20, 0, '');
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const one = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', file]);
  const two = run(['analyze', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2', file]);
  assert.equal(one.status, 1, one.stderr);
  assert.equal(two.status, 1, two.stderr);
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stderr, one.stderr);
  const ids = two.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.equal(ids.length, 41);
  assert.equal(ids[0], 'd0');
  assert.equal(ids[40], 'd39');
  const text = run(['analyze', '--input', 'jsonl', '--jobs', '2', file]);
  assert.match(text.stdout, /# d39\n/);
});

test('rasd analyze --jobs 0 is a usage error', () => {
  const r = run(['analyze', '--input', 'jsonl', '--jobs', '0', BIN]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--jobs/);
});

test('a worker that dies fails only its own tasks; the pool replaces it', async () => {
  // A heap far too small for the pipeline's resources: the worker dies on its first document.
  const pool = createPool(1, { resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 } });
  try {
    await assert.rejects(pool.analyze(DOCS[0]!), /worker stopped/);
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});
