// Shared by train-ner.ts and eval-ner.ts: reading `token TAG` NER files (ANERcorp, AQMAR)
// and projecting their token tags onto the project's own tokens, so the tagger trains on
// text exactly as `analyze` will see it.

import { readFileSync } from 'node:fs';
import { tokenize } from '../src/text/tokens.js';
import { splitSentences } from '../src/text/sentences.js';
import { normalize, shadow } from '../src/text/normalize.js';
import type { Doc } from '../src/doc.js';
import type { TokenKind } from '../src/text/tokens.js';
import { join } from 'node:path';

export type NerSentence = [token: string, tag: string][];

/** Sentences of [token, tag]; a blank line ends a sentence (as the project's scorer reads them). */
export function readNerFile(file: string): NerSentence[] {
  const sents: NerSentence[] = [];
  let cur: NerSentence = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) { if (cur.length) sents.push(cur); cur = []; continue; }
    const sp = t.lastIndexOf(' ');
    if (sp < 0) continue;
    cur.push([t.slice(0, sp), t.slice(sp + 1)]);
  }
  if (cur.length) sents.push(cur);
  return sents;
}

/** ANERcorp / AQMAR labels -> the tagger's PER LOC ORG MISC. */
export function mapLabel(t: string): string {
  if (t === 'PERS' || t === 'PER') return 'PER';
  if (t === 'LOC' || t === 'GPE' || t === 'FAC') return 'LOC';
  if (t === 'ORG') return 'ORG';
  return 'MISC';
}

export interface ProjectedSentence {
  norms: string[];
  kinds: TokenKind[];
  gaz: string[] | null;
  tags: string[];
}

type GazFn = (doc: Doc) => string[];

/** The gazetteer's per-token tags, when that module is present. */
export async function loadGazetteer(): Promise<GazFn | null> {
  try {
    const m = (await import('../src/entities/gazetteer.js')) as { tokenGazetteerTags?: GazFn };
    return m.tokenGazetteerTags ?? null;
  } catch {
    return null;
  }
}

/**
 * The text layers of `analyze` (tokens, norms, sentences) without the later layers, so
 * training does not depend on the segmenter's or any other layer's resources.
 */
export function textDoc(text: string): Doc {
  const raw = tokenize(text);
  const sentences = splitSentences(text, raw);
  const tokenSentence = new Int32Array(raw.length);
  let s = 0;
  const tokens = raw.map((t, i) => {
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    tokenSentence[i] = s;
    const surface = text.slice(t.start, t.end);
    return { start: t.start, end: t.end, norm: normalize(surface), segments: [surface] };
  });
  return {
    text, shadow: shadow(text), sentences, tokens, kinds: raw.map((t) => t.kind), tokenSentence,
    documentDate: null, entities: [], values: [], events: [], warnings: [],
  };
}

/**
 * Joins a gold sentence with spaces (as `score.mjs ner-input` does), runs the project's
 * text layers on it, and gives each project token the gold tag of the gold token it lies
 * in. Punctuation at the edge of a gold token stays O. One gold sentence can become several
 * project sentences (the project's splitter decides), as at run time.
 */
