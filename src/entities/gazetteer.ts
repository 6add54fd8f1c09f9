// Gazetteer matching: knowledge-base names (countries, places, organisations, people), nisba
// adjectives, capitals as metonyms, and institution patterns (institutions.ts), found through
// proclitics and normalisation, longest match first, never overlapping.
//
// Span rule (docs/kb.md): a mention leaves out its proclitics — والعراق → العراق, بالجيش
// العراقي → الجيش العراقي. A word written with لل (للعراق, وللعراق) keeps the لل, since the
// article's alef is not written: the span is للعراق (the same rule as the merge in index.ts).
// Enclitics are never part of a name (حكومته is not matched).

import type { Doc } from '../doc.js';
import type { Canonical, EntityType } from '../schema.js';
import { expandLamAlef, foldChar, isArabicDiacritic, isTatweel, normalize } from '../text/normalize.js';
import { canonicalOf, kbDerived, loadKb, personCanonical, type Kb, type KbEntry } from './kb.js';
import { matchInstitutions, TITLES } from './institutions.js';

export interface GazMatch {
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  type: EntityType;
  canonical: Canonical;
  entry: KbEntry | null;
  via: 'kb' | 'nisba' | 'institution' | 'metonym';
  confidence: number;
}

interface Phrase {
  /** Normalised words after the first. */
  rest: string[];
  entry: KbEntry;
  via: GazMatch['via'];
  /** For capitals: the state the metonym stands for. */
  state?: KbEntry;
  confidence: number;
}

/** Words that make the following word a newspaper, agency or channel name. */
export const MEDIA_HEADS = ['صحيفه', 'جريده', 'وكاله', 'قناه', 'موقع', 'مجله', 'شبكه', 'اذاعه', 'تلفزيون', 'فضائيه'];
const MEDIA_HEAD_SET = new Set(MEDIA_HEADS);

/** Single-word people's names that are also ordinary words or nisbas: linked, never matched alone. */
const RISKY_PERSON = new Set(['رئيسي', 'روحاني', 'صدام', 'البرهان', 'السراج', 'ظريف', 'مرسي', 'ماسك', 'هولاند', 'الجولاني', 'سليماني',
  'طالباني', 'الكاظمي', 'المالكي', 'الجعفري', 'العبادي', 'عرفات', 'بنس', 'لامي', 'تراس', 'رايس', 'كيري', 'هاريس', 'اوستن', 'مودي',
  'السيستاني', 'العامري', 'الشيباني', 'الجبير', 'الصفدي', 'المقداد', 'الحلبوسي', 'العليمي', 'الغنوشي', 'السبسي', 'بوش', 'كلينتون', 'جونسون',
  'سوليفان', 'غيتس', 'الظواهري', 'كارني', 'روته', 'فانس', 'تشيني', 'اكار', 'فيدان', 'كاتس', 'عطاف', 'تيدروس', 'خاتمي', 'اسبر', 'هنيه']);

/** Prepositions and place nouns after which a capital is the city, not its government. */
const LOCATIVE = new Set(['في', 'الي', 'من', 'قرب', 'داخل', 'خارج', 'حول', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي',
  'شرقي', 'غربي', 'مدينه', 'العاصمه', 'بمدينه', 'ضواحي', 'محيط', 'انحاء', 'مطار', 'سفاره', 'سفارات', 'قنصليه', 'عبر', 'نحو', 'حتي']);

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Phrases ending here (first entry wins for a via). */
  phrases: Phrase[] | null;
}

interface Index {
  kb: Kb;
  /** Phrases by first word (for exact-name lookups). */
  byFirst: Map<string, Phrase[]>;
  /** Word trie over all phrases: first word → following words (built per first word when first asked). */
  root: { get(first: string): TrieNode | undefined };
}

/** The trie node of one first word: its phrases' following words, in byFirst order. */
function trieOf(list: Phrase[]): TrieNode {
  const node: TrieNode = { next: null, phrases: null };
  for (const p of list) {
    let cur = node;
    for (const w of p.rest) {
      cur.next ??= new Map();
      let nx = cur.next.get(w);
      if (!nx) { nx = { next: null, phrases: null }; cur.next.set(w, nx); }
      cur = nx;
    }
    (cur.phrases ??= []).push(p);
  }
  return node;
}

let index: Index | null = null;

