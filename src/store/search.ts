// Full-text search helpers: a user query → a safe FTS5 expression over normalised text, and a
// snippet cut from the ORIGINAL text (found on the shadow copy, mapped back by its offset map).

import { normalize, shadow } from '../text/normalize.js';

export interface ParsedQuery {
  /** The FTS5 MATCH expression; every term quoted, so user input cannot inject syntax. */
  match: string;
  /** Normalised terms (without the prefix star), for snippets. */
  terms: string[];
}

const WORD_RE = /[\p{L}\p{N}\p{M}_]+\*?/gu;

/**
 * Words are ANDed; `OR` between two words or phrases ORs them; "…" is a phrase; a trailing
 * `*` makes a prefix search. Text is normalised exactly as the index is.
 */
export function parseQuery(query: string): ParsedQuery {
  const parts: string[] = [];
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  let pendingOr = false;
  while ((m = re.exec(query))) {
    if (m[2] === 'OR') { if (parts.length) pendingOr = true; continue; }
    const raw = m[1] ?? m[2]!;
    const words = (normalize(raw).toLowerCase().match(WORD_RE) ?? []);
    if (!words.length) continue;
    let expr: string;
    if (m[1] !== undefined) {
      const ws = words.map((w) => w.replace(/\*$/, ''));
      expr = `"${ws.join(' ')}"`;
      terms.push(ws.join(' '));
    } else {
      expr = words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' ');
      for (const w of words) terms.push(w.replace(/\*$/, ''));
    }
    if (pendingOr && parts.length) parts[parts.length - 1] = `(${parts[parts.length - 1]} OR ${expr})`;
    else parts.push(words.length > 1 && m[1] === undefined ? `(${expr})` : expr);
    pendingOr = false;
  }
  return { match: parts.join(' AND '), terms: terms.filter(Boolean) };
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c > 0x00bf && c < 0x0600;
}

export interface Snippet {
  snippet: string;
  /** Where the first matched term sits in `snippet` (UTF-16, end exclusive), if found. */
  match: { start: number; end: number } | null;
}

/** A window of the original text around the first occurrence of a term (whole words preferred). */
export function makeSnippet(text: string, terms: readonly string[], width = 160): Snippet {
  const sh = shadow(text);
  const low = sh.norm.toLowerCase();
  // Offsets must stay aligned with the shadow: keep full lower-casing only if it keeps the length.
  const norm = low.length === sh.norm.length ? low : sh.norm.replace(/[A-Z]/g, (c) => c.toLowerCase());
  let best: { a: number; b: number } | null = null;
  let bestWhole = false;
  for (const term of terms) {
    let from = 0;
    let first: { a: number; b: number } | null = null;
    while (from <= norm.length) {
      const i = norm.indexOf(term, from);
      if (i < 0) break;
      const j = i + term.length;
      const whole = (i === 0 || !isWordChar(norm.charCodeAt(i - 1))) && (j >= norm.length || !isWordChar(norm.charCodeAt(j)));
      if (!first) first = { a: i, b: j };
      if (whole) { first = { a: i, b: j }; if (!bestWhole || !best || i < best.a) { best = first; bestWhole = true; } break; }
      from = i + 1;
    }
    if (first && !bestWhole && (!best || first.a < best.a)) best = first;
  }
  if (!best) return { snippet: cut(text, 0, Math.min(text.length, width)), match: null };
  const start = sh.toOrig[best.a]!;
  const end = best.b > best.a ? sh.toOrig[best.b - 1]! + 1 : start;
  let a = Math.max(0, start - Math.floor(width / 3));
  let b = Math.min(text.length, a + width);
  if (b - a < width) a = Math.max(0, b - width);
  // Do not start or end in the middle of a word.
  if (a > 0) { const sp = text.lastIndexOf(' ', a); a = sp >= 0 && a - sp < 20 ? sp + 1 : a; }
  if (b < text.length) { const sp = text.indexOf(' ', b); b = sp >= 0 && sp - b < 20 ? sp : b; }
  if (end > b) b = end;
  const body = text.slice(a, b);
  const lead = a > 0 ? '…' : '';
  const flat = lead + body.replace(/\s+/g, ' ') + (b < text.length ? '…' : '');
  // Whitespace folding keeps lengths only when no run collapses; recompute the match position.
  const prefix = lead + text.slice(a, start).replace(/\s+/g, ' ');
  const hit = text.slice(start, end).replace(/\s+/g, ' ');
  return { snippet: flat, match: { start: prefix.length, end: prefix.length + hit.length } };
}

function cut(text: string, a: number, b: number): string {
  return text.slice(a, b).replace(/\s+/g, ' ') + (b < text.length ? '…' : '');
}
