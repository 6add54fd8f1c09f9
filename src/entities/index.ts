// Entities layer: the statistical tagger (tagger.ts) merged with knowledge-base matches
// (gazetteer.ts), then linking and clusters. The merge rule, in order:
//  1. A tagger name that strictly contains a gazetteer match wins: the longer name is typed
//     by its context (جامعة بغداد is an ORG, not the city; أحمد الجزائري is a person).
//  2. A gazetteer phrase that strictly contains a tagger name gives way to the name, which
//     takes the phrase's canonical entry when the types agree (حماس in حركة حماس).
//  3. Same span: the gazetteer's type and entry, except that a confident tagger PER/ORG
//     overrides a nisba or metonym reading (a surname like الجزائري), and a tagger PER/ORG
//     overrides a place reading (clubs and companies named after places: برشلونة، بورتو).
//  4. Crossing spans: the longer one stays; a tagger name always stays against a nisba.
//  5. A one-word gazetteer place the tagger left untagged is dropped when the word is common
//     in the training text (an ordinary word that happens to be a town's name); countries stay.
//  6. Names only the tagger finds stay, with canonical from linkName when the KB knows them
//     and null otherwise (never forced onto a famous name).
// Nisba adjectives (العراقي) and common-noun institutions (الحكومة, القوات) are mentions by
// the contract; they carry `mention: 'nisba' | 'nominal'` so name-only uses can drop them.
// Spans leave out proclitics: والعراق → العراق, بالحكومة → الحكومة; a word written with لل
// (للعراق) keeps its ل ل, since the article's alef is not written.

import type { Doc } from '../doc.js';
import type { Canonical, Entity, EntityType } from '../schema.js';
import { expandLamAlef, foldChar, isArabicDiacritic, isTatweel } from '../text/normalize.js';
import { splitCached } from './features.js';
import { defaultModel, tagDoc, type TaggedSpan } from './tagger.js';
import { registerKb } from './link.js';

/** What the gazetteer gives the merge (gazetteer.ts GazMatch). */
export interface GazMention {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  canonical: Canonical | null;
  via: 'kb' | 'nisba' | 'institution' | 'metonym';
  confidence: number;
}

/** The knowledge-base side: matcher, token tags, linker. Null parts are simply skipped. */
export interface KbHooks {
  match: ((doc: Doc) => GazMention[]) | null;
  tokenTags: ((doc: Doc) => string[]) | null;
  link: ((surface: string, type: EntityType, documentDate: string | null) => Canonical | null) | null;
}

let hooks: KbHooks = { match: null, tokenTags: null, link: null };
let hooksSet = false;

/** Plugs in the knowledge base (link.ts registerKb does it; tests may plug in their own). */
export function setKbHooks(h: Partial<KbHooks>): void {
  hooks = { ...hooks, ...h };
  hooksSet = true;
}

/** Finds every entity mention in the document. */
export function extractEntities(doc: Doc): Entity[] {
  if (doc.tokens.length === 0) return [];
  // The project's knowledge base, unless something else was plugged in first.
  if (!hooksSet) registerKb();
  // Gazetteer tags are tagger features only for a model trained with them.
  const model = defaultModel();
  const gaz = hooks.tokenTags && model.meta.gazetteer === 'on' ? hooks.tokenTags(doc) : null;
  const tagged = tagDoc(doc, gaz, model);
  const matches = hooks.match ? hooks.match(doc) : [];
  return mergeMentions(doc, tagged, matches);
}

// Head words that make a tagged LOC a natural location or a facility rather than a GPE.
const NATURAL = new Set(['نهر', 'بحر', 'البحر', 'جبل', 'جبال', 'خليج', 'الخليج', 'صحراء', 'صحراء', 'جزيره', 'جزر', 'وادي', 'بحيره', 'محيط', 'المحيط', 'هضبه', 'سهل', 'قناه', 'مضيق', 'الضفه', 'شبه', 'قطاع']);
const FACILITY = new Set(['مطار', 'مسجد', 'جامع', 'سجن', 'جسر', 'ملعب', 'استاد', 'مستشفي', 'قصر', 'برج', 'فندق', 'ميناء', 'معبر', 'كنيسه', 'قاعده', 'مخيم', 'شارع', 'ساحه', 'ميدان']);

