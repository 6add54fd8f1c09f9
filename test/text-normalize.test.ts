import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  normalize, shadow, toOriginalSpan, foldAlef, foldYa, foldTaMarbuta, foldDigit, foldPunctuation,
  foldSpace, isArabicDiacritic, isTatweel, isInvisibleMark, expandLamAlef, foldPersianLetters, foldChar, foldTable,
} from '../src/text/normalize.js';

const cp = (s: string) => s.codePointAt(0)!;
const ch = (c: number) => String.fromCharCode(c);

test('one rule per function', () => {
  for (const a of ['أ', 'إ', 'آ', 'ٱ']) assert.equal(ch(foldAlef(cp(a))), 'ا', a);
  assert.equal(ch(foldAlef(cp('ب'))), 'ب');
  assert.equal(ch(foldYa(cp('ى'))), 'ي');
  assert.equal(ch(foldYa(cp('ی'))), 'ي');
  assert.equal(ch(foldTaMarbuta(cp('ة'))), 'ه');
  assert.equal(ch(foldPersianLetters(cp('ک'))), 'ك');
  assert.equal(ch(foldDigit(cp('٣'))), '3');
  assert.equal(ch(foldDigit(cp('۷'))), '7');
  assert.equal(ch(foldPunctuation(cp('،'))), ',');
  assert.equal(ch(foldPunctuation(cp('؟'))), '?');
  assert.equal(ch(foldPunctuation(cp('٫'))), '.');
  assert.equal(ch(foldPunctuation(cp('٪'))), '%');
  assert.equal(ch(foldSpace(0xa0)), ' ');
  for (const d of ['َ', 'ً', 'ُ', 'ٌ', 'ِ', 'ٍ', 'ّ', 'ْ', 'ٰ']) assert.ok(isArabicDiacritic(cp(d)), `diacritic U+${cp(d).toString(16)}`);
  assert.ok(!isArabicDiacritic(cp('ب')));
  assert.ok(isTatweel(cp('ـ')));
  for (const m of [0x200f, 0x200e, 0x200c, 0x202b, 0x2067, 0xfeff]) assert.ok(isInvisibleMark(m));
  assert.deepEqual(expandLamAlef(0xfefb), [0x0644, 0x0627]);
});

const table: [string, string][] = [
  ['العراقيَّة', 'العراقيه'],
  ['العراقية', 'العراقيه'],
  ['أستراليا', 'استراليا'],
  ['إيران', 'ايران'],
  ['مستشفى', 'مستشفي'],
  ['القـــوات', 'القوات'],
  ['جنديٌّ', 'جندي'],
  ['٢٠٢١', '2021'],
  ['۱۴۰۰', '1400'],
  ['٣٫٧', '3.7'],
  ['بغداد،', 'بغداد,'],
  ['هل؟', 'هل?'],
  ['ا\u200fلعراق', 'العراق'],
  ['كندا\u00a0واستراليا', 'كندا واستراليا'],
  ['ﻻ', 'لا'],
  ['الرَّئِيسُ', 'الرييس'.replace('يي', 'ئي')],
  ['آذار', 'اذار'],
  ['ٱلله', 'الله'],
];
test('normalize: table', () => {
  for (const [inp, out] of table) assert.equal(normalize(inp), out, inp);
});

test('shadow copy maps every normalised character back to the original', () => {
  const text = 'وطالب البرلمانُ العراقيُّ في ٥ كانون الثاني — ﻻ';
  const sh = shadow(text);
  assert.equal(sh.text, text);
  assert.equal(sh.norm, normalize(text));
  assert.equal(sh.toOrig.length, sh.norm.length + 1);
  const i = sh.norm.indexOf('العراقي');
  const sp = toOriginalSpan(sh, i, i + 'العراقي'.length);
  assert.equal(text.slice(sp.start, sp.end), 'العراقيُّ', 'trailing marks belong to the word');
  const d = sh.norm.indexOf('5');
  assert.equal(text.slice(sh.toOrig[d]!, sh.toOrig[d]! + 1), '٥');
});

test('the fold table equals the rules on every UTF-16 unit', () => {
  const t = foldTable();
  for (let c = 0; c < 0x10000; c++) {
    const want = expandLamAlef(c) ? -2 : foldChar(c);
    if (t[c] !== want) assert.fail(`U+${c.toString(16)}: table ${t[c]}, rules ${want}`);
  }
});
