// Name linking: people by name, variant, partial name and a strict fuzzy rule, with the office
// at the document date; unknown names stay null.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkName, officeAt } from '../src/entities/link.js';
import { loadKb } from '../src/entities/kb.js';

test('ترامب in 2021 is the US government; out of office he is a former official', () => {
  const c = linkName('ترامب', 'PER', '2021-01-10')!;
  assert.equal(c.id, 'P-TRUMP');
  assert.equal(c.name, 'Donald Trump');
  assert.equal(c.country, 'USA');
  assert.equal(c.sector, 'GOV');
  assert.equal(linkName('ترامب', 'PER', '2021')!.sector, 'GOV');
  assert.equal(linkName('ترامب', 'PER', '2023-06-01')!.sector, 'ELI');
  assert.equal(linkName('ترامب', 'PER', '2015-06-01')!.sector, null);
  assert.equal(linkName('ترامب', 'PER', '2025-06-01')!.sector, 'GOV');
});

test('transliteration variants, full and partial names, titles', () => {
  const rows: [string, string][] = [
    ['ترمب', 'P-TRUMP'], ['دونالد ترامب', 'P-TRUMP'], ['بوتن', 'P-PUTIN'], ['فلاديمير بوتين', 'P-PUTIN'],
    ['أوباما', 'P-OBAMA'], ['اوباما', 'P-OBAMA'], ['الرئيس الأمريكي دونالد ترامب', 'P-TRUMP'],
    ['رجب طيب أردوغان', 'P-ERDOGAN'], ['اردوغان', 'P-ERDOGAN'], ['نوري المالكي', 'P-MALIKI'],
    ['وترامب', 'P-TRUMP'],
  ];
  for (const [name, id] of rows) assert.equal(linkName(name, 'PER', null)?.id, id, name);
});

test('the fuzzy rule links unusual spellings of a known name', () => {
  assert.equal(linkName('نتنياهوو', 'PER', null)?.id, 'P-NETANYAHU');
  assert.equal(linkName('زيلنيسكي', 'PER', null)?.id, 'P-ZELENSKY');
});

test('unknown people stay null, never forced onto a famous name', () => {
  for (const name of ['محمد المصري', 'زيد عبد الكريم', 'ترامبو جونيور', 'سامي', 'أحمد', 'بوت']) {
    assert.equal(linkName(name, 'PER', '2021-01-01'), null, name);
  }
});

test('a shared name with two people picks the one in office, else stays null', () => {
  const kb = loadKb();
  // both Aouns are known by their full names only; the surname alone is not a key
  assert.equal(linkName('ميشال عون', 'PER', '2019-01-01')?.id, 'P-MAOUN');
  assert.equal(linkName('جوزيف عون', 'PER', '2025-03-01')?.id, 'P-JAOUN');
  const trump = kb.byId.get('P-TRUMP')!;
  assert.equal(officeAt(trump, '2019-05-05')?.country, 'USA');
  assert.equal(officeAt(trump, '2022-05-05'), null);
});

test('other types link by exact KB name', () => {
  assert.equal(linkName('العراق', 'GPE', null)?.id, 'IRQ');
  assert.equal(linkName('والعراق', 'GPE', null)?.id, 'IRQ');
  assert.equal(linkName('الأمم المتحدة', 'ORG', null)?.id, 'O-UN');
  assert.equal(linkName('مجلس الأمن الدولي', 'ORG', null)?.sector, 'IGO');
  assert.equal(linkName('شركة مجهولة', 'ORG', null), null);
});

test('registered, the knowledge base reaches the entities layer', async () => {
  const { registerKb } = await import('../src/entities/link.js');
  const { analyze } = await import('../src/analyze.js');
  registerKb();
  const r = analyze('وقال ترامب إن الجيش الأمريكي سيبقى في العراق', { date: '2019-06-01' });
  const iraq = r.entities.find((e) => e.text === 'العراق');
  assert.equal(iraq?.canonical?.id, 'IRQ');
  const army = r.entities.find((e) => e.text === 'الجيش الأمريكي');
  assert.equal(army?.canonical?.sector, 'MIL');
  assert.equal(army?.canonical?.country, 'USA');
  for (const e of r.entities) assert.equal(r.text.slice(e.start, e.end), e.text);
});