function addPhrase(m: Map<string, Phrase[]>, name: string, p: Omit<Phrase, 'rest'>, seen: Set<string>): void {
  const words = normalize(name).split(/\s+/).filter(Boolean);
  if (words.length === 0) return;
  // The same words by the same route: the first entry wins, save a city of another country
  // (طرابلس in Libya and in Lebanon), which the document's countries decide between.
  const key = p.via + ' ' + words.join(' ') + (p.entry.kind === 'city' && p.via === 'kb' ? ' ' + (p.entry.country ?? '') : '');
  if (seen.has(key)) return;
  seen.add(key);
  const list = m.get(words[0]!) ?? [];
  const rest = words.slice(1);
  list.push({ ...p, rest });
  m.set(words[0]!, list);
}

/** The name under which the phrases are saved with the KB snapshot (src/resources/pack.ts). */
export const GAZ_PHRASES = 'gazetteer.byFirst';

/** Every KB name as phrases by normalised first word (first entry wins for the same words and route). */
export function buildPhrases(kb: Kb): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const e of kb.entries) {
    const names = [e.nameAr, ...e.variants];
    for (const n of names) {
      const nn = normalize(n);
      if (kb.noMatch.has(nn)) continue;
      if (e.kind === 'person') {
        const single = !nn.includes(' ');
        if (single && (RISKY_PERSON.has(nn) || kb.givenNames.has(nn) || nn.length < 4)) continue;
        addPhrase(byFirst, n, { entry: e, via: 'kb', confidence: single ? 0.75 : 0.9 }, seen);
        continue;
      }
      addPhrase(byFirst, n, { entry: e, via: 'kb', confidence: e.kind === 'city' || e.kind === 'region' || e.kind === 'district' ? 0.8 : 0.9 }, seen);
      if (e.kind === 'media' && !MEDIA_HEAD_SET.has(nn.split(' ')[0]!)) {
        for (const h of MEDIA_HEADS) addPhrase(byFirst, h + ' ' + nn, { entry: e, via: 'kb', confidence: 0.95 }, seen);
      }
    }
  }
  for (const [name, { state, city }] of kb.capitals) addPhrase(byFirst, name, { entry: city, state, via: 'metonym', confidence: 0.8 }, seen);
  for (const [form, country] of kb.nisba) addPhrase(byFirst, form, { entry: country, via: 'nisba', confidence: 0.8 }, seen);
  return byFirst;
}

/** The phrase index, once per process: the phrases saved with the KB snapshot, or built from the KB. */
export function gazIndex(): Index {
  if (index) return index;
  const kb = loadKb();
  const byFirst = kbDerived<Map<string, Phrase[]>>(GAZ_PHRASES) ?? buildPhrases(kb);
  // Trie nodes are made for the first words that text actually contains, when first met: a
  // document touches a few hundred of the KB's thousands (start-up builds next to none).
  const nodes = new Map<string, TrieNode>();
  const root = {
    get(first: string): TrieNode | undefined {
      let node = nodes.get(first);
      if (node === undefined) {
        const list = byFirst.get(first);
        if (!list) return undefined;
        node = trieOf(list);
        nodes.set(first, node);
      }
      return node;
    },
  };
  index = { kb, byFirst, root };
  return index;
}

/** Ways to read the start of a word: [key, normalised characters dropped before the span]. */
export function proclitic(norm: string): [string, number][] {
  const out: [string, number][] = [[norm, 0]];
  const prep = (w: string, drop: number) => {
    if (w.length < 3) return;
    const c = w[0];
    if (w.startsWith('لل') && w.length > 3) out.push(['ال' + w.slice(2), drop]); // للعراق: span keeps لل
    else if (c === 'ب' || c === 'ل' || c === 'ك') out.push([w.slice(1), drop + 1]);
  };
  prep(norm, 0);
  if (norm.length > 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
    out.push([norm.slice(1), 1]);
    prep(norm.slice(1), 1);
  }
  return out;
}

/** Original-text length of the first `n` normalised characters of a token (their marks included). */
export function surfaceOffset(text: string, start: number, end: number, n: number): number {
  let i = start, k = 0;
  while (i < end && k < n) {
    const c = text.charCodeAt(i);
    if (expandLamAlef(c)) k += 2;
    else if (foldChar(c) >= 0) k += 1;
    i++;
  }
  while (i < end && (isArabicDiacritic(text.charCodeAt(i)) || isTatweel(text.charCodeAt(i)))) i++;
  return i - start;
}