function locType(doc: Doc, tokenStart: number, model = defaultModel()): EntityType {
  const w = splitCached(doc.tokens[tokenStart]!.norm, model.lex).core;
  if (NATURAL.has(w)) return 'LOC';
  if (FACILITY.has(w) || FACILITY.has(w.startsWith('ال') ? w.slice(2) : w)) return 'FAC';
  return 'GPE';
}

/** Surface length of the first `pre` normalised characters of `surface` (marks included). */
export function surfacePrefixLength(surface: string, pre: number): number {
  let i = 0, k = 0;
  while (i < surface.length && k < pre) {
    const c = surface.charCodeAt(i);
    if (expandLamAlef(c)) k += 2;
    else if (foldChar(c) >= 0) k += 1;
    i++;
  }
  while (i < surface.length && (isArabicDiacritic(surface.charCodeAt(i)) || isTatweel(surface.charCodeAt(i)))) i++;
  return i;
}

/** Start offset of a name beginning at token `t`, past its proclitics. */
export function nameStart(doc: Doc, t: number): number {
  const tok = doc.tokens[t]!;
  if (doc.kinds[t] !== 'word') return tok.start;
  const { pre, core } = splitCached(tok.norm, defaultModel().lex);
  if (pre === 0) return tok.start;
  // لل: keep the ل of the article, drop only a conjunction before it.
  let drop = pre;
  if (core.startsWith('ال') && !tok.norm.slice(pre).startsWith('ال')) drop = pre - 1;
  if (drop <= 0) return tok.start;
  return tok.start + surfacePrefixLength(doc.text.slice(tok.start, tok.end), drop);
}

interface Candidate {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  canonical: Canonical | null;
  confidence: number;
  source: 'tagger' | GazMention['via'];
}

const LABEL_TYPE: Record<string, EntityType> = { PER: 'PER', ORG: 'ORG', MISC: 'MISC', LOC: 'GPE' };

/** Merges tagger names with gazetteer matches (rule at the top of this file), links, clusters. */
// Value kinds that never end a name: a tagged name that runs into one stops before it
// (رياض بن عمر | ثماني سنوات); bare numbers stay, as in unit names (اللواء 93).
const NOT_IN_NAME = new Set(['duration', 'date', 'money', 'percent', 'quantity']);
function beforeValue(doc: Doc, s: TaggedSpan): TaggedSpan {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const at = doc.tokens[k]!.start;
    if (doc.values.some((v) => NOT_IN_NAME.has(v.kind) && v.start <= at && at < v.end)) return { ...s, tokenEnd: k };
  }
  return s;
}

export function mergeMentions(doc: Doc, tagged: TaggedSpan[], matches: GazMention[]): Entity[] {
  const cands: Candidate[] = [];
  for (const s0 of tagged) {
    const s = beforeValue(doc, s0);
    const type = s.label === 'LOC' ? locType(doc, s.tokenStart) : LABEL_TYPE[s.label] ?? 'MISC';
    cands.push({
      start: nameStart(doc, s.tokenStart), end: doc.tokens[s.tokenEnd - 1]!.end,
      tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, type, canonical: null,
      confidence: round2(s.confidence), source: 'tagger',
    });
  }
  const lex = defaultModel().lex;
  const taggedTok = new Uint8Array(doc.tokens.length);
  for (const s of tagged) taggedTok.fill(1, s.tokenStart, s.tokenEnd);
  const gazC: Candidate[] = matches
    .filter((m) => !(m.via === 'kb' && m.canonical?.kind !== 'country' && m.tokenEnd - m.tokenStart === 1 && !taggedTok[m.tokenStart] && (lex.vocab.get(doc.tokens[m.tokenStart]!.norm) ?? 0) >= COMMON))
    .map((m) => ({ ...m, confidence: round2(m.confidence), source: m.via }));
  // Resolve overlaps: tagger names and gazetteer matches, sorted by start.
  const kept: Candidate[] = [];
  const all = [...cands, ...gazC].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  for (const c of all) {
    let drop = false;
    // kept spans never overlap and are in start order, so their ends increase too: scanning
    // back stops at the first one that ends before c starts (linear overall).
    for (let k = kept.length - 1; k >= 0; k--) {
      const o = kept[k]!;
      if (o.end <= c.start) break;
      if (c.end <= o.start) continue;
      const win = preferred(o, c);
      if (win === o) {
        if (o.source === 'tagger' && c.source === 'kb' && c.start <= o.start && o.end <= c.end && sameFamily(o.type, c.type)) o.canonical ??= c.canonical;
        drop = true;
        break;
      }
      if (win !== c) continue;
      // c wins over o: a tagger name inside or equal to a knowledge-base match of a compatible
      // type takes its canonical entry (حماس in حركة حماس)
      if (c.source === 'tagger' && o.source === 'kb' && o.start <= c.start && c.end <= o.end && sameFamily(c.type, o.type)) c.canonical ??= o.canonical;
      kept.splice(k, 1);
    }
    if (!drop) kept.push(c);
  }
  propagate(doc, kept);
  familyNames(doc, kept);
  link(doc, kept);
  addGovernment(doc, kept);
  kept.sort((a, b) => a.start - b.start);
  return finish(doc, kept);
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['GPE', 'LOC', 'FAC']);
function sameFamily(a: EntityType, b: EntityType): boolean {
  return a === b || (PLACE_TYPES.has(a) && PLACE_TYPES.has(b));
}

