// Arabic normalisation, one named rule per function, applied to a shadow copy of the text
// with an offset map back to the original. The original text is never changed.
//
// Every rule maps one UTF-16 unit to zero or one unit (or, for the lam-alef ligatures, two),
// so a map from shadow index to original index is enough to bring any match back.

/** Harakat (fathatan … sukun), shadda, superscript (dagger) alef, Quranic marks. */
export function isArabicDiacritic(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) || (c >= 0x06df && c <= 0x06e4) || c === 0x06e7 || c === 0x06e8 ||
    (c >= 0x06ea && c <= 0x06ed) || (c >= 0x08d3 && c <= 0x08ff);
}

export function isTatweel(c: number): boolean {
  return c === 0x0640;
}

/** Bidi controls, zero-width characters, soft hyphen, BOM: invisible, dropped for matching. */
export function isInvisibleMark(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c ||
    c === 0xfeff || c === 0x00ad || c === 0x2060;
}

/** أ إ آ ٱ ٲ ٳ ٵ → ا */
export function foldAlef(c: number): number {
  return c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671 || c === 0x0672 ||
    c === 0x0673 || c === 0x0675 ? 0x0627 : c;
}

/** ى (alef maqsura) and Persian ی → ي */
export function foldYa(c: number): number {
  return c === 0x0649 || c === 0x06cc || c === 0x064a ? 0x064a : c;
}

/** ة → ه, for matching only (the written form decides nothing in a gazetteer lookup). */
export function foldTaMarbuta(c: number): number {
  return c === 0x0629 ? 0x0647 : c;
}

/** Persian ک → ك, ۀ/ە → ه: letters that Persian and Kurdish keyboards put into Arabic text. */
export function foldPersianLetters(c: number): number {
  if (c === 0x06a9) return 0x0643;
  if (c === 0x06c0 || c === 0x06d5 || c === 0x06c1) return 0x0647;
  return c;
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits → ASCII 0-9. */
export function foldDigit(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
  return c;
}

/** Arabic punctuation → its Latin counterpart: ، ؛ ؟ ٪ ٫ ٬ and Arabic full stop. */
export function foldPunctuation(c: number): number {
  switch (c) {
    case 0x060c: return 0x2c; // ،
    case 0x061b: return 0x3b; // ؛
    case 0x061f: return 0x3f; // ؟
    case 0x066a: return 0x25; // ٪
    case 0x066b: return 0x2e; // ٫ decimal separator
    case 0x066c: return 0x2c; // ٬ thousands separator
    case 0x06d4: return 0x2e; // ۔
    case 0x00ab: case 0x00bb: case 0x201c: case 0x201d: case 0x201e: return 0x22; // « » “ ” „
    case 0x2018: case 0x2019: return 0x27;
    default: return c;
  }
}

/** NBSP and the other Unicode spaces → a plain space. */
export function foldSpace(c: number): number {
  return c === 0x00a0 || c === 0x202f || c === 0x2007 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 ? 0x20 : c;
}

/** Lam-alef presentation ligatures (ﻻ ﻷ ﻹ ﻵ and final forms) → two letters ل ا. */
export function expandLamAlef(c: number): number[] | null {
  if (c >= 0xfef5 && c <= 0xfefc) return [0x0644, 0x0627];
  return null;
}

export interface Shadow {
  /** The original text. */
  text: string;
  /** The normalised text. */
  norm: string;
  /** toOrig[i] = index in the original of norm[i]; toOrig[norm.length] = original length. */
  toOrig: Uint32Array;
}

/** One character code through every folding rule; -1 means "drop it". */
export function foldChar(c: number): number {
  if (isArabicDiacritic(c) || isTatweel(c) || isInvisibleMark(c)) return -1;
  return foldSpace(foldPunctuation(foldDigit(foldPersianLetters(foldTaMarbuta(foldYa(foldAlef(c)))))));
}

/**
 * The UTF-16 ranges where some rule above changes or drops a unit; every other unit folds to
 * itself. (A test checks foldTable() against the rules over all 65,536 units.)
 */
export const FOLD_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00bb], [0x0600, 0x06ff], [0x08d0, 0x08ff], [0x2000, 0x206f], [0x3000, 0x3000], [0xfef5, 0xfeff],
];

/**
 * foldChar for every UTF-16 unit: -1 drop, -2 lam-alef ligature (two units), else the folded
 * unit. The hot loops below read this table instead of running the rules. Built from the
 * identity and the rules over FOLD_RANGES only: start-up does not run the rules 65,536 times.
 */
export function foldTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const [a, b] of FOLD_RANGES) for (let c = a; c <= b; c++) t[c] = expandLamAlef(c) ? -2 : foldChar(c);
  return t;
}

const FOLD = foldTable();

/** Builds the shadow copy of `text` with its offset map. */
export function shadow(text: string): Shadow {
  const n = text.length;
  // At most two shadow units per original unit (lam-alef), plus the end sentinel.
  let codes: Uint16Array = new Uint16Array(n);
  let map: Uint32Array = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = FOLD[text.charCodeAt(i)]!;
    if (f === -1) continue;
    if (f === -2) {
      if (k + 2 > codes.length) { codes = grow16(codes); map = grow32(map); }
      codes[k] = 0x0644; map[k++] = i;
      codes[k] = 0x0627; map[k++] = i;
      continue;
    }
    if (k + 1 > codes.length) { codes = grow16(codes); map = grow32(map); }
    codes[k] = f;
    map[k++] = i;
  }
  if (k + 1 > map.length) map = grow32(map);
  map[k] = n;
  let norm = '';
  for (let i = 0; i < k; i += 8192) norm += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return { text, norm, toOrig: map.slice(0, k + 1) };
}

function grow16(a: Uint16Array): Uint16Array { const b = new Uint16Array(a.length * 2 + 2); b.set(a); return b; }
function grow32(a: Uint32Array): Uint32Array { const b = new Uint32Array(a.length * 2 + 2); b.set(a); return b; }

const cache = new Map<string, string>();
/** The matching form of a word or phrase: the same rules as `shadow`, without the map. */
export function normalize(s: string): string {
  const n = s.length;
  // Fast path: most words need no folding at all; return them without building a string.
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (FOLD[c] !== c) break;
    i++;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = FOLD[c]!;
    if (f === c) out += s[i];
    else if (f === -2) out += 'لا';
    else if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

/** `normalize` with a small memo for lexicon-sized vocabularies (bounded, so memory stays flat). */
export function normalizeCached(s: string): string {
  let v = cache.get(s);
  if (v === undefined) {
    v = normalize(s);
    if (cache.size > 200_000) cache.clear();
    cache.set(s, v);
  }
  return v;
}

/** Moves `end` past diacritics and tatweel that belong to the last letter (جنديٌّ). */
export function extendOverMarks(text: string, end: number): number {
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!(isArabicDiacritic(c) || isTatweel(c))) break;
    end++;
  }
  return end;
}

/** Maps a shadow span [a, b) back to the original text, trailing marks included. */
export function toOriginalSpan(sh: Shadow, a: number, b: number): { start: number; end: number } {
  if (b <= a) { const p = sh.toOrig[a] ?? sh.toOrig[sh.toOrig.length - 1]!; return { start: p, end: p }; }
  return { start: sh.toOrig[a]!, end: extendOverMarks(sh.text, sh.toOrig[b - 1]! + 1) };
}
