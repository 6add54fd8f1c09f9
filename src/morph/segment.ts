// Clitic segmentation (UD Arabic style): proclitics و ف ب ل ك س and pronoun enclitics
// become separate segments; the article ال stays on its word. Segments are surface
// substrings of the token and always concatenate back to it.
//
// How a word is split (docs/segmentation.md):
//   1. a word seen in the training treebank takes its majority gold split (a Map lookup);
//   2. otherwise every candidate analysis  proclitics + stem + enclitic  is scored by a
//      linear model (averaged perceptron, data/morph/segmenter.json) whose features ask
//      whether the stem and the whole word are known words or names (data/morph/names.txt).
// Results are memoised per distinct surface word.

import { readFileSync } from 'node:fs';
import { PackedListMap, PackedMap, StringTable, openFresh, packedFile, writePacked, type Packed } from '../resources/packed.js';

/** Proclitic chains, in letters: conjunction, then preposition / future particle. */
export const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'وب', 'ول', 'وك', 'وس', 'فب', 'فل', 'فك', 'فس'];
/** Pronoun enclitics. */
export const ENCLITICS = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'نا', 'ني'];

const TATWEEL = 0x0640;

function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e8) || (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08ca && c <= 0x08ff) || c === 0x200c || c === 0x200d;
}

/** Folds one letter for lexicon keys: alef variants → ا, ى → ي, Persian ک ی → ك ي (ة stays: وجهة ≠ وجهه). */
function foldLetter(c: number): number {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;
    case 0x0649: case 0x06cc: return 0x064a;
    case 0x06a9: return 0x0643;
    default: return c;
  }
}

/** The base letters of a word with the surface index where each begins. */
export interface Skeleton {
  /** Base letters as written (marks, tatweel and joiners left out). */
  raw: string;
  /** The same letters folded for lexicon lookup (same length as raw). */
  key: string;
  /** pos[i] = surface index of letter i; pos[raw.length] = word.length. */
  pos: number[];
  /** The last letter carries tanween (ـًا ـٍ ـٌ): no enclitic can end the word. */
  tanween: boolean;
}

export function skeleton(word: string): Skeleton {
  let raw = '';
  let key = '';
  const pos: number[] = [];
  let tanween = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) tanween = true;
    if (c === TATWEEL || isMark(c)) continue;
    // Tanween on an earlier letter (كتاباً: on the letter before the final alef) still counts.
    if (tanween && !(c === 0x0627 && i === word.length - 1)) tanween = false;
    raw += word[i];
    key += String.fromCharCode(foldLetter(c));
    pos.push(i);
  }
  pos.push(word.length);
  return { raw, key, pos, tanween };
}

/** Folds a whole string the way skeleton().key does. */
export function foldKey(s: string): string {
  return skeleton(s).key;
}

/** One analysis: how many letters the proclitics and the enclitic take. */
export interface Candidate {
  pre: string;
  suf: string;
  /** Stem letters (raw). */
  stem: string;
  /** Stem letters (folded). */
  stemKey: string;
}

const IMPERFECTIVE = new Set(['ي', 'ت', 'ن', 'أ']);

/**
 * Every plausible analysis of a skeleton, the unsplit word first. No enclitic after tanween, on
 * a stem that starts with the article, or on names built on الله (عبدالله).
 */
export function candidates(sk: Skeleton): Candidate[] {
  const { raw, key } = sk;
  const n = raw.length;
  const out: Candidate[] = [{ pre: '', suf: '', stem: raw, stemKey: key }];
  for (const pre of PROCLITICS) {
    if (pre && !key.startsWith(pre)) continue;
    for (const suf of ENCLITICS) {
      if (!pre && !suf) continue;
      if (suf && (sk.tanween || !raw.endsWith(suf) || key.endsWith('الله'))) continue;
      const sl = n - pre.length - suf.length;
      if (sl < 2) continue;
      const stem = raw.slice(pre.length, n - suf.length);
      if (stem === 'ال') continue;
      if (pre.endsWith('س') && !IMPERFECTIVE.has(stem[0]!)) continue;
      if (suf && (stem.startsWith('ال') || (pre.endsWith('ل') && stem.startsWith('ل')))) continue;
      out.push({ pre, suf, stem, stemKey: key.slice(pre.length, n - suf.length) });
    }
  }
  return out;
}

