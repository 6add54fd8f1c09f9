// Values layer: numbers, money, percentages, quantities, dates and durations (issue 3).
//
// One left-to-right pass over the tokens. At each token the readers are tried from the most
// specific to the least (dates, then money/percent/quantity/duration built on a number, then
// ordinals); the first that matches emits one value and the pass jumps past it, so a number
// written in words, a date or a range is one value, never its parts. Every reader looks at a
// bounded number of tokens ahead, so the pass is linear in the length of the document.
//
// Span rule (docs/values.md): a value's span covers the whole expression, approximators and
// range words included, but starts after a proclitic و/ف/ب/ل/ك glued to its first word
// (بـ4.1 مليون → "4.1 مليون", وثلاثين inside a compound stays inside).

import type { Doc } from '../doc.js';
import type { Value, Warning } from '../schema.js';
import { isArabicDiacritic, isTatweel, normalize } from '../text/normalize.js';
import { lexicon, type Lexicon, type MonthWord } from './lexicon.js';
import { makeNum, parseDigits, readWordNumber, scaleExp, type Num } from './numbers.js';
import {
  addDays, addMonths, formatDate, hijriSpan, hijriToGregorian, isoWeek, isValidDay, parseIso,
  weekday, type PartialDate,
} from './calendar.js';

export { QUANTITY_UNITS, type QuantityUnit } from './lexicon.js';