/** The key and dropped length of each token: its own word, or its word past proclitics. */
export interface TokenView {
  keys: [string, number][][];
  /** The word past its proclitics (longest strip that leaves an article or 3+ letters), for patterns. */
  core: string[];
  pre: number[];
}

const KEY_CACHE = new Map<string, { keys: [string, number][]; core: string; pre: number }>();

function wordView(norm: string): { keys: [string, number][]; core: string; pre: number } {
  let v = KEY_CACHE.get(norm);
  if (v) return v;
  const keys = proclitic(norm);
  // the core for patterns: an article after the clitics wins (والحكومة → الحكومه)
  let best = keys[0]!;
  for (const c of keys) if (c[0].startsWith('ال') && !best[0].startsWith('ال')) best = c;
  v = { keys, core: best[0], pre: best[1] };
  if (KEY_CACHE.size > 200_000) KEY_CACHE.clear();
  KEY_CACHE.set(norm, v);
  return v;
}

export function tokenView(doc: Doc): TokenView {
  const n = doc.tokens.length;
  const keys: [string, number][][] = new Array(n);
  const core: string[] = new Array(n);
  const pre: number[] = new Array(n);
  for (let t = 0; t < n; t++) {
    const tok = doc.tokens[t]!;
    if (doc.kinds[t] !== 'word') { keys[t] = [[tok.norm, 0]]; core[t] = tok.norm; pre[t] = 0; continue; }
    const v = wordView(tok.norm);
    keys[t] = v.keys;
    core[t] = v.core;
    pre[t] = v.pre;
  }
  return { keys, core, pre };
}

function isGivenNameBefore(doc: Doc, t: number, kb: Kb): boolean {
  if (t === 0 || doc.kinds[t - 1] !== 'word' || doc.tokenSentence[t - 1] !== doc.tokenSentence[t]) return false;
  const prev = doc.tokens[t - 1]!;
  // a compound given name: عبد + a name of God (عبد الله العراقي، عبد الرحمن المصري)
  if (t >= 2 && /^(و)?عبد$/.test(doc.tokens[t - 2]!.norm) && /^ال/.test(prev.norm) && doc.tokenSentence[t - 2] === doc.tokenSentence[t]) return true;
  if (!kb.givenNames.has(prev.norm)) return false;
  const last = doc.text.charCodeAt(prev.end - 1);
  return last !== 0x0649; // على is a preposition, not علي
}

// The entities layer asks twice per document (token tags for the tagger, then the matches
// for the merge): the last document's matches are kept (callers never modify them).
let lastDoc: Doc | null = null;
let lastMatches: GazMatch[] = [];

/** All gazetteer matches of a document: longest first, non-overlapping, ordered by start. */
export function matchGazetteer(doc: Doc): GazMatch[] {
  if (doc === lastDoc) return lastMatches;
  const out = matchGazetteerUncached(doc);
  lastDoc = doc;
  lastMatches = out;
  return out;
}