export function project(sent: NerSentence, gazFn: GazFn | null): ProjectedSentence[] {
  const text = sent.map((x) => x[0]).join(' ');
  const doc = textDoc(text);
  const gaz = gazFn ? gazFn(doc) : null;
  const starts: number[] = [];
  let p = 0;
  for (const [tok] of sent) { starts.push(p); p += tok.length + 1; }
  const n = doc.tokens.length;
  const tags = new Array<string>(n).fill('O');
  // doc tokens of each gold token
  let g = 0;
  const owner = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = doc.tokens[i]!.start;
    while (g + 1 < starts.length && starts[g + 1]! <= s) g++;
    owner[i] = g;
  }
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && owner[j] === owner[i]) j++;
    const gold = sent[owner[i]!]![1];
    if (gold !== 'O') {
      const b = gold.slice(0, 1);
      const ty = mapLabel(gold.slice(2));
      let a = i, e = j;
      while (a < e && doc.kinds[a] === 'punct') a++;
      while (e > a && doc.kinds[e - 1] === 'punct') e--;
      if (a === e) { a = i; e = j; }
      for (let k = a; k < e; k++) tags[k] = (k === a && b === 'B' ? 'B-' : 'I-') + ty;
    }
    i = j;
  }
  // repair: I-X after O or another type opens a name
  for (let k = 0; k < n; k++) {
    if (tags[k]!.startsWith('I-')) {
      const prev = k > 0 ? tags[k - 1]! : 'O';
      if (prev === 'O' || prev.slice(2) !== tags[k]!.slice(2) || doc.tokenSentence[k - 1] !== doc.tokenSentence[k]) tags[k] = 'B-' + tags[k]!.slice(2);
    }
  }
  const out: ProjectedSentence[] = [];
  i = 0;
  while (i < n) {
    let j = i;
    while (j < n && doc.tokenSentence[j] === doc.tokenSentence[i]) j++;
    out.push({
      norms: doc.tokens.slice(i, j).map((t) => t.norm),
      kinds: doc.kinds.slice(i, j),
      gaz: gaz ? gaz.slice(i, j) : null,
      tags: tags.slice(i, j),
    });
    i = j;
  }
  return out;
}

/** Bits of the name lexicon the features consult (see features.ts LEX_*). */
import { normalize } from '../src/text/normalize.js';
import { LEX_PER, LEX_PER_FREQ, LEX_PER_20, LEX_PER_100, LEX_PLACE, LEX_COUNTRY, LEX_PLACE_PART } from '../src/entities/features.js';

/**
 * Token lexicons from openly licensed lists: person-name tokens (Wikidata en-ar person
 * names, CC0), country names (Node's ICU / CLDR), world cities (CC BY 4.0).
 */
export function buildNameLexicon(dataDir: string): Map<string, number> {
  const lex = new Map<string, number>();
  const add = (w: string, bit: number) => { if (w.length >= 2) lex.set(w, (lex.get(w) ?? 0) | bit); };
  const per = new Map<string, number>();
  const wd = readFileSync(join(dataDir, 'gazetteers/wikidata-person-names-en-ar/wd_arabic.normalized.aligned.tokens'), 'utf8');
  for (const line of wd.split('\n')) {
    const [, ar, c] = line.split('\t');
    if (!ar) continue;
    const w = normalize(ar.replace(/ /g, ''));
    per.set(w, (per.get(w) ?? 0) + Number(c ?? 1));
  }
  for (const [w, c] of per) add(w, LEX_PER | (c >= 5 ? LEX_PER_FREQ : 0) | (c >= 20 ? LEX_PER_20 : 0) | (c >= 100 ? LEX_PER_100 : 0));
  const dn = new Intl.DisplayNames(['ar'], { type: 'region' });
  const A = 65;
  for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) {
    const code = String.fromCharCode(A + a, A + b);
    let name: string | undefined;
    try { name = dn.of(code); } catch { continue; }
    if (!name || name === code || /[A-Za-z0-9]/.test(name)) continue;
    addPlace(normalize(name), LEX_COUNTRY);
  }
  function addPlace(name: string, bit: number) {
    const parts = name.split(/[\s\-()،,]+/).filter(Boolean);
    if (parts.length === 1) add(parts[0]!, bit);
    else for (const p of parts) if (p.length >= 3) add(p, LEX_PLACE_PART);
  }
  const csv = readFileSync(join(dataDir, 'gazetteers/world-cities-ar/world-cities.csv'), 'utf8');
  for (const line of csv.split('\n').slice(1)) {
    const cells = line.match(/"([^"]*)"/g)?.map((x) => x.slice(1, -1));
    if (!cells || cells.length < 3) continue;
    addPlace(normalize(cells[0]!), LEX_COUNTRY);
    addPlace(normalize(cells[2]!.replace(/^(ولاية|محافظة|مقاطعة|إقليم|منطقة) /, '')), LEX_PLACE);
  }
  return lex;
}
