// The values layer against the team's case table (test/fixtures/values/cases.tsv): every
// family of the issue, one test per category, each case checked for span, kind, value,
// unit, approx, relative, range, digits and calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { checkCase, loadCases, type ValueCase } from './fixtures/values/cases.js';

const cases = loadCases();
const fresh = loadCases(new URL('./fixtures/values/dates-fresh.tsv', import.meta.url));
const byCategory = new Map<string, ValueCase[]>();
for (const c of cases) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);

test('values: the case table has at least 300 cases and every family', () => {
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
  for (const cat of ['num-digits', 'num-words', 'num-mixed', 'approx', 'range', 'ordinal', 'percent', 'money', 'quantity',
    'duration', 'date-levant', 'date-egypt', 'date-maghreb', 'date-paired', 'date-hijri', 'date-words', 'date-year',
    'date-range', 'date-relative', 'date-weekday', 'date-numeric', 'date-context', 'dateline']) {
    assert.ok(byCategory.has(cat), `no cases for ${cat}`);
  }
});

byCategory.set('fresh dates', fresh);
for (const [cat, list] of byCategory) {
  test(`values: ${cat} (${list.length} cases)`, () => {
    const failures: string[] = [];
    for (const c of list) {
      const r = analyze(c.sentence, { date: c.date });
      for (const v of r.values) assert.equal(r.text.slice(v.start, v.end), v.text, `span of ${v.text}`);
      const e = checkCase(c, r.values);
      if (e) failures.push(`line ${c.line}: ${c.sentence} → ${e}`);
    }
    assert.deepEqual(failures, []);
  });
}