export interface Lexicon {
  /** Folded key → how often it was a free stem (any gold segment that is not a clitic). */
  stems: ReadonlyMap<string, number>;
  /** Folded key → how often it was a whole unsplit word. */
  whole: ReadonlyMap<string, number>;
  /** Folded key → 1 if a name (names.txt), | 2 if in the word list (dict.txt), | 4 if a spelling-dictionary stem (stems.txt). */
  known: ReadonlyMap<string, number>;
}

const NAME = 1;
const DICT = 2;
const STEM = 4;

/** Whether a stem is a dictionary word, trying the article and ة forms it may stand for. */
function stemDict(lex: Lexicon, c: Candidate): boolean {
  const k = c.stemKey;
  const has = (x: string) => ((lex.known.get(x) ?? 0) & DICT) !== 0;
  if (has(k)) return true;
  if (k.startsWith('ال') && has(k.slice(2))) return true;
  if (c.pre.endsWith('ل') && k.startsWith('ل') && (has('ا' + k) || has(k.slice(1)))) return true;
  if (c.suf && k.endsWith('ت') && has(k.slice(0, -1) + 'ة')) return true;
  return false;
}

/** Whether a stem is a spelling-dictionary stem (data/morph/stems.txt). */
function stemSpell(lex: Lexicon, c: Candidate): boolean {
  const k = c.stemKey;
  const has = (x: string) => ((lex.known.get(x) ?? 0) & STEM) !== 0;
  if (has(k)) return true;
  if (k.startsWith('ال') && has(k.slice(2))) return true;
  if (c.pre.endsWith('ل') && k.startsWith('ل') && has(k.slice(1))) return true;
  if (c.suf && k.endsWith('ت') && has(k.slice(0, -1) + 'ة')) return true;
  return false;
}

const bucket = (n: number): string => (n === 0 ? '0' : n === 1 ? '1' : n < 5 ? '2' : n < 20 ? '3' : '4');

/** Looks a stem up, with the article restored after ل (للسلطة: ل + لسلطة ~ السلطة) and ت → ة before an enclitic. */
function stemCount(lex: Lexicon, c: Candidate): number {
  const k = c.stemKey;
  let n = lex.stems.get(k) ?? 0;
  if (c.pre.endsWith('ل') && k.startsWith('ل')) n = Math.max(n, lex.stems.get('ا' + k) ?? 0);
  if (c.suf && k.endsWith('ت')) n = Math.max(n, lex.stems.get(k.slice(0, -1) + 'ة') ?? 0);
  return n;
}

const INFLECTIONS = ['يون', 'يين', 'ية', 'ات', 'ون', 'ين', 'ان', 'وا', 'تم', 'ا', 'ة', 'ي', 'ت'];

/** Whether a key, or the key less a common inflectional ending, is a known word or name. */
function knownVariant(lex: Lexicon, k: string): number {
  const ok = (x: string) => (lex.stems.get(x) ?? 0) > 0 || (lex.whole.get(x) ?? 0) > 0 || (lex.known.get(x) ?? 0) !== 0;
  if (ok(k)) return 2;
  for (const e of INFLECTIONS) {
    if (k.length - e.length >= 2 && k.endsWith(e)) {
      const b = k.slice(0, -e.length);
      if (ok(b) || ok(b + 'ا') || ok(b + 'ة')) return 1;
    }
  }
  return 0;
}

/** Feature strings for one candidate of a word (the word's own facts conjoined with the analysis). */
interface WordFacts { wholeN: number; nameW: boolean; dictW: boolean; wv: number; spW: boolean }
// Facts about the whole word are the same for all its candidates: kept for the last word asked.
let factsSk: Skeleton | null = null;
let factsLex: Lexicon | null = null;
let facts: WordFacts | null = null;

