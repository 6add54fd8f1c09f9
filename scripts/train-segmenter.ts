// Trains the clitic segmenter (src/morph/segment.ts) and writes data/morph/segmenter.json,
// names.txt and dict.txt (and stems.txt with --hunspell). Sources: docs/segmentation.md.
//
//   npm run train:segmenter -- [--data ../shared/data] [--train 800] [--dev 600]
//
// --train N   learn from the first N sentences of UD Arabic PUD (never more than 800: the
//             last 200 are held out for measuring).
// --dev N     learn from the first N sentences only and print span F1 on sentences N..799
//             (nothing is written).
// --cv        four-fold cross-validation within the first 800 sentences (nothing is written).
// --errors    with --dev or --cv: list the words split differently from the gold.
// --epochs N  perceptron epochs (12); --runs N  perceptrons from different shuffles, averaged (5).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokenize } from '../src/text/tokens.js';
import {
  ENCLITICS, best, candidateLengths, candidates, features, foldKey, segmentWith, skeleton,
  type Candidate, type Lexicon, type Model,
} from '../src/morph/segment.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const DATA = resolve(opt('--data', resolve(import.meta.dirname, '../../shared/data')));
const NTRAIN = Math.min(800, Number(opt('--train', '800')));
const DEV = args.includes('--dev') ? Math.min(800, Number(opt('--dev', '600'))) : 0;
const EPOCHS = Number(opt('--epochs', '12'));
const FOLDS = 5;

interface Sent { id: string; text: string; forms: string[] }

function loadPud(file: string): Sent[] {
  const out: Sent[] = [];
  let cur: Sent | null = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) cur = { id: line.slice(12), text: '', forms: [] };
    else if (line.startsWith('# text = ') && cur) cur.text = line.slice(9);
    else if (/^\d+\t/.test(line) && cur) cur.forms.push(line.split('\t')[1]!);
    else if (!line.trim() && cur) { out.push(cur); cur = null; }
  }
  if (cur) out.push(cur);
  return out;
}

function goldSpans(s: Sent): [number, number][] | null {
  const spans: [number, number][] = [];
  let i = 0;
  for (const f of s.forms) {
    const at = s.text.indexOf(f, i);
    if (at < 0) return null;
    spans.push([at, at + f.length]);
    i = at + f.length;
  }
  return spans;
}

const CLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'س']);
const isTatweelRun = (s: string) => /^\u0640+$/.test(s);

interface Item { word: string; segs: string[]; sent: number }

/** Word tokens of the sentences with their gold segments (edge-tatweel dashes removed). */
function goldWords(sents: Sent[], offset: number): Item[] {
  const out: Item[] = [];
  sents.forEach((s, si) => {
    const g = goldSpans(s);
    if (!g) return;
    const cuts = new Set<number>();
    for (const [a, b] of g) { cuts.add(a); cuts.add(b); }
    for (const t of tokenize(s.text)) {
      if (t.kind !== 'word' || !cuts.has(t.start) || !cuts.has(t.end)) continue;
      const b = [t.start];
      for (let c = t.start + 1; c < t.end; c++) if (cuts.has(c)) b.push(c);
      b.push(t.end);
      let segs: string[] = [];
      for (let k = 0; k + 1 < b.length; k++) segs.push(s.text.slice(b[k]!, b[k + 1]!));
      while (segs.length > 1 && isTatweelRun(segs[0]!)) segs = segs.slice(1);
      while (segs.length > 1 && isTatweelRun(segs[segs.length - 1]!)) segs = segs.slice(0, -1);
      const word = segs.join('');
      if (!/[\u0621-\u064A]/.test(word)) continue;
      out.push({ word, segs, sent: offset + si });
    }
  });
  return out;
}

/** The candidate a gold split corresponds to, or null when the split is outside the model. */
function goldCandidate(segs: string[]): Candidate | null {
  const sk = segs.map((x) => skeleton(x));
  if (sk.some((x) => x.raw.length === 0)) return null;
  let i = 0;
  let pre = '';
  while (i < segs.length - 1 && sk[i]!.raw.length === 1 && CLITIC_LETTERS.has(sk[i]!.raw)) { pre += sk[i]!.key; i++; }
  let j = segs.length;
  let suf = '';
  if (j - i >= 2 && ENCLITICS.includes(sk[j - 1]!.raw)) { suf = sk[j - 1]!.raw; j--; }
  if (j - i !== 1) return null;
  return { pre, suf, stem: sk[i]!.raw, stemKey: sk[i]!.key };
}

