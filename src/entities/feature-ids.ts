// The tagger's feature ids without building the feature strings per token. tokenFeatures and
// edgeFeatures (features.ts) define the features as strings, and training uses them as
// they are; at tagging time almost every string is a template joined to a word the process
// has seen before, so its row in the model is looked up once and kept:
//
// - per distinct word (and token kind), an entry with the word's own feature ids, its clitic
//   split and lexicon facts, and the ids of every template in which it appears as a
//   neighbour (w-1=word, c+2=core, tr-1=class …);
// - per pair of adjacent entries, the six two-word templates (c-1c, cc+1, w-1w, ww+1,
//   w-2w-1, w+1w+2);
// - small tables for the templates over a closed set of values (kinds, frequency classes,
//   lexicon bits, name scores, gazetteer tags).
//
// The ids come out in the order of tokenFeatures' strings, absent features skipped, so
// emissions sum the same weights in the same order; test/entities-feature-ids.test.ts
// checks that against the strings on varied sentences. The memos are bounded.

import type { TokenKind } from '../text/tokens.js';
import { LEX_NAMES, nameScore, splitCached, triggerClass, wordFeatures, freqClass, lexBits, isJoiner, type TagInput } from './features.js';
import type { NerModel } from './perceptron.js';

/** What the tagger knows of one distinct (word, kind). */
interface Entry {
  /** A number for pair keys, unique within a memo generation. */
  uid: number;
  word: string;
  kind: TokenKind;
  core: string;
  clitic: string;
  bits: number;
  /** Frequency class: -1 not a word, 0 unseen … 4 very common. */
  freq: number;
  nscore: number;
  /** wordFeatures' ids. */
  own: Int32Array;
  // The ids of the templates that read this token as a neighbour (-1: not in the model).
  wPrev1: number; wPrev2: number; wNext1: number; wNext2: number;
  cPrev1: number; cNext1: number; cPrev2: number; cNext2: number;
  trPrev1: number; trPrev2: number; trNext1: number;
  /** ns=score, when the token is a rare word. */
  ns: number;
  /** The edge features that read this token alone, in edgeFeatures' order. */
  edgeOwn: Int32Array;
  /** E:p-1=word when the token is punctuation before another (-1 otherwise). */
  edgePunctPrev: number;
  /** Whether the core is a name joiner (E:j-1 on the next token). */
  joiner: boolean;
  /** gw=tag|core, by gazetteer tag. */
  gw: Map<string, number> | null;
}

/** Two adjacent entries' ids: [c-1c, cc+1, w-1w, ww+1, w-2w-1, w+1w+2]. */
type PairIds = Int32Array;

interface State {
  model: NerModel;
  feat: (f: string) => number;
  efeat: (f: string) => number;
  ctx2: boolean;
  fq: boolean;
  lx: boolean;
  nsOn: boolean;
  edge: boolean;
  bos: Entry;
  eos: Entry;
  byKind: Map<TokenKind, Map<string, Entry>>;
  entries: number;
  nextUid: number;
  /** Pair key -> offset of its six ids in pairPool. */
  pairs: Map<number, number>;
  pairPool: Int32Array<ArrayBuffer>;
  /** Small tables, filled on first use (NaN: not yet looked up). */
  kindIdx: Map<string, number>;
  kinds: Float64Array;
  fqSelf: Float64Array;
  fqPrev: Float64Array;
  fqNext: Float64Array;
  lxTab: Float64Array;
  lxb: Map<number, number>;
  gazIdx: Map<string, number>;
  gazTab: Float64Array;
  first: number;
  ejPrev: number;
  /** E:per / E:plc / E:common ids by which of the three apply. */
  tails: Map<number, Int32Array>;
}

let MAX_ENTRIES = 200_000;
let MAX_PAIRS = 200_000;
/** Pair keys: uid * 2^26 + uid (uids restart when the memo is cleared; a sentence of over 2^26 tokens goes uncached). */
const UID_SPAN = 2 ** 26;
const MAX_KINDS = 16;
const MAX_GAZ = 32;
const FQ = 6; // frequency classes -1..4

