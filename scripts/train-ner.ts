// Trains the NER tagger (averaged structured perceptron) on ANERcorp's CAMeL Lab TRAIN split
// and writes models/ner.model.gz. Never reads the test split.
//   npm run train:ner -- [--data ../shared/data] [--epochs 12] [--dev] [--out models/ner.model.gz]
// --dev holds out the last 10% of the train sentences and prints dev F1 after each epoch
// (for choosing features and epochs); without it the model is trained on all of train.

import { writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LEX_COUNTRY, LEX_PER, LEX_PLACE, edgeFeatures, sentenceView, splitProclitics, tokenFeatures, type FeatureLexicon } from '../src/entities/features.js';
import { NER_TAGS, allowedTransitions, edgeScores, emissions, serializeModel, trainPerceptron, viterbi, type TrainSentence } from '../src/entities/perceptron.js';
import { bioSpans, joinNameParts } from '../src/entities/tagger.js';
import { buildNameLexicon, loadGazetteer, project, readNerFile, type NerSentence, type ProjectedSentence } from './ner-data.js';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: join(import.meta.dirname, '../../shared/data') },
    epochs: { type: 'string', default: '12' },
    dev: { type: 'boolean', default: false },
    'no-gaz': { type: 'boolean', default: false },
    'no-lex': { type: 'boolean', default: false },
    'min-count': { type: 'string', default: '2' },
    out: { type: 'string', default: join(import.meta.dirname, '../models/ner.model.gz') },
    seed: { type: 'string', default: '7' },
    cv: { type: 'string' },
    'o-bias': { type: 'string', default: '0' },
    off: { type: 'string', default: 'edge,ns' },
    seeds: { type: 'string', default: '1' },
  },
});

const file = join(opt.data!, 'ner/anercorp/ANERCorp_CamelLab_train.txt');
const t0 = Date.now();
const gold = readNerFile(file);
const gazFn = opt['no-gaz'] ? null : await loadGazetteer();
const names = opt['no-lex'] ? new Map<string, number>() : buildNameLexicon(opt.data!);
console.error(`name lexicon: ${names.size} words; gazetteer ${gazFn ? 'on' : 'off'}`);
const T = NER_TAGS.length;
const tagIndex = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));
const minCount = Number(opt['min-count']);
const epochs = Number(opt.epochs);

const O_BIASES = [0, 1, 2, 3, 4, 6, 8];
function score(W: Float32Array, trans: Float32Array, EW: Float32Array, set: (TrainSentence & { norms: string[] })[], oBias = 0): { p: number; r: number; f: number } {
  const ok = allowedTransitions(NER_TAGS);
  let tp = 0, np = 0, ng = 0;
  for (const s of set) {
    const n = s.gold.length;
    const E = new Float64Array(n * T);
    const pred = new Int32Array(n);
    emissions(W, T, s.ids, s.offsets, n, E);
    for (let i = 0; i < n; i++) E[i * T] -= oBias;
    const TE = new Float64Array(n * (T + 1) * T);
    edgeScores(EW, T, s.eids, s.eoffsets, n, TE);
    viterbi(E, n, T, trans, ok, pred, TE);
    const key = (x: { start: number; end: number; label: string }) => `${x.start}:${x.end}:${x.label}`;
    const g = new Set(bioSpans(Array.from(s.gold, (t) => NER_TAGS[t]!)).map(key));
    const p = joinNameParts(bioSpans(Array.from(pred, (t) => NER_TAGS[t]!)), s.norms).map(key);
    ng += g.size; np += p.length; tp += p.filter((x) => g.has(x)).length;
  }
  const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
  return { p: P, r: R, f: P + R ? (2 * P * R) / (P + R) : 0 };
}

