// A first-order structured perceptron (averaged) over BIO tags: emission weights per
// (feature, tag), transition weights per (previous tag, tag), Viterbi decoding with the BIO
// constraint (I-X only after B-X or I-X). Training lives here too, so a test can train a
// tiny model from sentences of its own.

import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureLexicon } from './features.js';

export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];

export interface NerModel {
  tags: string[];
  /** Feature string -> row in `W` (a Map, or a packed table: model-bin.ts). */
  feats: ReadonlyMap<string, number>;
  /** Emission weights, row-major: W[row * T + tag]. */
  W: Float32Array;
  /** Transition weights: trans[(prev + 1) * T + tag]; prev = -1 is the sentence start. */
  trans: Float32Array;
  /** Edge features (observations conjoined with the tag bigram) -> row in `EW`. */
  efeats: ReadonlyMap<string, number>;
  /** Edge weights, EW[row * (T + 1) * T + (prev + 1) * T + tag]. */
  EW: Float32Array;
  lex: FeatureLexicon;
  meta: Record<string, string>;
}

/** allowed[(prev + 1) * T + tag]: the BIO constraint. */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const ok = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    for (let t = 0; t < T; t++) {
      const tt = tags[t]!;
      let a = 1;
      if (tt.startsWith('I-')) {
        const ty = tt.slice(2);
        a = p >= 0 && (tags[p] === 'B-' + ty || tags[p] === 'I-' + ty) ? 1 : 0;
      }
      ok[(p + 1) * T + t] = a;
    }
  }
  return ok;
}

/**
 * Viterbi over precomputed emission scores E[i * T + t]. Writes the best path into `out`
 * and returns nothing; `margin[i]` gets the gap between the chosen tag's emission and the
 * best other emission at that token (a cheap confidence signal).
 */
export function viterbi(E: Float64Array, n: number, T: number, trans: Float32Array, ok: Uint8Array, out: Int32Array, TE: Float64Array | null = null): void {
  if (n === 0) return;
  const K = (T + 1) * T;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ok[t] ? E[t]! + trans[t]! + (TE ? TE[t]! : 0) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < T; p++) {
        const k = (p + 1) * T + t;
        if (!ok[k]) continue;
        const s = score[(i - 1) * T + p]! + trans[k]! + (TE ? TE[i * K + k]! : 0);
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + E[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t]! > best) { best = score[(n - 1) * T + t]!; arg = t; }
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * T + arg]!; }
}

/** Emission scores of one sentence from its feature ids (negative ids are unknown features). */
export function emissions(W: Float32Array, T: number, ids: Int32Array, offsets: Int32Array, n: number, E: Float64Array): void {
  E.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const f = ids[j]!;
      if (f < 0) continue;
      const r = f * T;
      for (let t = 0; t < T; t++) E[i * T + t] += W[r + t]!;
    }
  }
}

/** Per-position transition scores from edge features: TE[i * K + k], K = (T + 1) * T. */
export function edgeScores(EW: Float32Array, T: number, ids: Int32Array, offsets: Int32Array, n: number, TE: Float64Array): void {
  const K = (T + 1) * T;
  TE.fill(0, 0, n * K);
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const f = ids[j]!;
      if (f < 0) continue;
      const r = f * K;
      for (let k = 0; k < K; k++) TE[i * K + k] += EW[r + k]!;
    }
  }
}

export interface TrainSentence {
  /** Feature ids of every token, concatenated; offsets[i]..offsets[i+1] belong to token i. */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** Edge feature ids, laid out like `ids`. */
  eids: Int32Array;
  eoffsets: Int32Array;
}

export interface TrainOptions {
  epochs: number;
  seed?: number;
  /** Called after each epoch with the averaged weights (e.g. to score a dev set). */
  onEpoch?: (epoch: number, W: Float32Array, trans: Float32Array, EW: Float32Array) => void;
}

