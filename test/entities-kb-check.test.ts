// The knowledge base's build-time check, over the shipped files and over broken in-memory KBs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKb, checkKb, loadKb, type KbEntry } from '../src/entities/kb.js';

const countries = [
  { id: 'IRQ', name: 'Iraq', nameAr: 'العراق', variants: '', nisba: 'عراقي', capitals: 'بغداد', wikidata: 'Q796' },
  { id: 'CAN', name: 'Canada', nameAr: 'كندا', variants: '', nisba: 'كندي', capitals: 'أوتاوا', wikidata: 'Q16' },
];
const entry = (o: Partial<KbEntry>): KbEntry => ({ id: 'X', name: 'x', nameAr: 'س', variants: [], kind: 'igo', type: 'ORG', country: null, sector: 'IGO', ...o });

test('the shipped knowledge base passes the check', () => {
  const kb = loadKb();
  assert.deepEqual(checkKb(kb), []);
  assert.ok(kb.countries.size >= 200);
  assert.ok(kb.entries.filter((e) => e.kind === 'person').length >= 300);
  assert.equal(kb.countries.get('IRQ')?.entry.wikidata, 'Q796');
  assert.equal(kb.countries.get('USA')?.entry.wikidata, 'Q30');
});

test('a sound small KB passes', () => {
  const kb = buildKb(countries, [entry({ id: 'O-UN', nameAr: 'الأمم المتحدة', name: 'UN', country: 'IGO' })], ['محمد']);
  assert.deepEqual(checkKb(kb), []);
  assert.equal(kb.nisba.get('العراقيه')?.id, 'IRQ');
  assert.equal(kb.capitals.get('بغداد')?.state.id, 'IRQ');
});

test('broken KBs are rejected', () => {
  const bad: [string, KbEntry[], RegExp][] = [
    ['duplicate id', [entry({ id: 'A', nameAr: 'ا' }), entry({ id: 'A', nameAr: 'ب' })], /duplicate id A/],
    ['empty name', [entry({ id: 'A', name: '' })], /empty name/],
    ['unknown kind', [entry({ id: 'A', kind: 'spaceship' })], /unknown kind/],
    ['unknown sector', [entry({ id: 'A', sector: 'XYZ' })], /unknown sector/],
    ['unknown country', [entry({ id: 'A', country: 'ZZZ' })], /unknown country code/],
    ['one variant, two entries', [entry({ id: 'A', nameAr: 'الاتحاد' }), entry({ id: 'B', nameAr: 'الإتحاد' })], /names both A and B/],
    ['bad Wikidata id', [entry({ id: 'A', wikidata: 'X12' })], /Wikidata/],
    ['bad office', [entry({ id: 'A', kind: 'person', type: 'PER', offices: [{ country: 'IRQ', sector: 'BOSS', from: null, to: null, role: '' }] })], /office sector/],
  ];
  for (const [what, entries, re] of bad) {
    const problems = checkKb(buildKb(countries, entries, []));
    assert.ok(problems.some((p) => re.test(p)), `${what}: ${problems.join('; ')}`);
  }
  // a variant shared on purpose is allowed when both entries say so
  const ok = checkKb(buildKb(countries, [entry({ id: 'A', nameAr: 'الاتحاد', ambiguous: true }), entry({ id: 'B', nameAr: 'الإتحاد', ambiguous: true })], []));
  assert.deepEqual(ok, []);
  // the same variant in two kinds is fine (a region and a city)
  assert.deepEqual(checkKb(buildKb(countries, [entry({ id: 'A', nameAr: 'حلب', kind: 'city', type: 'GPE', sector: null }), entry({ id: 'B', nameAr: 'حلب', kind: 'region', type: 'GPE', sector: null })], [])), []);
});
