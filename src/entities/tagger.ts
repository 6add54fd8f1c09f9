// The statistical NER tagger: the averaged structured perceptron of perceptron.ts over the
// features of features.ts, loaded once per process from models/ner.model.gz (trained by
// `npm run train:ner`). It tags doc tokens with ANERcorp's types (PER LOC ORG MISC); the
// merge in index.ts refines LOC into GPE / LOC / FAC and adds canonical information.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc.js';
import type { TokenKind } from '../text/tokens.js';
import type { TagInput } from './features.js';
import { sentenceFeatureIds, type FeatureIds } from './feature-ids.js';
import { allowedTransitions, edgeScores, emissions, parseModel, viterbi, type NerModel } from './perceptron.js';
import { NER_PACK_KIND, NER_PACKED_FILE, unpackModel } from './model-bin.js';
import { openFresh, packedFile } from '../resources/packed.js';

/** A tagged name over doc tokens [tokenStart, tokenEnd). */
export interface TaggedSpan {
  tokenStart: number;
  tokenEnd: number;
  /** PER LOC ORG MISC (the tagger's label set). */
  label: string;
  /** 0..1, from the emission margins of the span's tokens. */
  confidence: number;
}

/** The committed model: src/entities → ../../models, and the same from dist/entities. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.model.gz', import.meta.url));

let loaded: NerModel | null = null;

/** Margin (in weight units) that maps to confidence 0.73: a calibration constant. */
const CONF_SCALE = 8;

/** Loads the committed model (once per process): its packed form when `npm run build` made one from it. */
export function defaultModel(): NerModel {
  if (!loaded) {
    const p = openFresh(packedFile(NER_PACKED_FILE), NER_PACK_KIND, import.meta.url);
    loaded = p ? unpackModel(p) : loadModel(DEFAULT_MODEL_PATH);
  }
  return loaded;
}

export function loadModel(path: string): NerModel {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new Error(`NER model not found at ${path} (run npm run train:ner): ${(err as Error).message}`);
  }
  return parseModel(buf);
}

const okCache = new WeakMap<NerModel, Uint8Array>();
function allowed(m: NerModel): Uint8Array {
  let ok = okCache.get(m);
  if (!ok) { ok = allowedTransitions(m.tags); okCache.set(m, ok); }
  return ok;
}

/** Feature ids of a sentence: the model rows of tokenFeatures' and edgeFeatures' strings, in their order (feature-ids.ts). */
export function featureIds(m: NerModel, input: TagInput): FeatureIds {
  return sentenceFeatureIds(m, input);
}

/** Tags one sentence: tag indices into m.tags and a per-token emission margin. */
export function tagSentence(m: NerModel, input: TagInput): { tags: Int32Array; margin: Float64Array } {
  const n = input.norms.length;
  const T = m.tags.length;
  const { ids, offsets, eids, eoffsets } = featureIds(m, input);
  const E = new Float64Array(n * T);
  emissions(m.W, T, ids, offsets, n, E);
  const oBias = Number(m.meta.oBias ?? 0);
  if (oBias) for (let i = 0; i < n; i++) E[i * T] -= oBias;
  let TE: Float64Array | null = null;
  if (eids.length) { TE = new Float64Array(n * (T + 1) * T); edgeScores(m.EW, T, eids, eoffsets, n, TE); }
  const tags = new Int32Array(n);
  viterbi(E, n, T, m.trans, allowed(m), tags, TE);
  // Margin: the chosen tag's emission over the best tag of another kind (O or another
  // type; B-X and I-X of the same type do not compete).
  const margin = new Float64Array(n);
  const types = tagTypes(m);
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    const ty = types[t]!;
    let other = -Infinity;
    for (let u = 0; u < T; u++) if (u !== t && types[u] !== ty && E[i * T + u]! > other) other = E[i * T + u]!;
    margin[i] = E[i * T + t]! - other;
  }
  return { tags, margin };
}

const typeCache = new WeakMap<NerModel, Int32Array>();
/** A number per tag for its type (the tag less its B-/I-): B-X and I-X share one, O has its own. */
function tagTypes(m: NerModel): Int32Array {
  let types = typeCache.get(m);
  if (!types) {
    const names = m.tags.map((t) => t.slice(2));
    types = Int32Array.from(names, (x) => names.indexOf(x));
    typeCache.set(m, types);
  }
  return types;
}

/** BIO tags -> spans [start, end) with their label (an I- without a B- opens a span). */
export function bioSpans(tags: ArrayLike<string>): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = [];
  let st = -1, ty = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const b = tag === 'O' ? 'O' : tag.slice(0, 1);
    const t = tag === 'O' ? '' : tag.slice(2);
    if (st >= 0 && (b !== 'I' || t !== ty)) { out.push({ start: st, end: i, label: ty }); st = -1; }
    if (b === 'B' || (b === 'I' && st < 0)) { st = i; ty = t; }
  }
  return out;
}


/**
 * Two person names side by side with no conjunction between them are one name the tagger
 * cut in two (عبدالرحيم | محمد حسين): ANERcorp's train split has 25 such pairs against 148
 * joined by و. Joined, spans in order; `norms` are the sentence's normalised tokens.
 */
export function joinNameParts(spans: { start: number; end: number; label: string }[], norms: readonly string[]): { start: number; end: number; label: string }[] {
  const out: { start: number; end: number; label: string }[] = [];
  for (const x of spans) {
    const last = out[out.length - 1];
    if (last && last.end === x.start && last.label === 'PER' && x.label === 'PER' && !norms[x.start]!.startsWith('و')) last.end = x.end;
    else out.push({ ...x });
  }
  return out;
}

/** Tags every sentence of a document; `gaz` are per-token gazetteer tags (or null). */
export function tagDoc(doc: Doc, gaz: string[] | null, model: NerModel = defaultModel()): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    const s = doc.tokenSentence[i]!;
    let j = i;
    while (j < n && doc.tokenSentence[j] === s) j++;
    const norms: string[] = [];
    const kinds: TokenKind[] = [];
    for (let k = i; k < j; k++) {
      norms.push(doc.tokens[k]!.norm);
      kinds.push(doc.kinds[k]!);
    }
    const { tags, margin } = tagSentence(model, { norms, kinds, gaz: gaz ? gaz.slice(i, j) : null });
    const names = Array.from(tags, (t) => model.tags[t]!);
    for (const sp of joinNameParts(bioSpans(names), norms)) {
      let a = sp.start, b = sp.end;
      // A name never starts or ends on punctuation, nor ends on a verb in the future (the segmenter's
      // س: الملك سلمان | سيزور).
      while (a < b && doc.kinds[i + a] === 'punct') a++;
      while (b > a && (doc.kinds[i + b - 1] === 'punct' || (b - a > 1 && doc.tokens[i + b - 1]!.segments[0] === 'س' && doc.tokens[i + b - 1]!.segments.length > 1))) b--;
      if (a >= b) continue;
      let m = 0;
      for (let k = a; k < b; k++) m += margin[k]!;
      m /= b - a;
      out.push({ tokenStart: i + a, tokenEnd: i + b, label: sp.label, confidence: 1 / (1 + Math.exp(-m / CONF_SCALE)) });
    }
    i = j;
  }
  return out;
}