function matchGazetteerUncached(doc: Doc): GazMatch[] {
  const { kb, root } = gazIndex();
  const view = tokenView(doc);
  const n = doc.tokens.length;
  const cands: GazMatch[] = [];
  const shared: { at: number; t: number; e: number; drop: number; key: string; other: Phrase }[] = [];
  for (let t = 0; t < n; t++) {
    const kind = doc.kinds[t];
    if (kind !== 'word' && kind !== 'latin') continue;
    const sent = doc.tokenSentence[t];
    for (const [key, drop] of view.keys[t]!) {
      let node = root.get(key);
      if (!node) continue;
      // walk the trie; remember the deepest node that ends a phrase
      let bestNode: TrieNode | null = node.phrases ? node : null, bestEnd = t + 1;
      for (let e = t + 1; e < n && node.next && doc.tokenSentence[e] === sent; e++) {
        const nx: TrieNode | undefined = node.next.get(doc.tokens[e]!.norm);
        if (!nx) break;
        node = nx;
        if (node.phrases) { bestNode = node; bestEnd = e + 1; }
      }
      if (!bestNode) continue;
      for (const p of bestNode.phrases!) {
        const m = toMatch(doc, kb, t, bestEnd, drop, p, key);
        if (!m) continue;
        // a name shared by places of two countries (عمّان, Amman / عُمان, Oman; طرابلس in Libya
        // and Lebanon): decided below
        const other = bestNode.phrases!.find((q) => q !== p && (q.via === 'metonym' || (q.via === 'kb' && q.entry.kind === 'city')) && placeCountry(q) !== placeCountry(p) && (p.entry.kind === 'country' || p.entry.kind === 'city' || p.via === 'metonym'));
        if (other) shared.push({ at: cands.length, t, e: bestEnd, drop, key, other });
        cands.push(m);
        break;
      }
    }
  }
  const sharedAt = new Set(shared.map((x) => x.at));
  for (const x of shared) {
    const m = otherPlaceReading(doc, cands, sharedAt, x.at, x.other) ? toMatch(doc, kb, x.t, x.e, x.drop, x.other, x.key) : null;
    if (m) cands[x.at] = m;
  }
  for (const m of matchInstitutions(doc, view, kb)) cands.push(m);
  // media head + a place name: a newspaper or channel named after a place (صحيفة العراق)
  for (const m of [...cands]) {
    if (m.type === 'ORG' || m.tokenStart === 0) continue;
    const h = m.tokenStart - 1;
    if (!MEDIA_HEAD_SET.has(view.core[h]!) || m.start !== doc.tokens[m.tokenStart]!.start) continue;
    cands.push({
      start: doc.tokens[h]!.start + surfaceOffset(doc.text, doc.tokens[h]!.start, doc.tokens[h]!.end, view.pre[h]!), end: m.end,
      tokenStart: h, tokenEnd: m.tokenEnd, type: 'ORG', entry: null, via: 'institution', confidence: 0.7,
      canonical: { id: 'media:' + normalize(doc.text.slice(doc.tokens[m.tokenStart]!.start, m.end)), name: 'media outlet', nameAr: doc.text.slice(doc.tokens[h]!.start, m.end), kind: 'media', country: null, sector: 'MED' },
    });
  }
  return select(cands);
}

/**
 * A name shared by places of two countries reads as the other place when the writing says so
 * (عمان: a shadda writes Amman, عمّان; a damma on the ع writes Oman, عُمان) or when the document
 * names that place's country and nothing else names the first one's (عمان beside الأردن and no
 * سلطنة or مسقط; طرابلس in a story about Lebanon and not Libya).
 */
function otherPlaceReading(doc: Doc, cands: GazMatch[], sharedAt: ReadonlySet<number>, at: number, other: Phrase): boolean {
  const m = cands[at]!;
  const surface = doc.text.slice(m.start, m.end);
  if (m.entry?.kind === 'country' && surface.includes('\u0651')) return true;
  if (m.entry?.kind === 'country' && surface.includes('\u064F')) return false;
  const country = m.entry ? (m.entry.kind === 'country' ? m.entry.id : m.entry.country) : m.canonical?.country ?? null, state = placeCountry(other);
  let forState = 0, forCountry = 0;
  for (let k = 0; k < cands.length; k++) {
    if (sharedAt.has(k)) continue;
    const c = cands[k]!.canonical?.country ?? null;
    if (c && c === state) forState++;
    else if (c && c === country) forCountry++;
  }
  return forState > 0 && forCountry === 0;
}

/** Titles before a person's given name: the institutions' person titles and ranks and callings. */
const PERSON_TITLE = new Set([...TITLES, 'العقيد', 'الرائد', 'النقيب', 'الوزير', 'الناشط', 'الكاتب', 'الصحفي', 'الزميل']);
/** The country a place phrase is in: a capital's state, a city's country, a country itself. */
function placeCountry(p: Phrase): string | null {
  return p.state?.id ?? (p.entry.kind === 'country' ? p.entry.id : p.entry.country ?? null);
}