/** Which of two overlapping candidates stays (rule at the top of this file). */
function preferred(a: Candidate, b: Candidate): Candidate {
  const aT = a.source === 'tagger', bT = b.source === 'tagger';
  const aIn = a.start >= b.start && a.end <= b.end; // a inside b
  const bIn = b.start >= a.start && b.end <= a.end;
  if (aT !== bT) {
    const t = aT ? a : b, g = aT ? b : a;
    const tIn = aT ? aIn : bIn, gIn = aT ? bIn : aIn;
    if (tIn && gIn) { // same span
      if ((t.type === 'PER' || t.type === 'ORG') && t.confidence >= 0.9 && (g.source === 'nisba' || g.source === 'metonym')) return t;
      // a club or company named after a place (برشلونة، بورتو) keeps the tagger's reading
      if ((t.type === 'PER' || t.type === 'ORG') && g.source === 'kb' && PLACE_TYPES.has(g.type)) return t;
      return g;
    }
    if (gIn) return t; // tagger name strictly contains the match
    // a named body of the knowledge base around a place in its name is the body (قوات سوريا
    // الديمقراطية، حكومة إقليم كردستان)
    if (tIn && PLACE_TYPES.has(t.type) && g.type === 'ORG' && g.source === 'kb' && g.canonical) return g;
    if (tIn) return t; // a longer knowledge-base phrase around a name: the name, typed by the tagger
    if (g.source === 'nisba') return t; // crossing: a nisba never cuts a name short

  }
  const la = a.end - a.start, lb = b.end - b.start;
  if (la !== lb) return la > lb ? a : b;
  return a.confidence >= b.confidence ? a : b;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Key words of a name for partial matching: cores without the article. */
function nameWords(doc: Doc, c: Candidate): string[] {
  const out: string[] = [];
  const lex = defaultModel().lex;
  for (let t = c.tokenStart; t < c.tokenEnd; t++) {
    if (doc.kinds[t] !== 'word' && doc.kinds[t] !== 'latin') continue;
    const w = splitCached(doc.tokens[t]!.norm, lex).core;
    out.push(w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);
  }
  return out;
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

const GOV_WORDS = new Set(['الحكومه', 'حكومه']);
const REGION_WORDS = new Set(['اقليم', 'ولايه', 'منطقه', 'مقاطعه']);

/** Training-corpus count above which a word is too common to be repeated as a name on its own. */
const COMMON = 30;

/**
 * Document consistency: a name found once is found again where the tagger missed it, and a
 * person's last name alone (ترامب after دونالد ترامب) is a mention of that person. Only
 * rare words propagate, and only onto tokens no other mention covers.
 */
function propagate(doc: Doc, kept: Candidate[]): void {
  if (kept.length === 0) return;
  const lex = defaultModel().lex;
  const key = (t: number): string => {
    if (doc.kinds[t] !== 'word' && doc.kinds[t] !== 'latin') return '';
    const w = splitCached(doc.tokens[t]!.norm, lex).core;
    return w.startsWith('ال') && w.length > 4 ? w.slice(2) : w;
  };
  const rare = (w: string) => w.length >= 3 && (lex.vocab.get(w) ?? 0) + (lex.vocab.get('ال' + w) ?? 0) < COMMON;
  const pats = new Map<string, { words: string[]; type: EntityType; confidence: number }[]>();
  const addPat = (words: string[], type: EntityType, confidence: number) => {
    if (words.length === 0 || words.some((w) => w === '') || !words.some(rare)) return;
    const list = pats.get(words[0]!) ?? [];
    if (!list.some((p) => p.words.join(' ') === words.join(' '))) list.push({ words, type, confidence });
    pats.set(words[0]!, list);
  };
  for (const c of kept) {
    if (c.source !== 'tagger') continue;
    const words: string[] = [];
    for (let t = c.tokenStart; t < c.tokenEnd; t++) words.push(key(t));
    addPat(words, c.type, c.confidence);
    if (c.type === 'PER' && words.length >= 2 && rare(words[words.length - 1]!)) addPat([words[words.length - 1]!], 'PER', c.confidence);
  }
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of kept) covered.fill(1, c.tokenStart, c.tokenEnd);
  for (let t = 0; t < doc.tokens.length; t++) {
    if (covered[t]) continue;
    const list = pats.get(key(t));
    if (!list) continue;
    let best: { words: string[]; type: EntityType; confidence: number } | null = null;
    for (const p of list) {
      const e = t + p.words.length;
      if (e > doc.tokens.length || (best && best.words.length >= p.words.length)) continue;
      let ok = true;
      for (let j = 0; j < p.words.length && ok; j++) ok = !covered[t + j] && key(t + j) === p.words[j] && (j === 0 || doc.tokenSentence[t + j] === doc.tokenSentence[t]);
      if (ok) best = p;
    }
    if (!best) continue;
    const e = t + best.words.length;
    kept.push({ start: nameStart(doc, t), end: doc.tokens[e - 1]!.end, tokenStart: t, tokenEnd: e, type: best.type, canonical: null, confidence: round2(Math.min(0.6, best.confidence)), source: 'tagger' });
    covered.fill(1, t, e);
    t = e - 1;
  }
}

// Words before a name standing alone as a subject or a complement (عن المغربي، وكان المغربي قد):
// after them a nisba is no adjective of a noun.
const BEFORE_NAME = new Set(['عن', 'علي', 'ضد', 'الي', 'مع', 'بحق', 'كان', 'وكان', 'كانت', 'وكانت', 'ان', 'انه', 'قد', 'وقد', 'لكن', 'ولكن', 'قال', 'وقال', 'اضاف', 'واضاف']);
/**
 * A family name that is a nisba (يوسف المغربي، محمود السعودي) stands alone for its person later
 * in the text (الإفراج عن المغربي، وكان المغربي قد أُوقف): a lone match of the nisba as a place,
 * after a word that no adjective follows, is that person.
 */
function familyNames(doc: Doc, kept: Candidate[]): void {
  const family = new Set<string>();
  for (const c of kept) if (c.type === 'PER' && c.tokenEnd - c.tokenStart >= 2 && doc.tokens[c.tokenEnd - 1]!.norm.startsWith('ال')) family.add(doc.tokens[c.tokenEnd - 1]!.norm);
  if (family.size === 0) return;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    if (c.type === 'PER' || c.tokenEnd - c.tokenStart !== 1) continue;
    const t = c.tokenStart, w = doc.tokens[t]!.norm;
    if (!family.has(w.replace(/^(و|ف)/, ''))) continue;
    const prev = t > 0 && doc.tokenSentence[t - 1] === doc.tokenSentence[t] ? doc.tokens[t - 1]! : null;
    if (prev && doc.kinds[t - 1] !== 'punct' && !BEFORE_NAME.has(prev.norm)) continue;
    kept[k] = { ...c, type: 'PER', canonical: null, source: 'tagger' };
  }
}