/** Sets the memo bounds (tests use small ones to exercise the clearing); returns the old ones. */
export function setMemoLimits(entries: number, pairs: number): [number, number] {
  const old: [number, number] = [MAX_ENTRIES, MAX_PAIRS];
  MAX_ENTRIES = entries;
  MAX_PAIRS = pairs;
  return old;
}

const states = new WeakMap<NerModel, State>();
const NO_IDS = new Int32Array(0);

function stateOf(m: NerModel): State {
  let s = states.get(m);
  if (s) return s;
  const off = m.lex.off;
  const feat = (f: string): number => m.feats.get(f) ?? -1;
  const efeat = (f: string): number => m.efeats.get(f) ?? -1;
  s = {
    model: m, feat, efeat,
    ctx2: !off?.has('ctx2'), fq: !off?.has('fq'), lx: !off?.has('lx'), nsOn: !off?.has('ns'), edge: m.efeats.size > 0 && !off?.has('edge'),
    bos: null as unknown as Entry, eos: null as unknown as Entry,
    byKind: new Map(), entries: 0, nextUid: 2, pairs: new Map(), pairPool: new Int32Array(0),
    kindIdx: new Map(), kinds: new Float64Array(MAX_KINDS * MAX_KINDS).fill(NaN),
    fqSelf: new Float64Array(FQ).fill(NaN), fqPrev: new Float64Array(FQ * FQ).fill(NaN), fqNext: new Float64Array(FQ * FQ).fill(NaN),
    lxTab: new Float64Array(LEX_NAMES.length * 3).fill(NaN), lxb: new Map(),
    gazIdx: new Map(), gazTab: new Float64Array(MAX_GAZ * 3).fill(NaN),
    first: feat('first'), ejPrev: efeat('E:j-1'), tails: new Map(),
  };
  // Sentence boundaries are neighbours like words: '<s>' and '</s>' in every template.
  s.bos = boundary(s, '<s>', 0);
  s.eos = boundary(s, '</s>', 1);
  states.set(m, s);
  return s;
}

function boundary(s: State, w: string, uid: number): Entry {
  return {
    uid, word: w, kind: 'punct', core: w, clitic: '', bits: 0, freq: -1, nscore: 0, own: NO_IDS,
    wPrev1: s.feat('w-1=' + w), wPrev2: s.feat('w-2=' + w), wNext1: s.feat('w+1=' + w), wNext2: s.feat('w+2=' + w),
    cPrev1: s.feat('c-1=' + w), cNext1: s.feat('c+1=' + w), cPrev2: s.feat('c-2=' + w), cNext2: s.feat('c+2=' + w),
    trPrev1: -1, trPrev2: -1, trNext1: -1, ns: -1, edgeOwn: NO_IDS, edgePunctPrev: -1, joiner: false, gw: null,
  };
}

function entryOf(s: State, w: string, k: TokenKind): Entry {
  let byWord = s.byKind.get(k);
  if (!byWord) { byWord = new Map(); s.byKind.set(k, byWord); }
  let e = byWord.get(w);
  if (e !== undefined) return e;
  e = makeEntry(s, w, k);
  byWord.set(w, e);
  s.entries++;
  return e;
}

/**
 * Clears the memos when a sentence could take them past their bound: only between sentences,
 * so no pair key outlives its entries and no pool slot is reused under a view in use.
 */
function bound(s: State, n: number): void {
  if (s.entries + n > MAX_ENTRIES) { s.byKind.clear(); s.pairs.clear(); s.entries = 0; s.nextUid = 2; }
  else if (s.pairs.size + n + 3 > MAX_PAIRS) s.pairs.clear();
}

const AL = 'ال';

