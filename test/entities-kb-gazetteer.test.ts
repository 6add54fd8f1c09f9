// Gazetteer matching over the shipped knowledge base: spans without proclitics, nisba and
// capitals, institutions with sectors, armed-group names, media names, given-name surnames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDoc } from '../src/analyze.js';
import { matchGazetteer, tokenGazetteerTags, type GazMatch } from '../src/entities/gazetteer.js';

function find(text: string, surface: string): GazMatch | undefined {
  const doc = buildDoc(text);
  const ms = matchGazetteer(doc);
  for (const m of ms) assert.equal(doc.text.slice(m.start, m.end), text.slice(m.start, m.end));
  return ms.find((m) => text.slice(m.start, m.end) === surface);
}

function all(text: string): [string, GazMatch][] {
  const doc = buildDoc(text);
  return matchGazetteer(doc).map((m) => [text.slice(m.start, m.end), m]);
}

test('proclitics are left out of the span; لل keeps its two lams', () => {
  const rows: [string, string][] = [
    ['زار الوزير العراق أمس', 'العراق'],
    ['وصل الوفد والعراق يرحب', 'العراق'],
    ['أشاد بالعراق وشعبه', 'العراق'],
    ['قدم الدعم للعراق منذ سنوات', 'للعراق'],
    ['استعان بالجيش العراقي في العملية', 'الجيش العراقي'],
    ['وفرنسا تراقب الوضع', 'فرنسا'],
    ['اتصل بواشنطن مساء', 'واشنطن'],
  ];
  for (const [text, span] of rows) {
    const m = find(text, span);
    assert.ok(m, `${text} → ${span}`);
  }
  assert.equal(find('أشاد بالعراق', 'العراق')!.canonical.id, 'IRQ');
  assert.equal(find('قدم الدعم للعراق', 'للعراق')!.canonical.id, 'IRQ');
});

test('diacritics and shadda do not stop a match', () => {
  const m = find('رحبت الحكومة العراقيَّة بالقرار', 'الحكومة العراقيَّة');
  assert.ok(m);
  assert.equal(m.canonical.country, 'IRQ');
  assert.equal(m.canonical.sector, 'GOV');
  assert.equal(find('زار العِراقَ وفدٌ', 'العِراقَ')?.canonical.id, 'IRQ');
});

test('nisba adjectives and demonyms link to the country', () => {
  const rows: [string, string, string][] = [
    ['قال مسؤول كندي إن', 'كندي', 'CAN'],
    ['وأعلن الكنديون رفضهم', 'الكنديون', 'CAN'],
    ['التقى الوزير بالعراقيين', 'العراقيين', 'IRQ'],
    ['أكد الجانب الأميركي', 'الأميركي', 'USA'],
    ['أكد الجانب الأمريكي', 'الأمريكي', 'USA'],
    ['ردت الخارجية الروسية', 'الروسية', 'RUS'],
  ];
  for (const [text, span, cc] of rows) {
    const m = find(text, span);
    assert.ok(m, `${text}`);
    assert.equal(m.type, 'GPE');
    assert.equal(m.via, 'nisba');
    assert.equal(m.canonical.id, cc);
  }
});

test('capitals stand for their state; after a locative word they are the city', () => {
  for (const [text, span, cc] of [['وردت واشنطن على الاتهامات', 'واشنطن', 'USA'], ['قالت موسكو إن', 'موسكو', 'RUS'], ['حذرت طهران من', 'طهران', 'IRN'], ['ونفت أنقرة ذلك', 'أنقرة', 'TUR']] as const) {
    const m = find(text, span);
    assert.ok(m, text);
    assert.equal(m.via, 'metonym');
    assert.equal(m.canonical.id, cc);
    assert.equal(m.canonical.kind, 'country');
    assert.equal(m.entry?.kind, 'city');
  }
  const city = find('وقع انفجار في بغداد صباحا', 'بغداد')!;
  assert.equal(city.canonical.kind, 'city');
  assert.equal(city.canonical.country, 'IRQ');
});

