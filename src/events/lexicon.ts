// Trigger and actor lexicons of the events layer, read once per process from data/events/*.tsv
// and compiled into Maps keyed by the normalised core of a word (clitics and endings off).

import { readFileSync } from 'node:fs';
import { normalize } from '../text/normalize.js';
import type { EventType } from '../schema.js';

export interface Trigger {
  words: string[];          // cores; words[0] is the lookup key
  type: EventType;
  mode: string | null;
  pos: 'V' | 'N';
  context: string[];
  gate: string | null;
  ref: boolean;
  lexicon: 'own' | 'cameo';
  pattern: string;
}

export interface ActorInfo {
  /** The words as matched (noun keys), and the first as written, normalised (مالي، العراق). */
  words: string[];
  head: string;
  country: string | null;
  sector: string | null;
  kind: 'country' | 'nisba' | 'capital' | 'sector' | 'group' | 'people';
  name: string;
  nameAr: string;
}

export interface Lexicons {
  verbs: Map<string, Trigger[]>;
  nouns: Map<string, Trigger[]>;
  actors: Map<string, ActorInfo[]>;
  countryName: Map<string, string>;
}

const PREPS = new Set(['علي', 'عن', 'مع', 'الي', 'من', 'في', 'ب', 'ضد']);
export function isPrep(w: string): boolean { return PREPS.has(w); }

/** Noun cores of a normalised word: conjunction, preposition and article off, endings off. */
export function nounCores(n: string): string[] {
  const out: string[] = [n];
  const bases: string[] = [n];
  if (n.length > 3 && (n[0] === 'و' || n[0] === 'ف')) bases.push(n.slice(1));
  for (let k = 0, m = bases.length; k < m; k++) {
    const b = bases[k]!;
    if (b.startsWith('لل') && b.length > 4) bases.push(b.slice(2));
    else if (b.length > 4 && (b[0] === 'ب' || b[0] === 'ل' || b[0] === 'ك') && b.startsWith('ال', 1)) bases.push(b.slice(3));
    else if (b.startsWith('ال') && b.length > 3) bases.push(b.slice(2));
    else if (b.length > 3 && (b[0] === 'ب' || b[0] === 'ل')) bases.push(b.slice(1));
  }
  for (const b of bases) {
    if (b !== n) out.push(b);
    for (const suf of NOUN_SUFFIXES) {
      if (b.length - suf.length >= 3 && b.endsWith(suf)) {
        const r = b.slice(0, -suf.length);
        out.push(r);
        // a possessive after a plural (طائراته → طائرات → طائر)
        if ((suf === 'ه' || suf === 'ها' || suf === 'هم') && r.length > 4 && r.endsWith('ات')) out.push(r.slice(0, -2));
        // a possessive after a feminine noun, whose ة is written ت (دعوتها → دعوة، مطالبته → مطالبة)
        else if ((suf === 'ه' || suf === 'ها' || suf === 'هم') && r.length >= 4 && r.endsWith('ت')) { out.push(r.slice(0, -1) + 'ه', r.slice(0, -1)); }
      }
    }
  }
  return out;
}
const NOUN_SUFFIXES = ['ه', 'ات', 'ين', 'ون', 'ان', 'ا', 'ها', 'هم', 'يه', 'يين', 'يون', 'تين', 'تان'];

/** The stored core of a lexicon noun: article off, feminine/plural ending off. */
export function nounKey(w: string): string {
  let b = w;
  if (b.startsWith('ال') && b.length > 3 && !PREPS.has(b)) b = b.slice(2);
  if (b.length > 4 && b.endsWith('ات')) b = b.slice(0, -2);
  else if (b.length > 3 && b.endsWith('ه')) b = b.slice(0, -1);
  return b;
}

const OBJ_SUFFIXES = ['هما', 'هم', 'ها', 'ه', 'نا', 'ك'];
const SUBJ_SUFFIXES = ['تما', 'تم', 'تا', 'وا', 'ون', 'ان', 'ين', 'نا', 'ت', 'ن', 'ا', 'و'];

/** Verb stem candidates of a normalised word. `future` reports a س/سوف-marked imperfect.
 *  `imp`/`fut` run parallel to `cores`: whether that reading is an imperfect (يفعل) or a
 *  future (سيفعل); the first reading of a core is the plainest (perfect before imperfect). */
export interface VerbCores { cores: string[]; future: boolean; imperfect: boolean; imp: boolean[]; fut: boolean[] }
/** Stems of assimilated verbs (first radical و, lost in the imperfect) that the lexicon needs:
 *  kept to a list, since a two-letter stem read this way is often something else (يعد). */
