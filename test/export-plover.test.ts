// PLOVER-style export: announced actions become CONCEDE; events that did not happen are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ploverLine, toPlover, type PloverInputEvent } from '../src/export/plover.ts';

const TEXT = 'أعلنت كندا أنها ستسحب 2200 جندي من العراق.';
const at = (p: string) => { const start = TEXT.indexOf(p); return { start, end: start + p.length, text: p }; };
const base: PloverInputEvent = {
  id: 'e1', type: 'RETREAT', mode: 'withdraw', context: ['military'], sentence: 0, trigger: at('ستسحب'),
  actor: [{ ...at('كندا'), entity: null, canonical: { id: 'Q16', name: 'Canada', nameAr: 'كندا', kind: 'country', country: 'CAN', sector: 'GOV' } }],
  recipient: [], location: [{ ...at('العراق'), entity: null, canonical: { id: 'Q796', name: 'Iraq', nameAr: 'العراق', kind: 'country', country: 'IRQ' } }],
  time: null, magnitude: [{ ...at('2200 جندي'), kind: 'troops', value: 2200, approx: false }], source: null,
  status: 'planned', negated: false, confidence: 0.7, why: 'test', docId: 'd1', date: '2021-01-10', sentenceText: TEXT,
};

test('a planned RETREAT exports as CONCEDE and keeps our type beside it', () => {
  const p = toPlover(base);
  assert.equal(p.event_type, 'CONCEDE');
  assert.equal(p.mode, null);
  assert.equal(p.rasd_type, 'RETREAT');
  assert.equal(p.rasd_mode, 'withdraw');
  assert.equal(p.rasd_status, 'planned');
  assert.equal(p.actor_name, 'Canada');
  assert.equal(p.actor_country, 'CAN');
  assert.equal(p.actor_sector, 'GOV');
  assert.equal(p.recipient_name, null);
  assert.equal(p.date, '2021-01-10');
  assert.deepEqual(p.location, [{ name: 'Iraq', country: 'IRQ', id: 'Q796' }]);
  assert.equal(p.event_text, TEXT);
  assert.equal(p.story_date, '2021-01-10');
});

test('an asserted event keeps its type and mode', () => {
  const p = toPlover({ ...base, status: 'asserted', trigger: at('أعلنت') });
  assert.equal(p.event_type, 'RETREAT');
  assert.equal(p.mode, 'withdraw');
});

test('negated, denied and hypothetical events get no PLOVER row', () => {
  assert.equal(ploverLine({ ...base, status: 'asserted', negated: true }), '');
  assert.equal(ploverLine({ ...base, status: 'denied' }), '');
  assert.equal(ploverLine({ ...base, status: 'hypothetical' }), '');
  const line = ploverLine({ ...base, status: 'reported' });
  assert.ok(line.endsWith('\n'));
  assert.equal(JSON.parse(line).event_type, 'RETREAT');
});
