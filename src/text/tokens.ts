// Tokenisation over the original text: each token is a span, classified by kind.
// Clitics are not split here (that is morph/segment); a token is a whitespace- and
// punctuation-delimited unit.

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'url' | 'email' | 'hashtag' | 'mention' | 'emoji' | 'symbol';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

// Arabic letters (base, supplement, extended, presentation forms) and in-word marks.
const AR_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F\\u08A0-\\u08C9\\uFB50-\\uFDFB\\uFE70-\\uFEFC';
const AR_MARK = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06ED\\u08CA-\\u08FF\\u0640';
const DIGIT = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
const JOINERS = '\\u200C\\u200D';

const PATTERNS: [TokenKind, string][] = [
  ['url', `(?:https?:\\/\\/|www\\.)[^\\s<>"«»]*[^\\s<>"«».,;:!?'()\\[\\]،؛؟]`],
  ['email', `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}`],
  ['hashtag', `#[${AR_LETTER}${AR_MARK}${DIGIT}\\p{L}\\p{M}_]+`],
  ['mention', `@[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*`],
  // 1,200 · 14.2 · ٣٫٧ · 1.390.000: separators only between digits; a trailing % stays separate.
  // A clock time (6:30, 10:00:15) is one number, as UD Arabic writes it.
  ['number', `[${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*(?::[${DIGIT}]{2}(?![${DIGIT}]))*`],
  ['word', `[${AR_LETTER}${AR_MARK}](?:[${AR_LETTER}${AR_MARK}]|[${JOINERS}](?=[${AR_LETTER}]))*`],
  ['latin', `[\\p{Script=Latin}][\\p{Script=Latin}\\p{M}]*(?:['’\\-][\\p{Script=Latin}][\\p{Script=Latin}\\p{M}]*)*`],
  ['emoji', `\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic}\\uFE0F?)*|\\p{Regional_Indicator}{2}`],
  // An ellipsis typed as dots is one token, as UD Arabic writes it.
  ['punct', `\\.{2,}|[\\p{P}]`],
  ['symbol', `[^\\s]\\p{M}*`],
];

const TOKEN_RE = new RegExp(PATTERNS.map(([, p]) => `(${p})`).join('|'), 'gu');
const KINDS = PATTERNS.map(([k]) => k);

/** Splits `text` into tokens; whitespace separates and is never part of a token. */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let k = 1;
    while (m[k] === undefined) k++;
    out.push({ start: m.index, end: m.index + m[0].length, kind: KINDS[k - 1]! });
  }
  return out;
}