const ASSIMILATED = new Set(['صل']);

export function verbCores(n: string): VerbCores {
  // (a doubled verb may be two letters after the conjunction: ورد → و + ردّ)
  const conj = n.length >= 3 && (n[0] === 'و' || n[0] === 'ف');
  // (فيصل is the name Faisal, not ف + يصل)
  if (n === 'فيصل') return verbCores1(n);
  if (conj) {
    // try the word both with and without a leading و/ف (وقعت is وقّعت, ولم is و+لم)
    const a = verbCores1(n.slice(1)), b = verbCores1(n);
    return { cores: [...a.cores, ...b.cores], future: a.future || b.future, imperfect: a.imperfect, imp: [...a.imp, ...b.imp], fut: [...a.fut, ...b.fut] };
  }
  return verbCores1(n);
}

function verbCores1(n: string): VerbCores {
  const cores: string[] = [], imp: boolean[] = [], fut: boolean[] = [];
  let future = false, imperfect = false;
  const starts: { w: string; fut: boolean }[] = [{ w: n, fut: false }];
  // the future prefix س before an imperfect prefix (ستسحب); the plain reading stays first (ساروا)
  // (and of a doubled verb, written short: سيشنّ → يشن → شنّ)
  if (n.length >= 4 && n[0] === 'س' && 'يتنا'.includes(n[1]!)) starts.push({ w: n.slice(1), fut: true });
  for (const st of starts) {
    const w = st.w;
    const heads: { s: string; imp: boolean }[] = st.fut ? [] : [{ s: w, imp: false }];
    if ((w.length > 3 || (st.fut && w.length === 3)) && 'يتنا'.includes(w[0]!)) {
      heads.push({ s: w.slice(1), imp: true });
      heads.push({ s: 'ا' + w.slice(1), imp: true });
    } else if (w.length === 3 && 'يتن'.includes(w[0]!) && ASSIMILATED.has(w.slice(1))) heads.push({ s: w.slice(1), imp: true });
    for (const h of heads) {
      const push = (x: string) => { cores.push(x); imp.push(h.imp); fut.push(st.fut); };
      const stage1 = [h.s];
      if (h.s.length >= 4) for (const o of OBJ_SUFFIXES) if (h.s.length - o.length >= 2 && h.s.endsWith(o)) stage1.push(h.s.slice(0, -o.length));
      // a hollow verb's imperfect keeps its long vowel where the past has ا (يزور → زار، يقول → قال)
      const hollow = (x: string) => { if (h.imp && x.length === 3 && (x[1] === 'و' || x[1] === 'ي') && h.s[0] !== 'ا') push(x[0] + 'ا' + x[2]); };
      // an assimilated verb's imperfect has lost its و (يصل → وصل)
      const assimilated = (x: string) => { if (h.imp && 'يتن'.includes(w[0]!) && ASSIMILATED.has(x)) push('و' + x); };
      for (const s1 of stage1) {
        push(s1);
        hollow(s1);
        assimilated(s1);
        if (h.imp && s1.length <= 2) { push(s1 + 'و'); push(s1 + 'ا'); push(s1 + 'ي'); }
        for (const sf of SUBJ_SUFFIXES) {
          if (s1.length - sf.length >= 2 && s1.endsWith(sf)) {
            const r = s1.slice(0, -sf.length);
            push(r);
            hollow(r);
            assimilated(r);
            // defective verbs lose their last letter before an ending (دعت → دعا، نفت → نفى، التقت → التقى،
            // أبدت → أبدى، أجرت → أجرى)
            // (form IV only with the feminine or plural ending: اثنان is no أثنى)
            // (and forms X and V: استدعت → استدعى، تبنت → تبنى)
            if (r.length === 2 || (r.length === 4 && r[0] === 'ا') || (r.length === 3 && r[0] === 'ا' && (sf === 'ت' || sf === 'وا')) || (r.length === 5 && r.startsWith('است') && (sf === 'ت' || sf === 'وا')) || (r.length === 3 && r[0] === 'ت' && (sf === 'ت' || sf === 'وا'))) { push(r + 'ا'); push(r + 'ي'); }
          }
        }
      }
      if (h.imp) imperfect = true;
      if (st.fut) future = true;
    }
  }
  return { cores, future, imperfect, imp, fut };
}

function dataUrl(file: string): URL { return new URL(`../../data/events/${file}`, import.meta.url); }

