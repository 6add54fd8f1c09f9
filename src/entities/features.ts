// Features of the NER tagger: one list of feature strings per token, built from the
// normalised token forms of one sentence. The same function serves training
// (scripts/train-ner.ts) and tagging, so the two can never drift apart.

import type { TokenKind } from '../text/tokens.js';

/** What the tagger sees of one sentence. */
export interface TagInput {
  /** Normalised forms (Token.norm). */
  norms: string[];
  kinds: TokenKind[];
  /** Per-token gazetteer tags ('B-GPE', 'I-ORG', 'O'), when a gazetteer is available. */
  gaz: string[] | null;
}

/** Resources the features consult: the training vocabulary, to decide clitic splits. */
export interface FeatureLexicon {
  /** Word -> count in the training corpus (frequent words only). */
  vocab: Map<string, number>;
  /** Word -> LEX_* bits: person-name token, place, country, part of a multi-word place. */
  names: Map<string, number>;
  /** Feature groups switched off (for ablations; recorded in the model file). */
  off?: Set<string>;
  /** Character trigram -> log-odds of "name word" against "ordinary word" (see nameScore). */
  ngrams?: Map<string, number>;
}

/**
 * How much a word looks like a name by its letters: the mean log-odds of its character
 * trigrams (with ^ $ boundaries) under a name-vs-ordinary-word model, bucketed to -6..6.
 * Transliterated foreign names have letter patterns ordinary Arabic words rarely have.
 */
export function nameScore(base: string, ngrams: Map<string, number> | undefined): number {
  if (!ngrams || ngrams.size === 0 || base.length < 2) return 0;
  const w = '^' + base + '$';
  let sum = 0, n = 0;
  for (let i = 0; i + 3 <= w.length; i++) {
    const x = ngrams.get(w.slice(i, i + 3));
    if (x !== undefined) { sum += x; n++; }
  }
  if (n === 0) return 0;
  return Math.max(-6, Math.min(6, Math.round((2 * sum) / n)));
}

export const LEX_PER = 1;
export const LEX_PER_FREQ = 2;
export const LEX_PLACE = 4;
export const LEX_COUNTRY = 8;
export const LEX_PLACE_PART = 16;
/** A person-name token seen at least 20 / 100 times in the name list. */
export const LEX_PER_20 = 32;
export const LEX_PER_100 = 64;
export const LEX_NAMES: readonly (readonly [number, string])[] = [[LEX_PER, 'per'], [LEX_PER_FREQ, 'perf'], [LEX_PLACE, 'plc'], [LEX_COUNTRY, 'cty'], [LEX_PLACE_PART, 'plp'], [LEX_PER_20, 'per20'], [LEX_PER_100, 'per100']];

/** The lexicon bits of a core form (looked up with and without the article). */
export function lexBits(core: string, lex: FeatureLexicon | null): number {
  if (!lex) return 0;
  let b = lex.names.get(core) ?? 0;
  if (core.startsWith(AL) && core.length > 4) b |= lex.names.get(core.slice(2)) ?? 0;
  return b;
}

const AL = 'ال';
const CLITIC_HEADS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']);

/**
 * Proclitic split of a normalised word: conjunction و/ف, preposition ب/ك/ل, article ال
 * (ل + ال is written لل). Returns the prefix length removed (clitics without the article)
 * and the core. A split without the article is accepted only when the training vocabulary
 * knows the core better than the whole word (فرنسا is not ف + رنسا).
 */
