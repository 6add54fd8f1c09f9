// Events layer: the per-document context and the token tests every rule uses.
// See docs/events.md for the rules.

import type { Argument, Entity, Event, Value } from '../schema.js';
import { lexicons, nounCores, verbCores, type Trigger } from './lexicon.js';
import type { Doc } from '../doc.js';
import { CLAUSE, COMP, DEFINITE, IRR_N, IRR_V, NOT_VERB, PREP_BEFORE, SPEECH, TIME_OF_DAY } from './words.js';
import { type ActorHit, actorAt } from './phrases.js';
import { type Speech } from './speech.js';

// ---------------------------------------------------------------- tracing
/** Development aid: a callback that hears why a trigger was dropped (null in normal use). */
export let tracer: ((msg: string) => void) | null = null;
export function traceEvents(fn: ((msg: string) => void) | null): void { tracer = fn; }

// ---------------------------------------------------------------- helpers
/** A trigger found in the text; `claimed` marks an attack one side accuses another of with its
 *  toll named (reported by the accuser). */
export interface Hit { i: number; end: number; trig: Trigger; future: boolean; imperfect: boolean; nominal: boolean; parts: number[]; claimed?: boolean }

/** A family name: the code of the title that introduced its person, and where the first full
 *  name ends (events/phrases.ts: surnames). */
export interface Surname { country: string | null; sector: string | null; after: number }
export interface Ctx {
  doc: Doc;
  n: number;
  norm: string[];
  docCountry: string | null;
  /** The report names Mali as a state (for المالي after a state's body); set on first use. */
  mali?: boolean;
  quantities: { v: Value; a: number; b: number }[];
  dates: { v: Value; a: number; b: number }[];
  /** Per-token caches: noun cores, verb cores, actor lexicon hit. */
  nc: (string[] | undefined)[];
  vc: (ReturnType<typeof verbCores> | undefined)[];
  ac: (ActorHit | null | undefined)[];
  /** Per token: the index of the entity it lies in, or -1. */
  entAt: Int32Array;
  /** Per token: 1 inside a counted quantity (500 طالب، ستة آلاف متظاهر): a noun, never a verb. */
  counted: Uint8Array;
  /** Per token: 1 inside a date value (the whole document, before sentences are taken one by one). */
  inDate: Uint8Array;
  lastOfType: Map<string, Event>;
  /** Family names of the document's persons (فرج التونسي → التونسي), with the code of the title
   *  they were introduced with, if any; made on first use. */
  surnames?: Map<string, Surname>;
}
export function entityIn(c: Ctx, a: number, b: number, pred: (e: Entity) => boolean = () => true): Entity | undefined {
  for (let k = a; k < b; k++) { const x = c.entAt[k]!; if (x >= 0 && pred(c.doc.entities[x]!)) return c.doc.entities[x]; }
  return undefined;
}
export function nc(c: Ctx, i: number): string[] { return c.nc[i] ??= nounCores(c.norm[i]!); }
export function vc(c: Ctx, i: number): ReturnType<typeof verbCores> { return c.vc[i] ??= verbCores(c.norm[i]!); }

export function tokenRangeOf(doc: Doc, start: number, end: number): [number, number] {
  const t = doc.tokens;
  let lo = 0, hi = t.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (t[m]!.end <= start) lo = m + 1; else hi = m; }
  let b = lo;
  while (b < t.length && t[b]!.start < end) b++;
  return [lo, Math.max(b, lo + 1)];
}

/** Token i is inside the name of a place or a person (عمان is no dual of عمّ). */
export function isName(c: Ctx, i: number): boolean {
  const x = c.entAt[i]!;
  if (x < 0) return false;
  const t = c.doc.entities[x]!.type;
  return t === 'GPE' || t === 'LOC' || t === 'PER' || t === 'FAC';
}
/** Token i is a quotation mark: «», “” and " are all normalised to ". */
export function isQuote(c: Ctx, i: number): boolean { return c.norm[i] === '"'; }
/** The quotation mark closing the one at token open, at most `reach` tokens on and in its
 *  sentence (a name in quotation marks: تنظيم «داعش»), or -1. */