function rows(file: string): string[][] {
  let text: string;
  try { text = readFileSync(dataUrl(file), 'utf8'); } catch { return []; }
  const out: string[][] = [];
  let header = true;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) { header = false; continue; }
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

let cached: Lexicons | null = null;

function addTrigger(lex: Lexicons, r: string[], lexicon: 'own' | 'cameo'): void {
  const [pattern, type, mode, pos, context, note] = r;
  if (!pattern || !type) return;
  const raw = normalize(pattern).split(/\s+/).filter(Boolean);
  const p = pos === 'V' ? 'V' : 'N';
  const words = raw.map((w, k) => (k === 0 && p === 'V') || PREPS.has(w) ? w : nounKey(w));
  const gate = /gate=(\w+)/.exec(note ?? '')?.[1] ?? null;
  const t: Trigger = {
    words, type: type as EventType, mode: mode && mode !== '-' ? mode : null, pos: p,
    context: context && context !== '-' ? context.split(',') : [], gate,
    ref: /\bref\b/.test(note ?? ''), lexicon, pattern,
  };
  const map = p === 'V' ? lex.verbs : lex.nouns;
  const key = words[0]!;
  const list = map.get(key);
  // (the own list's entries for a word shadow the reviewed CAMEO ones of the same length; a longer own
  // pattern, تخلي سبيل "release", leaves the CAMEO single word, تخلّى "give up", in place)
  if (lexicon === 'cameo' && (lex.verbs.get(key)?.some((x) => x.lexicon === 'own' && (x.words.length === 1 || x.words.length === words.length)) || lex.nouns.has(key))) return;
  if (list) list.push(t); else map.set(key, [t]);
}

function addActor(lex: Lexicons, phrase: string, info: Omit<ActorInfo, 'words' | 'head'>): void {
  const written = normalize(phrase).split(/\s+/).filter(Boolean);
  const words = written.map(nounKey);
  if (!words.length) return;
  const a: ActorInfo = { ...info, words, head: written[0]! };
  const list = lex.actors.get(words[0]!);
  if (list) { list.push(a); list.sort((x, y) => y.words.length - x.words.length); } else lex.actors.set(words[0]!, [a]);
}

export function lexicons(): Lexicons {
  if (cached) return cached;
  const lex: Lexicons = { verbs: new Map(), nouns: new Map(), actors: new Map(), countryName: new Map() };
  for (const r of rows('triggers.tsv')) addTrigger(lex, r, 'own');
  for (const r of rows('cameo-triggers.tsv')) addTrigger(lex, r, 'cameo');
  for (const [code, name, names, nisba, capitals] of rows('countries.tsv')) {
    if (!code || !name) continue;
    lex.countryName.set(code, name);
    for (const n of (names ?? '').split('|').filter(Boolean)) addActor(lex, n, { country: code, sector: null, kind: 'country', name, nameAr: n });
    for (const n of (nisba ?? '').split('|').filter(Boolean)) addActor(lex, n, { country: code, sector: null, kind: 'nisba', name, nameAr: n });
    for (const n of (capitals ?? '').split('|').filter(Boolean)) addActor(lex, n, { country: code, sector: 'GOV', kind: 'capital', name, nameAr: n });
  }
  // the knowledge base's other countries (data/kb/countries.tsv: every ISO country with its
  // variants, nisba and capitals), for the states the table above leaves out (الدنمارك، كوبنهاغن)
  for (const [code, name, nameAr, variants, nisba, capitals, , nomatch] of rows('../kb/countries.tsv')) {
    if (!code || !name || lex.countryName.has(code)) continue;
    lex.countryName.set(code, name);
    const never = new Set((nomatch ?? '').split('|').filter(Boolean));
    for (const n of [nameAr ?? '', ...(variants ?? '').split('|')].filter((x) => x && !never.has(x))) addActor(lex, n, { country: code, sector: null, kind: 'country', name, nameAr: n });
    for (const n of (nisba ?? '').split('|').filter((x) => x && !never.has(x))) addActor(lex, n, { country: code, sector: null, kind: 'nisba', name, nameAr: n });
    for (const n of (capitals ?? '').split('|').filter((x) => x && !never.has(x))) addActor(lex, n, { country: code, sector: 'GOV', kind: 'capital', name, nameAr: n });
  }
  for (const [pattern, sector, kind, name, country] of rows('sectors.tsv')) {
    if (!pattern || !sector) continue;
    addActor(lex, pattern, { country: country || null, sector, kind: kind === 'group' ? 'group' : kind === 'people' ? 'people' : 'sector', name: name ?? sector, nameAr: pattern });
  }
  cached = lex;
  return lex;
}