/** Trains the averaged structured perceptron; returns averaged emission and transition weights. */
export function trainPerceptron(data: TrainSentence[], nFeats: number, T: number, opts: TrainOptions, nEdge = 0): { W: Float32Array; trans: Float32Array; EW: Float32Array } {
  const K = (T + 1) * T;
  const EW = new Float32Array(nEdge * K);
  const EU = new Float32Array(nEdge * K);
  const ok = allowedTransitions(NER_TAGS.slice(0, T));
  const W = new Float32Array(nFeats * T);
  const U = new Float32Array(nFeats * T);
  const Tr = new Float32Array((T + 1) * T);
  const Tu = new Float32Array((T + 1) * T);
  let c = 1;
  let rnd = (opts.seed ?? 1) >>> 0;
  const rand = () => { rnd = (rnd * 1664525 + 1013904223) >>> 0; return rnd / 4294967296; };
  const order = data.map((_, i) => i);
  const maxN = data.reduce((m, s) => Math.max(m, s.gold.length), 0);
  const E = new Float64Array(maxN * T);
  const TE = new Float64Array(maxN * K);
  const pred = new Int32Array(maxN);
  const avg = (): { W: Float32Array; trans: Float32Array; EW: Float32Array } => {
    const aW = new Float32Array(W.length);
    for (let k = 0; k < W.length; k++) aW[k] = W[k]! - U[k]! / c;
    const aT = new Float32Array(Tr.length);
    for (let k = 0; k < Tr.length; k++) aT[k] = Tr[k]! - Tu[k]! / c;
    const aE = new Float32Array(EW.length);
    for (let k = 0; k < EW.length; k++) aE[k] = EW[k]! - EU[k]! / c;
    return { W: aW, trans: aT, EW: aE };
  };
  const upd = (f: number, t: number, d: number) => { W[f * T + t] += d; U[f * T + t] += d * c; };
  const updT = (k: number, d: number) => { Tr[k] += d; Tu[k] += d * c; };
  for (let ep = 1; ep <= opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      emissions(W, T, s.ids, s.offsets, n, E);
      if (nEdge) edgeScores(EW, T, s.eids, s.eoffsets, n, TE);
      viterbi(E, n, T, Tr, ok, pred, nEdge ? TE : null);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) { wrong = true; break; }
      if (wrong) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!, p = pred[i]!;
          const gp = i > 0 ? s.gold[i - 1]! : -1, pp = i > 0 ? pred[i - 1]! : -1;
          if (g !== p) for (let j = s.offsets[i]!; j < s.offsets[i + 1]!; j++) { upd(s.ids[j]!, g, 1); upd(s.ids[j]!, p, -1); }
          if (g !== p || gp !== pp) {
            const kg = (gp + 1) * T + g, kp = (pp + 1) * T + p;
            updT(kg, 1); updT(kp, -1);
            for (let j = s.eoffsets[i]!; j < s.eoffsets[i + 1]!; j++) {
              const r = s.eids[j]! * K;
              EW[r + kg] += 1; EU[r + kg] += c; EW[r + kp] -= 1; EU[r + kp] -= c;
            }
          }
        }
      }
      c++;
    }
    if (opts.onEpoch) { const a = avg(); opts.onEpoch(ep, a.W, a.trans, a.EW); }
  }
  return avg();
}

// ---- Model file: gzip'd text, one record per line ------------------------------------
//   #rasd-ner 1
//   m <key> <value>          metadata (the training command, corpus, scores)
//   t <tag> …                the tag set
//   r <w> …                  transition weights, (T+1) × T
//   v <word> <count>         the vocabulary the clitic splitter consults
//   n <word> <bits>          the name lexicon (features.ts LEX_*)
//   g <trigram> <log-odds>   the name-likeness letter model (features.ts nameScore)
//   e <feature> <k>:<w> …    non-zero edge weights, k = (prev + 1) * T + tag
//   f <feature> <tag>:<w> …  non-zero emission weights

const Q = 1000; // weights are stored with three decimals