export function quoteClose(c: Ctx, open: number, reach: number): number {
  const s = c.doc.tokenSentence[open];
  for (let q = open + 1; q <= Math.min(c.n - 1, open + reach) && c.doc.tokenSentence[q] === s; q++) if (isQuote(c, q)) return q;
  return -1;
}
export function isWord(c: Ctx, i: number): boolean { const k = c.doc.kinds[i]; return k === 'word' || k === 'latin'; }
export function isPunct(c: Ctx, i: number): boolean { return c.doc.kinds[i] === 'punct'; }
export function stripConj(w: string): string { return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w; }
export function hasAny(c: Ctx, set: Set<string>, a: number, b: number, sent: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== sent) continue;
    const w = c.norm[k]!;
    if (set.has(w) || set.has(stripConj(w))) return true;
    for (const x of nc(c, k)) if (set.has(x)) return true;
  }
  return false;
}
/** Tokens [a, b) of sentence sent that are in set, counted (a token once). */
export function countAny(c: Ctx, set: Set<string>, a: number, b: number, sent: number, skip?: Set<string>): number {
  let n = 0;
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== sent) continue;
    const w = c.norm[k]!, x = stripConj(w);
    const hit = set.has(w) ? w : set.has(x) ? x : nc(c, k).find((y) => set.has(y));
    // (a league is الدوري as written: دوريتهم، الدوريات are patrols)
    if (hit !== undefined && /^(ال)?دوري$/.test(hit) && !/^(ب|ل|ك)?(ال)?دوري$/.test(x.replace(/^لل/, 'ال'))) continue;
    if (hit !== undefined && !skip?.has(hit)) n++;
  }
  return n;
}
/** The sentence is about sport: a word only sport uses, or two that may be. */
export function sportIn(c: Ctx, set: Set<string>, ambiguous: Set<string>, a: number, b: number, sent: number): boolean {
  return countAny(c, set, a, b, sent, ambiguous) > 0 || countAny(c, ambiguous, a, b, sent) >= 2;
}
export function hasVerb(c: Ctx, set: Set<string>, a: number, b: number, sent: number): boolean {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== sent || c.doc.kinds[k] !== 'word' || DEFINITE.test(c.norm[k]!)) continue;
    for (const x of vc(c, k).cores) if (set.has(x)) return true;
  }
  return false;
}

/** After the comma at j, a date, perhaps after a time of day and اليوم/أمس (، مساء أمس الخميس،). */
export function timeAfterComma(c: Ctx, j: number): boolean {
  let k = j + 1;
  if (TIME_OF_DAY.has(c.norm[k] ?? '')) k++;
  if (c.norm[k] === 'اليوم' || c.norm[k] === 'امس') k++;
  return c.dates.some((x) => x.a === k || (k > j + 1 && x.a === k - 1));
}

/** Token i is written with nunation (ًا، اً، ٌ، ٍ at its end): an indefinite noun, never in construct. */
/** Token i ends in fathatan, the mark of an indefinite accusative (تمويلاً، جنوداً). */
export function fathatan(c: Ctx, i: number): boolean {
  const t = c.doc.tokens[i]!;
  return /\u064Bا?$|ا\u064B$/.test(c.doc.text.slice(t.start, t.end));
}
export function tanween(c: Ctx, i: number): boolean {
  const t = c.doc.tokens[i]!;
  const w = c.doc.text.slice(t.start, t.end);
  return /[\u064B-\u064D]ا?$|ا\u064B$/.test(w);
}

