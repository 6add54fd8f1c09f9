// The offset invariant: every span anywhere in a record slices the text to its own `text`,
// and token segments concatenate back to the token, on arbitrary Unicode input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../src/analyze.js';
import type { RasdRecord } from '../src/schema.js';

function checkSpans(r: RasdRecord): void {
  const visit = (o: unknown, path: string): void => {
    if (!o || typeof o !== 'object') return;
    const x = o as Record<string, unknown>;
    if (Number.isInteger(x.start) && Number.isInteger(x.end)) {
      const s = x.start as number, e = x.end as number;
      assert.ok(s >= 0 && s <= e && e <= r.text.length, `${path}: span ${s}-${e} out of range`);
      if (typeof x.text === 'string') assert.equal(r.text.slice(s, e), x.text, `${path}: span text`);
    }
    for (const [k, v] of Object.entries(x)) if (k !== 'text') visit(v, `${path}.${k}`);
  };
  for (const t of r.tokens) assert.equal(t.segments.join(''), r.text.slice(t.start, t.end), 'segments concatenate');
  visit(r, 'record');
}

// Arabic letters, harakat, shadda, tatweel, digits of three scripts, punctuation, astral
// characters (emoji, math letters), combining marks, bidi controls, spaces and line breaks.
const pieces = [
  'ا', 'أ', 'إ', 'آ', 'ب', 'ة', 'ى', 'ي', 'و', 'ل', 'ال', 'لل', 'ك', 'س', 'ف', 'ه', 'ها', 'هم', 'ن',
  'َ', 'ً', 'ّ', 'ْ', 'ٰ', 'ـ', '٣', '۷', '5', '٫', '٬', ',', '.', '،', '؟', '!', '«', '»', '"', '%', '٪',
  ' ', '\n', '\r\n', '\u00a0', '\u200f', '\u200c', '\u202b', '-', '😀', '👍🏽', '🇮🇶', '𝐀', 'é', 'e\u0301',
  'العراق', 'كانون الثاني', 'مليون', 'جندي', 'قتل', 'انسحب', 'واشنطن', 'الجيش العراقي', 'نحو', 'دولار',
  'http://a.b/c', '#وسم', '@x', 'ﻻ', '\ud800', '\udc00',
];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

test('property: every span slices the text exactly (Arabic-like input)', () => {
  fc.assert(fc.property(arabicish, (s) => { checkSpans(analyze(s, { date: '2021-01-10' })); }), { numRuns: 400 });
});

test('property: every span slices the text exactly (any Unicode, astral included)', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
    if (s.includes('\u0000')) return; // NUL is refused as binary input, by design
    checkSpans(analyze(s));
  }), { numRuns: 300 });
});

test('property: the returned text is the input, unchanged', () => {
  fc.assert(fc.property(arabicish, (s) => { assert.equal(analyze(s).text, s); }), { numRuns: 100 });
});
