// Sentence splitting over tokens. A sentence ends at . ! ? ؟ … (and runs of them, with any
// closing quotes or brackets after), or at a line break. Not at: decimals (1.39 is one
// token), abbreviations and initials (د. ، م. ، ج. بوش، U.S.), or a dateline dash (بغداد -).

import type { Span } from '../schema.js';
import type { RawToken } from './tokens.js';

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '۔', '!', '?', '。']);
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '›']);

// Arabic abbreviations written with a period: titles, units, calendar marks.
const ABBREVIATIONS = new Set([
  'د', 'م', 'ص', 'ق', 'ج', 'هـ', 'ه', 'ت', 'ع', 'ش', 'أ', 'ا', 'س', 'ك', 'كم', 'سم', 'مم', 'كغ', 'كلغ', 'ط', 'ب',
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'vs', 'etc', 'No', 'Gen', 'Col', 'Lt',
]);

function isAbbreviation(text: string, tok: RawToken): boolean {
  const w = text.slice(tok.start, tok.end);
  if (ABBREVIATIONS.has(w)) return true;
  // A single letter is an initial or an abbreviation (J. Smith, U.S., أ.ف.ب، ج. بوش):
  // no Arabic or Latin sentence ends on a one-letter word followed by a period.
  return (tok.kind === 'latin' || tok.kind === 'word') && w.replace(/[\u064B-\u065F\u0670\u0640]/g, '').length === 1;
}

/** Sentence spans, trimmed to their first and last token. */
export function splitSentences(text: string, tokens: RawToken[]): Span[] {
  const out: Span[] = [];
  let first = -1;
  const close = (last: number) => {
    if (first >= 0) out.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (first >= 0 && i > 0 && hasLineBreak(text, tokens[i - 1]!.end, t.start)) close(i - 1);
    if (first < 0) first = i;
    const ch = text.slice(t.start, t.end);
    if (t.kind !== 'punct' || !(TERMINATORS.has(ch) || ch.startsWith('..'))) continue;
    if (ch === '.' && i > 0 && tokens[i - 1]!.end === t.start && isAbbreviation(text, tokens[i - 1]!)) {
      // "د. أحمد": an abbreviation, unless the next token starts a new line.
      const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
      if (!next || !hasLineBreak(text, t.end, next.start)) continue;
    }
    // Absorb a run of terminators and closing quotes/brackets: «…؟!» ends after ».
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1]!;
      const c = text.slice(n.start, n.end);
      if (n.kind === 'punct' && (TERMINATORS.has(c) || c.startsWith('..') || CLOSERS.has(c)) && !hasLineBreak(text, tokens[j]!.end, n.start)) j++;
      else break;
    }
    // A period glued to the next word without a space (example.com, 3.a) does not end a sentence.
    const after = tokens[j + 1];
    if (ch === '.' && after && after.start === tokens[j]!.end && after.kind !== 'punct') continue;
    close(j);
    i = j;
  }
  if (first >= 0) close(tokens.length - 1);
  return out;
}

function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