test('عمان: Amman or Oman by its writing, then by the state the document names', () => {
  // a shadda writes Amman (عمّان), a damma on the ع writes Oman (عُمان)
  const amman = find('وصل الوفد إلى عمّان مساء أمس', 'عمّان')!;
  assert.equal(amman.canonical.country, 'JOR');
  assert.equal(amman.entry?.kind, 'city');
  assert.equal(find('وصل الوفد إلى عُمان مساء أمس', 'عُمان')!.canonical.id, 'OMN');
  // unwritten vowels: Jordan named and nothing that names Oman
  const jo = find('قال وزير الخارجية الأردني إن عمان ترفض القرار', 'عمان')!;
  assert.equal(jo.canonical.id, 'JOR');
  assert.equal(jo.via, 'metonym');
  // Oman named elsewhere (سلطنة، العماني، مسقط), or nothing named: the country
  assert.equal(find('قال وزير الخارجية العماني إن عمان ترفض القرار', 'عمان')!.canonical.id, 'OMN');
  assert.equal(find('رحبت عمان بالاتفاق', 'عمان')!.canonical.id, 'OMN');
  assert.equal(find('زار الملك الأردني مسقط ثم عمان', 'عمان')!.canonical.id, 'OMN');
});

test('طرابلس: the Libyan capital, or the Lebanese city in a story about Lebanon', () => {
  assert.equal(find('بيروت - قضت المحكمة العسكرية اللبنانية بسجن ثلاثة متظاهرين في طرابلس', 'طرابلس')!.canonical.country, 'LBN');
  assert.equal(find('اشتباكات في طرابلس بين فصائل ليبية', 'طرابلس')!.canonical.country, 'LBY');
  assert.equal(find('وصل الوفد إلى طرابلس', 'طرابلس')!.canonical.country, 'LBY');
});

test('a person named like a demonym is no country (العميد تركي المالكي، عبد الله العراقي)', () => {
  assert.equal(find('وقال المتحدث باسم التحالف العميد تركي المالكي إن', 'تركي'), undefined);
  assert.equal(find('وقال عبد الله العراقي إن الوضع هادئ', 'العراقي'), undefined);
  assert.equal(find('وقال مسؤول تركي إن الهجوم فشل', 'تركي')!.canonical.id, 'TUR');
});

test('institutions by pattern carry sector and country', () => {
  const rows: [string, string, string | null, string][] = [
    ['صوت البرلمان العراقي على القانون', 'البرلمان العراقي', 'IRQ', 'LEG'],
    ['أعلنت وزارة الخارجية التركية', 'وزارة الخارجية التركية', 'TUR', 'GOV'],
    ['انسحبت القوات الكندية من القاعدة', 'القوات الكندية', 'CAN', 'MIL'],
    ['قصف الجيش الأمريكي مواقع', 'الجيش الأمريكي', 'USA', 'MIL'],
    ['اعتقلت الشرطة المصرية ثلاثة', 'الشرطة المصرية', 'EGY', 'COP'],
    ['قررت المحكمة الاتحادية العراقية', 'المحكمة الاتحادية العراقية', 'IRQ', 'JUD'],
    ['وقالت حكومة العراق إن', 'حكومة العراق', 'IRQ', 'GOV'],
    ['وقالت الحكومة إن', 'الحكومة', null, 'GOV'],
    ['وانتشر الجيش في الشوارع', 'الجيش', null, 'MIL'],
  ];
  for (const [text, span, cc, sector] of rows) {
    const m = find(text, span);
    assert.ok(m, `${text} → ${span}`);
    assert.equal(m.type, 'ORG');
    assert.equal(m.via, 'institution');
    assert.equal(m.canonical.country, cc);
    assert.equal(m.canonical.sector, sector);
  }
  // an indefinite head alone is not an institution
  assert.equal(all('دخلت قوات كبيرة المدينة').some(([s]) => s.startsWith('قوات')), false);
});

test('armed groups under their several names', () => {
  const rows: [string, string, string][] = [
    ['هاجم تنظيم داعش القرية', 'تنظيم داعش', 'O-ISIS'],
    ['تبنى تنظيم الدولة الإسلامية الهجوم', 'تنظيم الدولة الإسلامية', 'O-ISIS'],
    ['قاتل مسلحو الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية في العراق والشام', 'O-ISIS'],
    ['أعلنت جماعة أنصار الله', 'جماعة أنصار الله', 'O-HOUTHI'],
    ['قصف الحوثيون ميناء', 'الحوثيون', 'O-HOUTHI'],
    ['سيطرت قسد على البلدة', 'قسد', 'O-SDF'],
    ['قالت هيئة تحرير الشام', 'هيئة تحرير الشام', 'O-HTS'],
    ['قاتلت جبهة النصرة', 'جبهة النصرة', 'O-HTS'],
    ['شاركت قوات الحشد الشعبي', 'قوات الحشد الشعبي', 'O-PMF'],
    ['وحزب الله يرد', 'حزب الله', 'O-HEZBOLLAH'],
  ];
  for (const [text, span, id] of rows) {
    const m = find(text, span);
    assert.ok(m, `${text} → ${span}`);
    assert.equal(m.canonical.id, id);
    assert.equal(m.canonical.kind, 'armed_group');
  }
});