function wordFacts(sk: Skeleton, lex: Lexicon): WordFacts {
  if (facts && factsSk === sk && factsLex === lex) return facts;
  const kw = lex.known.get(sk.key) ?? 0;
  const bare = sk.key.startsWith('ال') ? (lex.known.get(sk.key.slice(2)) ?? 0) : 0;
  facts = {
    wholeN: lex.whole.get(sk.key) ?? 0,
    nameW: (kw & NAME) !== 0,
    dictW: ((kw | bare) & DICT) !== 0,
    wv: knownVariant(lex, sk.key),
    spW: ((kw | bare) & STEM) !== 0,
  };
  factsSk = sk;
  factsLex = lex;
  return facts;
}

export function features(sk: Skeleton, c: Candidate, lex: Lexicon): string[] {
  const split = c.pre || c.suf ? 'S' : 'N';
  const { wholeN, nameW, dictW, wv, spW } = wordFacts(sk, lex);
  const f: string[] = [
    `b:${split}`,
    `p:${c.pre}`,
    `s:${c.suf}`,
    `ps:${c.pre}|${c.suf}`,
    `w:${split}|${bucket(wholeN)}`,
    `nm:${split}|${nameW ? 1 : 0}`,
    `nmw:${split}|${nameW ? 1 : 0}|${bucket(wholeN)}`,
    `dw:${split}|${dictW ? 1 : 0}|${nameW ? 1 : 0}`,
  ];
  f.push(`wv:${split}|${wv}`, `hw:${split}|${spW ? 1 : 0}`);
  const n = sk.key.length;
  f.push(`len:${split}|${n > 7 ? 7 : n}`);
  if (split === 'N') {
    f.push(`f1:N|${sk.key[0]}`, `l1:N|${sk.key[n - 1]}`, `l2:N|${sk.key.slice(-2)}`);
    return f;
  }
  const sc = stemCount(lex, c);
  const sb = bucket(sc);
  const sl = c.stem.length;
  const slb = sl > 6 ? 6 : sl;
  const stemName = ((lex.known.get(c.stemKey) ?? 0) & NAME) !== 0;
  const sd = stemDict(lex, c) ? 1 : 0;
  f.push(
    `st:${sb}`,
    `stp:${c.pre}|${sb}`,
    `sts:${c.suf}|${sb}`,
    `stw:${sb}|${bucket(wholeN)}`,
    `stn:${stemName ? 1 : 0}|${c.pre}|${c.suf ? 1 : 0}`,
    `sl:${c.pre}|${c.suf}|${slb}`,
    `sls:${sb}|${slb}`,
    `sd:${sd}|${c.pre}|${c.suf ? 1 : 0}`,
    `sdw:${sd}|${sb}|${dictW ? 1 : 0}`,
  );
  const sv = knownVariant(lex, c.stemKey.startsWith('ل') && c.pre.endsWith('ل') ? 'ا' + c.stemKey : c.stemKey);
  const hs = stemSpell(lex, c) ? 1 : 0;
  f.push(`hs:${hs}|${spW ? 1 : 0}`, `hsp:${hs}|${spW ? 1 : 0}|${c.pre}|${c.suf ? 1 : 0}`, `hsb:${hs}|${sb}|${bucket(wholeN)}`);
  f.push(`sv:${sv}|${wv}`, `svp:${sv}|${wv}|${c.pre}|${c.suf ? 1 : 0}`, `cmp:${sc > wholeN ? 1 : sc === wholeN ? 0 : -1}|${sd}`);
  if (c.pre) {
    const a = c.stem.startsWith('ال') ? 'al' : c.stem.startsWith('ل') && c.pre.endsWith('ل') ? 'l' : c.stem[0]!;
    f.push(`pf:${c.pre}|${a}`, `pf2:${c.pre.slice(-1)}|${c.stem.slice(0, 2)}`, `pfs:${c.pre.slice(-1)}|${a}|${sb}`);
  }
  if (c.suf) {
    const z = c.stem[sl - 1]!;
    f.push(`sf:${c.suf}|${z}`, `sf2:${c.suf}|${c.stem.slice(-2)}`, `sfs:${c.suf}|${z}|${sb}`);
  }
  return f;
}

export interface Model {
  /** Folded word key → segment lengths in letters, e.g. [1, 5] for و + stem. */
  memo: ReadonlyMap<string, number[]>;
  lex: Lexicon;
  weights: ReadonlyMap<string, number>;
}