/** Trains on `train` (gold sentences), scoring `dev` after each epoch; returns the model and dev F1 per epoch. */
function run(trainGold: NerSentence[], devGold: NerSentence[], quiet: boolean) {
  const train: ProjectedSentence[] = trainGold.flatMap((s) => project(s, gazFn));
  const dev: ProjectedSentence[] = devGold.flatMap((s) => project(s, gazFn));
  // The vocabulary the clitic splitter consults: words seen at least twice in train.
  const counts = new Map<string, number>();
  for (const s of train) for (const w of s.norms) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = new Map([...counts].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1]));
  const lex: FeatureLexicon = { vocab, names, off: new Set((opt.off ?? '').split(',').filter(Boolean)), ngrams: opt.off?.split(',').includes('ns') ? new Map() : letterModel(train) };
  const featIndex = new Map<string, number>();
  const featCount: number[] = [];
  const featureStrings = (s: ProjectedSentence): [string[][], string[][]] => {
    const view = sentenceView(s.norms, s.kinds, lex);
    const fs = s.norms.map((_, i) => { const out: string[] = []; tokenFeatures(s, view, i, out); return out; });
    const es = s.norms.map((_, i) => { const out: string[] = []; edgeFeatures(s, view, i, out); return out; });
    return [fs, es];
  };
  const both = train.map(featureStrings);
  const trainFeats = both.map((x) => x[0]);
  const edgeIndex = new Map<string, number>();
  for (const [, es] of both) for (const e of es) for (const f of e) if (!edgeIndex.has(f)) edgeIndex.set(f, edgeIndex.size);
  for (const sent of trainFeats) for (const fs of sent) for (const f of fs) {
    let id = featIndex.get(f);
    if (id === undefined) { id = featIndex.size; featIndex.set(f, id); featCount.push(0); }
    featCount[id]!++;
  }
  // Drop rare features (keeps the model small; they rarely generalise).
  const keep = new Map<string, number>();
  for (const [f, id] of featIndex) if (featCount[id]! >= minCount) keep.set(f, keep.size);
  if (!quiet) console.error(`${train.length} train / ${dev.length} dev sentences; ${featIndex.size} features, ${keep.size} kept (count >= ${minCount})`);
  const encode = ([fss, ess]: [string[][], string[][]], tags: string[]): TrainSentence => {
    const ids: number[] = [];
    const offsets = new Int32Array(fss.length + 1);
    fss.forEach((fs, i) => { for (const f of fs) { const id = keep.get(f); if (id !== undefined) ids.push(id); } offsets[i + 1] = ids.length; });
    const eids: number[] = [];
    const eoffsets = new Int32Array(ess.length + 1);
    ess.forEach((es, i) => { for (const f of es) { const id = edgeIndex.get(f); if (id !== undefined) eids.push(id); } eoffsets[i + 1] = eids.length; });
    return { ids: Int32Array.from(ids), offsets, gold: Int32Array.from(tags, (t) => tagIndex.get(t)!), eids: Int32Array.from(eids), eoffsets };
  };
  const data = train.map((s, k) => encode(both[k]!, s.tags));
  const devData = dev.map((s) => ({ ...encode(featureStrings(s), s.tags), norms: s.norms }));
  const devF: number[] = [];
  // Several shuffles, weights averaged (a cheap ensemble); dev F1 is reported for the average.
  const nSeeds = Number(opt.seeds);
  let W = new Float32Array(0), trans = new Float32Array(0), EW = new Float32Array(0);
  for (let k = 0; k < nSeeds; k++) {
    const last = k === nSeeds - 1;
    const r = trainPerceptron(data, keep.size, T, {
      epochs,
      seed: Number(opt.seed) + k * 101,
      onEpoch: (ep, w, tr, ew) => {
        if (!last) return;
        if (!devData.length) { if (!quiet) console.error(`epoch ${ep}`); return; }
        const mix = (a: Float32Array, b: Float32Array) => (k === 0 ? b : Float32Array.from(b, (x, j) => (a[j]! * k + x) / (k + 1)));
        const w2 = mix(W, w), tr2 = mix(trans, tr), ew2 = mix(EW, ew);
        const s = score(w2, tr2, ew2, devData, Number(opt['o-bias']));
        devF.push(s.f);
        if (!quiet) console.error(`epoch ${ep}: dev P ${(100 * s.p).toFixed(2)} R ${(100 * s.r).toFixed(2)} F1 ${(100 * s.f).toFixed(2)}`);
        if (ep === epochs) for (const b of O_BIASES) { const x = score(w2, tr2, ew2, devData, b); (biasF[b] ??= []).push(x.f); }
      },
    }, edgeIndex.size);
    if (k === 0) { W = r.W; trans = r.trans; EW = r.EW; }
    else {
      for (let j = 0; j < W.length; j++) W[j] = (W[j]! * k + r.W[j]!) / (k + 1);
      for (let j = 0; j < trans.length; j++) trans[j] = (trans[j]! * k + r.trans[j]!) / (k + 1);
      for (let j = 0; j < EW.length; j++) EW[j] = (EW[j]! * k + r.EW[j]!) / (k + 1);
    }
  }
  return { W, trans, EW, edgeIndex, keep, lex, devF };
}