function link(doc: Doc, kept: Candidate[]): void {
  const fn = hooks.link;
  if (!fn) return;
  for (const c of kept) {
    if (!c.canonical && c.source === 'tagger') c.canonical = fn(doc.text.slice(c.start, c.end), c.type, doc.documentDate);
  }
}

/**
 * الحكومة alone (not inside a longer name) is the government of the document's dominant
 * country: the country most often mentioned among linked mentions (ties: the first seen).
 * Without a linked country it stays unmentioned. Other institutions named without a country
 * (الجيش، الشرطة) take the same country.
 */
function addGovernment(doc: Doc, kept: Candidate[]): void {
  const countryCount = new Map<string, number>();
  for (const c of kept) { const cc = c.canonical?.country; if (cc) countryCount.set(cc, (countryCount.get(cc) ?? 0) + 1); }
  let dominant: string | null = null, most = 0;
  for (const [cc, n] of countryCount) if (n > most) { dominant = cc; most = n; }
  // a dateline's place is where the report is told from, and its bodies named bare are that
  // country's (بغداد (الاثنين 20 تموز/يوليو 2026) – … الحكومة is Iraq's however often Turkey is named)
  dominant = datelineCountry(doc, kept) ?? dominant;
  if (!dominant) return;
  // other institutions named without a country (الجيش، الشرطة، وزارة الخارجية) are the dominant
  // country's too, as الحكومة is — unless the same body was named before with its country
  // (الجيش اللبناني … وحدات الجيش)
  kept.sort((a, b) => a.start - b.start);
  const namedBefore = bodiesNamed(doc, kept);
  for (const c of kept) {
    const cn = c.canonical;
    if (c.type === 'ORG' && cn && cn.kind === 'institution' && cn.sector && !cn.country) c.canonical = { ...cn, country: namedBefore(c.tokenStart) ?? dominant };
  }
  const lex = defaultModel().lex;
  const at = new Int32Array(doc.tokens.length).fill(-1); // token -> index of the mention covering it
  kept.forEach((c, k) => at.fill(k, c.tokenStart, c.tokenEnd));
  const canonical: Canonical = { id: `${dominant}-GOV`, name: `government of ${dominant}`, nameAr: 'الحكومة', kind: 'government', country: dominant, sector: 'GOV' };
  // the government of a place named right after it is that place's country's (حكومة إقليم
  // كردستان is Iraqi in a report from Qamishli)
  const placeAfter = (t: number): string | null => {
    let u = t + 1;
    if (u < doc.tokens.length && REGION_WORDS.has(doc.tokens[u]!.norm)) u++;
    const k = u < doc.tokens.length ? at[u]! : -1;
    const c = k >= 0 ? kept[k]! : null;
    return c && c.tokenStart === u && PLACE_TYPES.has(c.type) ? c.canonical?.country ?? null : null;
  };
  for (let t = 0; t < doc.tokens.length; t++) {
    if (doc.kinds[t] !== 'word' || !GOV_WORDS.has(splitCached(doc.tokens[t]!.norm, lex).core)) continue;
    const k = at[t]!;
    const place = placeAfter(t);
    if (k >= 0) {
      // a lone الحكومة already matched (as an institution without a country) gets the country
      const c = kept[k]!;
      if (c.tokenStart === t && c.tokenEnd === t + 1 && c.type === 'ORG' && (!c.canonical?.country || (c.canonical.kind === 'government' && place))) {
        const cc = place ?? namedBefore(t) ?? dominant;
        c.canonical = c.canonical ? { ...c.canonical, country: cc } : { ...canonical, id: `${cc}-GOV`, name: `government of ${cc}`, country: cc };
      }
      continue;
    }
    const cc = place ?? namedBefore(t) ?? dominant;
    kept.push({ start: nameStart(doc, t), end: doc.tokens[t]!.end, tokenStart: t, tokenEnd: t + 1, type: 'ORG', canonical: cc === dominant ? canonical : { ...canonical, id: `${cc}-GOV`, name: `government of ${cc}`, country: cc }, confidence: 0.6, source: 'institution' });
  }
}