function stemOf(segs: string[]): string | null {
  const c = goldCandidate(segs);
  return c ? c.stemKey : null;
}

function buildLexicon(items: Item[], known: Map<string, number>): Lexicon {
  const stems = new Map<string, number>();
  const whole = new Map<string, number>();
  for (const it of items) {
    const st = stemOf(it.segs);
    if (st) stems.set(st, (stems.get(st) ?? 0) + 1);
    if (it.segs.length === 1) { const k = foldKey(it.word); whole.set(k, (whole.get(k) ?? 0) + 1); }
  }
  return { stems, whole, known };
}

function buildMemo(items: Item[]): Map<string, number[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const it of items) {
    const k = foldKey(it.word);
    const lens = it.segs.map((x) => skeleton(x).raw.length);
    if (lens.some((l) => l === 0)) continue;
    const m = counts.get(k) ?? new Map<string, number>();
    const key = lens.join(',');
    m.set(key, (m.get(key) ?? 0) + 1);
    counts.set(k, m);
  }
  const memo = new Map<string, number[]>();
  for (const [k, m] of counts) {
    const top = [...m].sort((a, b) => b[1] - a[1])[0]!;
    memo.set(k, top[0].split(',').map(Number));
  }
  return memo;
}

function loadNames(): Set<string> {
  const names = new Set<string>();
  const add = (w: string) => {
    for (const part of w.split(/[\s\-–()،,.]+/)) {
      const k = foldKey(part);
      if (k.length >= 3 && /^[\u0621-\u064A]+$/.test(k)) names.add(k);
    }
  };
  // Wikidata person names (CC0): Arabic letters space-separated, with a frequency.
  for (const line of readFileSync(`${DATA}/gazetteers/wikidata-person-names-en-ar/wd_arabic.normalized.aligned.tokens`, 'utf8').split('\n')) {
    const [, ar, n] = line.split('\t');
    if (ar && Number(n) >= 1) add(ar.replace(/ /g, ''));
  }
  // World cities with Arabic names (CC BY 4.0): country and city names.
  const countries = JSON.parse(readFileSync(`${DATA}/gazetteers/world-cities-ar/world-cities.json`, 'utf8')) as
    { CountryNameAr?: string; Cities?: { CityNameAr?: string }[] }[];
  for (const c of countries) {
    if (c.CountryNameAr) add(c.CountryNameAr);
    for (const city of c.Cities ?? []) if (city.CityNameAr) add(city.CityNameAr);
  }
  // Country and region names from ICU's CLDR data (Unicode licence), via Intl.
  const dn = new Intl.DisplayNames(['ar'], { type: 'region' });
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    try { const nm = dn.of(code); if (nm && nm !== code) add(nm); } catch { /* not a region */ }
  }
  return names;
}

/** Arabic words of the UniversalPetrarch Arabic dictionaries (MIT): verbs, agents, actors. */
function loadDict(): Set<string> {
  const dir = `${DATA}/lexicons/upetrarch-arabic`;
  const words = new Set<string>();
  for (const f of ['CAMEO.ar.0.5.txt', 'actor_dict_ar_v4.txt', 'agents.all.ar.txt', 'synsets.ar.txt', 'verbs_assualt_only.txt']) {
    for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/[\u0621-\u064A]+/g)) {
      const k = foldKey(m[0]);
      if (k.length >= 2) words.add(k);
    }
  }
  return words;
}

const STEMS_FILE = resolve(import.meta.dirname, '../data/morph/stems.txt');
const STEMS_HEADER = [
  '# Arabic stems (folded: alef variants → ا, ى → ي) for src/morph/segment.ts: the entries that carry affix',
  '# flags in Ayaspell, the Arabic hunspell dictionary 3.2 (Debian package hunspell-ar, ar.dic),',
  '# (c) 2006-2008 Mohamed Kebdani, released under GPL 2.0 / LGPL 2.1 / MPL 1.1; this extract is',
  '# distributed under the Mozilla Public License 1.1. Made by',
  '# `npm run train:segmenter -- --hunspell /usr/share/hunspell/ar.dic`.',
];