/** Picks the best candidate under `weights`. */
export function best(sk: Skeleton, lex: Lexicon, weights: ReadonlyMap<string, number>): Candidate {
  const cs = candidates(sk);
  let top = cs[0]!;
  let topScore = -Infinity;
  for (const c of cs) {
    let s = 0;
    for (const f of features(sk, c, lex)) s += weights.get(f) ?? 0;
    if (s > topScore) { topScore = s; top = c; }
  }
  return top;
}

/** Letter lengths of a candidate's segments: each proclitic letter is its own segment. */
export function candidateLengths(c: Candidate): number[] {
  const out: number[] = [];
  for (let i = 0; i < c.pre.length; i++) out.push(1);
  out.push(c.stem.length);
  if (c.suf) out.push(c.suf.length);
  return out;
}

/** Cuts a word at letter boundaries; the marks after a letter stay with it. */
function cut(word: string, sk: Skeleton, lens: number[]): string[] {
  const out: string[] = [];
  let li = 0;
  let from = 0;
  for (let k = 0; k < lens.length - 1; k++) {
    li += lens[k]!;
    const at = sk.pos[li]!;
    out.push(word.slice(from, at));
    from = at;
  }
  out.push(word.slice(from));
  return out.filter((s) => s.length > 0);
}

const BARE_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const PREP_PRONOUN = /^([وف]?)[لب](ه|ها|هم|هما|هن|ك|كم|كما|كن|ي|نا|ني)$/;
/** Words of that shape that are something else: لكن "but", بني "sons of", بي (a letter name). */
const NOT_PREP_PRONOUN = new Set(['لكن', 'ولكن', 'فلكن', 'بني', 'وبني', 'بي', 'وبي']);

/** The core split of a word without edge tatweels. */
function splitCore(word: string, model: Model): string[] {
  const sk = skeleton(word);
  const n = sk.raw.length;
  if (n === 0) return [word];
  // A clitic chain joined by tatweel to what follows (بـ, وبـ, والـ, بالـ): one segment per
  // proclitic letter, the article whole.
  if (n <= 4 && word.charCodeAt(word.length - 1) === TATWEEL) {
    const art = sk.key.endsWith('ال') ? 2 : 0;
    const pre = sk.key.slice(0, n - art);
    if ([...pre].every((ch) => BARE_CLITICS.has(ch))) {
      const lens = [...pre].map(() => 1);
      if (art) lens.push(2);
      return cut(word, sk, lens);
    }
  }
  const memo = model.memo.get(sk.key);
  if (memo) return cut(word, sk, memo);
  // A preposition with a pronoun and nothing else (له، بها، ولنا، فبهم).
  const pp = PREP_PRONOUN.exec(sk.key);
  if (pp && !NOT_PREP_PRONOUN.has(sk.key)) {
    const lens = [...pp[1]!].map(() => 1);
    lens.push(1, pp[2]!.length);
    return cut(word, sk, lens);
  }
  if (n < 3) return [word];
  return cut(word, sk, candidateLengths(best(sk, model.lex, model.weights)));
}

let MODEL: Model | null = null;
const CACHE = new Map<string, string[]>();
const CACHE_MAX = 200_000;

/** The segmenter's files: the trained model and the word lists beside it. */
export const SEGMENTER_FILES = ['data/morph/segmenter.json', 'data/morph/names.txt', 'data/morph/dict.txt', 'data/morph/stems.txt'];
export const SEGMENTER_PACK_KIND = 'segmenter';
/** Under dist/packed/. */
export const SEGMENTER_PACKED_FILE = 'segmenter.bin';

const dataText = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

/** Parses the word lists (names.txt, dict.txt, stems.txt) into folded key → flags. */
export function readKnownWords(): Map<string, number> {
  const known = new Map<string, number>();
  const read = (file: string, flag: number) => {
    for (const line of dataText(file).split('\n')) {
      if (line && !line.startsWith('#')) known.set(line, (known.get(line) ?? 0) | flag);
    }
  };
  read(SEGMENTER_FILES[1]!, NAME);
  read(SEGMENTER_FILES[2]!, DICT);
  read(SEGMENTER_FILES[3]!, STEM);
  return known;
}

