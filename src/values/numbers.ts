// Numbers written in digits (three scripts, folded to ASCII in token norms) and in words.

import type { Lexicon, NumberWord } from './lexicon.js';

/** A parsed number: its value, and its exact digits when it is beyond 2^53. */
export interface Num { value: number | null; digits?: string }

const PLAIN = /^\d+(?:[.,]\d+)*$/;
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * Reads a digit token's norm ("1,200", "3.7", "1.390.000", "12,500", "2,5"). A group of
 * exactly three digits after each separator is a thousands grouping; one separator followed
 * by other than three digits is a decimal mark. Returns null for what is not a number
 * (a multi-dot run with other than three-digit groups, like 5.1.2020, is a date).
 */
export function parseDigits(norm: string): { int: string; frac: string } | null {
  if (!PLAIN.test(norm)) return null;
  const seps = norm.replace(/\d+/g, '');
  if (seps === '') return { int: norm, frac: '' };
  const groups = norm.split(/[.,]/);
  const tail3 = groups.slice(1).every((g) => g.length === 3);
  if (seps.length === 1) {
    // "1,200" groups thousands; "14.2", "2,5" and also "1.500" (Western decimal) are decimals
    // unless the comma has three digits after it.
    if (seps === ',' && tail3) return { int: groups.join(''), frac: '' };
    return { int: groups[0]!, frac: groups[1]! };
  }
  const last = seps[seps.length - 1]!;
  const first = seps[0]!;
  if (first !== last) {
    // 1,234.5 or 1.234,5: the last separator is the decimal mark.
    const lastIdx = norm.lastIndexOf(last);
    const intPart = norm.slice(0, lastIdx).replace(/[.,]/g, '');
    return { int: intPart, frac: norm.slice(lastIdx + 1) };
  }
  if (!tail3) return null;
  return { int: groups.join(''), frac: '' };
}

/** int.frac × 10^exp as a Num, exact digits kept when the value passes 2^53. */
export function makeNum(int: string, frac: string, exp = 0): Num {
  const i = int.replace(/^0+(?=\d)/, '');
  const value = Number(frac ? `${i}.${frac}` : i) * 10 ** exp;
  if (Number.isFinite(value) && Math.abs(value) <= MAX_EXACT) return { value: round(value) };
  // Beyond 2^53 a double keeps only ~16 significant digits: the exact decimal goes in `digits`.
  let digits: string;
  if (exp >= frac.length) digits = (i + frac + '0'.repeat(exp - frac.length)).replace(/^0+(?=\d)/, '');
  else digits = `${i}${frac.slice(0, exp)}.${frac.slice(exp)}`.replace(/^0+(?=\d)/, '');
  return { value: Number.isFinite(value) ? value : null, digits };
}

/** Removes float noise from 2.5 × 10^9 and the like. */
function round(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** Scale words after digits (2.5 مليار، 3 آلاف): the power of ten, or 0. */
export function scaleExp(w: NumberWord | undefined): number {
  if (!w || (w.cls !== 'scale' && w.cls !== 'plural')) return 0;
  return Math.round(Math.log10(w.value));
}

/** What the word-number reader needs of the token stream. */
export interface WordStream {
  n: number;
  /** The token norm at i ('' past the end). */
  norm(i: number): string;
}

export interface WordNumber { value: number; end: number; words: number }

/** A number word, possibly with a leading و (the conjunction inside compounds). */
function numberWord(lex: Lexicon, s: string, inside: boolean): { w: NumberWord; joined: boolean } | null {
  // Inside a compound a leading و is the conjunction first (وأحد = و + أحد, not واحد).
  if (inside && s.length > 2 && s.charCodeAt(0) === 0x0648) {
    const v = lex.numbers.get(s.slice(1));
    if (v) return { w: v, joined: true };
  }
  const w = lex.numbers.get(s);
  if (w) return { w, joined: false };
  if (s.length > 2 && s.charCodeAt(0) === 0x0648) {
    const v = lex.numbers.get(s.slice(1));
    if (v) return { w: v, joined: true };
  }
  return null;
}

/**
 * Reads a number written in words from token i (whose first word is `first`, with any
 * proclitic already removed): units, teens, tens joined with و, hundreds, and scales with
 * their singular, dual and plural forms. Returns null when the words do not make a number
 * on their own (a lone واحد or أحد, a bare آلاف).
 */
export function readWordNumber(lex: Lexicon, st: WordStream, i: number, first: string): WordNumber | null {
  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let lastCls: string | null = null;
  let words = 0;
  let j = i;
  let end = i;
  let unitOnly = true;
  while (j < st.n) {
    let s = j === i ? first : st.norm(j);
    let sep = false;
    if (s === 'و' && j > i) { sep = true; s = st.norm(j + 1); }
    const hit = numberWord(lex, s, j > i && !sep);
    if (!hit) break;
    const joined = hit.joined || sep;
    if (j === i && hit.joined) break; // the first word's clitics are the caller's
    const { w } = hit;
    let ok = true;
    switch (w.cls) {
      case 'unit':
        if (w.value === 10 && !joined && lastCls === 'unit' && current % 100 >= 1 && current % 100 <= 9) {
          current += 10; // أحد عشر … تسعة عشر
        } else if (lastCls === null) current = w.value;
        else if (joined && current % 100 === 0 && (lastCls === 'hundred' || lastCls === 'scale' || lastCls === 'dual' || lastCls === 'plural')) current += w.value;
        else ok = false;
        break;
      case 'ten':
        if (lastCls === null) current = w.value;
        else if (joined && lastCls === 'unit' && current % 100 >= 1 && current % 100 <= 9) current += w.value;
        else if (joined && current % 100 === 0 && lastCls !== 'ten') current += w.value;
        else ok = false;
        break;
      case 'hundred':
        if (lastCls === null) current = w.value;
        else if (!joined && w.value === 100 && lastCls === 'unit' && current >= 3 && current <= 9) current *= 100; // ثلاث مئة
        else if (joined && current === 0 && (lastCls === 'scale' || lastCls === 'dual' || lastCls === 'plural')) current = w.value;
        else ok = false;
        break;
      case 'scale':
        if (joined) { ok = false; break; }
        if (current === 0 && total > 0 && w.value > lastScale) { total *= w.value; }
        else if (w.value < lastScale) { total += (current || 1) * w.value; }
        else ok = false;
        if (ok) { current = 0; lastScale = w.value; }
        break;
      case 'plural':
        if (!joined && current >= 3 && current <= 10 && w.value < lastScale) {
          total += current * w.value; current = 0; lastScale = w.value;
        } else ok = false;
        break;
      case 'dual':
        if (lastCls === null) { total = w.value; lastScale = w.value / 2; }
        else if (joined && current === 0 && w.value / 2 < lastScale) { total += w.value; lastScale = w.value / 2; }
        else ok = false;
        break;
    }
    if (!ok) break;
    if (w.cls !== 'unit') unitOnly = false;
    lastCls = w.cls;
    words++;
    j += sep ? 2 : 1;
    end = j;
  }
  if (words === 0) return null;
  const value = total + current;
  if (value === 0) return null;
  // A lone "one" is a pronoun or an article-like word far more often than a count.
  if (words === 1 && unitOnly && value === 1) return null;
  return { value, end, words };
}