/**
 * The name-likeness letter model: character trigram log-odds, names (the person and place
 * lexicon) against ordinary words (train words outside any name, as word types).
 */
function letterModel(train: ProjectedSentence[]): Map<string, number> {
  const pos = new Map<string, number>(), neg = new Map<string, number>();
  const grams = (w: string, into: Map<string, number>) => {
    const x = '^' + w + '$';
    for (let i = 0; i + 3 <= x.length; i++) { const g = x.slice(i, i + 3); into.set(g, (into.get(g) ?? 0) + 1); }
  };
  for (const [w, b] of names) if (b & (LEX_PER | LEX_PLACE | LEX_COUNTRY)) grams(w, pos);
  const seen = new Set<string>();
  for (const s of train) s.norms.forEach((w, i) => {
    if (s.tags[i] !== 'O' || s.kinds[i] !== 'word' || seen.has(w)) return;
    seen.add(w);
    const core = splitProclitics(w, null).core;
    grams(core.startsWith('ال') && core.length > 4 ? core.slice(2) : core, neg);
  });
  let P = 0, N = 0;
  for (const c of pos.values()) P += c;
  for (const c of neg.values()) N += c;
  const out = new Map<string, number>();
  for (const g of new Set([...pos.keys(), ...neg.keys()])) {
    const p = pos.get(g) ?? 0, n = neg.get(g) ?? 0;
    if (p + n < 3) continue;
    out.set(g, Math.log((p + 0.5) / P) - Math.log((n + 0.5) / N));
  }
  return out;
}

const biasF: Record<number, number[]> = {};
const folds = Number(opt.cv ?? 0);
if (folds > 1) {
  // k-fold cross-validation over contiguous blocks of train (documents stay together).
  const sum = new Array<number>(epochs).fill(0);
  for (let k = 0; k < folds; k++) {
    const a = Math.floor((gold.length * k) / folds), b = Math.floor((gold.length * (k + 1)) / folds);
    const r = run([...gold.slice(0, a), ...gold.slice(b)], gold.slice(a, b), true);
    r.devF.forEach((f, e) => (sum[e]! += f / folds));
    console.error(`fold ${k + 1}: ` + r.devF.map((f) => (100 * f).toFixed(1)).join(' '));
  }
  console.error('cv mean F1 by O bias (last epoch): ' + O_BIASES.map((b) => `${b}:${(100 * biasF[b]!.reduce((a, x) => a + x, 0) / folds).toFixed(2)}`).join(' '));
  console.error('cv mean F1 by epoch: ' + sum.map((f, e) => `${e + 1}:${(100 * f).toFixed(2)}`).join(' '));
  process.exit(0);
}
const cut = opt.dev ? Math.floor(gold.length * 0.9) : gold.length;
const { W, trans, EW, edgeIndex, keep, lex } = run(gold.slice(0, cut), gold.slice(cut), false);

const command = `npm run train:ner -- --epochs ${epochs}${opt.dev ? ' --dev' : ''}${opt['no-gaz'] ? ' --no-gaz' : ''}${opt['no-lex'] ? ' --no-lex' : ''}${opt.off ? ' --off ' + opt.off : ''} --min-count ${minCount} --seed ${opt.seed} --seeds ${opt.seeds} --o-bias ${opt['o-bias']}`;
const buf = serializeModel({
  tags: [...NER_TAGS], feats: keep, W, trans, efeats: edgeIndex, EW, lex,
  meta: {
    command,
    corpus: 'ANERcorp, CAMeL Lab split, ANERCorp_CamelLab_train.txt' + (opt.dev ? ' (first 90% of sentences)' : ''),
    gazetteer: gazFn ? 'on' : 'off',
    oBias: String(Number(opt['o-bias'])),
    off: [...(lex.off ?? [])].join(','),
    model: 'first-order averaged structured perceptron, BIO over PER LOC ORG MISC',
  },
});
writeFileSync(opt.out!, buf);
console.error(`wrote ${opt.out} (${(statSync(opt.out!).size / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