export function splitProclitics(w: string, lex: FeatureLexicon | null): { pre: number; core: string } {
  const n = w.length;
  if (n < 4) return { pre: 0, core: w };
  let i = 0;
  const c0 = w[0];
  // Article forms are unambiguous: [وف]?[بكل]?ال… and [وف]?لل…
  for (const conj of [0, 1]) {
    if (conj === 1 && c0 !== 'و' && c0 !== 'ف') continue;
    const p = conj;
    const c = w[p];
    if (w.startsWith(AL, p) && p > 0 && n - p - 2 >= 2) return { pre: p, core: w.slice(p) };
    if ((c === 'ب' || c === 'ك') && w.startsWith(AL, p + 1) && n - p - 3 >= 2) return { pre: p + 1, core: w.slice(p + 1) };
    if (c === 'ل' && w[p + 1] === 'ل' && n - p - 2 >= 2) return { pre: p + 1, core: AL + w.slice(p + 2) };
  }
  if (!lex) return { pre: 0, core: w };
  // Bare names: وإسرائيل, لبنان (not ل + بنان), بغداد (not ب + غداد).
  const whole = lex.vocab.get(w) ?? 0;
  let best = { pre: 0, core: w };
  let bestCount = whole;
  for (i = 1; i <= 2 && n - i >= 3; i++) {
    const head = w.slice(0, i);
    if (!CLITIC_HEADS.has(head)) continue;
    const core = w.slice(i);
    const c = lex.vocab.get(core) ?? 0;
    if (c > bestCount * 2 && c >= 2) { best = { pre: i, core }; bestCount = c; }
  }
  return best;
}

const SHAPE_CACHE = new Map<string, string>();
function shape(w: string, kind: TokenKind): string {
  if (kind !== 'word') return kind;
  let s = SHAPE_CACHE.get(w);
  if (s === undefined) {
    s = w.length <= 2 ? 'w2' : w.length <= 4 ? 'w4' : w.length <= 7 ? 'w7' : 'w8';
    if (SHAPE_CACHE.size < 100_000) SHAPE_CACHE.set(w, s);
  }
  return s;
}

/** Words that announce a name of a given kind when they come just before it. */
const TRIGGER_CLASS = new Map<string, string>();
for (const w of ['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اعلن', 'اعلنت', 'صرح', 'اوضح', 'ذكر', 'ذكرت', 'السيد', 'السيده', 'الرئيس', 'رئيس', 'وزير', 'الوزير', 'الشيخ', 'الامير', 'الملك', 'الدكتور', 'د', 'المستشار', 'النائب', 'الزعيم', 'المتحدث', 'الناطق', 'اللاعب', 'المدرب', 'الفنان', 'الكاتب', 'الشاعر', 'زوجته', 'ابن', 'بن', 'بنت', 'ابو', 'ام', 'نظيره', 'الجنرال', 'العقيد', 'اللواء', 'الرئيسان']) TRIGGER_CLASS.set(w, 'per');
for (const w of ['مدينه', 'محافظه', 'ولايه', 'عاصمه', 'العاصمه', 'بلده', 'قريه', 'منطقه', 'اقليم', 'جزيره', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'الى', 'من', 'في', 'نهر', 'جبل', 'بحر', 'مطار', 'ميناء', 'حي', 'مخيم', 'سفير', 'سفاره']) TRIGGER_CLASS.set(w, 'loc');
for (const w of ['شركه', 'الشركه', 'وكاله', 'حزب', 'حركه', 'منظمه', 'جمعيه', 'جامعه', 'بنك', 'صحيفه', 'مجلس', 'وزاره', 'هيئه', 'اتحاد', 'نادي', 'فريق', 'مجموعه', 'مؤسسه', 'منتخب', 'قناه', 'تلفزيون', 'اذاعه', 'مصرف', 'جبهه', 'تنظيم', 'لجنه', 'مركز', 'معهد']) TRIGGER_CLASS.set(w, 'org');

/** The class of a word that announces a name after it (per, loc, org), if it is one. */
export function triggerClass(core: string): string | undefined {
  return TRIGGER_CLASS.get(core);
}

/**
 * The first features of a token: those of the word itself (its form, core, clitics, shape,
 * affixes). They may read only the arguments: `core` and `clitic` are the word's clitic split
 * (SentenceView), which depends on the word and the lexicon alone, so the tagger memoises
 * these per word and kind (tagger.ts featureIds).
 */
export function wordFeatures(w: string, k: TokenKind, core: string, clitic: string, off: Set<string> | null | undefined, out: string[]): void {
  out.push('b', 'w=' + w, 'c=' + core, 'sh=' + shape(w, k));
  if (clitic) out.push('cl=' + clitic);
  if (k === 'word') {
    const L = core.length;
    const base = core.startsWith(AL) && L > 4 ? core.slice(2) : core;
    if (base !== core) out.push('al');
    const B = base.length;
    for (let j = 1; j <= 4 && j < B; j++) out.push('p' + j + '=' + base.slice(0, j), 's' + j + '=' + base.slice(B - j));
    if (!off?.has('ax5') && B > 5) out.push('p5=' + base.slice(0, 5), 's5=' + base.slice(B - 5));
    out.push('bs=' + base);
  }
}

