// Regenerates the knowledge-base files under data/kb/ that come from sources, runs the
// build-time check over the whole KB and prints the coverage table (docs/kb.md).
//
//   node --import tsx scripts/build-kb.ts [--data ../shared/data] [--check-only]
//
// Generated: countries.tsv (ICU names + country-extra.tsv), regions.tsv (ISO 3166-2 Arabic,
// MIT), iraq.tsv (iraq-geo, MIT), cities.tsv (world-cities-ar, CC BY 4.0, filtered),
// people-upetrarch.tsv (UniversalPetrarch actor dictionary, MIT, filtered), person-variants.tsv
// (Wikidata en-ar name pairs, CC0). Hand-written: country-extra.tsv, places.tsv, orgs.tsv,
// people.tsv, given-names.txt.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../src/text/normalize.js';
import { ENTRY_FILES, KINDS, SECTORS, buildKb, checkKb, entryFromRow, kbDir, readTsv, type KbEntry } from '../src/entities/kb.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1]! : dflt; };
const DATA = opt('--data', join(process.cwd(), '..', 'shared', 'data'));
const CHECK_ONLY = args.includes('--check-only');
const DIR = kbDir();

const isArabic = (s: string) => /^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\s\-']+$/.test(s) && !/[\u067E\u0686\u06A4\u06AF\u06C6\u06D5\u06B5\u06CE\u0695\u06CC\u06A9]/.test(s);
const tsvLine = (cols: (string | undefined | null)[]) => cols.map((c) => (c ?? '').replace(/[\t\n]/g, ' ')).join('\t');
const HEADER = 'id\ttype\tkind\tname\tnameAr\tvariants\tcountry\tsector\twikidata\tfrom\tto\tnote';

/** Common words that name places in the noisy sources: never a place name on their own. */
const COMMON = new Set([
  'صور', 'نور', 'امل', 'سلام', 'طريق', 'باب', 'العين', 'الرمل', 'المنصوره', 'الحره', 'الوحده', 'السلام', 'النور', 'الامل',
  'الحي', 'الشعب', 'الثوره', 'التحرير', 'الجديده', 'الخير', 'الفجر', 'النصر', 'القدس', 'العرب', 'الشرق', 'الغرب', 'الشمال',
  'الجنوب', 'الوسط', 'البلد', 'المدينه', 'مدينه', 'الجبل', 'البحر', 'النهر', 'الساحل', 'الواحه', 'الجزيره', 'المركز', 'العاصمه',
  'مالي', 'بنين', 'توغو', 'الحسين', 'الزهراء', 'الكرامه', 'الحريه', 'العدل', 'الرشيد', 'الامير', 'الملك', 'الرئيس', 'الشيخ',
  'سيدي', 'بني', 'ابو', 'ام', 'عين', 'راس', 'بئر', 'تل', 'كفر', 'دير', 'بيت', 'قصر', 'جسر', 'سوق', 'وادي', 'جبل', 'مرسي',
  'الخليج', 'المحيط', 'الكبري', 'الصغري', 'اكتوبر', 'مايو', 'يونيو', 'يوليو', 'الحمام', 'الحمراء', 'الخضراء', 'البيضاء', 'الزرقاء',
  'السوق', 'المطار', 'الميناء', 'الجامعه', 'المعسكر', 'القاعده', 'الخط', 'الطريق', 'السد', 'القناه', 'الحدود', 'المنطقه',
  'صوفيا', 'ماري', 'ريم', 'هدي', 'منيه', 'منى', 'جمال', 'كريم', 'سعيد', 'عادل', 'سلمي', 'حامد', 'فاطمه', 'زينب', 'مريم',
  'الصدر', 'المنصور', 'الديار', 'القاسم', 'السلمان', 'الحمزه', 'الخضر', 'الحضر', 'الشاميه', 'الهاشميه', 'ملا عبدولا', 'سيد صادق',
  'طوز', 'الزبير', 'الرفاعي', 'الميمونه', 'الدوايه', 'عانه', 'هيت', 'الكحلاء', 'الخالص', 'الكرخ', 'الفاو',
  'جورج', 'العزيز', 'مركزي', 'اولو', 'بالي', 'ميدان', 'خليج', 'رودريغيز', 'بوجه', 'ينا', 'غور', 'بخاري', 'غازي', 'سيجد', 'بيريرا',
  'عشاق', 'صحراء', 'ميه', 'مية', 'البسيط', 'المنطقه الوسطي', 'بارا', 'سانتا كلارا', 'سان', 'سانت', 'ماريا', 'لويس', 'ديفيد', 'جون',
  'شان', 'كيل', 'معسكر', 'يورو', 'صافي', 'بيرا', 'العيون', 'الغربيه', 'الشرقيه', 'الوسطي', 'الشماليه', 'الجنوبيه', 'كيف', 'لما',
  'حين', 'بين', 'مين', 'ماذا', 'اين', 'هنا', 'كما', 'لكن', 'سوف', 'ليس', 'الان', 'قبل', 'بعد', 'تحت', 'فوق', 'امام', 'خلف', 'عند',
  'فرح', 'شرف', 'عز', 'وفاء', 'رحمه', 'نعمه', 'هلال', 'بدر', 'قمر', 'شمس', 'نجم', 'سهل', 'حر', 'حسن', 'علي', 'عمر', 'كوت',
  'ميت', 'دار', 'اعلي', 'مرور', 'سيل', 'يوم', 'باريس', 'مدن', 'مدينه', 'ليون', 'نيس', 'مكه', 'عدن',
]);
// (باريس, ليون, نيس, مكه, عدن are listed because they come in again as better entries elsewhere
//  or collide with common words: ليون "lion" in names, نيس; مكة and عدن are added by hand below.)