// Constants are written as Arabic is spelled and folded like token norms (إلى → الي).
const set = (...xs: string[]) => new Set(xs.map(normalize));
const APPROX1 = set('نحو', 'حوالي', 'قرابه', 'زهاء', 'قرابه', 'تقريبا', 'نحوا', 'يناهز', 'يقارب', 'حوالى');
// Multi-word approximators and bounds, as token sequences (matched on norms).
const APPROX_SEQ: string[][] = [
  ['ما', 'يقرب', 'من'], ['ما', 'يقارب'], ['ما', 'لا', 'يقل', 'عن'], ['لا', 'يقل', 'عن'],
  ['ما', 'يزيد', 'عن'], ['ما', 'يزيد', 'على'], ['ما', 'يزيد', 'علي'], ['اكثر', 'من'], ['اقل', 'من'], ['ازيد', 'من'],
  ['ما', 'يناهز'], ['اكثر', 'من'], ['ما', 'لا', 'يقل', 'عن'], ['ما', 'يربو', 'على'], ['ما', 'يربو', 'علي'],
  ['ما', 'يفوق'], ['ما', 'دون'], ['نحو'], ['حوالي'], ['حوالى'], ['قرابه'], ['زهاء'], ['نحوا', 'من'], ['يناهز'],
  ['يقارب'], ['اكثر', 'من'], ['ازيد', 'من'], ['قرابه', 'من'], ['حوالي', 'من'],
].map((seq) => seq.map(normalize));
const APPROX_BY_FIRST = new Map<string, string[][]>();
for (const seq of APPROX_SEQ) {
  const list = APPROX_BY_FIRST.get(seq[0]!) ?? [];
  if (!list.some((x) => x.join(' ') === seq.join(' '))) list.push(seq);
  list.sort((a, b) => b.length - a.length);
  APPROX_BY_FIRST.set(seq[0]!, list);
}
const WEEKDAYS = new Map<string, number>(([['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6]] as [string, number][]).map(([k, v]) => [normalize(k), v]));
const PAST = set('الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته', 'السابق', 'السابقه', 'المنقضي');
/** Words of plan or future before a bare weekday: the weekday is the coming one. */
const FUTURE_CUE = set('سوف', 'المقرر', 'المزمع', 'المرتقب', 'يعتزم', 'تعتزم', 'يعتزمون', 'ينوي', 'تنوي', 'ينوون', 'سيعقد', 'ستعقد', 'سيزور', 'ستزور', 'سيلتقي', 'ستنظم', 'سينظم');
const NEXT = set('المقبل', 'المقبله', 'القادم', 'القادمه', 'التالي', 'الآتي', 'الاتي', 'المقبلين');
const THIS = set('الحالي', 'الحاليه', 'الجاري', 'الجاريه', 'هذا', 'هذه', 'ذاته', 'نفسه');
const LEAD = set('منذ', 'بحلول');
const PART = set('نهايه', 'اواخر', 'منتصف', 'اواسط', 'مطلع', 'بدايه', 'اوائل', 'مستهل', 'اول', 'اخر', 'اوسط', 'اوائل', 'ختام', 'مطالع');
const REL_UNIT = new Map<string, 'y' | 'm' | 'w' | 'd'>([['العام', 'y'], ['السنه', 'y'], ['الشهر', 'm'], ['الاسبوع', 'w']]);
// Time nouns: unit, and the count the word carries alone: 1 singular, 2 dual, 0 a plural
// that needs a number (بعد سنوات is vague, not "after one year").
const TIME_UNITS = new Map<string, ['D' | 'W' | 'M' | 'Y' | 'H' | 'MIN', number]>([
  ['يوم', ['D', 1]], ['يوما', ['D', 1]], ['ايام', ['D', 0]], ['يومان', ['D', 2]], ['يومين', ['D', 2]],
  ['اسبوع', ['W', 1]], ['اسبوعا', ['W', 1]], ['اسابيع', ['W', 0]], ['اسبوعان', ['W', 2]], ['اسبوعين', ['W', 2]],
  ['شهر', ['M', 1]], ['شهرا', ['M', 1]], ['اشهر', ['M', 0]], ['شهور', ['M', 0]], ['شهران', ['M', 2]], ['شهرين', ['M', 2]],
  ['سنه', ['Y', 1]], ['سنوات', ['Y', 0]], ['سنين', ['Y', 0]], ['عام', ['Y', 1]], ['عاما', ['Y', 1]], ['اعوام', ['Y', 0]],
  ['سنتان', ['Y', 2]], ['سنتين', ['Y', 2]], ['عامان', ['Y', 2]], ['عامين', ['Y', 2]],
  ['ساعه', ['H', 1]], ['ساعات', ['H', 0]], ['ساعتان', ['H', 2]], ['ساعتين', ['H', 2]],
  ['دقيقه', ['MIN', 1]], ['دقائق', ['MIN', 0]], ['دقيقتين', ['MIN', 2]], ['دقيقتان', ['MIN', 2]],
]);
const YEAR_WORDS = set('عام', 'العام', 'سنه', 'السنه', 'عامي', 'سنتي', 'العامين');
const FRACTIONS = new Map([['نصف', 0.5], ['ربع', 0.25], ['ثلث', 1 / 3]]);
const HIJRI_MARK = set('ه', 'هجري', 'هجريه', 'للهجره', 'الهجري', 'الهجريه');
const AD_MARK = set('م', 'ميلادي', 'ميلاديه', 'للميلاد', 'الميلادي');
const RANGE_TO = set('الى', 'حتى', 'لغايه', '-', '–');
const PERCENT_WORDS = set('بالمئه', 'بالمائه', 'بالميه', 'بالمية');
const PER_HUNDRED = set('المئه', 'المائه');
const DATE_NUM = /([0-9\u0660-\u0669\u06F0-\u06F9]{1,4})([/.\-])([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})\2([0-9\u0660-\u0669\u06F0-\u06F9]{1,4})(?![0-9\u0660-\u0669\u06F0-\u06F9])/y;

interface Hit { end: number; value: Omit<Value, 'start' | 'end' | 'text'>; pre: number }

interface DateCore { end: number; p: PartialDate | null; relative: boolean; calendar?: 'hijri'; range?: [PartialDate, PartialDate]; note?: string }

function foldDigits(s: string): string {
  let o = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    o += c >= 0x0660 && c <= 0x0669 ? String.fromCharCode(c - 0x0630) : c >= 0x06f0 && c <= 0x06f9 ? String.fromCharCode(c - 0x06c0) : s[i];
  }
  return o;
}

// Words that can begin a value (after a proclitic or ال is removed); any other word is
// skipped with a few Map lookups, which keeps the pass well under 5 µs a token.
let triggers: Set<string> | null = null;
function triggerWords(lex: Lexicon): Set<string> {
  if (triggers) return triggers;
  const t = new Set<string>([
    ...APPROX_BY_FIRST.keys(), ...FRACTIONS.keys(), ...WEEKDAYS.keys(), ...LEAD, ...PART, ...YEAR_WORDS, ...REL_UNIT.keys(), ...TIME_UNITS.keys(),
    ...lex.numbers.keys(), ...lex.months.keys(), ...lex.ordinals.keys(), ...lex.currencySymbols.keys(),
    ...['بين', 'من', 'ما', 'هذا', 'هذه', 'يوم', 'يومي', 'ايام', 'شهر', 'قبل', 'بعد', 'منذ', 'امس', 'غدا', 'اليوم', 'اول'].map(normalize),
  ]);
  for (const w of [...t]) if (w.startsWith('ال')) t.add(w.slice(2));
  triggers = t;
  return t;
}

class Scanner {
  readonly lex: Lexicon = lexicon();
  readonly n: number;
  readonly norms: string[];
  readonly anchor: PartialDate | null;
  readonly warnings: Warning[] = [];
  private countryCache = new Map<string, { code: string | null; note?: string }>();

  readonly triggers: Set<string> = triggerWords(this.lex);

  /** Whether token i (a word) could begin a value. */
  mayStart(i: number): boolean {
    const s = this.norms[i]!;
    const t = this.triggers;
    if (t.has(s)) return true;
    // (lengths are tested before letters are read: a read past the end stops optimised code)
    if (s.length < 3) return false;
    const c0 = s.charCodeAt(0);
    if (c0 === 0x0627 && s.charCodeAt(1) === 0x0644 && t.has(s.slice(2))) return true;
    if ((c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) {
      const r = s.slice(1);
      if (t.has(r)) return true;
      if (r.length > 2 && r.charCodeAt(0) === 0x0627 && r.charCodeAt(1) === 0x0644 && t.has(r.slice(2))) return true;
      const c1 = s.charCodeAt(1);
      if ((c0 === 0x0648 || c0 === 0x0641) && (c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643) && t.has(s.slice(2))) return true;
    }
    return false;
  }

  constructor(readonly doc: Doc, anchor: PartialDate | null) {
    this.n = doc.tokens.length;
    const norms = new Array<string>(this.n);
    for (let i = 0; i < this.n; i++) norms[i] = doc.tokens[i]!.norm;
    this.norms = norms;
    this.anchor = anchor;
  }

  norm(i: number): string { return i >= 0 && i < this.n ? this.norms[i]! : ''; }
  isNum(i: number): boolean { return i < this.n && this.doc.kinds[i] === 'number'; }

  /** The token's norm without a proclitic, as [clitic length, rest] candidates, whole first. */
  private variantCache: ([number, string][] | undefined)[] = [];

  /** The token's norm without a proclitic, as [clitic length, rest] candidates, whole first (memoised). */
  variants(i: number): [number, string][] {
    const hit = this.variantCache[i];
    if (hit) return hit;
    const s = this.norm(i);
    const out: [number, string][] = [[0, s]];
    const c0 = s.length > 2 ? s.charCodeAt(0) : 0;
    if (c0 !== 0 && (c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643)) {
      out.push([1, s.slice(1)]);
      const c1 = s.charCodeAt(1);
      if (s.length > 3 && (c0 === 0x0648 || c0 === 0x0641) && (c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643)) out.push([2, s.slice(2)]);
    }
    if (i < this.n) this.variantCache[i] = out;
    return out;
  }

  /** Original offset after `pre` letters (and their marks) of token i. */
  startAfter(i: number, pre: number): number {
    const t = this.doc.tokens[i]!;
    const text = this.doc.text;
    let p = t.start;
    for (let k = 0; k < pre && p < t.end; k++) {
      p++;
      while (p < t.end) {
        const c = text.charCodeAt(p);
        if (!(isArabicDiacritic(c) || isTatweel(c))) break;
        p++;
      }
    }
    return p;
  }

  // ---------- numbers ----------

  /** A number at token i (digits with an optional scale word, or words), first word's clitic stripped. */
  numberAt(i: number, allowClitic: boolean): { num: Num; end: number; pre: number; words: boolean; exp?: number; d?: { int: string; frac: string } } | null {
    if (i >= this.n) return null;
    if (this.isNum(i)) {
      const d = parseDigits(this.norms[i]!);
      if (!d) return null;
      const exp = scaleExp(this.lex.numbers.get(this.norm(i + 1)));
      return { num: makeNum(d.int, d.frac, exp), end: exp ? i + 2 : i + 1, pre: 0, words: false, exp, d };
    }
    if (this.doc.kinds[i] !== 'word') return null;
    for (const [pre, s] of this.variants(i)) {
      if (pre > 0 && !allowClitic) break;
      // نصف مليون، ربع مليار: a fraction of a scale word.
      const frac = FRACTIONS.get(s);
      if (frac) {
        const sc = this.lex.numbers.get(this.norm(i + 1));
        if (sc && sc.cls === 'scale') return { num: { value: frac * sc.value }, end: i + 2, pre, words: true };
        continue;
      }
      if (!this.lex.numbers.has(s)) continue;
      const r = readWordNumber(this.lex, { n: this.n, norm: (k) => this.norm(k) }, i, s);
      if (r) return { num: { value: r.value }, end: r.end, pre, words: true };
    }
    return null;
  }

  /** An approximator or bound before a number: its token length. */
  approxAt(i: number): { len: number; pre: number } {
    for (const [pre, s] of this.variants(i)) {
      const seqs = APPROX_BY_FIRST.get(s);
      if (!seqs) continue;
      for (const seq of seqs) {
        let ok = true;
        for (let k = 1; k < seq.length; k++) if (this.norm(i + k) !== seq[k]) { ok = false; break; }
        if (ok) return { len: seq.length, pre };
      }
      if (APPROX1.has(s)) return { len: 1, pre };
    }
    return { len: 0, pre: 0 };
  }

  /** Money, percent, quantity or duration after a number ending at j. */
  suffixAt(j: number): { end: number; kind: Value['kind']; unit: string | null; note?: string; time?: string; count?: number } | null {
    const s = this.norm(j);
    if (s === '%' ) return { end: j + 1, kind: 'percent', unit: null };
    if (PERCENT_WORDS.has(s)) return { end: j + 1, kind: 'percent', unit: null };
    if (s === 'في' && PER_HUNDRED.has(this.norm(j + 1))) return { end: j + 2, kind: 'percent', unit: null };
    const sym = this.lex.currencySymbols.get(s);
    if (sym) return { end: j + 1, kind: 'money', unit: sym };
    const money = this.currencyAt(j);
    if (money) return money;
    const time = TIME_UNITS.get(s);
    if (time && time[1] < 2) return { end: j + 1, kind: 'duration', unit: null, time: time[0] };
    const unit = this.lex.units.get(s);
    if (unit) {
      const u2 = this.lex.units2.get(s)?.get(this.norm(j + 1));
      return { end: u2 ? j + 2 : j + 1, kind: 'quantity', unit: u2 ?? unit };
    }
    const u2 = this.lex.units2.get(s)?.get(this.norm(j + 1));
    if (u2) return { end: j + 2, kind: 'quantity', unit: u2 };
    // "500 من الجنود": a partitive with the plural.
    if (s === 'من' && this.norm(j + 1).startsWith('ال')) {
      const u = this.lex.units.get(this.norm(j + 1).slice(2));
      if (u) return { end: j + 2, kind: 'quantity', unit: u };
    }
    return null;
  }

  currencyAt(j: number): { end: number; kind: 'money'; unit: string | null; note?: string } | null {
    const s = this.norm(j);
    const fam = this.lex.currencyNouns.get(s);
    if (!fam) return null;
    const adj = this.lex.currencyAdj.get(fam);
    const a = this.norm(j + 1);
    const code = adj?.get(a) ?? (a.startsWith('ال') ? adj?.get(a.slice(2)) : undefined);
    if (code) return { end: j + 2, kind: 'money', unit: code };
    // Hong Kong dollar: two words after the noun.
    const def = this.lex.currencyDefault.get(fam);
    if (def) return { end: j + 1, kind: 'money', unit: def };
    const c = this.documentCountry(fam);
    return { end: j + 1, kind: 'money', unit: c.code, note: c.note };
  }

  /** The code of a bare dinar/riyal/pound/lira/dirham: the dateline's country, else the one country the text names. */
  documentCountry(fam: string): { code: string | null; note?: string } {
    const hit = this.countryCache.get(fam);
    if (hit) return hit;
    const cands = this.lex.currencyCountry.filter((c) => c.family === fam);
    const cue = new Map<string, string>();
    const firsts = new Set<string>();
    for (const c of cands) for (const w of c.cues) { cue.set(w, c.code); if (w.includes(' ')) firsts.add(w.slice(0, w.indexOf(' '))); }
    let result: { code: string | null; note?: string } | null = null;
    // Dateline: the words before the first dash or colon of the text, within 6 tokens.
    let dash = -1;
    for (let i = 0; i < Math.min(this.n, 6); i++) { const s = this.norms[i]!; if (s === '-' || s === ':' || s === '–') { dash = i; break; } }
    for (let i = 0; i < dash; i++) {
      const s = this.norms[i]!;
      const code = cue.get(s) ?? cue.get('ال' + s);
      if (code) { result = { code }; break; }
    }
    if (!result) {
      const counts = new Map<string, number>();
      for (let i = 0; i < this.n; i++) {
        const s = this.norms[i]!;
        let code = cue.get(s);
        if (!code && s.length > 3 && 'وبلف'.includes(s[0]!)) code = cue.get(s.slice(1));
        if (!code && i + 1 < this.n && firsts.has(s)) code = cue.get(s + ' ' + this.norms[i + 1]!);
        if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || (ranked.length > 1 && ranked[0]![1] >= 2 * ranked[1]![1])) result = { code: ranked[0]![0] };
      else if (ranked.length === 0) result = { code: null, note: `currency "${fam}" without a qualifier and no country in the text` };
      else result = { code: null, note: `currency "${fam}" without a qualifier; the text names ${ranked.map((r) => r[0]).join(', ')}` };
    }
    this.countryCache.set(fam, result);
    return result;
  }

  /** Numbers with what follows them: ranges, approximators, percent, money, quantities, durations, bare years. */
  readNumber(i: number): Hit | null {
    const ap = this.approxAt(i);
    let k = i + ap.len;
    let pre = ap.len ? ap.pre : 0;
    let rangeStart = false;
    // Ranges: بين X و Y, من X إلى Y
    const v0 = this.variants(k);
    let head = '';
    let headPre = 0;
    for (const [p, s] of v0) { if (s === 'بين' || s === 'من') { head = s; headPre = p; break; } }
    if (head === '' && this.norm(k) === 'ما' && this.norm(k + 1) === 'بين') { head = 'بين'; k++; }
    if (head) {
      const a = this.numberAt(k + 1, false);
      if (a && a.num.value !== null) {
        let b: ReturnType<Scanner['numberAt']> = null;
        let bEnd = a.end;
        if (head === 'بين') {
          if (this.norm(a.end) === 'و') b = this.numberAt(a.end + 1, false);
          else {
            const s = this.norm(a.end);
            if (s.startsWith('و')) { const x = this.numberAt(a.end, true); if (x && x.pre === 1) b = x; }
          }
        } else if (RANGE_TO.has(this.norm(a.end))) b = this.numberAt(a.end + 1, false);
        if (b && b.num.value !== null) {
          bEnd = b.end;
          rangeStart = true;
          // A date range (من 5 إلى 7 حزيران) belongs to the date reader.
          if (this.dateCore(k + 1, false)) return null;
          if (ap.len === 0) pre = headPre;
          return this.finishNumber(i, pre, bEnd, scaleLike(a, b), b.num, ap.len > 0, a.end);
        }
      }
    }
    if (rangeStart) return null;
    const a = this.numberAt(k, ap.len === 0);
    if (!a) return null;
    if (ap.len === 0) pre = a.pre;
    // X - Y / X إلى Y
    if (RANGE_TO.has(this.norm(a.end)) && a.num.value !== null) {
      const b = this.numberAt(a.end + 1, false);
      if (b && b.num.value !== null && b.words === a.words && !this.dateCore(k, false)) return this.finishNumber(i, pre, b.end, scaleLike(a, b), b.num, ap.len > 0, a.end);
    }
    return this.finishNumber(i, pre, a.end, a.num, null, ap.len > 0, a.end);
  }

  private finishNumber(i: number, pre: number, end: number, a: Num, b: Num | null, approx: boolean, aEnd: number): Hit | null {
    const suf = this.suffixAt(end);
    const value = a.value;
    const out: Hit['value'] = { kind: 'number', value, approx: approx || b !== null };
    if (a.digits) out.digits = a.digits;
    if (b) out.range = { min: a.value, max: b.value };
    let stop = end;
    if (suf) {
      stop = suf.end;
      if (suf.kind === 'duration') {
        if (b || value === null || !Number.isInteger(value)) return { end: stop, pre, value: { ...out, kind: 'duration', value: null, note: 'a duration with a range or a fraction' } };
        return { end: stop, pre, value: { kind: 'duration', value: isoDuration(suf.time!, value), approx } };
      }
      out.kind = suf.kind;
      if (suf.kind !== 'percent') out.unit = suf.unit;
      if (suf.note) out.note = suf.note;
      return { end: stop, pre, value: out };
    }
    // Two four-digit years as a range (من 2003 إلى 2011، بين 2003 و2011، 2015 - 2017) are a date range.
    if (b && !approx && isYear(a.value) && isYear(b.value) && a.value! < b.value! && this.isNum(end - 1)) {
      return { end, pre, value: { kind: 'date', value: String(a.value), relative: false, range: { min: String(a.value), max: String(b.value) } } };
    }
    // A four-digit year after في/منذ/حتى/خلال (في 2020) is a date.
    if (!b && !approx && value !== null && Number.isInteger(value) && value >= 1900 && value <= 2100 && end === aEnd && i > 0 && this.isNum(i)) {
      const prev = this.norm(i - 1);
      if (prev === 'في' || prev === 'منذ' || prev === 'حتى' || prev === 'خلال' || prev === 'وفي' || prev === 'قبل' || prev === 'بعد') {
        let e = end;
        if (AD_MARK.has(this.norm(e))) e++;
        return { end: e, pre: 0, value: { kind: 'date', value: String(value), relative: false } };
      }
    }
    // Money before the number: $5
    if (i > 0 && this.lex.currencySymbols.has(this.norm(i - 1))) return null;
    return { end: stop, pre, value: out };
  }

  /** "$ 5", "$5": a currency symbol before digits. */
  readSymbolMoney(i: number): Hit | null {
    const code = this.lex.currencySymbols.get(this.norm(i));
    if (!code) return null;
    const a = this.numberAt(i + 1, false);
    if (!a || a.words) return null;
    const v: Hit['value'] = { kind: 'money', value: a.num.value, unit: code, approx: false };
    if (a.num.digits) v.digits = a.num.digits;
    return { end: a.end, pre: 0, value: v };
  }

  // ---------- ordinals ----------

  /** الأول، الرابع عشر، الحادي والعشرون, العشرين …: value and end. */
  ordinalAt(i: number): { value: number; end: number; pre: number } | null {
    if (this.doc.kinds[i] !== 'word') return null;
    for (const [pre, s0] of this.variants(i)) {
      if (!s0.startsWith('ال') && !(pre === 0 && s0 === this.norm(i))) continue;
      const def = s0.startsWith('ال');
      const s = def ? s0.slice(2) : s0;
      let v = this.lex.ordinals.get(s);
      if (v === undefined && def) {
        const t = this.lex.numbers.get(s);
        if (t && t.cls === 'ten') return { value: t.value, end: i + 1, pre };
        continue;
      }
      if (v === undefined) continue;
      let end = i + 1;
      const nx = this.norm(end);
      if (v < 10 && (nx === 'عشر' || nx === 'عشره')) { v += 10; end++; }
      else if (v < 10 && nx.startsWith('وال')) {
        const t = this.lex.numbers.get(nx.slice(3));
        if (t && t.cls === 'ten') { v += t.value; end++; }
      }
      // Bare حادي is not a word; bare أولي is mostly "preliminary" (أوّلي), not "first".
      if (v === 1 && !def && (s === 'حادي' || s === 'اولي')) return null;
      return { value: v, end, pre };
    }
    return null;
  }

  // ---------- dates ----------

  /** A month name at token i: one or two words, with a paired name after it (أيار/مايو، آب (أغسطس)). */
  monthAt(i: number, allowClitic: boolean): { info: MonthWord; end: number; paired: boolean; pre: number } | null {
    for (const [pre, s] of this.variants(i)) {
      if (pre > 0 && !allowClitic) break;
      const list = this.lex.months.get(s);
      if (!list) continue;
      for (const { second, info } of list) {
        if (second !== null && this.norm(i + 1) !== second) continue;
        let end = i + (second ? 2 : 1);
        let paired = false;
        const sep = this.norm(end);
        if (sep === '/' || sep === '(' || sep === '-') {
          const o = this.monthAt(end + 1, false);
          if (o && o.info.month === info.month && o.info.family !== info.family) {
            end = o.end;
            if (sep === '(' && this.norm(end) === ')') end++;
            paired = true;
          }
        }
        return { info, end, paired, pre };
      }
    }
    return null;
  }

  /** A year (digits) at i with an optional era mark: هـ makes it Hijri. */
  yearAt(i: number): { y: number; end: number; hijri: boolean; ad: boolean } | null {
    if (!this.isNum(i)) return null;
    const s = this.norms[i]!;
    if (!/^\d{1,4}$/.test(s)) return null;
    const y = Number(s);
    let end = i + 1;
    const m = this.norm(end);
    if (HIJRI_MARK.has(m)) return { y, end: end + 1, hijri: true, ad: false };
    if (AD_MARK.has(m)) return { y, end: end + 1, hijri: false, ad: true };
    return { y, end, hijri: false, ad: false };
  }

  /** A day of the month: 1–31 in digits or as an ordinal word (الرابع عشر). */
  dayAt(i: number): { d: number; end: number; pre: number } | null {
    if (this.isNum(i)) {
      const s = this.norms[i]!;
      if (!/^\d{1,2}$/.test(s)) return null;
      const d = Number(s);
      return d >= 1 && d <= 31 ? { d, end: i + 1, pre: 0 } : null;
    }
    const o = this.ordinalAt(i);
    if (o && o.value <= 31) return { d: o.value, end: o.end, pre: o.pre };
    return null;
  }

  resolveMonth(month: number, dir: -1 | 0 | 1): { p: PartialDate | null; relative: boolean } {
    const a = this.anchor;
    if (!a) return { p: null, relative: true };
    let y = a.y;
    if (a.m !== undefined) {
      if (dir === 1 && month <= a.m) y++;
      if (dir === -1 && month >= a.m) y--;
    }
    return { p: { y, m: month }, relative: true };
  }

  /** day(s) [من] month [year] | month [year|rel]. */
  dayMonthAt(k: number, first: boolean): DateCore | null {
    let i = k;
    const lead = this.norm(i);
    if (lead === 'يومي' || lead === 'يوم' || lead === 'ايام') i++;
    const days: number[] = [];
    let shahr = false;
    const d1 = this.dayAt(i);
    let j = i;
    if (d1 && (first || d1.pre === 0)) {
      days.push(d1.d);
      j = d1.end;
      // يومي 20 و21 · 20-21 · من 5 إلى 7
      for (let guard = 0; guard < 4; guard++) {
        const s = this.norm(j);
        if (s === 'و' || RANGE_TO.has(s)) {
          const d = this.dayAt(j + 1);
          if (!d || d.pre) break;
          days.push(d.d); j = d.end;
        } else if (s.startsWith('و') && !this.isNum(j)) {
          const o = this.ordinalAt(j);
          if (!o || o.pre !== 1 || o.value > 31) break;
          days.push(o.value); j = o.end;
        } else break;
      }
      if (this.norm(j) === 'من' || this.norm(j) === 'شهر') { shahr = this.norm(j) === 'شهر'; j++; }
    } else if (this.norm(j) === 'شهر') { shahr = true; j++; }
    const mo = this.monthAt(j, days.length === 0 && j === k && first);
    if (!mo) return null;
    let end = mo.end;
    let yr = this.yearAt(end);
    if (!yr && (this.norm(end) === 'عام' || this.norm(end) === 'سنه' || this.norm(end) === ',')) { yr = this.yearAt(end + 1); }
    if (!yr && this.norm(end) === 'من' && (this.norm(end + 1) === 'عام' || this.norm(end + 1) === 'العام')) yr = this.yearAt(end + 2);
    if (yr && !yr.hijri && mo.info.family !== 'hijri' && (yr.y < 1000 || yr.y > 2999)) yr = null;
    const hijri = mo.info.family === 'hijri' || (yr?.hijri ?? false);
    const explicitCtx = days.length > 0 || !!yr || mo.paired || shahr;
    if (mo.info.ctx && !explicitCtx) return null;
    const lastDay = days[days.length - 1];
    if (yr) end = yr.end;
    if (hijri) {
      if (mo.info.family !== 'hijri') return null;
      if (!yr) {
        if (days.length === 0 && !mo.info.ctx) return null; // a bare رمضان is not dated
        return { end, p: null, relative: false, calendar: 'hijri', note: 'a Hijri day and month without a year' };
      }
      if (days.length) {
        const g = hijriToGregorian(yr.y, mo.info.month, days[0]!);
        if (!g) return null;
        const core: DateCore = { end, p: g, relative: false, calendar: 'hijri' };
        if (days.length > 1) { const g2 = hijriToGregorian(yr.y, mo.info.month, lastDay!); if (g2) core.range = [g, g2]; }
        return core;
      }
      const span = hijriSpan(yr.y, mo.info.month);
      if (!span) return null;
      return { end, p: { y: span[0].y, m: span[0].m }, relative: false, calendar: 'hijri', range: span };
    }
    let p: PartialDate | null;
    let relative = false;
    if (yr) p = { y: yr.y, m: mo.info.month };
    else {
      let dir: -1 | 0 | 1 = 0;
      const r = this.norm(end);
      if (NEXT.has(r)) { dir = 1; end++; } else if (PAST.has(r)) { dir = -1; end++; } else if (THIS.has(r)) end++;
      const res = this.resolveMonth(mo.info.month, dir);
      p = res.p; relative = true;
    }
    if (days.length && p) {
      if (!isValidDay(p.y, p.m!, days[0]!)) return null;
      const core: DateCore = { end, p: { ...p, d: days[0]! }, relative };
      if (days.length > 1 && isValidDay(p.y, p.m!, lastDay!)) core.range = [{ ...p, d: days[0]! }, { ...p, d: lastDay! }];
      return core;
    }
    if (days.length && !p) return { end, p: null, relative, note: 'no document date to place the year' };
    return { end, p, relative, note: p ? undefined : 'no document date to place the year' };
  }

  /** Years: عام 1945، السنة المالية 2021، عامي 2019 و2020، العام الماضي. */
  yearPhraseAt(k: number, first: boolean): DateCore | null {
    let pre = 0;
    let s = '';
    for (const [p, v] of this.variants(k)) { if (YEAR_WORDS.has(v) || REL_UNIT.has(v)) { pre = p; s = v; break; } if (!first) break; }
    if (s === '' && (this.norm(k) === 'هذا' || this.norm(k) === 'هذه')) {
      const u = REL_UNIT.get(this.norm(k + 1));
      if (u) return this.relUnit(u, 0, k + 2);
      return null;
    }
    if (s === '') return null;
    void pre;
    let i = k + 1;
    if (this.norm(i) === 'الماليه' || this.norm(i) === 'الدراسيه') i++;
    let yr = this.yearAt(i);
    if (!yr && this.doc.kinds[i] === 'word') {
      // A year in words: عام ألفين وعشرين
      const w = this.numberAt(i, false);
      if (w && w.words && w.num.value !== null && Number.isInteger(w.num.value) && w.num.value >= 1000 && w.num.value <= 2999) {
        yr = { y: w.num.value, end: w.end, hijri: false, ad: false };
      }
    }
    if (yr && (yr.hijri || (yr.y >= 1000 && yr.y <= 2999))) {
      let end = yr.end;
      let y2: ReturnType<Scanner['yearAt']> = null;
      const nx = this.norm(end);
      if (nx === 'و' || RANGE_TO.has(nx)) { y2 = this.yearAt(end + 1); if (y2 && y2.hijri !== yr.hijri) y2 = null; if (y2 && !yr.hijri && (y2.y < 1000 || y2.y > 2999)) y2 = null; }
      if (y2) end = y2.end;
      if (yr.hijri || y2?.hijri) {
        const sp = hijriSpan(yr.y);
        if (!sp) return null;
        const sp2 = y2 ? hijriSpan(y2.y) : sp;
        return { end, p: { y: sp[0].y }, relative: false, calendar: 'hijri', range: [sp[0], sp2 ? sp2[1] : sp[1]] };
      }
      const core: DateCore = { end, p: { y: yr.y }, relative: false };
      if (y2) core.range = [{ y: yr.y }, { y: y2.y }];
      return core;
    }
    const u = REL_UNIT.get(s);
    if (u) {
      const r = this.norm(k + 1);
      if (PAST.has(r)) return this.relUnit(u, -1, k + 2);
      if (NEXT.has(r)) return this.relUnit(u, 1, k + 2);
      if (THIS.has(r)) return this.relUnit(u, 0, k + 2);
      // part of the unit with no qualifier is this one (بحلول نهاية العام، منتصف الشهر)
      if (PART.has(this.norm(k - 1))) return this.relUnit(u, 0, k + 1);
    }
    return null;
  }

  relUnit(u: 'y' | 'm' | 'w' | 'd', n: number, end: number): DateCore {
    const a = this.anchor;
    if (!a) return { end, p: null, relative: true, note: 'no document date' };
    if (u === 'y') return { end, p: { y: a.y + n }, relative: true };
    if (a.m === undefined) return { end, p: null, relative: true, note: 'the document date has no month' };
    if (u === 'm') return { end, p: addMonths(a, n), relative: true };
    if (a.d === undefined) return { end, p: null, relative: true, note: 'the document date has no day' };
    if (u === 'w') return { end, p: isoWeek(addDays(a, 7 * n)), relative: true };
    return { end, p: addDays(a, n), relative: true };
  }

  /** أمس، أول أمس، غداً، اليوم، بعد غد; (يوم) الأحد [المقبل|الماضي]. */
  relWordAt(k: number, first: boolean): DateCore | null {
    let s = this.norm(k);
    if (first) for (const [, v] of this.variants(k)) { if (v === 'امس' || v === 'غدا' || v === 'اليوم' || WEEKDAYS.has(v) || v === 'يوم') { s = v; break; } }
    if (s === 'اول' && this.norm(k + 1) === 'امس') return this.relUnit('d', -2, k + 2);
    if (s === 'امس') {
      if (this.norm(k + 1) === 'الاول') return this.relUnit('d', -2, k + 2);
      return this.relUnit('d', -1, k + 1);
    }
    if (s === 'غدا') return this.relUnit('d', 1, k + 1);
    if (s === 'بعد' && this.norm(k + 1) === 'غد') return this.relUnit('d', 1, k + 2);
    if (s === 'اليوم') {
      const nx = this.norm(k + 1);
      // (اليوم الوطني is a named day; after a time of day it is today: خطفوا فجر اليوم الصحفي …)
      if ((nx.startsWith('ال') && !/^(و)?(فجر|صباح|مساء|ظهر|عصر|ليل|ليله|ضحي)$/.test(this.norm(k - 1))) || this.norm(k - 1) === 'في' || this.norm(k - 1) === 'طوال') return null;
      return this.relUnit('d', 0, k + 1);
    }
    let i = k;
    if (s === 'يوم') {
      i++;
      s = this.norm(i);
      if (!WEEKDAYS.has(s)) return null;
    }
    const wd = WEEKDAYS.get(s);
    if (wd === undefined) return null;
    let end = i + 1;
    // A full date after the weekday settles it: الأحد 5 كانون الثاني 2020
    let j = end;
    if (this.norm(j) === ',') j++;
    const abs = this.dayMonthAt(j, false);
    if (abs && abs.p && abs.p.d !== undefined) return abs;
    let dir: -1 | 0 | 1 = 0;
    const r = this.norm(end);
    if (NEXT.has(r)) { dir = 1; end++; } else if (PAST.has(r)) { dir = -1; end++; }
    // (a weekday after "tomorrow" is the one to come, after "yesterday" the one gone: غداً السبت،
    // يوم غد الأحد، أمس الجمعة)
    else { const pv = this.norm(k - 1); if (pv === 'غدا' || pv === 'غد') dir = 1; else if (pv === 'امس') dir = -1; }
    const a = this.anchor;
    if (!a || a.d === undefined) return { end, p: null, relative: true, note: 'no document date to place the weekday' };
    const cur = weekday(a);
    let delta: number;
    if (dir === 1) delta = ((wd - cur + 7) % 7) || 7;
    else if (dir === -1) delta = -(((cur - wd + 7) % 7) || 7);
    // a bare weekday in a clause about what is to come (يعتزم الممرضون تنظيم وقفة يوم الخميس،
    // من المقرر أن يزور … الأحد): the next such day, the document's own day included
    else if (this.futureBefore(i)) delta = (wd - cur + 7) % 7;
    else delta = -((cur - wd + 7) % 7); // the most recent such day not after the document date
    return { end, p: addDays(a, delta), relative: true };
  }

  /** A word of plan or future (سوف، من المقرر، يعتزم …) up to ten tokens before i in its sentence. */
  private futureBefore(i: number): boolean {
    const s = this.doc.tokenSentence[i];
    for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
      if (this.doc.tokenSentence[k] !== s) break;
      const w = this.norms[k]!;
      if (FUTURE_CUE.has(w) || FUTURE_CUE.has(w.replace(/^(و|ف)/, ''))) return true;
    }
    return false;
  }

  /** قبل/منذ/بعد ثلاثة أيام, قبل يومين, منذ عام. */
  agoAt(k: number, first: boolean): DateCore | null {
    let s = this.norm(k);
    if (first) for (const [, v] of this.variants(k)) { if (v === 'قبل' || v === 'منذ' || v === 'بعد') { s = v; break; } }
    if (s !== 'قبل' && s !== 'منذ' && s !== 'بعد') return null;
    const sign = s === 'بعد' ? 1 : -1;
    let count = 0;
    let unit: string | undefined;
    let end = k + 1;
    const tu = TIME_UNITS.get(this.norm(end));
    if (tu) {
      if (this.isNum(end + 1) || tu[1] === 0) return null; // منذ عام 2003 is a year, not "a year ago"
      // قبل يوم الأحد المقبل is "before Sunday", not "a day ago"
      if (tu[0] === 'D' && end + 1 < this.n && /^(ال)?(سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)$/.test(this.norm(end + 1))) return null;
      count = tu[1]; unit = tu[0]; end++;
    }
    else {
      const num = this.numberAt(end, false);
      if (!num || num.num.value === null || !Number.isInteger(num.num.value)) return null;
      const t = TIME_UNITS.get(this.norm(num.end));
      if (!t || t[1] === 2) return null;
      count = num.num.value; unit = t[0]; end = num.end + 1;
    }
    if (count > 100_000) return null;
    switch (unit) {
      case 'D': return this.relUnit('d', sign * count, end);
      case 'W': return this.relUnit('w', sign * count, end);
      case 'M': return this.relUnit('m', sign * count, end);
      case 'Y': return this.relUnit('y', sign * count, end);
      default: return null;
    }
  }

  /** 5/1/2020, 2020-01-05, 05.01.2020: day first unless the year leads. */
  numericDateAt(k: number): DateCore | null {
    if (!this.isNum(k)) return null;
    const t = this.doc.tokens[k]!;
    DATE_NUM.lastIndex = t.start;
    const m = DATE_NUM.exec(this.doc.text);
    if (!m) return null;
    const a = Number(foldDigits(m[1]!)), b = Number(foldDigits(m[3]!)), c = Number(foldDigits(m[4]!));
    let p: PartialDate | null = null;
    if (m[1]!.length === 4 && isValidDay(a, b, c)) p = { y: a, m: b, d: c };
    else if (m[4]!.length === 4 && isValidDay(c, b, a)) p = { y: c, m: b, d: a };
    if (!p) return null;
    const stop = t.start + m[0].length;
    let end = k;
    while (end < this.n && this.doc.tokens[end]!.end <= stop) end++;
    return { end, p, relative: false };
  }

  /** A date at token i: [منذ|بحلول] [نهاية|منتصف|مطلع …] core. */
  readDate(i: number): Hit | null {
    const ago = this.agoAt(i, true);
    if (ago) return this.dateHit(ago, this.cliticOf(i, ['قبل', 'منذ', 'بعد']));
    let k = i;
    let pre = 0;
    let first = true;
    for (const [p, s] of this.variants(i)) {
      if (LEAD.has(s)) { pre = p; k++; first = false; break; }
    }
    const leadEnd = k;
    if (!first || k === i) {
      const ks = k === i ? this.variants(k) : [[0, this.norm(k)] as [number, string]];
      for (const [p, s] of ks) {
        if (PART.has(s) && !(s === 'اول' && this.norm(k + 1) === 'امس')) { if (k === i) pre = p; k++; first = false; break; }
      }
    }
    const core = this.dateCore(k, k === i);
    if (!core) {
      // منذ alone, or a part word with nothing datable after it: let other readers try.
      if (k !== i && leadEnd !== k) {
        const c2 = this.dateCore(leadEnd, false);
        if (c2) return this.dateHit(c2, pre);
      }
      if (k === i + 1 && leadEnd === k && this.norm(i) === 'منذ') return null;
      return null;
    }
    if (k === i) {
      // the core's own first-token clitic
      for (const [p, s] of this.variants(i)) { if (p && this.coreStarts(s)) { pre = p; break; } if (!p && this.coreStarts(s)) break; }
    }
    return this.dateHit(core, pre);
  }

  private cliticOf(i: number, words: string[]): number {
    for (const [p, s] of this.variants(i)) if (words.includes(s)) return p;
    return 0;
  }

  private coreStarts(s: string): boolean {
    return s === 'امس' || s === 'غدا' || s === 'اليوم' || WEEKDAYS.has(s) || YEAR_WORDS.has(s) || REL_UNIT.has(s) ||
      this.lex.months.has(s) || s === 'قبل' || s === 'منذ' || s === 'بعد' || s === 'يوم' || s === 'يومي' || s.startsWith('ال') && this.lex.ordinals.has(s.slice(2));
  }

  dateCore(k: number, first: boolean): DateCore | null {
    return this.numericDateAt(k) ?? this.relWordAt(k, first) ?? this.agoAt(k, first) ?? this.dayMonthAt(k, first) ?? this.yearPhraseAt(k, first);
  }

  dateHit(c: DateCore, pre: number): Hit {
    const v: Hit['value'] = { kind: 'date', value: c.p ? formatDate(c.p) : null, relative: c.relative };
    if (c.calendar) v.calendar = c.calendar;
    if (c.range) v.range = { min: formatDate(c.range[0]), max: formatDate(c.range[1]) };
    if (c.note && !c.p) v.note = c.note;
    return { end: c.end, pre, value: v };
  }

  // ---------- durations without a number ----------

  /** يومين، أسبوعين، شهرين، عامين، سنتان: duals are counts too. */
  readDualDuration(i: number): Hit | null {
    for (const [pre, s] of this.variants(i)) {
      const t = TIME_UNITS.get(s);
      if (t && t[1] === 2) return { end: i + 1, pre, value: { kind: 'duration', value: isoDuration(t[0], 2), approx: false } };
    }
    return null;
  }

  run(): Value[] {
    const out: Value[] = [];
    const text = this.doc.text;
    for (let i = 0; i < this.n;) {
      const kind = this.doc.kinds[i];
      let hit: Hit | null = null;
      if (kind === 'word' && !this.mayStart(i)) { i++; continue; }
      if (kind === 'word' || kind === 'number') {
        hit = this.readDate(i) ?? this.readNumber(i) ?? this.readDualDuration(i);
        if (!hit && kind === 'word') {
          const o = this.ordinalAt(i);
          if (o) hit = { end: o.end, pre: o.pre, value: { kind: 'ordinal', value: o.value } };
        }
      } else if (kind === 'symbol' || kind === 'punct') hit = this.readSymbolMoney(i);
      if (!hit) { i++; continue; }
      const start = this.startAfter(i, hit.pre);
      const end = this.doc.tokens[hit.end - 1]!.end;
      const v = { start, end, text: text.slice(start, end), ...hit.value } as Value;
      out.push(v);
      if (v.kind === 'date' && v.value === null) {
        this.warnings.push({ code: 'values.unresolved-date', message: `date "${v.text}" left unresolved: ${v.note ?? 'no document date'}`, start, end });
      }
      i = hit.end;
    }
    return out;
  }
}

function isYear(v: number | null): boolean {
  return v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** "بين 2 و3 مليارات": the scale written once applies to both ends. */
function scaleLike(a: { num: Num; exp?: number; d?: { int: string; frac: string } }, b: { exp?: number }): Num {
  if (a.d && !a.exp && b.exp) return makeNum(a.d.int, a.d.frac, b.exp);
  return a.num;
}

function isoDuration(unit: string, n: number): string {
  switch (unit) {
    case 'D': return `P${n}D`;
    case 'W': return `P${n}W`;
    case 'M': return `P${n}M`;
    case 'Y': return `P${n}Y`;
    case 'H': return `PT${n}H`;
    default: return `PT${n}M`;
  }
}

/** The dateline date: the first full, absolute date among the text's first tokens. */
function datelineDate(doc: Doc): string | null {
  const sc = new Scanner(doc, null);
  const limit = Math.min(sc.n, 30);
  const firstSentenceEnd = doc.sentences[0]?.end ?? doc.text.length;
  for (let i = 0; i < limit && doc.tokens[i]!.start < firstSentenceEnd; i++) {
    const h = sc.readDate(i);
    if (h && !h.value.relative && typeof h.value.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(h.value.value)) return h.value.value;
  }
  return null;
}

/** Finds every value in the document. May set doc.documentDate from a dateline. */
export function extractValues(doc: Doc): Value[] {
  if (doc.documentDate === null && doc.tokens.length > 0) {
    const d = datelineDate(doc);
    if (d) {
      doc.documentDate = d;
      doc.warnings.push({ code: 'values.date-from-dateline', message: `document date ${d} taken from the dateline` });
    }
  }
  const sc = new Scanner(doc, parseIso(doc.documentDate));
  const values = sc.run();
  for (const w of sc.warnings) doc.warnings.push(w);
  return values;
}