const DASHES = new Set(['-', '–', '—', ':']);
/**
 * The country of a dateline opening the text: a linked place at the first word, then a dash,
 * maybe past a date in parentheses (بغداد –، عمّان (الخميس 11 آذار/مارس 2027) –).
 */
function datelineCountry(doc: Doc, kept: Candidate[]): string | null {
  const first = kept.find((c) => c.tokenStart === 0);
  if (!first || first.type !== 'GPE' || !first.canonical?.country || first.canonical.country === 'IGO') return null;
  let k = first.tokenEnd;
  const lim = Math.min(doc.tokens.length, 24);
  const tx = (j: number): string => doc.text.slice(doc.tokens[j]!.start, doc.tokens[j]!.end);
  if (k < lim && tx(k) === '(') { while (k < lim && tx(k) !== ')') k++; k++; }
  return k < lim && DASHES.has(tx(k)) ? first.canonical.country : null;
}

/**
 * The country of the same body named before with it (الجيش اللبناني … الجيش، وزارة الدفاع
 * السورية … الوزارة is not this): a mention earlier in the text whose first word is this one's
 * first word and which has a country. Built once per document (kept sorted by start); each
 * lookup is a binary search, so a long document stays linear.
 */
function bodiesNamed(doc: Doc, kept: Candidate[]): (t: number) => string | null {
  const head = (j: number): string => doc.tokens[j]!.norm.replace(/^(و|ف)?(ب|ل)?/, '').replace(/^ال/, '');
  const byHead = new Map<string, { at: number[]; cc: string[] }>();
  for (const o of kept) {
    if (o.tokenEnd - o.tokenStart > 1 && o.canonical?.country && o.canonical.country !== 'IGO' && (o.type === 'ORG' || o.type === 'GPE')) {
      const h = head(o.tokenStart);
      const l = byHead.get(h) ?? byHead.set(h, { at: [], cc: [] }).get(h)!;
      l.at.push(o.tokenStart); l.cc.push(o.canonical.country);
    }
  }
  return (t: number): string | null => {
    const l = byHead.get(head(t));
    if (!l) return null;
    let lo = 0, hi = l.at.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (l.at[m]! < t) lo = m + 1; else hi = m; }
    return lo > 0 ? l.cc[lo - 1]! : null;
  };
}

