// The committed NER model: it loads, tags hand-written sentences, and its spans slice the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { defaultModel } from '../src/entities/tagger.js';
import { bioSpans, joinNameParts, tagSentence } from '../src/entities/tagger.js';
import { splitProclitics } from '../src/entities/features.js';
import { parseModel, serializeModel, trainPerceptron, NER_TAGS } from '../src/entities/perceptron.js';

const find = (text: string, surface: string) => analyze(text).entities.find((e) => e.text === surface);

test('the committed model loads with its tag set and training command', () => {
  const m = defaultModel();
  assert.deepEqual(m.tags, [...NER_TAGS]);
  assert.ok(m.feats.size > 10_000);
  assert.match(m.meta.command ?? '', /train:ner/);
});

// [sentence, mention text, expected type]: sentences written for these tests.
const CASES: [string, string, string][] = [
  ['وصل وزير الخارجية سامي العبيدي إلى بغداد صباح اليوم.', 'سامي العبيدي', 'PER'],
  ['وصل وزير الخارجية سامي العبيدي إلى بغداد صباح اليوم.', 'بغداد', 'GPE'],
  ['أعلنت شركة جنرال موتورز عن خطة جديدة في ألمانيا.', 'ألمانيا', 'GPE'],
  ['التقى وفد من حزب العمال بالسفير في لندن.', 'لندن', 'GPE'],
  ['قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق صامد.', 'إيمانويل ماكرون', 'PER'],
  ['وقعت الاتفاقية في القاهرة بحضور ممثلين عن الأمم المتحدة.', 'الأمم المتحدة', 'ORG'],
];
for (const [text, surface, type] of CASES) {
  test(`tags ${surface} as ${type}`, () => {
    const e = find(text, surface);
    assert.ok(e, `no mention "${surface}" in: ${JSON.stringify(analyze(text).entities.map((x) => x.text))}`);
    assert.equal(e.type, type);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
  });
}

test('a name after a conjunction leaves the conjunction out of the span', () => {
  const text = 'زار الوزير فرنسا والعراق الأسبوع الماضي.';
  const e = find(text, 'العراق');
  assert.ok(e);
  assert.equal(text.slice(e.start, e.end), 'العراق');
  assert.ok(find(text, 'فرنسا'), 'فرنسا keeps its initial ف');
});

test('every span slices the original text, diacritics and tatweel included', () => {
  const text = 'وقالَ الرئيسُ دونالـد ترامبُ في واشنطنَ إنّ بلادهُ… ثم غادر ترامب إلى نيويورك.';
  const r = analyze(text);
  assert.ok(r.entities.length >= 2);
  for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
  const ids = r.entities.map((e) => e.id);
  assert.deepEqual(ids, ids.map((_, i) => `m${i + 1}`));
});

test('two person names side by side are joined, unless a conjunction starts the second', () => {
  const norms = ['قال', 'عبدالرحيم', 'محمد', 'حسين', 'وعلي', 'احمد'];
  const spans = [{ start: 1, end: 2, label: 'PER' }, { start: 2, end: 4, label: 'PER' }, { start: 4, end: 6, label: 'PER' }];
  assert.deepEqual(joinNameParts(spans, norms), [{ start: 1, end: 4, label: 'PER' }, { start: 4, end: 6, label: 'PER' }]);
  assert.deepEqual(joinNameParts([{ start: 1, end: 2, label: 'PER' }, { start: 2, end: 3, label: 'LOC' }], norms).length, 2);
});

test('proclitic split: article forms always, bare names only when the vocabulary agrees', () => {
  assert.deepEqual(splitProclitics('والعراق', null), { pre: 1, core: 'العراق' });
  assert.deepEqual(splitProclitics('للعراق', null), { pre: 1, core: 'العراق' });
  assert.deepEqual(splitProclitics('وبالعراق', null), { pre: 2, core: 'العراق' });
  assert.deepEqual(splitProclitics('فرنسا', { vocab: new Map([['فرنسا', 40]]), names: new Map() }), { pre: 0, core: 'فرنسا' });
  assert.deepEqual(splitProclitics('وسوريا', { vocab: new Map([['سوريا', 40]]), names: new Map() }), { pre: 1, core: 'سوريا' });
});

test('training a tiny model from sentences of its own learns them, and survives a save/load', () => {
  // One feature per token ('w=' + word) so the data are separable: the perceptron must fit them.
  const words = ['زار', 'سمير', 'مدينة', 'حلب', 'أمس'];
  const gold = ['O', 'B-PER', 'O', 'B-LOC', 'O'].map((t) => NER_TAGS.indexOf(t as (typeof NER_TAGS)[number]));
  const feats = new Map(words.map((w, i) => ['w=' + w, i]));
  const data = [{ ids: Int32Array.from(words.keys()), offsets: Int32Array.from([0, 1, 2, 3, 4, 5]), gold: Int32Array.from(gold), eids: new Int32Array(0), eoffsets: new Int32Array(6) }];
  const { W, trans } = trainPerceptron(data, words.length, NER_TAGS.length, { epochs: 5 });
  const m = parseModel(serializeModel({ tags: [...NER_TAGS], feats, W, trans, efeats: new Map(), EW: new Float32Array(0), lex: { vocab: new Map(), names: new Map() }, meta: { command: 'test' } }));
  // tagSentence builds the real feature set; only 'w=' features are known to this model.
  const { tags } = tagSentence(m, { norms: words, kinds: words.map(() => 'word' as const), gaz: null });
  const spans = bioSpans(Array.from(tags, (t) => m.tags[t]!));
  assert.deepEqual(spans, [{ start: 1, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }]);
});
