import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { writeRecordJson } from '../src/cli/json-out.js';
import { analyze } from '../src/analyze.js';

function sink(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { parts.push(String(chunk)); cb(); } });
  return { stream, text: () => parts.join('') };
}

test('a large record is written piece by piece with the same bytes as JSON.stringify', async () => {
  const rec = analyze('وطالب البرلمان العراقي في 5 كانون الثاني 2020 الحكومة بإنهاء وجود القوات الأجنبية.\n'.repeat(4000), { date: '2021-01-10' });
  assert.ok(rec.tokens.length >= 50_000, 'big enough to take the chunked path');
  const s = sink();
  await writeRecordJson(s.stream, rec);
  assert.equal(s.text(), JSON.stringify(rec) + '\n');
});

test('a small record is written whole', async () => {
  const rec = analyze('ودعت أنقرة إلى التهدئة.');
  const s = sink();
  await writeRecordJson(s.stream, rec);
  assert.equal(s.text(), JSON.stringify(rec) + '\n');
});
