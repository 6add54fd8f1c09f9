import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

test('analyze returns a rasd/1 record whose spans slice the text', () => {
  const r = analyze('بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً.');
  assert.equal(r.schema, 'rasd/1');
  assert.equal(r.sentences.length, 1);
  for (const t of r.tokens) assert.equal(t.segments.join(''), r.text.slice(t.start, t.end));
});