function makeEntry(s: State, w: string, k: TokenKind): Entry {
  const lex = s.model.lex;
  let core = w, clitic = '', bits = 0, freq = -1, nscore = 0;
  if (k === 'word') {
    const r = splitCached(w, lex);
    core = r.core;
    clitic = w.slice(0, r.pre);
    bits = lexBits(core, lex);
    freq = freqClass(lex.vocab.get(core) ?? 0);
    nscore = nameScore(core.startsWith(AL) && core.length > 4 ? core.slice(2) : core, lex.ngrams);
  }
  const buf: string[] = [];
  wordFeatures(w, k, core, clitic, lex.off ?? null, buf);
  const own: number[] = [];
  for (const f of buf) { const r = s.feat(f); if (r >= 0) own.push(r); }
  const tr = triggerClass(core);
  const edgeOwn: number[] = [];
  if (s.edge) {
    // edgeFeatures' order: E:cl, E:k, E:j, [E:j-1, E:p-1 from the previous token], E:per, E:plc, E:common
    buf.length = 0;
    if (clitic) buf.push('E:cl=' + clitic);
    if (k !== 'word') buf.push('E:k=' + k);
    if (isJoiner(core)) buf.push('E:j=' + core);
    for (const f of buf) { const r = s.efeat(f); if (r >= 0) edgeOwn.push(r); }
  }
  return {
    uid: s.nextUid++, word: w, kind: k, core, clitic, bits, freq, nscore, own: Int32Array.from(own),
    wPrev1: s.feat('w-1=' + w), wPrev2: s.feat('w-2=' + w), wNext1: s.feat('w+1=' + w), wNext2: s.feat('w+2=' + w),
    cPrev1: s.feat('c-1=' + core), cNext1: s.feat('c+1=' + core), cPrev2: s.feat('c-2=' + core), cNext2: s.feat('c+2=' + core),
    trPrev1: tr ? s.feat('tr-1=' + tr) : -1, trPrev2: tr ? s.feat('tr-2=' + tr) : -1, trNext1: tr ? s.feat('tr+1=' + tr) : -1,
    ns: k === 'word' && freq <= 1 ? s.feat('ns=' + nscore) : -1,
    edgeOwn: edgeOwn.length ? Int32Array.from(edgeOwn) : NO_IDS,
    edgePunctPrev: s.edge && k === 'punct' ? s.efeat('E:p-1=' + w) : -1,
    joiner: isJoiner(core), gw: null,
  };
}

function pairOf(s: State, a: Entry, b: Entry): PairIds {
  // Only pairs of common words (or punctuation, numbers, boundaries) are kept: a pair with a
  // rare word seldom comes back (on the SaudiNewsNet sample, a third of the pairs give two
  // thirds of the repeats), and keeping every pair would cost memory for little.
  const cacheable = a.uid < UID_SPAN && b.uid < UID_SPAN && (a.kind !== 'word' || a.freq >= 2) && (b.kind !== 'word' || b.freq >= 2);
  const key = a.uid * UID_SPAN + b.uid;
  const at = cacheable ? s.pairs.get(key) : undefined;
  if (at !== undefined) return s.pairPool.subarray(at, at + 6);
  const cc = a.core + '|' + b.core, ww = a.word + '|' + b.word;
  const p = new Int32Array(6);
  p[0] = s.feat('c-1c=' + cc); p[1] = s.feat('cc+1=' + cc);
  p[2] = s.feat('w-1w=' + ww); p[3] = s.feat('ww+1=' + ww);
  p[4] = s.feat('w-2w-1=' + ww); p[5] = s.feat('w+1w+2=' + ww);
  // Full: not kept (the memo is emptied between sentences, never under views handed out).
  if (!cacheable || s.pairs.size >= MAX_PAIRS) return p;
  // Six ids a pair, side by side in one pool (a pair costs a Map entry and 24 bytes).
  const i = s.pairs.size * 6;
  if (i + 6 > s.pairPool.length) {
    const grown = new Int32Array(Math.min(MAX_PAIRS * 6, Math.max(4096, s.pairPool.length * 2)));
    grown.set(s.pairPool);
    s.pairPool = grown;
  }
  s.pairPool.set(p, i);
  s.pairs.set(key, i);
  return p;
}