let GIVEN: Set<string> | null = null;
function givenNames(): Set<string> {
  GIVEN ??= new Set(readFileSync(join(DIR, 'given-names.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(normalize));
  return GIVEN;
}

function loadCommonWords(): Set<string> {
  // Words tagged O at least 3 times and never as a location in the ANERcorp training split:
  // used only to filter the noisy city list at build time (nothing from ANERcorp is shipped).
  const f = join(DATA, 'ner/anercorp/ANERCorp_CamelLab_train.txt');
  const o = new Map<string, number>(), loc = new Map<string, number>();
  if (!existsSync(f)) return new Set(givenNames());
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const i = line.lastIndexOf(' ');
    if (i <= 0) continue;
    const w = normalize(line.slice(0, i)), tag = line.slice(i + 1).trim();
    const m = tag === 'O' ? o : tag.endsWith('LOC') ? loc : null;
    if (m) m.set(w, (m.get(w) ?? 0) + 1);
  }
  const out = new Set<string>(givenNames());
  for (const [w, n] of o) if (n >= 3 && n > 3 * (loc.get(w) ?? 0)) out.add(w);
  return out;
}

// ---------------------------------------------------------------- countries
function buildCountries(): { rows: string[]; names: Set<string>; iso2to3: Map<string, string> } {
  const iso = JSON.parse(readFileSync(join(DATA, 'gazetteers/iso3166-2-ar/ar.json'), 'utf8')) as Record<string, { iso: string; iso3: string }>;
  const extra = new Map(readTsv(readFileSync(join(DIR, 'country-extra.tsv'), 'utf8')).map((r) => [r.iso3!, r]));
  const ar = new Intl.DisplayNames(['ar'], { type: 'region' });
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const rows: string[] = [];
  const names = new Set<string>();
  const iso2to3 = new Map<string, string>();
  // Country names that are common words: kept as the entry's name, never matched alone.
  const NOMATCH = new Set(['مالي', 'بنين', 'توغو', 'تشاد', 'جيرسي', 'غيرنزي', 'نيوي', 'المكسيك']);
  NOMATCH.delete('تشاد'); NOMATCH.delete('المكسيك');
  for (const c of Object.values(iso)) {
    if (!c.iso3 || !/^[A-Z]{3}$/.test(c.iso3)) continue;
    iso2to3.set(c.iso, c.iso3);
    const x = extra.get(c.iso3);
    const nameAr = ar.of(c.iso) ?? '';
    const nameEn = en.of(c.iso) ?? '';
    if (!nameAr || !nameEn) continue;
    const variants = new Set<string>(x?.variants ? x.variants.split('|') : []);
    variants.delete(nameAr);
    const nomatch = [nameAr, ...variants].filter((v) => NOMATCH.has(normalize(v)));
    for (const v of [nameAr, ...variants]) names.add(normalize(v));
    rows.push(tsvLine([c.iso3, nameEn, nameAr, [...variants].join('|'), x?.nisba, x?.capitals, x?.wikidata, nomatch.join('|')]));
  }
  return { rows, names, iso2to3 };
}

// ---------------------------------------------------------------- regions (ISO 3166-2)
const PREFIXES = ['محافظة ', 'ولاية ', 'منطقة ', 'إقليم ', 'مقاطعة ', 'إمارة ', 'بلدية ', 'مدينة ', 'جزيرة ', 'ناحية ', 'قضاء '];
function stripPrefix(s: string): string {
  for (const p of PREFIXES) if (s.startsWith(p) && s.length > p.length + 2) return s.slice(p.length);
  return s;
}

function buildRegions(iso2to3: Map<string, string>, taken: Set<string>, common: Set<string>): string[] {
  const iso = JSON.parse(readFileSync(join(DATA, 'gazetteers/iso3166-2-ar/ar.json'), 'utf8')) as Record<string, { iso: string; iso3: string; regions?: { name: string; iso: string }[] }>;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of Object.values(iso)) {
    const cc = iso2to3.get(c.iso);
    if (!cc || c.iso === 'IQ') continue; // Iraq comes from iraq-geo, with districts
    for (const r of c.regions ?? []) {
      const full = r.name.trim();
      if (!isArabic(full)) continue;
      const bare = stripPrefix(full);
      const nb = normalize(bare);
      if (nb.length < 3 || taken.has(nb) || COMMON.has(nb) || (!nb.includes(' ') && common.has(nb))) continue;
      if (seen.has(nb)) continue; // the same name in two countries: the first stays
      seen.add(nb);
      taken.add(nb);
      const variants = bare !== full ? [full] : [];
      out.push(tsvLine([`${c.iso}-${r.iso}`, 'GPE', 'region', `${c.iso}-${r.iso} ${bare}`, bare, variants.join('|'), cc, '', '', '', '', 'ISO 3166-2 first-level region']));
    }
  }
  return out;
}

// ---------------------------------------------------------------- Iraq (iraq-geo)
interface GeoNode { engName: string; arbName: string; districts?: GeoNode[] }
function buildIraq(taken: Set<string>, common: Set<string>): string[] {
  const j = JSON.parse(readFileSync(join(DATA, 'gazetteers/iraq-geo/output.json'), 'utf8')) as { provinces: GeoNode[] };
  const out: string[] = [];
  const seen = new Map<string, string>();
  const slug = (s: string) => s.replace(/[^A-Za-z]+/g, '').toUpperCase() || 'X';
  // Governorates first (all of them), then districts.
  const govs: { bare: string; full: string; eng: string }[] = [];
  for (const p of j.provinces) {
    if (!isArabic(p.arbName)) continue;
    const bare = stripPrefix(p.arbName.trim());
    if (seen.has(normalize(bare))) continue;
    seen.set(normalize(bare), 'g');
    govs.push({ bare, full: bare === p.arbName.trim() ? `محافظة ${bare}` : p.arbName.trim(), eng: p.engName.replace(/^Al /, '') });
  }
  // Extra spellings in Iraqi press; from general knowledge.
  const extraVar: Record<string, string[]> = {
    'نينوى': ['نينوي'], 'صلاح الدين': [], 'الأنبار': ['انبار'], 'ديالى': ['ديالي'], 'ذي قار': ['الناصرية'], 'دهوك': ['دهوك'],
    'السليمانية': ['السليمانيه'], 'القادسية': ['الديوانية'], 'المثنى': ['السماوة'], 'واسط': ['الكوت'], 'ميسان': ['العمارة'], 'بابل': ['الحلة'],
  };
  for (const g of govs) {
    const nb = normalize(g.bare);
    const isCap = nb === normalize('بغداد');
    const variants = [g.full, ...(extraVar[g.bare] ?? [])].filter((v) => normalize(v) !== nb);
    taken.add(nb);
    // بغداد is also the capital (metonym handled by countries.tsv); the governorate keeps its full name.
    out.push(tsvLine([`IQ-GOV-${slug(g.eng)}`, 'GPE', 'governorate', `${g.eng} Governorate`, isCap ? g.full : g.bare, (isCap ? [] : variants).join('|'), 'IRQ', '', '', '', '', 'Iraqi governorate (iraq-geo)']));
  }
  for (const p of j.provinces) {
    for (const d of p.districts ?? []) {
      const name = d.arbName?.trim() ?? '';
      if (!isArabic(name)) continue;
      const bare = stripPrefix(name.replace(/^قضاء /, ''));
      const nb = normalize(bare);
      if (!/^[\u0621-\u064A\s]+$/.test(bare) || /عبدولا|ياشي|لايلان/.test(bare)) continue; // Kurdish spellings in Arabic script
      if (nb.length < 3 || seen.has(nb) || taken.has(nb) || COMMON.has(nb) || (!nb.includes(' ') && common.has(nb))) continue;
      seen.set(nb, 'd');
      taken.add(nb);
      out.push(tsvLine([`IQ-DIS-${slug(d.engName)}-${out.length}`, 'GPE', 'district', `${d.engName} District`, bare, `قضاء ${bare}`, 'IRQ', '', '', '', '', `district of ${p.engName} (iraq-geo, partly machine-compiled)`]));
    }
  }
  return out;
}

// ---------------------------------------------------------------- cities (world-cities-ar)
const NOT_CITY = new Set(['ملعب', 'مطار', 'جامعه', 'مستشفي', 'نادي', 'حزب', 'التجمع', 'شركه', 'فندق', 'قاعده', 'معسكر', 'سجن', 'جسر', 'محطه', 'العسكري', 'الوطني', 'الديمقراطي', 'بالهيبارين', 'المحدثه', 'فاموتيدين', 'مسجد', 'كنيسه', 'ميناء']);
function buildCities(countryByEn: Map<string, string>, taken: Set<string>, common: Set<string>): string[] {
  const j = JSON.parse(readFileSync(join(DATA, 'gazetteers/world-cities-ar/world-cities.json'), 'utf8')) as
    { CountryNameEn: string; Cities: { Population: number; CityNameEn: string; CityNameAr: string }[] }[];
  const all: { cc: string; en: string; ar: string; pop: number }[] = [];
  for (const c of j) {
    const cc = countryByEn.get(c.CountryNameEn);
    if (!cc) continue;
    for (const city of c.Cities) {
      if (!city.CityNameAr || !isArabic(city.CityNameAr.trim()) || city.Population < 100_000) continue;
      const arWords = city.CityNameAr.trim().split(/\s+/), enWords = city.CityNameEn.trim().split(/[\s-]+/);
      // a wrong sense (a stadium, an airport, a party, a drug) is usually longer than the name or starts with a facility word
      if (arWords.length > enWords.length + 1 || arWords.some((w) => NOT_CITY.has(normalize(w)))) continue;
      all.push({ cc, en: city.CityNameEn, ar: stripPrefix(city.CityNameAr.trim()), pop: city.Population });
    }
  }
  all.sort((a, b) => b.pop - a.pop); // a name shared by two cities goes to the larger one
  const out: string[] = [];
  // (the hand-written second Tripoli takes no number: the ids of the cities after it stay as they were)
  let extra = 0;
  const hand: [string, string, string][] = [['مكة المكرمة', 'Mecca', 'SAU'], ['عدن', 'Aden', 'YEM'], ['باريس', 'Paris', 'FRA'], ['الموصل', 'Mosul', 'IRQ'], ['طرابلس', 'Tripoli', 'LBY']];
  for (const [ar, en, cc] of hand) {
    const nb = normalize(ar);
    if (taken.has(nb)) continue;
    taken.add(nb);
    const variants = ar === 'مكة المكرمة' ? 'مكة' : '';
    out.push(tsvLine([`C-${cc}-${en.replace(/[^A-Za-z]/g, '')}`, 'GPE', 'city', en, ar, variants, cc, '', '', '', '', 'city (hand-written)']));
    // (Lebanon's Tripoli shares the name: the gazetteer decides by the country named near it)
    if (en === 'Tripoli') extra = out.push(tsvLine(['C-LBN-Tripoli', 'GPE', 'city', 'Tripoli (Lebanon)', 'طرابلس', 'طرابلس الشام', 'LBN', '', '', '', '', "city (hand-written); shares its name with Libya's capital"]));
  }
  for (const c of all) {
    const nb = normalize(c.ar);
    const bare = nb.startsWith('ال') ? nb.slice(2) : nb;
    if (nb.length < 3 || taken.has(nb) || COMMON.has(nb) || COMMON.has(bare)) continue;
    if (!nb.includes(' ') && (common.has(nb) || common.has(bare) || common.has('ال' + nb))) continue;
    taken.add(nb);
    out.push(tsvLine([`C-${c.cc}-${c.en.replace(/[^A-Za-z]/g, '')}-${out.length - (extra ? 1 : 0)}`, 'GPE', 'city', c.en, c.ar, '', c.cc, '', '', '', '', `city, population ${c.pop} (world-cities-ar)`]));
  }
  return out;
}

// ---------------------------------------------------------------- people (UniversalPetrarch)
function buildUpetrarchPeople(known: Set<string>, given: Set<string>, codes: Set<string>): string[] {
  const text = readFileSync(join(DATA, 'lexicons/upetrarch-arabic/actor_dict_ar_v4.txt'), 'utf8');
  const blocks: { name: string; codes: string[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const codeRe = /\[([A-Z]{3,9})(?:\s+(\d{8})-(\d{8}))?\]/g;
    if (/^\s/.test(line) && blocks.length) {
      for (const m of line.matchAll(codeRe)) blocks[blocks.length - 1]!.codes.push(m[0]);
      continue;
    }
    const name = line.replace(codeRe, '').trim();
    const b = { name, codes: [] as string[] };
    for (const m of line.matchAll(codeRe)) b.codes.push(m[0]);
    blocks.push(b);
  }
  const TITLES = new Set(['رئيس', 'وزير', 'ملك', 'امير', 'شيخ', 'جنرال', 'عام', 'ثاني', 'ل', 'سيد', 'دكتور', 'قائد', 'زعيم', 'نائب', 'سفير', 'مسؤول', 'متحدث', 'عاهل', 'ولي', 'عهد', 'سابق', 'حاكم', 'امين', 'مرشد', 'رييس']);
  const out: string[] = [];
  const seen = new Set<string>();
  const day = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  for (const b of blocks) {
    const words = b.name.split('_').map((w) => w.trim()).filter(Boolean);
    if (words.length < 2 || words.length > 4) continue;
    if (!words.every((w) => isArabic(w) && normalize(w).length >= 2)) continue;
    const nw = words.map(normalize);
    if (!given.has(nw[0]!) || nw.some((w) => TITLES.has(w))) continue;
    const nameAr = words.join(' ');
    const key = normalize(nameAr);
    if (given.has(key.replace(/ /g, '')) || nw.every((w) => given.has(w) || given.has(w.replace(/^ال/, '')) || w === 'عبد')) continue; // only given names
    if (known.has(key) || seen.has(key)) continue;
    const offices: string[] = [];
    for (const c of b.codes) {
      const m = /\[([A-Z]{3,9})(?:\s+(\d{8})-(\d{8}))?\]/.exec(c)!;
      const code = m[1]!;
      const cc = codes.has(code.slice(0, 3)) ? code.slice(0, 3) : null;
      if (!cc) continue;
      const sec = code.slice(3, 6);
      const sector = SECTORS.has(sec) ? sec : null;
      let from = m[2] && m[2] !== '18000101' ? day(m[2]) : '-';
      let to = m[3] && m[3] !== '18000101' && m[3] > (m[2] ?? '') ? day(m[3]) : '-';
      if (from.startsWith('1800')) from = '-';
      if (to.startsWith('1800')) to = '-';
      offices.push(`${cc} ${sector ?? '-'} ${from} ${to}`);
    }
    if (offices.length === 0) continue;
    seen.add(key);
    const last = offices[offices.length - 1]!.split(' ');
    out.push(tsvLine([`U-${out.length + 1}`, 'PER', 'person', nameAr, nameAr, '', last[0], last[1] === '-' ? '' : last[1], '', last[2] === '-' ? '' : last[2], last[3] === '-' ? '' : last[3], '', offices.map((o) => o + ' office').join(' ; ')]));
  }
  return out;
}

// ---------------------------------------------------------------- transliteration variants (Wikidata)
function buildPersonVariants(people: KbEntry[]): string[] {
  const f = join(DATA, 'gazetteers/wikidata-person-names-en-ar/wd_arabic.normalized.aligned.tokens');
  const byEn = new Map<string, string[]>();
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const [en, ar, n] = line.split('\t');
    // rare surnames only: a common one (Brown, Powell) names many people
    if (!en || !ar || Number(n) < 1 || Number(n) > 20) continue;
    const list = byEn.get(en) ?? [];
    list.push(ar.replace(/ /g, ''));
    byEn.set(en, list);
  }
  const out: string[] = [];
  // Arabic names need no transliteration, and their surnames are often given names (حسين, سلمان).
  const ARAB = new Set(['IRQ', 'SYR', 'LBN', 'JOR', 'PSE', 'EGY', 'SAU', 'YEM', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'LBY', 'TUN', 'DZA', 'MAR', 'SDN', 'SOM', 'MRT']);
  for (const p of people) {
    if (ARAB.has(p.country ?? '') || (p.offices ?? []).some((o) => ARAB.has(o.country ?? ''))) continue;
    const parts = p.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[\s-]+/);
    const sur = parts[parts.length - 1]!;
    if (sur.length < 4) continue;
    const have = new Set([p.nameAr, ...p.variants].map(normalize));
    // only where the KB already names the person by the surname alone (ترامب): a new spelling of that
    if (![...have].some((v) => !v.includes(' '))) continue;
    for (const ar of byEn.get(sur) ?? []) {
      const n = normalize(ar);
      if (have.has(n) || n.length < 3) continue;
      have.add(n);
      out.push(tsvLine([p.id, ar, `wikidata-en-ar:${sur}`]));
    }
  }
  return out;
}