/** Clusters; numbers the mentions m1, m2 … */
function finish(doc: Doc, kept: Candidate[]): Entity[] {
  // Clusters: same canonical id; same words; a PER name inside a longer PER name (ترامب in دونالد ترامب).
  const words = kept.map((c) => nameWords(doc, c));
  const keyOf = (i: number) => kept[i]!.type === 'PER' ? 'PER' : kept[i]!.type === 'ORG' ? 'ORG' : 'PLACE';
  const parent = new Int32Array(kept.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!; return i; };
  const union = (i: number, j: number) => { const a = find(i), b = find(j); if (a !== b) parent[Math.max(a, b)] = Math.min(a, b); };
  const byId = new Map<string, number>();
  const byWords = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) {
    const id = kept[i]!.canonical?.id;
    if (id) { const j = byId.get(id); if (j === undefined) byId.set(id, i); else union(i, j); }
    const wk = keyOf(i) + ':' + words[i]!.join(' ');
    const j = byWords.get(wk);
    if (j === undefined) byWords.set(wk, i); else union(i, j);
  }
  // Person names: one representative per distinct word sequence (equal ones are joined
  // above); a shorter name joins the longest longer name that contains it (ties: the first).
  const repOf = new Map<string, number>();
  for (let i = 0; i < kept.length; i++) if (kept[i]!.type === 'PER' && words[i]!.length && !repOf.has(words[i]!.join(' '))) repOf.set(words[i]!.join(' '), i);
  const byWord = new Map<string, number[]>(); // word -> representatives of longer names holding it
  for (const i of repOf.values()) if (words[i]!.length >= 2) for (const w of new Set(words[i])) { const l = byWord.get(w) ?? []; l.push(i); byWord.set(w, l); }
  for (const i of repOf.values()) {
    let best = -1;
    for (const j of byWord.get(words[i]![0]!) ?? []) if (isSubsequence(words[i]!, words[j]!) && (best < 0 || words[j]!.length > words[best]!.length)) best = j;
    if (best >= 0) union(i, best);
  }
  // A cluster shares the canonical of any linked member.
  const clusterCanon = new Map<number, Canonical>();
  kept.forEach((c, i) => { if (c.canonical && !clusterCanon.has(find(i))) clusterCanon.set(find(i), c.canonical); });
  const out: Entity[] = [];
  const clusterName = new Map<number, string>();
  const clusterSize = new Map<number, number>();
  kept.forEach((_, i) => clusterSize.set(find(i), (clusterSize.get(find(i)) ?? 0) + 1));
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const canonical = c.canonical ?? clusterCanon.get(find(i)) ?? null;
    const e: Entity = { id: `m${out.length + 1}`, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, canonical, confidence: c.confidence };
    if (c.source === 'nisba') e.mention = 'nisba';
    else if (c.source === 'institution') e.mention = 'nominal';
    const root = find(i);
    if ((clusterSize.get(root) ?? 0) > 1) {
      let name = clusterName.get(root);
      if (!name) { name = `c${clusterName.size + 1}`; clusterName.set(root, name); }
      e.cluster = name;
    }
    out.push(e);
  }
  return out;
}
