import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentWord, skeleton, candidates } from '../src/morph/segment.js';
import { buildDoc } from '../src/analyze.js';

const seg = (w: string) => segmentWord(w, w);

// Expected splits follow UD Arabic PUD: proclitics و ف ب ل ك س and pronoun enclitics are
// segments of their own, the article stays on its word, ل before the article's ل gives ل + لـ.
const TABLE: [string, string[]][] = [
  ['والعراق', ['و', 'العراق']],
  ['بالطلب', ['ب', 'الطلب']],
  ['وجودها', ['وجود', 'ها']],
  ['للسلطة', ['ل', 'لسلطة']],
  ['للحكومة', ['ل', 'لحكومة']],
  ['سيذهب', ['س', 'يذهب']],
  ['سيقول', ['س', 'يقول']],
  ['وسيعقد', ['و', 'س', 'يعقد']],
  ['فإنه', ['ف', 'إن', 'ه']],
  ['كتابهم', ['كتاب', 'هم']],
  ['وحكومته', ['و', 'حكومت', 'ه']],
  ['قواتها', ['قوات', 'ها']],
  ['وقواتهم', ['و', 'قوات', 'هم']],
  ['باسمها', ['ب', 'اسم', 'ها']],
  ['عليهم', ['علي', 'هم']],
  ['إليها', ['إلي', 'ها']],
  ['منها', ['من', 'ها']],
  ['لهم', ['ل', 'هم']],
  ['له', ['ل', 'ه']],
  ['عنه', ['عن', 'ه']],
  ['لأن', ['ل', 'أن']],
  ['وقال', ['و', 'قال']],
  ['فقال', ['ف', 'قال']],
  ['وأضاف', ['و', 'أضاف']],
  ['والجيش', ['و', 'الجيش']],
  ['كالجيش', ['ك', 'الجيش']],
  ['لقوات', ['ل', 'قوات']],
  ['بمصر', ['ب', 'مصر']],
  ['وبيروت', ['و', 'بيروت']],
  ['ولبنان', ['و', 'لبنان']],
  ['لفلسطين', ['ل', 'فلسطين']],
  // Words whose first letter only looks like a clitic.
  ['بغداد', ['بغداد']],
  ['كندا', ['كندا']],
  ['ليبيا', ['ليبيا']],
  ['وزير', ['وزير']],
  ['فلسطين', ['فلسطين']],
  ['بريطانيا', ['بريطانيا']],
  ['سوريا', ['سوريا']],
  ['وليد', ['وليد']],
  ['كلية', ['كلية']],
  ['وزارة', ['وزارة']],
  ['ولاية', ['ولاية']],
  ['سياسة', ['سياسة']],
  ['بيان', ['بيان']],
  ['لبنان', ['لبنان']],
  ['لجنة', ['لجنة']],
  ['لكن', ['لكن']],
  ['كما', ['كما']],
  ['فيما', ['فيما']],
  ['الحكومة', ['الحكومة']],
  ['واشنطن', ['واشنطن']],
  // Diacritics and tatweel stay on their letter.
  ['وَالعِرَاقُ', ['وَ', 'العِرَاقُ']],
  ['والقـوات', ['و', 'القـوات']],
  ['بـ', ['بـ']],
  ['وبـ', ['و', 'بـ']],
  ['والـ', ['و', 'الـ']],
  ['بـالعراق', ['بـ', 'العراق']],
  // Tatweel used as a dash at a word edge is its own segment.
  ['ـوالذي', ['ـ', 'و', 'الذي']],
];

test('segment: a table of news words splits as UD Arabic does', () => {
  const wrong: string[] = [];
  for (const [w, want] of TABLE) {
    const got = seg(w);
    if (got.join('+') !== want.join('+')) wrong.push(`${w}: got ${got.join('+')}, want ${want.join('+')}`);
  }
  assert.deepEqual(wrong, []);
  assert.ok(TABLE.length >= 40);
});

test('segment: segments always concatenate back to the word', () => {
  const words = ['وَبِالعِرَاقِ', 'ولـلحكومة', 'فـسيـذهبون', 'لِلسُّلطَةِ', 'وكتابهما', 'ﻻ', 'ـ', 'ـــ', 'بـ٤', 'ك', 'وو', 'ببب', 'كتابُهُم'];
  for (const w of [...words, ...TABLE.map((x) => x[0])]) {
    const s = seg(w);
    assert.equal(s.join(''), w, w);
    assert.ok(s.every((x) => x.length > 0), w);
  }
});

test('segment: digits and words without Arabic letters stay whole', () => {
  assert.deepEqual(seg('1,200'), ['1,200']);
  assert.deepEqual(seg('٣٫٧'), ['٣٫٧']);
});

test('segment: the article never carries an enclitic and س only goes before an imperfective verb', () => {
  for (const c of candidates(skeleton('الكتابه'))) assert.ok(!(c.suf && c.stem.startsWith('ال')));
  for (const c of candidates(skeleton('سمعته'))) assert.ok(!c.pre.endsWith('س'));
});

test('segment: repeated calls give equal, independent arrays', () => {
  const a = seg('والعراق');
  a.push('x');
  assert.deepEqual(seg('والعراق'), ['و', 'العراق']);
});

test('segment: the pipeline puts the segments on word tokens', () => {
  const doc = buildDoc('وقال وزير الخارجية للصحفيين إن قواتها ستنسحب.');
  const byText = new Map(doc.tokens.map((t) => [doc.text.slice(t.start, t.end), t.segments]));
  assert.deepEqual(byText.get('وقال'), ['و', 'قال']);
  assert.deepEqual(byText.get('وزير'), ['وزير']);
  assert.deepEqual(byText.get('للصحفيين'), ['ل', 'لصحفيين']);
  assert.deepEqual(byText.get('قواتها'), ['قوات', 'ها']);
  assert.deepEqual(byText.get('.'), ['.']);
});

test('segment: any run of Arabic letters, marks, tatweel and joiners splits into non-empty pieces that rebuild it', () => {
  const alphabet = [...'وفبلكسالهمنيتةأإآىءئؤرعدحجخشصضطظغقثذزـًٌٍَُِّْ', '\u200c', '\u200d', 'ﻻ', 'ک', 'ی'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 14 }), (chars) => {
      const w = chars.join('');
      const s = segmentWord(w, w);
      return s.join('') === w && s.every((x) => x.length > 0) && s.length <= 6;
    }),
    { numRuns: 3000 },
  );
});
