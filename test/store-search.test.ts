// Full-text search over normalised Arabic: spelling variants meet, snippets are cut from the
// original text, user input cannot break the FTS5 query.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, contentHash } from '../src/store/db.ts';
import { parseQuery, makeSnippet } from '../src/store/search.ts';
import { analyze } from '../src/analyze.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-search-'));
const s = openStore(join(dir, 'search.db'));
const DOCS = [
  { text: 'أعلنت الحكومة العراقيَّة خطة جديدة للكهرباء في محافظة البصرة.', date: '2021-01-05', source: 'a', title: 'الكهرباء في البصرة' },
  { text: 'وصل وفد من استراليا إلى بغداد لبحث التعاون في مجال التعليم.', date: '2021-02-10', source: 'b', title: 'وفد' },
  { text: 'قالت مصادر إن الرئيس التقى بمسؤولين من أستراليا والعراق، وناقشوا ٣ ملفات.', date: '2021-03-15', source: 'a', title: null },
  { text: 'مستشفى الشفاء يستقبل المرضى على مدار الساعة في غزة.', date: null, source: 'b', title: 'مستشفى' },
  { text: 'ارتفعت أسعار النفط بعد تقرير عن مخزونات الولايات المتحدة.', date: '2021-03-20', source: 'c', title: 'النفط' },
];
for (const d of DOCS) s.addDocument(d, analyze(d.text));
const ids = (q: Parameters<typeof s.search>[0]) => s.search(q).hits.map((h) => DOCS.findIndex((d) => contentHash(d.text) === h.id)).sort();

test('diacritics, alef forms, ta marbuta and alef maqsura do not matter', () => {
  assert.deepEqual(ids({ query: 'العراقية' }), [0]);
  assert.deepEqual(ids({ query: 'العراقيَّة' }), [0]);
  assert.deepEqual(ids({ query: 'العراقيه' }), [0]);
  assert.deepEqual(ids({ query: 'استراليا' }), [1, 2]);
  assert.deepEqual(ids({ query: 'أستراليا' }), [1, 2]);
  assert.deepEqual(ids({ query: 'مستشفي' }), [3]);
  assert.deepEqual(ids({ query: 'الحكـــومة' }), [0]);
});

test('a word finds its clitic-prefixed form (والعراق), and digits match in either script', () => {
  assert.deepEqual(ids({ query: 'العراق' }), [2]);
  assert.deepEqual(ids({ query: '3 ملفات' }), [2]);
  assert.deepEqual(ids({ query: '٣' }), [2]);
});

test('words are ANDed; OR, phrases and prefixes work', () => {
  assert.deepEqual(ids({ query: 'استراليا بغداد' }), [1]);
  assert.deepEqual(ids({ query: 'البصرة OR غزة' }), [0, 3]);
  assert.deepEqual(ids({ query: '"الولايات المتحدة"' }), [4]);
  assert.deepEqual(ids({ query: '"المتحدة الولايات"' }), []);
  assert.deepEqual(ids({ query: 'الكهربا*' }), [0]);
});

test('the title is searched too', () => {
  assert.deepEqual(ids({ query: 'وفد' }), [1]);
});

test('date and source filters; total counts before paging', () => {
  assert.deepEqual(ids({ query: 'استراليا', from: '2021-03' }), [2]);
  assert.deepEqual(ids({ query: 'استراليا', to: '2021-02-28' }), [1]);
  assert.deepEqual(ids({ query: 'استراليا', source: 'b' }), [1]);
  assert.deepEqual(ids({ query: 'مستشفى', from: '2000' }), []);
  const page = s.search({ query: 'في', limit: 1 });
  assert.equal(page.hits.length, 1);
  assert.ok(page.total >= 3, String(page.total));
});

test('snippets are the original text, with the match where `match` says', () => {
  const hit = s.search({ query: 'العراقية' }).hits[0]!;
  assert.ok(hit.snippet.includes('العراقيَّة'), hit.snippet);
  assert.equal(hit.snippet.slice(hit.match!.start, hit.match!.end), 'العراقيَّة');
  const h2 = s.search({ query: 'استراليا', from: '2021-03' }).hits[0]!;
  assert.equal(h2.snippet.slice(h2.match!.start, h2.match!.end), 'أستراليا');
});

test('snippets of long texts are cut around the match', () => {
  const text = 'كلام '.repeat(200) + 'الهدف المنشود' + ' حشو'.repeat(200);
  const sn = makeSnippet(text, ['الهدف']);
  assert.ok(sn.snippet.length < 250, String(sn.snippet.length));
  assert.ok(sn.snippet.startsWith('…') && sn.snippet.endsWith('…'));
  assert.equal(sn.snippet.slice(sn.match!.start, sn.match!.end), 'الهدف');
});

test('FTS5 syntax in user input is quoted, never executed', () => {
  for (const q of ['"', 'NEAR(a b)', 'العراق AND', '*', 'a:b', '(((', 'body:العراق', '-العراق', '^x']) {
    assert.doesNotThrow(() => s.search({ query: q === '*' || q === '(((' || q === '"' ? q + ' العراق' : q }), q);
  }
  assert.equal(parseQuery('x" OR 1').match, '("x" OR "1")');
  assert.equal(parseQuery('NEAR(a b)').match, '("near" "a") AND "b"');
  assert.throws(() => s.search({ query: '  ' }), RangeError);
  assert.throws(() => s.search({ query: '!!!' }), RangeError);
});