/**
 * Stems of a hunspell dictionary (--hunspell FILE.dic, entries that carry affix flags), written
 * to data/morph/stems.txt; without the option, the stems already in data/morph/stems.txt.
 */
function loadSpellStems(write: boolean): Set<string> {
  const file = opt('--hunspell', '');
  const out = new Set<string>();
  if (!file) {
    for (const line of readFileSync(STEMS_FILE, 'utf8').split('\n')) if (line && !line.startsWith('#')) out.add(line);
    return out;
  }
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const slash = line.indexOf('/');
    if (slash <= 0) continue;
    const k = foldKey(line.slice(0, slash));
    if (k.length >= 2) out.add(k);
  }
  if (write) writeFileSync(STEMS_FILE, STEMS_HEADER.join('\n') + '\n' + [...out].sort().join('\n') + '\n');
  return out;
}

function trainOne(items: Item[], names: Map<string, number>, seed0: number): Map<string, number> {
  // Lexicon features for each item come from the other folds, as for an unseen word.
  const foldLex: Lexicon[] = [];
  for (let f = 0; f < FOLDS; f++) foldLex.push(buildLexicon(items.filter((it) => it.sent % FOLDS !== f), names));
  const inst: { sk: ReturnType<typeof skeleton>; gold: string; lex: Lexicon; cands: Candidate[] }[] = [];
  for (const it of items) {
    const g = goldCandidate(it.segs);
    if (!g) continue;
    const sk = skeleton(it.word);
    const cands = candidates(sk);
    const gk = candidateLengths(g).join(',');
    if (!cands.some((c) => candidateLengths(c).join(',') === gk)) continue;
    inst.push({ sk, gold: gk, lex: foldLex[it.sent % FOLDS]!, cands });
  }
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  const stamp = new Map<string, number>();
  let t = 1;
  const upd = (f: string, d: number) => {
    // lazy averaging: acc holds the sum of weights over time
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    acc.set(f, (acc.get(f) ?? 0) + cur * (t - last));
    stamp.set(f, t);
    w.set(f, cur + d);
  };
  let seed = seed0;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let ep = 0; ep < EPOCHS; ep++) {
    const order = inst.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    let errors = 0;
    for (const i of order) {
      const x = inst[i]!;
      const pred = best(x.sk, x.lex, w);
      const pk = candidateLengths(pred).join(',');
      if (pk !== x.gold) {
        errors++;
        const gc = x.cands.find((c) => candidateLengths(c).join(',') === x.gold)!;
        for (const f of features(x.sk, gc, x.lex)) upd(f, 1);
        for (const f of features(x.sk, pred, x.lex)) upd(f, -1);
      }
      t++;
    }
    console.error(`epoch ${ep + 1}: ${errors} errors / ${inst.length}`);
  }
  const avg = new Map<string, number>();
  for (const [f, cur] of w) {
    const total = (acc.get(f) ?? 0) + cur * (t - (stamp.get(f) ?? 0));
    const v = Math.round((total / t) * 1000) / 1000;
    if (v !== 0) avg.set(f, v);
  }
  return avg;
}

/** Several perceptrons from different shuffles, averaged: steadier than one. */
function train(items: Item[], names: Map<string, number>): Map<string, number> {
  const runs = Number(opt('--runs', '5'));
  const sum = new Map<string, number>();
  for (let r = 0; r < runs; r++) {
    for (const [f, v] of trainOne(items, names, 12345 + 7919 * r)) sum.set(f, (sum.get(f) ?? 0) + v / runs);
  }
  for (const [f, v] of sum) sum.set(f, Math.round(v * 1000) / 1000);
  return sum;
}

function spanF1(sents: Sent[], model: Model): { p: number; r: number; f: number } {
  let tp = 0, np = 0, ng = 0;
  for (const s of sents) {
    const g = goldSpans(s);
    if (!g) continue;
    const gs = new Set(g.map(([a, b]) => `${a}:${b}`));
    for (const t of tokenize(s.text)) {
      const w = s.text.slice(t.start, t.end);
      const segs = t.kind === 'word' ? segmentWith(w, model) : [w];
      let i = t.start;
      for (const x of segs) { if (gs.has(`${i}:${i + x.length}`)) tp++; np++; i += x.length; }
    }
    ng += g.length;
  }
  const p = tp / np, r = tp / ng;
  return { p, r, f: (2 * p * r) / (p + r) };
}

