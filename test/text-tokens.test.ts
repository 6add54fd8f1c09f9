import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/text/tokens.js';

const toks = (s: string) => tokenize(s).map((t) => [s.slice(t.start, t.end), t.kind]);

test('tokens: numbers with separators stay whole', () => {
  assert.deepEqual(toks('بلغ 1,200 جندي'), [['بلغ', 'word'], ['1,200', 'number'], ['جندي', 'word']]);
  assert.deepEqual(toks('٣٫٧ مليار').slice(0, 1), [['٣٫٧', 'number']]);
  assert.deepEqual(toks('14.2%').map((x) => x[0]), ['14.2', '%']);
  assert.deepEqual(toks('١٢٬٥٠٠').map((x) => x[1]), ['number']);
});

test('tokens: words keep diacritics and tatweel', () => {
  assert.deepEqual(toks('العراقيَّة والقـوات'), [['العراقيَّة', 'word'], ['والقـوات', 'word']]);
});

test('tokens: punctuation is separate', () => {
  assert.deepEqual(toks('بغداد، (رويترز) - قال؟').map((x) => x[0]), ['بغداد', '،', '(', 'رويترز', ')', '-', 'قال', '؟']);
});

test('tokens: Latin words, URLs, hashtags, mentions, emails, emoji', () => {
  const r = toks('نقلت Reuters عن https://example.com/a?b=1. #العراق @user_1 a.b@c.org 👍🏽 🇮🇶');
  assert.deepEqual(r, [
    ['نقلت', 'word'], ['Reuters', 'latin'], ['عن', 'word'], ['https://example.com/a?b=1', 'url'], ['.', 'punct'],
    ['#العراق', 'hashtag'], ['@user_1', 'mention'], ['a.b@c.org', 'email'], ['👍🏽', 'emoji'], ['🇮🇶', 'emoji'],
  ]);
});

test('tokens never contain whitespace and cover every non-space character', () => {
  const s = 'وقال\tالمتحدث\u00a0باسم  الجيش:\n«سنرد»… ١٢٣ 𝐀𝐁 😀x';
  const t = tokenize(s);
  let covered = '';
  for (const x of t) { assert.ok(!/\s/.test(s.slice(x.start, x.end))); covered += s.slice(x.start, x.end); }
  assert.equal(covered, s.replace(/\s/g, ''));
});