export function serializeModel(m: NerModel, minAbs = 0): Buffer {
  const T = m.tags.length;
  const lines: string[] = ['#rasd-ner 1'];
  for (const [k, v] of Object.entries(m.meta)) lines.push(`m\t${k}\t${v.replace(/[\t\n]/g, ' ')}`);
  lines.push('t\t' + m.tags.join('\t'));
  lines.push('r\t' + Array.from(m.trans, (x) => Math.round(x * Q)).join('\t'));
  for (const [w, c] of m.lex.vocab) lines.push(`v\t${w}\t${c}`);
  for (const [w, c] of m.lex.names) lines.push(`n\t${w}\t${c}`);
  for (const [g, x] of m.lex.ngrams ?? []) lines.push(`g\t${g}\t${Math.round(x * Q)}`);
  const K = (T + 1) * T;
  for (const [f, row] of m.efeats) {
    const parts: string[] = [];
    for (let k = 0; k < K; k++) { const q = Math.round(m.EW[row * K + k]! * Q); if (q !== 0) parts.push(`${k}:${q}`); }
    if (parts.length) lines.push(`e\t${f}\t${parts.join(' ')}`);
  }
  for (const [f, row] of m.feats) {
    const parts: string[] = [];
    for (let t = 0; t < T; t++) {
      const x = m.W[row * T + t]!;
      const q = Math.round(x * Q);
      if (q !== 0 && Math.abs(x) >= minAbs) parts.push(`${t}:${q}`);
    }
    if (parts.length) lines.push(`f\t${f}\t${parts.join(' ')}`);
  }
  return gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
}

export function parseModel(buf: Buffer): NerModel {
  const text = gunzipSync(buf).toString('utf8');
  if (!text.startsWith('#rasd-ner 1')) throw new Error('not a rasd NER model (expected "#rasd-ner 1")');
  const meta: Record<string, string> = {};
  let tags: string[] = [];
  let trans = new Float32Array(0);
  const vocab = new Map<string, number>();
  const names = new Map<string, number>();
  const ngrams = new Map<string, number>();
  const feats = new Map<string, number>();
  const rows: [number, number][][] = [];
  const efeats = new Map<string, number>();
  const erows: [number, number][][] = [];
  let pos = text.indexOf('\n') + 1;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    pos = nl + 1;
    const kind = line.charCodeAt(0);
    if (kind === 102 /* f */ || kind === 101 /* e */) {
      const a = line.indexOf('\t', 2);
      const f = line.slice(2, a);
      const cells: [number, number][] = [];
      for (const p of line.slice(a + 1).split(' ')) {
        const c = p.indexOf(':');
        cells.push([Number(p.slice(0, c)), Number(p.slice(c + 1)) / Q]);
      }
      if (kind === 102) { feats.set(f, rows.length); rows.push(cells); } else { efeats.set(f, erows.length); erows.push(cells); }
    } else if (kind === 118 /* v */) {
      const a = line.indexOf('\t', 2);
      vocab.set(line.slice(2, a), Number(line.slice(a + 1)));
    } else if (kind === 110 /* n */) {
      const a = line.indexOf('\t', 2);
      names.set(line.slice(2, a), Number(line.slice(a + 1)));
    } else if (kind === 103 /* g */) {
      const a = line.indexOf('\t', 2);
      ngrams.set(line.slice(2, a), Number(line.slice(a + 1)) / Q);
    } else if (kind === 116 /* t */) {
      tags = line.split('\t').slice(1);
    } else if (kind === 114 /* r */) {
      trans = Float32Array.from(line.split('\t').slice(1), (x) => Number(x) / Q);
    } else if (kind === 109 /* m */) {
      const [, k, v] = line.split('\t');
      meta[k!] = v ?? '';
    }
  }
  const T = tags.length;
  if (T === 0 || trans.length !== (T + 1) * T) throw new Error('NER model: bad tag set or transition table');
  const W = new Float32Array(rows.length * T);
  rows.forEach((cells, r) => { for (const [t, x] of cells) W[r * T + t] = x; });
  const K = (T + 1) * T;
  const EW = new Float32Array(erows.length * K);
  erows.forEach((cells, r) => { for (const [k, x] of cells) EW[r * K + k] = x; });
  const off = new Set((meta.off ?? '').split(',').filter(Boolean));
  return { tags, feats, W, trans, efeats, EW, lex: { vocab, names, off, ngrams }, meta };
}