test('a newspaper named after a region is media, the region alone is a region', () => {
  const m = find('ذكرت صحيفة الشرق الأوسط أن', 'صحيفة الشرق الأوسط')!;
  assert.equal(m.canonical.kind, 'media');
  assert.equal(m.canonical.sector, 'MED');
  assert.equal(m.type, 'ORG');
  assert.equal(find('التوتر في الشرق الأوسط يتصاعد', 'الشرق الأوسط')?.canonical.kind, 'geo_region');
  assert.equal(find('قالت وكالة رويترز إن', 'وكالة رويترز')?.canonical.id, 'O-REUTERS');
  assert.equal(find('نقلت وكالة الأنباء العراقية', 'وكالة الأنباء العراقية')?.canonical.id, 'O-INA');
  // a newspaper unknown to the KB named after a country
  const x = find('نشرت صحيفة العراق مقالا', 'صحيفة العراق');
  assert.equal(x?.type, 'ORG');
  assert.equal(x?.canonical.sector, 'MED');
});

test('a nisba after a given name is a family name, not a country', () => {
  for (const [text, w] of [['قال محمد المصري إن', 'المصري'], ['صرح عادل الجزائري للصحفيين', 'الجزائري'], ['أكد أحمد العراقي', 'العراقي']]) {
    assert.equal(all(text).some(([s]) => s === w), false, text);
  }
  // after the preposition على the nisba is read again
  assert.ok(find('رد على العراقيين', 'العراقيين'));
});

test('unnamed sources are not entities', () => {
  assert.deepEqual(all('وقالت مصادر أمنية إن'), []);
  assert.deepEqual(all('أفاد مصدر مطلع'), []);
});

test('matches never overlap and the longest wins', () => {
  const ms = all('قال الجيش السوري الحر إن مجلس الأمن الدولي اجتمع');
  assert.deepEqual(ms.map(([s]) => s), ['الجيش السوري الحر', 'مجلس الأمن الدولي']);
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1]![1].end <= ms[i]![1].start);
});

test('token tags for the tagger', () => {
  const doc = buildDoc('قال محمد إن مجلس الأمن الدولي والعراق');
  const tags = tokenGazetteerTags(doc);
  assert.equal(tags.length, doc.tokens.length);
  assert.deepEqual(tags, ['O', 'B-PER_FIRST', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-GPE']);
});

test('a capital in a dateline is the city', () => {
  const m = find('بغداد - أعلن الجيش العراقي مقتل مسلحين', 'بغداد')!;
  assert.equal(m.canonical.kind, 'city');
  assert.equal(m.canonical.country, 'IRQ');
});

test('a word ending in ى is not a nisba; common words are not places', () => {
  assert.equal(all('رفع يده اليمنى').length, 0);
  assert.ok(find('قال مسؤول يمني', 'يمني'));
  for (const text of ['كيف حدث ذلك', 'في شأن الاتفاق', 'صافي الربح', 'عبر الميدان', 'مجريات الأحداث', 'ماذا قال جورج']) {
    assert.deepEqual(all(text).filter(([, m]) => m.type === 'GPE'), [], text);
  }
});

test('a ministry name of several words, a title after it, a person at the document date', () => {
  assert.ok(find('أعلنت وزارة الشؤون الإسلامية السعودية', 'وزارة الشؤون الإسلامية السعودية'));
  assert.ok(find('قال وزير الدفاع الأمير محمد بن سلمان', 'وزير الدفاع'));
  const doc = buildDoc('قال أوباما إن', { date: '2015-07-23' });
  const m = matchGazetteer(doc).find((x) => x.canonical.id === 'P-OBAMA')!;
  assert.equal(m.canonical.sector, 'GOV');
  const later = matchGazetteer(buildDoc('قال أوباما إن', { date: '2019-01-01' })).find((x) => x.canonical.id === 'P-OBAMA')!;
  assert.equal(later.canonical.sector, 'ELI');
});
