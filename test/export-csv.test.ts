// The CONTRACT.md CSV: exact columns, RFC 4180 quoting, Arabic as written, compound actors joined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, eventsToCsv, type CsvEvent } from '../src/export/csv.ts';

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += s.slice(i, q);
        if (s[q + 1] === '"') { field += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else {
      const m = /[,\r]/.exec(s.slice(i));
      const end = m ? i + m.index : s.length;
      field = s.slice(i, end);
      assert.ok(!field.includes('"') && !field.includes('\n'), `bare field with quote or LF: ${field}`);
      i = end;
    }
    row.push(field);
    if (s[i] === ',') { i++; continue; }
    if (s.startsWith('\r\n', i)) { i += 2; rows.push(row); row = []; continue; }
    if (i >= s.length) { rows.push(row); break; }
    throw new Error(`unexpected character at ${i}: ${JSON.stringify(s[i])}`);
  }
  return rows;
}

const TEXT = 'قال "المتحدث"، إن كندا وأستراليا سحبتا 500 جندي,\nمن العراق.';
function at(phrase: string) {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
}
const EV: CsvEvent = {
  id: 'e1', type: 'RETREAT', mode: 'withdraw', context: ['military'], sentence: 0,
  trigger: at('سحبتا'),
  actor: [
    { ...at('كندا'), entity: 'm1', canonical: { id: 'Q16', name: 'Canada', nameAr: 'كندا', kind: 'country', country: 'CAN', sector: 'MIL' } },
    { ...at('أستراليا'), entity: 'm2', canonical: { id: 'Q408', name: 'Australia', nameAr: 'أستراليا', kind: 'country', country: 'AUS', sector: 'MIL' } },
  ],
  recipient: [],
  location: [{ ...at('العراق'), entity: 'm3', canonical: { id: 'Q796', name: 'Iraq', nameAr: 'العراق', kind: 'country', country: 'IRQ' } }],
  time: null,
  magnitude: [{ ...at('500 جندي'), kind: 'troops', value: 500, approx: false }],
  source: { ...at('"المتحدث"'), entity: null, kind: 'official' },
  status: 'reported', negated: false, confidence: 0.71, why: 'test',
  docId: 'abc,def', date: '2021-01-10', sentenceText: TEXT,
};

test('the header is exactly the contract\'s columns', () => {
  const csv = eventsToCsv([]);
  assert.equal(csv, CSV_COLUMNS.join(',') + '\r\n');
  assert.deepEqual([...CSV_COLUMNS], ['doc_id', 'date', 'event_type', 'mode', 'actor_country', 'actor_sector', 'actor_name',
    'recipient_country', 'recipient_sector', 'recipient_name', 'location_name', 'location_country', 'magnitude_kind',
    'magnitude_value', 'status', 'source_text', 'trigger_text', 'sentence_text', 'confidence']);
});

test('commas, quotes and line breaks are quoted and read back exactly', () => {
  const rows = parseCsv(eventsToCsv([EV, EV]));
  assert.equal(rows.length, 3);
  const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
  assert.equal(row.doc_id, 'abc,def');
  assert.equal(row.sentence_text, TEXT);
  assert.equal(row.source_text, '"المتحدث"');
  assert.equal(row.actor_country, 'CAN;AUS');
  assert.equal(row.actor_sector, 'MIL');
  assert.equal(row.actor_name, 'كندا;أستراليا');
  assert.equal(row.recipient_country, '');
  assert.equal(row.location_name, 'العراق');
  assert.equal(row.location_country, 'IRQ');
  assert.equal(row.magnitude_kind, 'troops');
  assert.equal(row.magnitude_value, '500');
  assert.equal(row.status, 'reported');
  assert.equal(row.confidence, '0.71');
  assert.deepEqual(rows[2], rows[1]);
});

test('fields are quoted only when they need it', () => {
  assert.equal(csvField('كندا'), 'كندا');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "x"'), '"say ""x"""');
  assert.equal(csvField('a\nb'), '"a\nb"');
  assert.equal(csvField('a\rb'), '"a\rb"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0.5), '0.5');
});
