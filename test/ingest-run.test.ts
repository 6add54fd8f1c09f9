// The ingest loop: worker-thread analysis, content-hash dedup, counts, reanalysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, contentHash } from '../src/store/db.ts';
import { ingestPaths, reanalyze } from '../src/ingest/run.ts';
import { analyze } from '../src/analyze.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-run-'));
const docs = join(dir, 'docs');
mkdirSync(docs);
const T1 = 'قال وزير الخارجية إن بلاده سترسل مساعدات إلى السودان.';
const T2 = 'تظاهر آلاف الطلاب في الجزائر احتجاجاً على قرار الحكومة.';
const T3 = 'استقبل الرئيس وفداً من البنك الدولي في القاهرة.';
writeFileSync(join(docs, '1.txt'), T1);
writeFileSync(join(docs, '2.jsonl'), JSON.stringify({ text: T2, date: '2021-04-01' }) + '\n' + JSON.stringify({ text: T1 }) + '\n');
writeFileSync(join(docs, '3.json'), JSON.stringify([{ content: T3, date_extracted: '2021-04-02 10:00:00', title: 'استقبال', source: 'agency' }, { content: '' }]));

for (const jobs of [0, 2]) {
  test(`ingest with ${jobs ? `${jobs} worker threads` : 'inline analysis'}: added, unchanged, failed; the same again adds nothing`, async () => {
    const store = openStore(join(dir, `run${jobs}.db`));
    const r = await ingestPaths(store, [docs], { jobs });
    assert.deepEqual([r.added, r.unchanged, r.failed], [3, 1, 1]);
    assert.equal(r.failures[0]!.origin, `${join(docs, '3.json')}[1]`);
    assert.equal(r.failures[0]!.reason, 'empty text');
    const again = await ingestPaths(store, [docs], { jobs });
    assert.deepEqual([again.added, again.unchanged, again.failed], [0, 4, 1]);
    const d3 = store.getDocument(contentHash(T3))!;
    assert.equal(d3.title, 'استقبال');
    assert.equal(d3.date, '2021-04-02');
    assert.equal(d3.source, 'agency');
    assert.deepEqual(d3.record, analyze(T3, { date: '2021-04-02' }));
    assert.equal(store.getDocument(contentHash(T2))!.record.documentDate, '2021-04-01');
    assert.equal(store.search({ query: 'الجزائر' }).total, 1);
    store.close();
  });
}

test('reanalyze refreshes documents from another pipeline version, or all of them', async () => {
  const store = openStore(join(dir, 're.db'));
  await ingestPaths(store, [docs], { jobs: 1, pipeline: 'v-old' });
  assert.equal(store.staleIds('v-new').length, 3);
  const r = await reanalyze(store, { jobs: 1, pipeline: 'v-new' });
  assert.deepEqual([r.updated, r.failed, r.total], [3, 0, 3]);
  assert.equal(store.staleIds('v-new').length, 0);
  assert.equal((await reanalyze(store, { jobs: 0, pipeline: 'v-new' })).total, 0);
  assert.equal((await reanalyze(store, { jobs: 0, pipeline: 'v-new', all: true })).updated, 3);
  assert.equal(store.stats().documents, 3);
  store.close();
});