/** The id in a lazily filled table cell (NaN until looked up). */
function cell(tab: Float64Array, i: number, make: () => number): number {
  let v = tab[i]!;
  if (v !== v) { v = make(); tab[i] = v; }
  return v;
}

function kindIndex(s: State, k: string): number {
  let i = s.kindIdx.get(k);
  if (i === undefined) { i = s.kindIdx.size; s.kindIdx.set(k, i); }
  return i;
}

function kindsId(s: State, kp: string, kn: string): number {
  const a = kindIndex(s, kp), b = kindIndex(s, kn);
  if (a >= MAX_KINDS || b >= MAX_KINDS) return s.feat('k-1=' + kp + '|k+1=' + kn);
  return cell(s.kinds, a * MAX_KINDS + b, () => s.feat('k-1=' + kp + '|k+1=' + kn));
}

function gazId(s: State, g: string, pos: number): number {
  let i = s.gazIdx.get(g);
  if (i === undefined) { i = s.gazIdx.size; s.gazIdx.set(g, i); }
  const name = pos === 0 ? 'g=' : pos === 1 ? 'g-1=' : 'g+1=';
  if (i >= MAX_GAZ) return s.feat(name + g);
  return cell(s.gazTab, i * 3 + pos, () => s.feat(name + g));
}

export interface FeatureIds {
  ids: Int32Array;
  offsets: Int32Array;
  eids: Int32Array;
  eoffsets: Int32Array;
}

/** Grows an Int32Array buffer, keeping its contents. */
function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The feature ids of a sentence: token i's emission features are ids[offsets[i]..offsets[i+1]),
 * its edge features eids[eoffsets[i]..eoffsets[i+1]), exactly the model rows of
 * tokenFeatures' and edgeFeatures' strings in their order.
 */