// ---------------------------------------------------------------- main
function loadAll(withVariants = true) {
  const countryRows = readTsv(readFileSync(join(DIR, 'countries.tsv'), 'utf8'));
  const entries: KbEntry[] = [];
  const perFile = new Map<string, number>();
  for (const f of ENTRY_FILES) {
    const p = join(DIR, f);
    if (!existsSync(p)) continue;
    const rows = readTsv(readFileSync(p, 'utf8'));
    perFile.set(f, rows.length);
    for (const r of rows) entries.push(entryFromRow(r));
  }
  const given = readFileSync(join(DIR, 'given-names.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return { kb: buildKb(countryRows, entries, given, withVariants ? readVariants() : undefined), perFile, countryRows };
}

function readVariants(): Map<string, string[]> {
  const p = join(DIR, 'person-variants.tsv');
  const m = new Map<string, string[]>();
  if (!existsSync(p)) return m;
  for (const r of readTsv(readFileSync(p, 'utf8'))) {
    const l = m.get(r.id!) ?? [];
    l.push(r.variant!);
    m.set(r.id!, l);
  }
  return m;
}

if (!CHECK_ONLY) {
  if (!existsSync(DATA)) { console.error(`no data at ${DATA} (use --data PATH)`); process.exit(2); }
  const common = loadCommonWords();
  const { rows, names, iso2to3 } = buildCountries();
  writeFileSync(join(DIR, 'countries.tsv'), [
    '# Countries: ISO 3166-1 alpha-3 id, English and Arabic names from the Unicode CLDR via Node\'s ICU',
    '# (Intl.DisplayNames; Unicode licence), ISO codes from iso3166-2-ar (MIT), merged with the hand-written',
    '# country-extra.tsv (variants, nisba stems, capitals, Wikidata ids). Generated by scripts/build-kb.ts.',
    '# nomatch: names kept for display but never matched alone (common words such as مالي "financial").',
    'id\tname\tnameAr\tvariants\tnisba\tcapitals\twikidata\tnomatch', ...rows, ''].join('\n'));
  // Names already taken by hand-written entries and countries (and capitals) stay with them.
  const taken = new Set(names);
  for (const r of readTsv(readFileSync(join(DIR, 'country-extra.tsv'), 'utf8'))) for (const c of (r.capitals ?? '').split('|')) if (c) taken.add(normalize(c));
  for (const f of ['places.tsv', 'towns.tsv', 'orgs.tsv']) for (const r of readTsv(readFileSync(join(DIR, f), 'utf8'))) for (const v of [r.nameAr!, ...(r.variants ?? '').split('|')]) if (v) taken.add(normalize(v));
  const iraq = buildIraq(taken, common);
  writeFileSync(join(DIR, 'iraq.tsv'), ['# Iraqi governorates and districts from iraq-geo (github.com/…/iraq-geo, MIT; partly machine-compiled:',
    '# Kurdish-script duplicates and names that are common words dropped). Generated by scripts/build-kb.ts.', HEADER, ...iraq, ''].join('\n'));
  const regions = buildRegions(iso2to3, taken, common);
  writeFileSync(join(DIR, 'regions.tsv'), ['# First-level regions (ISO 3166-2) with Arabic names from iso3166-2-ar (MIT); Iraq is in iraq.tsv.',
    '# Names that are common words, too short, or already a country/capital are dropped. Generated by scripts/build-kb.ts.', HEADER, ...regions, ''].join('\n'));
  const countryByEn = new Map<string, string>();
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const [i2, i3] of iso2to3) countryByEn.set(en.of(i2) ?? '', i3);
  const wc = JSON.parse(readFileSync(join(DATA, 'gazetteers/world-cities-ar/world-cities.json'), 'utf8')) as { CountryNameEn: string; CountryNameAr: string }[];
  const arToIso = new Map(rows.map((r) => { const c = r.split('\t'); return [normalize(c[2]!), c[0]!] as const; }));
  for (const c of wc) if (!countryByEn.has(c.CountryNameEn)) { const cc = arToIso.get(normalize(c.CountryNameAr)); if (cc) countryByEn.set(c.CountryNameEn, cc); }
  const cities = buildCities(countryByEn, taken, common);
  writeFileSync(join(DIR, 'cities.tsv'), ['# Cities of 100,000 people or more with Arabic names from world-cities-ar (CC BY 4.0), reviewed by rule:',
    '# names that are common words (a hand list and words the ANERcorp training split uses as ordinary words),',
    '# shorter than three letters, or already taken by a country, capital, region or governorate are dropped;',
    '# a name shared by two cities goes to the larger. Generated by scripts/build-kb.ts.', HEADER, ...cities, ''].join('\n'));
  // People (without the previously generated variants, which are regenerated here)
  const { kb } = loadAll(false);
  const known = new Set<string>();
  for (const e of kb.entries) if (e.kind === 'person' && !e.id.startsWith('U-')) for (const v of [e.nameAr, ...e.variants]) known.add(normalize(v));
  const up = buildUpetrarchPeople(known, kb.givenNames, new Set(kb.countries.keys()));
  writeFileSync(join(DIR, 'people-upetrarch.tsv'), ['# People from the UniversalPetrarch Arabic actor dictionary (actor_dict_ar_v4.txt, MIT), kept when the',
    '# name is 2-4 clean words starting with a common given name and carries a country code; offices from its',
    '# codes and dates (open ends as "-"). Lemmatised source: review before relying on a name. Generated by scripts/build-kb.ts.',
    HEADER + '\toffices', ...up, ''].join('\n'));
  const hand = kb.entries.filter((e) => e.kind === 'person' && e.id.startsWith('P-'));
  const pv = buildPersonVariants(hand);
  writeFileSync(join(DIR, 'person-variants.tsv'), ['# Transliteration variants of the hand-written people\'s surnames from the Wikidata English-Arabic person-name',
    '# pairs (Merhav & Ash 2018, CC0 1.0). Generated by scripts/build-kb.ts.', 'id\tvariant\tsource', ...pv, ''].join('\n'));
}

const { kb, perFile } = loadAll();
const problems = checkKb(kb);
for (const p of problems) console.error('KB: ' + p);

// Coverage table
const byKind = new Map<string, number>();
for (const e of kb.entries) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
let variants = 0;
for (const e of kb.entries) variants += 1 + e.variants.length;
const SOURCES: Record<string, string> = {
  country: 'Unicode CLDR via Node ICU (Unicode licence) + hand-written variants, nisba, capitals (MIT)',
  region: 'iso3166-2-ar (MIT)', governorate: 'iraq-geo (MIT)', district: 'iraq-geo (MIT)',
  city: 'world-cities-ar (CC BY 4.0), filtered; a few hand-written', geo_region: 'hand-written (MIT)', natural: 'hand-written (MIT)',
  territory: 'hand-written (MIT)', facility: 'hand-written (MIT)', igo: 'hand-written (MIT)', armed_group: 'hand-written (MIT)',
  media: 'hand-written (MIT)', party: 'hand-written (MIT)', institution: 'hand-written (MIT)', ngo: 'hand-written (MIT)',
  person: `hand-written (MIT): ${kb.entries.filter((e) => e.id.startsWith('P-')).length}; UniversalPetrarch actor dictionary (MIT): ${kb.entries.filter((e) => e.id.startsWith('U-')).length}; ${[...readVariants().values()].reduce((a, l) => a + l.length, 0)} extra Wikidata en-ar spellings (CC0)`,
};
const lines = ['| kind | type | entries | source (licence) |', '|---|---|---:|---|'];
for (const k of Object.keys(KINDS)) if (byKind.has(k)) lines.push(`| ${k} | ${KINDS[k]} | ${byKind.get(k)} | ${SOURCES[k] ?? ''} |`);
lines.push(`| **all** | | **${kb.entries.length}** | ${variants} names and variants; ${kb.nisba.size} nisba forms; ${kb.capitals.size} capitals; ${kb.givenNames.size} given names |`);
console.log(lines.join('\n'));
console.error(`files: ${[...perFile].map(([f, n]) => `${f} ${n}`).join(', ')}`);
if (problems.length) { console.error(`KB check: ${problems.length} problem(s)`); process.exit(1); }
console.error('KB check: ok');

// --bench FILE: gazetteer cost per token (CPU and wall time) over a JSON array of {content} articles
// or a plain text file: node --import tsx scripts/build-kb.ts --check-only --bench FILE
const benchFile = args.includes('--bench') ? opt('--bench', '') : '';
if (benchFile) {
  const { buildDoc } = await import('../src/analyze.js');
  const { matchGazetteer, gazIndex } = await import('../src/entities/gazetteer.js');
  const raw = readFileSync(benchFile, 'utf8');
  const texts = benchFile.endsWith('.json') ? (JSON.parse(raw) as { content: string }[]).map((a) => a.content) : [raw];
  const docs = texts.slice(0, 400).map((t) => buildDoc(t));
  const ntok = docs.reduce((s, d) => s + d.tokens.length, 0);
  let t0 = performance.now();
  gazIndex();
  const load = performance.now() - t0;
  for (const d of docs.slice(0, 20)) matchGazetteer(d);
  t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < 3; r++) for (const d of docs) n += matchGazetteer(d).length;
  const wall = performance.now() - t0, cu = process.cpuUsage(c0);
  console.log(`gazetteer: ${docs.length} documents, ${ntok} tokens x3, ${n / 3} matches per pass; KB load ${load.toFixed(0)} ms; ` +
    `${((cu.user + cu.system) / (ntok * 3)).toFixed(2)} µs/token CPU, ${(wall * 1000 / (ntok * 3)).toFixed(2)} µs/token wall`);
}
