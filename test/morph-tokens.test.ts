import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/text/tokens.js';
import { splitSentences } from '../src/text/sentences.js';

const toks = (s: string) => tokenize(s).map((t) => s.slice(t.start, t.end));

// Token conventions that segmentation is scored on (UD Arabic): an ellipsis typed as dots is
// one token, a clock time is one number, a percent sign stands alone.
test('tokens: a run of dots is one token and still ends a sentence', () => {
  const s = 'قال إنه... لا يعرف.. ثم رحل.';
  assert.deepEqual(toks(s), ['قال', 'إنه', '...', 'لا', 'يعرف', '..', 'ثم', 'رحل', '.']);
  assert.equal(splitSentences(s, tokenize(s)).length, 3);
});

test('tokens: clock times are one number; other colons split', () => {
  assert.deepEqual(toks('بين 6:30 و10:00:15 صباحا'), ['بين', '6:30', 'و', '10:00:15', 'صباحا']);
  assert.deepEqual(toks('النتيجة 2:1'), ['النتيجة', '2', ':', '1']);
  assert.deepEqual(toks('الساعة ٦:٣٠'), ['الساعة', '٦:٣٠']);
  assert.deepEqual(toks('قال:'), ['قال', ':']);
});

test('tokens: percent and decimals', () => {
  assert.deepEqual(toks('ارتفع 3,5% أمس'), ['ارتفع', '3,5', '%', 'أمس']);
});