/** The first token of sentence s. */
export function sentenceStart(c: Ctx, s: number): number {
  const sent = c.doc.sentences[s]!;
  return tokenRangeOf(c.doc, sent.start, sent.end)[0];
}
/** A token as written, without its short vowels (to tell دعمه from دعمة, which normalise alike). */
export function bareSurface(c: Ctx, i: number): string {
  return c.doc.text.slice(c.doc.tokens[i]!.start, c.doc.tokens[i]!.end).replace(/[\u064B-\u0652]/g, '');
}
/** A past verb written passive: damma on its first letter (قُتل، اُعتقل، أُصيب). */
export function passiveForm(surface: string): boolean {
  let k = 0;
  if ((surface[0] === 'و' || surface[0] === 'ف') && surface.length > 3 && surface[1] !== '\u064F') k = 1;
  if (surface[k + 1] !== '\u064F') return false;
  // (an imperfect with its prefix marked is active when a kasra follows or it ends in ي, as the
  // derived forms are: تُخلي، يُطلِق — the passive ends in ى or has a fatha, يُخلى، يُطلَق)
  if (/[يتنأ]/.test(surface[k]!) && (surface.slice(k + 2).includes('\u0650') || /ي$/.test(surface))) return false;
  return true;
}
/** Whether a token carries a joined preposition ب/ل/ك, as the segmenter reads it (بالرئيس، لجهود). */
export function prepOn(c: Ctx, k: number): boolean {
  const seg = c.doc.tokens[k]!.segments;
  let j = 0;
  if (seg.length > 1 && (seg[0] === 'و' || seg[0] === 'ف')) j = 1;
  if (!(seg.length > j + 1 && (seg[j] === 'ب' || seg[j] === 'ل' || seg[j] === 'ك'))) return false;
  // a preposition with only a pronoun (لي، به) takes no genitive: before a definite noun the word is
  // a noun in construct (ولي العهد)
  return !(seg.length === j + 2 && /^(ي|ه|ها|هم|نا|ك|كم)$/.test(seg[j + 1]!) && /^ال/.test(c.norm[k + 1] ?? ''));
}
export function isVerbLike(c: Ctx, i: number): boolean {
  if (c.counted[i] || NOT_VERB.has(c.norm[i]!) || NOT_VERB.has(stripConj(c.norm[i]!))) return false;
  const { verbs } = lexicons();
  return vc(c, i).cores.some((x) => verbs.has(x) || SPEECH.has(x));
}

/** clauseBreak, but commas that set off a date (شن الطيران، ليل الثلاثاء، سلسلة غارات) do not count. */
export function clauseBreakBesideDates(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // (punctuation inside a date is none of the clause's: أيار/مايو)
    if (c.inDate[k]) continue;
    if (isPunct(c, k) && c.norm[k] === ',' && (c.dates.some((d) => d.a === k + 1 || d.a === k + 2 || d.b === k || d.b === k - 1))) continue;
    // (an aside in parentheses is no break: لجنة الدفاع في البرلمان الألماني (البوندستاغ)، أمس)
    if (isPunct(c, k) && !isQuote(c, k) && c.norm[k] !== '(' && c.norm[k] !== ')') return true;
    if (CLAUSE.has(c.norm[k]!)) return true;
  }
  return false;
}
/** The comma closing an aside on where a body is based that opens at the comma k (، ومقره لندن،),
 *  before b, or -1. */
export function basedAsideEnd(c: Ctx, k: number, b: number): number {
  if (c.norm[k] !== ',' || !/^(و)?(مقره|مقرها)$/.test(c.norm[k + 1] ?? '')) return -1;
  let q = k + 2;
  while (q < Math.min(b, k + 6) && !isPunct(c, q)) q++;
  return q < b && c.norm[q] === ',' ? q : -1;
}

export function clauseBreak(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (c.inDate[k]) continue;
    // (an aside on where a body is based is no clause: «مرصد العريش»، ومقره لندن، بالإفراج)
    const q = basedAsideEnd(c, k, b);
    if (q >= 0) { k = q; continue; }
    if (isPunct(c, k) && !isQuote(c, k)) return true;
    if (CLAUSE.has(c.norm[k]!)) return true;
  }
  return false;
}

/** Nothing between a and b, or only a date with its commas (أعلنت السعودية، الجمعة، طرد …). */
export function onlyDatesBetween(c: Ctx, a: number, b: number): boolean {
  let date = false;
  for (let k = a; k < b; k++) {
    const inDate = c.dates.some((d) => d.a <= k && k < d.b);
    // (a time of day before a date is part of it: صباح اليوم، مساء أمس)
    if (!(isPunct(c, k) && c.norm[k] === ',') && !inDate && !(TIME_OF_DAY.has(c.norm[k]!) && c.dates.some((d) => d.a === k + 1))) return false;
    date ||= inDate;
  }
  return a === b || date;
}
/** The clause before token i: back to punctuation, a clause word, or a complementiser that
 *  is not itself governed (من المقرر أن، يجب أن carry their scope through أن). */