/** The shipped model from its text files. */
export function readSegmenter(): Model {
  const json = JSON.parse(dataText(SEGMENTER_FILES[0]!)) as {
    memo: Record<string, number[]>;
    stems: Record<string, number>;
    whole: Record<string, number>;
    weights: Record<string, number>;
  };
  return {
    memo: new Map(Object.entries(json.memo)),
    lex: { stems: new Map(Object.entries(json.stems)), whole: new Map(Object.entries(json.whole)), known: readKnownWords() },
    weights: new Map(Object.entries(json.weights)),
  };
}

/** The model as a packed file (src/resources/packed.ts); `sources` are SEGMENTER_FILES with their SHA-1. */
export function packSegmenter(m: Model, sources: { path: string; sha1: string }[]): Buffer {
  const known = PackedMap.build(m.lex.known, Uint8Array);
  const stems = PackedMap.build(m.lex.stems), whole = PackedMap.build(m.lex.whole), weights = PackedMap.build(m.weights);
  return writePacked({ format: 1, kind: SEGMENTER_PACK_KIND, sources, meta: null }, {
    ...PackedListMap.build(m.memo).sections('memo'),
    ...known.table.sections('known'), 'known.vals': known.vals,
    ...stems.table.sections('stems'), 'stems.vals': stems.vals,
    ...whole.table.sections('whole'), 'whole.vals': whole.vals,
    ...weights.table.sections('weights'), 'weights.vals': weights.vals,
  });
}

/** The model from a packed file: the same maps, read in place. */
export function unpackSegmenter(p: Packed): Model {
  const map = (name: string, kind: 'u8' | 'f64') => new PackedMap(StringTable.read(p, name), p.array(name + '.vals', kind));
  // The weights (2k feature strings, looked up some twenty times per candidate split) become a
  // Map, which hashes natively; the other tables stay packed, read in place, so start-up does
  // not build Maps of them.
  return {
    memo: PackedListMap.read(p, 'memo'),
    lex: { stems: map('stems', 'f64'), whole: map('whole', 'f64'), known: map('known', 'u8') },
    weights: map('weights', 'f64').toMap(),
  };
}

/** The shipped model (once per process): dist/packed/segmenter.bin when npm run build made it from the current files. */
function loadModel(): Model {
  if (MODEL) return MODEL;
  const p = openFresh(packedFile(SEGMENTER_PACKED_FILE), SEGMENTER_PACK_KIND, import.meta.url);
  MODEL = p ? unpackSegmenter(p) : readSegmenter();
  return MODEL;
}

/** Splits with an explicit model (used by training and tests). */
export function segmentWith(word: string, model: Model): string[] {
  // Tatweel used as a dash at a word edge (ـلا, الإحصاءـ) is a segment of its own.
  let lead = 0;
  while (lead < word.length && word.charCodeAt(lead) === TATWEEL) lead++;
  if (lead === word.length) return [word];
  let tail = word.length;
  while (tail > lead && word.charCodeAt(tail - 1) === TATWEEL) tail--;
  const out: string[] = [];
  if (lead) out.push(word.slice(0, lead));
  let core = word.slice(lead, tail);
  let trail = word.slice(tail);
  if (trail) {
    const k = skeleton(core).key;
    // بـ / الـ / وبالـ: the tatweel joins a clitic to what follows; keep it on the clitic.
    if (k.length <= 4 && (k.length <= 2 || k.endsWith('ال'))) { core += trail; trail = ''; }
  }
  out.push(...splitCore(core, model));
  if (trail) out.push(trail);
  return out;
}

/** Splits one token into its surface segments. `norm` is the token's matching form. */
export function segmentWord(word: string, _norm: string): string[] {
  const hit = CACHE.get(word);
  if (hit) return hit.slice();
  // Digits, Latin and anything without Arabic letters stays whole.
  if (!/[\u0621-\u064A]/.test(word)) return [word];
  const segs = segmentWith(word, loadModel());
  if (CACHE.size >= CACHE_MAX) CACHE.clear();
  CACHE.set(word, segs);
  return segs.slice();
}