/**
 * Appends the features of token `i` to `out`. `cores` are the clitic-split cores of the
 * sentence's tokens (computed once per sentence by the caller). The word's own features
 * come first (wordFeatures), then those of its context (contextFeatures).
 */
export function tokenFeatures(input: TagInput, view: SentenceView, i: number, out: string[]): void {
  wordFeatures(input.norms[i]!, input.kinds[i]!, view.cores[i]!, view.clitics[i]!, view.off, out);
  contextFeatures(input, view, i, out);
}

/** The features of token `i` after wordFeatures: its neighbours, lexicons, frequency, gazetteer. */
export function contextFeatures(input: TagInput, view: SentenceView, i: number, out: string[]): void {
  const { cores } = view;
  const off = view.off;
  const { norms, kinds, gaz } = input;
  const n = norms.length;
  const w = norms[i]!;
  const k = kinds[i]!;
  const core = cores[i]!;
  const wp1 = i > 0 ? norms[i - 1]! : '<s>';
  const wp2 = i > 1 ? norms[i - 2]! : '<s>';
  const wn1 = i + 1 < n ? norms[i + 1]! : '</s>';
  const wn2 = i + 2 < n ? norms[i + 2]! : '</s>';
  const cp1 = i > 0 ? cores[i - 1]! : '<s>';
  const cn1 = i + 1 < n ? cores[i + 1]! : '</s>';
  out.push('w-1=' + wp1, 'w-2=' + wp2, 'w+1=' + wn1, 'w+2=' + wn2);
  out.push('c-1=' + cp1, 'c+1=' + cn1);
  if (!off?.has('ctx2')) {
    out.push('c-2=' + (i > 1 ? cores[i - 2] : '<s>'), 'c+2=' + (i + 2 < n ? cores[i + 2] : '</s>'));
    out.push('c-1c=' + cp1 + '|' + core, 'cc+1=' + core + '|' + cn1);
  }
  out.push('w-1w=' + wp1 + '|' + w, 'ww+1=' + w + '|' + wn1, 'w-2w-1=' + wp2 + '|' + wp1, 'w+1w+2=' + wn1 + '|' + wn2);
  const tp = TRIGGER_CLASS.get(cp1);
  if (tp) out.push('tr-1=' + tp);
  const tp2 = i > 1 ? TRIGGER_CLASS.get(cores[i - 2]!) : undefined;
  if (tp2) out.push('tr-2=' + tp2);
  const tn = TRIGGER_CLASS.get(cn1);
  if (tn) out.push('tr+1=' + tn);
  out.push('k-1=' + (i > 0 ? kinds[i - 1] : 's') + '|k+1=' + (i + 1 < n ? kinds[i + 1] : 's'));
  if (i === 0) out.push('first');
  // How common the word is in the training text: names are mostly rare words.
  if (k === 'word' && !off?.has('fq')) {
    const f = view.freq[i]!;
    const fp = i > 0 ? view.freq[i - 1]! : -1, fn = i + 1 < n ? view.freq[i + 1]! : -1;
    out.push('fq=' + f, 'fq-1=' + fp + '|fq=' + f, 'fq+1=' + fn + '|fq=' + f);
  }
  const bits = view.bits;
  const bp = i > 0 ? bits[i - 1]! : 0, bn = i + 1 < n ? bits[i + 1]! : 0;
  if (!off?.has('lx')) for (const [bit, name] of LEX_NAMES) {
    if (bits[i]! & bit) out.push('lx=' + name);
    if (bp & bit) out.push('lx-1=' + name);
    if (bn & bit) out.push('lx+1=' + name);
  }
  if (!off?.has('ns') && k === 'word') {
    const ns = view.nscore[i]!;
    if (view.freq[i]! <= 1) out.push('ns=' + ns);
  }
  if (bits[i] && !off?.has('lx')) out.push('lxb=' + bits[i] + '|' + bp + '|' + bn);
  if (gaz) {
    const g = gaz[i]!;
    out.push('g=' + g, 'g-1=' + (i > 0 ? gaz[i - 1] : 's'), 'g+1=' + (i + 1 < n ? gaz[i + 1] : 's'));
    if (g !== 'O') out.push('gw=' + g + '|' + core);
  }
}