export function sentenceFeatureIds(m: NerModel, input: TagInput): FeatureIds {
  const s = stateOf(m);
  const { norms, kinds, gaz } = input;
  const n = norms.length;
  bound(s, n);
  const E = new Array<Entry>(n);
  for (let i = 0; i < n; i++) E[i] = entryOf(s, norms[i]!, kinds[i]!);
  const at = (i: number): Entry => (i < 0 ? s.bos : i >= n ? s.eos : E[i]!);
  // Pair j joins at(j - 1) and at(j), j = -1 … n + 1 (BOS BOS, BOS w0, …, w(n-1) EOS, EOS EOS).
  const P = new Array<PairIds>(n + 3);
  for (let j = -1; j <= n + 1; j++) P[j + 1] = pairOf(s, j <= 0 ? s.bos : at(j - 1), j > n ? s.eos : at(j));
  const pair = (j: number): PairIds => P[j + 1]!;

  let ids = new Int32Array(n * 48 + 16);
  let len = 0;
  const offsets = new Int32Array(n + 1);
  const push = (r: number): void => { if (r >= 0) ids[len++] = r; };
  for (let i = 0; i < n; i++) {
    const e = E[i]!;
    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2);
    ids = grow(ids, len + e.own.length + 64 + (gaz ? 4 : 0));
    for (let j = 0; j < e.own.length; j++) ids[len++] = e.own[j]!;
    push(p1.wPrev1); push(p2.wPrev2); push(n1.wNext1); push(n2.wNext2);
    push(p1.cPrev1); push(n1.cNext1);
    const left = pair(i), right = pair(i + 1);
    if (s.ctx2) {
      push(p2.cPrev2); push(n2.cNext2);
      push(left[0]!); push(right[1]!);
    }
    push(left[2]!); push(right[3]!); push(pair(i - 1)[4]!); push(pair(i + 2)[5]!);
    if (i > 0) push(p1.trPrev1);
    if (i > 1) push(p2.trPrev2);
    if (i + 1 < n) push(n1.trNext1);
    push(kindsId(s, i > 0 ? p1.kind : 's', i + 1 < n ? n1.kind : 's'));
    if (i === 0) push(s.first);
    if (e.kind === 'word' && s.fq) {
      const f = e.freq + 1, fp = (i > 0 ? p1.freq : -1) + 1, fn = (i + 1 < n ? n1.freq : -1) + 1;
      push(cell(s.fqSelf, f, () => s.feat('fq=' + e.freq)));
      push(cell(s.fqPrev, fp * FQ + f, () => s.feat('fq-1=' + (fp - 1) + '|fq=' + e.freq)));
      push(cell(s.fqNext, fn * FQ + f, () => s.feat('fq+1=' + (fn - 1) + '|fq=' + e.freq)));
    }
    const b = e.bits, bp = i > 0 ? p1.bits : 0, bn = i + 1 < n ? n1.bits : 0;
    if (s.lx && (b | bp | bn) !== 0) {
      for (let x = 0; x < LEX_NAMES.length; x++) {
        const [bit, name] = LEX_NAMES[x]!;
        if (b & bit) push(cell(s.lxTab, x * 3, () => s.feat('lx=' + name)));
        if (bp & bit) push(cell(s.lxTab, x * 3 + 1, () => s.feat('lx-1=' + name)));
        if (bn & bit) push(cell(s.lxTab, x * 3 + 2, () => s.feat('lx+1=' + name)));
      }
    }
    if (s.nsOn) push(e.ns);
    if (b && s.lx) {
      const key = (b * 1024 + bp) * 1024 + bn;
      let r = s.lxb.get(key);
      if (r === undefined) { r = s.feat('lxb=' + b + '|' + bp + '|' + bn); s.lxb.set(key, r); }
      push(r);
    }
    if (gaz) {
      const g = gaz[i]!;
      push(gazId(s, g, 0)); push(gazId(s, i > 0 ? gaz[i - 1]! : 's', 1)); push(gazId(s, i + 1 < n ? gaz[i + 1]! : 's', 2));
      if (g !== 'O') {
        if (!e.gw) e.gw = new Map();
        let r = e.gw.get(g);
        if (r === undefined) { r = s.feat('gw=' + g + '|' + e.core); e.gw.set(g, r); }
        push(r);
      }
    }
    offsets[i + 1] = len;
  }

  let eids = new Int32Array(s.edge ? n * 4 + 4 : 0);
  let elen = 0;
  const eoffsets = new Int32Array(n + 1);
  if (s.edge) {
    for (let i = 0; i < n; i++) {
      const e = E[i]!;
      eids = grow(eids, elen + e.edgeOwn.length + 5);
      // edgeFeatures' order: E:cl, E:k, E:j (the entry's), E:j-1, E:p-1, then E:per, E:plc, E:common
      let j = 0;
      const own = e.edgeOwn;
      for (; j < own.length; j++) eids[elen++] = own[j]!;
      if (i > 0 && E[i - 1]!.joiner && s.ejPrev >= 0) eids[elen++] = s.ejPrev;
      if (i > 0 && E[i - 1]!.edgePunctPrev >= 0) eids[elen++] = E[i - 1]!.edgePunctPrev;
      for (const r of edgeTail(s, e)) eids[elen++] = r;
      eoffsets[i + 1] = elen;
    }
  }
  return { ids: ids.slice(0, len), offsets, eids: eids.slice(0, elen), eoffsets };
}


/** E:per, E:plc, E:common of a token: a function of its lexicon bits and frequency class. */
function edgeTail(s: State, e: Entry): Int32Array {
  const per = (e.bits & 1) !== 0, plc = (e.bits & 12) !== 0, common = e.freq >= 3;
  if (!per && !plc && !common) return NO_IDS;
  const key = (per ? 1 : 0) | (plc ? 2 : 0) | (common ? 4 : 0);
  const t = s.tails;
  let r = t.get(key);
  if (r === undefined) {
    const out: number[] = [];
    for (const [on, f] of [[per, 'E:per'], [plc, 'E:plc'], [common, 'E:common']] as const) if (on) { const x = s.efeat(f); if (x >= 0) out.push(x); }
    r = Int32Array.from(out);
    t.set(key, r);
  }
  return r;
}
