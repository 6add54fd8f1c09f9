// The merge of tagger names and knowledge-base matches, clusters, and the الحكومة rule, with
// gazetteer matches and tagger spans given by hand (no knowledge base needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc, analyze } from '../src/analyze.js';
import { mergeMentions, type GazMention } from '../src/entities/index.js';
import type { TaggedSpan } from '../src/entities/tagger.js';
import type { Doc } from '../src/doc.js';

/** Token index range of the first occurrence of `phrase` (whole tokens) in the doc. */
function tokens(doc: Doc, phrase: string, from = 0): [number, number] {
  const at = doc.text.indexOf(phrase, from);
  assert.ok(at >= 0, phrase);
  const a = doc.tokens.findIndex((t) => t.end > at);
  let b = a;
  while (b < doc.tokens.length && doc.tokens[b]!.start < at + phrase.length) b++;
  return [a, b];
}
const tagged = (doc: Doc, phrase: string, label: string, confidence = 0.95, from = 0): TaggedSpan => {
  const [a, b] = tokens(doc, phrase, from);
  return { tokenStart: a, tokenEnd: b, label, confidence };
};
const IRQ = { id: 'Q796', name: 'Iraq', nameAr: 'العراق', kind: 'country', country: 'IRQ' };
const gaz = (doc: Doc, phrase: string, type: GazMention['type'], via: GazMention['via'], canonical: GazMention['canonical'] = null): GazMention => {
  const [a, b] = tokens(doc, phrase);
  const start = doc.text.indexOf(phrase);
  return { start, end: start + phrase.length, tokenStart: a, tokenEnd: b, type, canonical, via, confidence: 0.9 };
};

test('a longer tagger name wins over a country inside it (a university named after a city)', () => {
  const doc = buildDoc('قال إن جامعة بغداد ستفتح أبوابها.');
  const out = mergeMentions(doc, [tagged(doc, 'جامعة بغداد', 'ORG')], [gaz(doc, 'بغداد', 'GPE', 'kb', { ...IRQ, id: 'Q1530', name: 'Baghdad', nameAr: 'بغداد', kind: 'city' })]);
  assert.deepEqual(out.map((e) => [e.text, e.type]), [['جامعة بغداد', 'ORG']]);
});

test('a gazetteer match on the same span gives type and canonical entry', () => {
  const doc = buildDoc('زار الوفد العراق أمس.');
  const out = mergeMentions(doc, [tagged(doc, 'العراق', 'LOC')], [gaz(doc, 'العراق', 'GPE', 'kb', IRQ)]);
  assert.equal(out.length, 1);
  assert.equal(out[0]!.type, 'GPE');
  assert.equal(out[0]!.canonical?.country, 'IRQ');
});

test('a confident person name beats a nisba reading of the same word', () => {
  const doc = buildDoc('وقال الجزائري إن الاجتماع انتهى.');
  const out = mergeMentions(doc, [tagged(doc, 'الجزائري', 'PER', 0.95)], [gaz(doc, 'الجزائري', 'GPE', 'nisba', { ...IRQ, id: 'Q262', name: 'Algeria', nameAr: 'الجزائر', country: 'DZA' })]);
  assert.equal(out[0]!.type, 'PER');
});

test('a club named after a city keeps the tagger ORG on the same span, without the city entry', () => {
  const doc = buildDoc('وفاز برشلونة على ضيفه أمس.');
  const city = { id: 'Q1492', name: 'Barcelona', nameAr: 'برشلونة', kind: 'city', country: 'ESP' };
  const out = mergeMentions(doc, [tagged(doc, 'برشلونة', 'ORG', 0.6)], [gaz(doc, 'برشلونة', 'GPE', 'kb', city)]);
  assert.deepEqual(out.map((e) => [e.text, e.type]), [['برشلونة', 'ORG']]);
  assert.notEqual(out[0]!.canonical?.id, 'Q1492');
});

test('a nisba reading never cuts a tagger name short, even when it is the longer span', () => {
  const doc = buildDoc('وقالت وكالة الأنباء السعودية الرسمية إن الوفد وصل.');
  const SAU = { id: 'Q851', name: 'Saudi Arabia', nameAr: 'السعودية', kind: 'country', country: 'SAU' };
  const out = mergeMentions(doc, [tagged(doc, 'وكالة الأنباء السعودية', 'ORG', 0.6)], [gaz(doc, 'السعودية الرسمية إن الوفد وصل', 'GPE', 'nisba', SAU)]);
  assert.deepEqual(out.map((e) => [e.text, e.type]), [['وكالة الأنباء السعودية', 'ORG']]);
});

test('a gazetteer match the tagger missed is kept; names only the tagger finds have canonical null', () => {
  const doc = buildDoc('التقى سامي العبيدي وفدا من العراق.');
  const out = mergeMentions(doc, [tagged(doc, 'سامي العبيدي', 'PER')], [gaz(doc, 'العراق', 'GPE', 'kb', IRQ)]);
  assert.deepEqual(out.map((e) => e.text), ['سامي العبيدي', 'العراق']);
  assert.equal(out[0]!.canonical, null);
  for (const e of out) assert.equal(doc.text.slice(e.start, e.end), e.text);
});