export function clauseBack(c: Ctx, i: number, sa: number, max = 7): number {
  let k = i - 1;
  for (; k >= Math.max(sa, i - max); k--) {
    const w = c.norm[k]!;
    if ((isPunct(c, k) && !c.inDate[k]) || CLAUSE.has(w)) break;
    if (COMP.has(w)) {
      const p = c.norm[k - 1] ?? '';
      if (k - 1 >= sa && (IRR_N.has(p) || IRR_N.has(stripConj(p)) || vc(c, k - 1).cores.some((x) => IRR_V.has(x)))) continue;
      break;
    }
  }
  return k + 1;
}
/** A finite verb of `set` in [a, b), not definite and not after a preposition; its index or -1. */
export function verbAt(c: Ctx, set: Set<string>, a: number, b: number, s: number): number {
  for (let k = Math.max(0, a); k < Math.min(c.n, b); k++) {
    if (c.doc.tokenSentence[k] !== s || c.doc.kinds[k] !== 'word' || c.counted[k] || DEFINITE.test(c.norm[k]!)) continue;
    if (k > 0 && PREP_BEFORE.has(c.norm[k - 1]!)) continue;
    for (const x of vc(c, k).cores) if (set.has(x)) return k;
  }
  return -1;
}
export function hasIn(c: Ctx, set: Set<string>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { const w = c.norm[k]!; if (set.has(w) || set.has(stripConj(w))) return true; for (const x of nc(c, k)) if (set.has(x)) return true; }
  return false;
}
export function hasVerbIn(c: Ctx, set: Set<string>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) { if (c.doc.kinds[k] !== 'word' || c.counted[k] || DEFINITE.test(c.norm[k]!)) continue; for (const x of vc(c, k).cores) if (set.has(x)) return true; }
  return false;
}
/** Where a sentence's own words start after a dateline (عمّان - …، بغداد (رويترز) - …). */
export function afterDateline(c: Ctx, sa: number, sb: number): number {
  // (a date in parentheses after the place: عمّان (الخميس 11 آذار/مارس 2027) –)
  if (c.norm[sa + 1] === '(' || c.norm[sa + 2] === '(') {
    let k = c.norm[sa + 1] === '(' ? sa + 2 : sa + 3;
    while (k < Math.min(sb - 1, sa + 20) && c.norm[k] !== ')') k++;
    if (c.norm[k] === ')' && /^(-|–|—|:)$/.test(c.norm[k + 1] ?? '')) return k + 2;
  }
  for (let k = sa + 1; k < Math.min(sb - 1, sa + 6); k++) {
    if (!isPunct(c, k)) continue;
    const w = c.norm[k]!;
    if (w === '-' || w === '–' || w === '—' || w === ':') return k + 1;
    if (w !== '(' && w !== ')') break;
  }
  return sa;
}

/** A place named in the sentence: a GPE/LOC/FAC entity or a country or capital of the lexicon. */
export function placeIn(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = c.entAt[k]!;
    if (x >= 0 && ['GPE', 'LOC', 'FAC'].includes(c.doc.entities[x]!.type)) return true;
    const h = actorAt(c, k);
    if (h && (h.info.kind === 'country' || h.info.kind === 'capital')) return true;
  }
  return false;
}

/** إذا / لو, or في حال(ة) opening a condition (في حال لم …، في حالة وقوع …), in [a, b); حالة
 *  as "state" (حالة الطوارئ، في حالة خطرة) is no condition. */
export function conditional(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = stripConj(c.norm[k]!);
    if (w === 'اذا' || w === 'لو') return true;
    if ((w === 'حال' || w === 'حاله') && c.norm[k - 1] === 'في') {
      const nx = c.norm[k + 1] ?? '';
      if (nx === 'لم' || nx === 'ان' || nx === 'عدم' || nx === 'وقوع' || nx === 'حدوث' || nx === 'تعرض' || nx === 'استمرار' || (!DEFINITE.test(nx) && isVerbLike(c, k + 1))) return true;
    }
  }
  return false;
}

export function clauseEnd(c: Ctx, a: number, sb: number, max: number): number {
  let k = a;
  for (; k < Math.min(sb, a + max); k++) if (isPunct(c, k) || CLAUSE.has(c.norm[k]!) || (k > a && c.norm[k]![0] === 'و' && isVerbLike(c, k))) break;
  return k;
}

export function overlaps(args: Argument[], sp: Speech): boolean {
  return args.some((a) => a.start < sp.end && a.end > sp.start);
}