const pud = loadPud(`${DATA}/morphology/ud-arabic-pud/ar_pud-ud-test.conllu`);
const names = loadNames();
const dict = loadDict();
const known = new Map<string, number>();
for (const k of names) known.set(k, 1);
for (const k of dict) known.set(k, (known.get(k) ?? 0) | 2);
const spell = loadSpellStems(!args.includes('--cv') && !args.includes('--dev'));
for (const k of spell) known.set(k, (known.get(k) ?? 0) | 4);
const pct = (x: number) => (100 * x).toFixed(2);
/** Trains on `tr` and measures on `dev` (span F1 as the project's scorer counts it). */
function crossCheck(tr: Sent[], dev: Sent[], offset: number, errors: boolean): number {
  const its = goldWords(tr, 0);
  const model: Model = { memo: buildMemo(its), lex: buildLexicon(its, known), weights: train(its, known) };
  if (errors) {
    for (const it of goldWords(dev, offset)) {
      const got = segmentWith(it.word, model);
      if (got.join('+') !== it.segs.join('+')) console.log(`${it.word}\tgold ${it.segs.join('+')}\tgot ${got.join('+')}\t${model.memo.has(foldKey(it.word)) ? 'memo' : ''}`);
    }
  }
  const m = spanF1(dev, model);
  const nomemo = spanF1(dev, { ...model, memo: new Map() });
  console.log(`dev ${offset}..${offset + dev.length - 1}: P ${pct(m.p)} R ${pct(m.r)} F1 ${pct(m.f)}  (model only ${pct(nomemo.f)})`);
  return m.f;
}
const nTrain = NTRAIN;
const trainSents = pud.slice(0, nTrain);
if (args.includes('--cv')) {
  // Four folds of 200 within the first 800 sentences.
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const dev = pud.slice(k * 200, k * 200 + 200);
    sum += crossCheck([...pud.slice(0, k * 200), ...pud.slice(k * 200 + 200, 800)], dev, k * 200, args.includes('--errors'));
  }
  console.log(`cross-validated F1 ${pct(sum / 4)}`);
} else if (DEV) {
  crossCheck(pud.slice(0, DEV), pud.slice(DEV, 800), DEV, args.includes('--errors'));
} else {
  const items = goldWords(trainSents, 0);
  const weights = train(items, known);
  const lex = buildLexicon(items, known);
  const memo = buildMemo(items);
  const sorted = <V>(m: Map<string, V>) => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const out = {
    about: `Clitic segmenter for src/morph/segment.ts, made by \`npm run train:segmenter\` from the first ${nTrain} sentences of UD Arabic PUD (CC BY-SA 3.0) with the word lists names.txt, dict.txt and stems.txt beside it (their sources are in their headers).`,
    memo: sorted(memo),
    stems: sorted(lex.stems),
    whole: sorted(lex.whole),
    weights: sorted(weights),
  };
  writeFileSync(resolve(import.meta.dirname, '../data/morph/segmenter.json'), JSON.stringify(out) + '\n');
  const header = [
    '# Name words (folded: alef variants → ا, ى → ي, ة → ه) for src/morph/segment.ts, made by `npm run train:segmenter`.',
    '# Sources: Wikidata person names en-ar (Merhav & Ash 2018, CC0 1.0); world cities with Arabic names (CC BY 4.0);',
    '# country and region names from the Unicode CLDR via ICU (Unicode licence).',
  ];
  writeFileSync(resolve(import.meta.dirname, '../data/morph/names.txt'), header.join('\n') + '\n' + [...names].sort().join('\n') + '\n');
  writeFileSync(resolve(import.meta.dirname, '../data/morph/dict.txt'), [
    '# Arabic words (folded: alef variants → ا, ى → ي) for src/morph/segment.ts, made by `npm run train:segmenter`.',
    '# Source: the UniversalPetrarch Arabic dictionaries (CAMEO verbs, actors, agents, synsets), MIT licence.',
  ].join('\n') + '\n' + [...dict].sort().join('\n') + '\n');
  console.log(`wrote data/morph/segmenter.json (${memo.size} words, ${lex.stems.size} stems, ${weights.size} weights) and names.txt (${names.size})`);
}