test('a last name alone joins the full name in one cluster; another person stays apart', () => {
  const text = 'قال دونالد ترامب إن الاتفاق قائم. وأضاف ترامب أن كريم العبيدي سيحضر.';
  const doc = buildDoc(text);
  const out = mergeMentions(doc, [tagged(doc, 'دونالد ترامب', 'PER'), tagged(doc, 'ترامب', 'PER', 0.9, text.indexOf('وأضاف')), tagged(doc, 'كريم العبيدي', 'PER')], []);
  const [full, short, other] = out;
  assert.equal(short!.text, 'ترامب');
  assert.ok(full!.cluster && full!.cluster === short!.cluster);
  assert.notEqual(other!.cluster ?? null, full!.cluster);
});

test('through the whole pipeline: ترامب alone is found again and clustered with دونالد ترامب', () => {
  const r = analyze('قال الرئيس الأمريكي دونالد ترامب إن بلاده ستواصل دعم الحلفاء. وأضاف ترامب أن القرار نهائي.');
  const full = r.entities.find((e) => e.text === 'دونالد ترامب');
  const short = r.entities.find((e) => e.text === 'ترامب');
  assert.ok(full && short);
  assert.equal(full.type, 'PER');
  assert.equal(short.cluster, full.cluster);
});

test('an unknown person keeps canonical null', () => {
  const r = analyze('وصل وزير الخارجية سامي العبيدي إلى المدينة صباح اليوم.');
  const e = r.entities.find((x) => x.text === 'سامي العبيدي');
  assert.ok(e);
  assert.equal(e.canonical, null);
});

test('الحكومة alone takes the dominant country of the document', () => {
  const doc = buildDoc('طالب البرلمان في العراق الحكومة بالإصلاح، وقالت الحكومة إنها ستدرس الطلب.');
  const out = mergeMentions(doc, [], [gaz(doc, 'العراق', 'GPE', 'kb', IRQ)]);
  const gov = out.filter((e) => e.text === 'الحكومة');
  assert.equal(gov.length, 2);
  for (const g of gov) assert.deepEqual([g.type, g.canonical?.country, g.canonical?.sector], ['ORG', 'IRQ', 'GOV']);
  // with no linked country there is nothing to resolve it to
  assert.equal(mergeMentions(doc, [], []).length, 0);
});

test('a government followed by a place is that place\'s country\'s, not the dominant one', () => {
  const doc = buildDoc('قالت السلطات في سوريا إن حكومة إقليم كردستان أرسلت قافلة، وإن الحكومة رفضت دخولها.');
  const SYR = { id: 'Q858', name: 'Syria', nameAr: 'سوريا', kind: 'country', country: 'SYR' };
  const KUR = { id: 'R-KURDISTAN', name: 'Kurdistan Region', nameAr: 'إقليم كردستان', kind: 'territory', country: 'IRQ' };
  const out = mergeMentions(doc, [], [gaz(doc, 'سوريا', 'GPE', 'kb', SYR), gaz(doc, 'كردستان', 'GPE', 'kb', KUR)]);
  const gov = out.filter((e) => /حكومة/.test(e.text)).map((e) => [e.text, e.canonical?.country]);
  assert.deepEqual(gov, [['حكومة', 'IRQ'], ['الحكومة', 'SYR']]);
});

test('a name inside a longer knowledge-base phrase keeps its own span and takes the entry', () => {
  const doc = buildDoc('قالت حركة حماس إنها رفضت العرض.');
  const HAMAS = { id: 'O-HAMAS', name: 'Hamas', nameAr: 'حماس', kind: 'armed_group', country: 'PSE', sector: 'REB' };
  const out = mergeMentions(doc, [tagged(doc, 'حماس', 'ORG')], [gaz(doc, 'حركة حماس', 'ORG', 'kb', HAMAS)]);
  assert.deepEqual(out.map((e) => [e.text, e.type, e.canonical?.id]), [['حماس', 'ORG', 'O-HAMAS']]);
});

test('nisba and institution matches are marked, names are not', () => {
  const doc = buildDoc('وقال مسؤول عراقي إن الحكومة وافقت وإن سامي العبيدي سيحضر.');
  const out = mergeMentions(doc, [tagged(doc, 'سامي العبيدي', 'PER')], [gaz(doc, 'عراقي', 'GPE', 'nisba', IRQ), gaz(doc, 'الحكومة', 'ORG', 'institution', null)]);
  const by = new Map(out.map((e) => [e.text, e]));
  assert.equal(by.get('عراقي')?.mention, 'nisba');
  assert.equal(by.get('الحكومة')?.mention, 'nominal');
  assert.equal(by.get('الحكومة')?.canonical?.country, 'IRQ', 'الحكومة takes the dominant country');
  assert.equal(by.get('سامي العبيدي')?.mention, undefined);
});