function toMatch(doc: Doc, kb: Kb, t: number, e: number, drop: number, p: Phrase, key: string): GazMatch | null {
  const tok = doc.tokens[t]!;
  const start = tok.start + surfaceOffset(doc.text, tok.start, tok.end, drop);
  const end = doc.tokens[e - 1]!.end;
  const kind = p.entry.kind;
  // A nisba or place right after a given name is a family name (محمد المصري, عادل الجزائري).
  if (drop === 0 && key.startsWith('ال') && (p.via === 'nisba' || p.via === 'metonym' || (kind !== 'country' && kind !== 'geo_region' && p.entry.type !== 'ORG' && p.entry.type !== 'PER')) && isGivenNameBefore(doc, t, kb)) return null;
  // a bare nisba between a title and a family name is a given name (العميد تركي المالكي، الأمير
  // تركي الفيصل)
  if (p.via === 'nisba' && drop === 0 && !key.startsWith('ال') && e === t + 1 && t > 0 && PERSON_TITLE.has(doc.tokens[t - 1]!.norm) && e < doc.tokens.length && /^ال/.test(doc.tokens[e]!.norm) && doc.tokenSentence[e] === doc.tokenSentence[t]) return null;
  // اليمنى (the right hand) is not اليمني: a nisba ends in ي, never in ى
  if (p.via === 'nisba' && doc.text.charCodeAt(extendBack(doc.text, tok.start, doc.tokens[e - 1]!.end) - 1) === 0x0649) return null;
  if (p.via === 'metonym') {
    // After a locative word (في بغداد، بواشنطن) a capital is the city; elsewhere it stands for the state.
    const prev = t > 0 && doc.tokenSentence[t - 1] === doc.tokenSentence[t] ? doc.tokens[t - 1]!.norm : '';
    // a dateline (بغداد - أعلن …) names the city the story was filed from
    const dash = e < doc.tokens.length && doc.kinds[e] === 'punct' && /^[-–—:]$/.test(doc.tokens[e]!.norm) && (t === 0 || doc.tokenSentence[t - 1] !== doc.tokenSentence[t]);
    const city = dash || (drop > 0 && tok.norm[drop - 1] === 'ب') || LOCATIVE.has(prev) || (prev.startsWith('و') && LOCATIVE.has(prev.slice(1)));
    if (city) return { start, end, tokenStart: t, tokenEnd: e, type: 'GPE', canonical: canonicalOf(p.entry), entry: p.entry, via: 'kb', confidence: 0.8 };
    return { start, end, tokenStart: t, tokenEnd: e, type: 'GPE', canonical: canonicalOf(p.state!), entry: p.entry, via: 'metonym', confidence: p.confidence };
  }
  const canonical = kind === 'person' ? personCanonical(p.entry, doc.documentDate) : canonicalOf(p.entry);
  return { start, end, tokenStart: t, tokenEnd: e, type: p.entry.type, canonical, entry: p.entry, via: p.via, confidence: p.confidence };
}

/** The index just past the last letter before `end` (trailing marks skipped). */
function extendBack(text: string, start: number, end: number): number {
  while (end > start && (isArabicDiacritic(text.charCodeAt(end - 1)) || isTatweel(text.charCodeAt(end - 1)))) end--;
  return end;
}

/** Longest first (then the earlier, then the more confident), non-overlapping; ordered by start. */
function select(cands: GazMatch[]): GazMatch[] {
  cands.sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart) || (b.end - b.start) - (a.end - a.start) || a.start - b.start || b.confidence - a.confidence);
  const taken: GazMatch[] = [];
  const used = new Set<number>();
  for (const c of cands) {
    let free = true;
    for (let t = c.tokenStart; t < c.tokenEnd && free; t++) free = !used.has(t);
    if (!free) continue;
    for (let t = c.tokenStart; t < c.tokenEnd; t++) used.add(t);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Per-token gazetteer features for the tagger: B-/I- with the match's type ('B-GPE', 'I-ORG'),
 * 'B-PER_FIRST' for a common given name outside any match, else 'O'.
 */
export function tokenGazetteerTags(doc: Doc): string[] {
  const tags = new Array<string>(doc.tokens.length).fill('O');
  for (const m of matchGazetteer(doc)) {
    tags[m.tokenStart] = 'B-' + m.type;
    for (let t = m.tokenStart + 1; t < m.tokenEnd; t++) tags[t] = 'I-' + m.type;
  }
  const { kb } = gazIndex();
  for (let t = 0; t < doc.tokens.length; t++) {
    if (tags[t] !== 'O' || doc.kinds[t] !== 'word') continue;
    const w = doc.tokens[t]!.norm;
    if (kb.givenNames.has(w) && doc.text.charCodeAt(doc.tokens[t]!.end - 1) !== 0x0649) tags[t] = 'B-PER_FIRST';
  }
  return tags;
}