export interface SentenceView {
  /** The word without its proclitics (ال kept; لل restored to ال). */
  cores: string[];
  /** The proclitics removed ('' when none). */
  clitics: string[];
  /** LEX_* bits of each core. */
  bits: Int32Array;
  /** Frequency class of each core in the training vocabulary: 0 unseen … 4 very common. */
  freq: Int8Array;
  /** nameScore of each core (without the article). */
  nscore: Int8Array;
  off: Set<string> | null;
}

export function freqClass(c: number): number {
  return c === 0 ? 0 : c < 5 ? 1 : c < 30 ? 2 : c < 300 ? 3 : 4;
}

const SPLIT_CACHE = new Map<string, { pre: number; core: string }>();
let cacheLex: FeatureLexicon | null = null;

/** splitProclitics with a bounded memo (per lexicon). */
export function splitCached(w: string, lex: FeatureLexicon | null): { pre: number; core: string } {
  if (lex !== cacheLex) { SPLIT_CACHE.clear(); cacheLex = lex; }
  let r = SPLIT_CACHE.get(w);
  if (r === undefined) {
    r = splitProclitics(w, lex);
    if (SPLIT_CACHE.size > 200_000) SPLIT_CACHE.clear();
    SPLIT_CACHE.set(w, r);
  }
  return r;
}

/** The clitic split of every token of a sentence. */
export function sentenceView(norms: string[], kinds: TokenKind[], lex: FeatureLexicon | null): SentenceView {
  const cores = new Array<string>(norms.length);
  const clitics = new Array<string>(norms.length);
  const bits = new Int32Array(norms.length);
  const freq = new Int8Array(norms.length);
  const nscore = new Int8Array(norms.length);
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    if (kinds[i] !== 'word') { cores[i] = w; clitics[i] = ''; freq[i] = -1; continue; }
    const r = splitCached(w, lex);
    cores[i] = r.core;
    clitics[i] = w.slice(0, r.pre);
    bits[i] = lexBits(r.core, lex);
    freq[i] = lex ? freqClass(lex.vocab.get(r.core) ?? 0) : 0;
    nscore[i] = nameScore(r.core.startsWith(AL) && r.core.length > 4 ? r.core.slice(2) : r.core, lex?.ngrams);
  }
  return { cores, clitics, bits, freq, nscore, off: lex?.off ?? null };
}

/** Words that join or split the parts of a name (عبد الله, ابو مازن, بن علي). */
const JOINERS = new Set(['بن', 'ابن', 'ابو', 'ام', 'عبد', 'بنت', 'ال', 'دي', 'دو', 'فان', 'فون']);

/** Whether a core joins the parts of a name. */
export function isJoiner(core: string): boolean {
  return JOINERS.has(core);
}

/**
 * Edge features of token `i`: observations that decide whether a name goes on or a new one
 * starts (a conjunction on the word, punctuation, a name joiner), conjoined by the model
 * with the tag bigram (previous tag, this tag).
 */
export function edgeFeatures(input: TagInput, view: SentenceView, i: number, out: string[]): void {
  if (view.off?.has('edge')) return;
  const k = input.kinds[i]!;
  if (view.clitics[i]) out.push('E:cl=' + view.clitics[i]);
  if (k !== 'word') out.push('E:k=' + k);
  const c = view.cores[i]!;
  if (JOINERS.has(c)) out.push('E:j=' + c);
  if (i > 0 && JOINERS.has(view.cores[i - 1]!)) out.push('E:j-1');
  if (i > 0 && input.kinds[i - 1] === 'punct') out.push('E:p-1=' + input.norms[i - 1]);
  if (view.bits[i]! & 1) out.push('E:per');
  if (view.bits[i]! & 12) out.push('E:plc');
  if (view.freq[i]! >= 3) out.push('E:common');
}
