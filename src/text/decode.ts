// Input decoding: bytes → the document text. UTF-8 only, BOM removed, nothing else changed
// (CRLF is kept, so offsets match the file the user has).

/** The largest document `analyze` accepts, in UTF-16 code units (about 64 MB of Arabic UTF-8). */
export const MAX_DOCUMENT_CHARS = 32 * 1024 * 1024;

export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes strictly; throws InputError for binary or invalid UTF-8 input. */
export function decodeBytes(buf: Uint8Array): string {
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError('binary', `input looks binary (NUL byte at offset ${nul}); expected UTF-8 text`);
  let text: string;
  try {
    text = utf8.decode(buf); // the fatal decoder strips a leading BOM itself
  } catch {
    throw new InputError('encoding', `input is not valid UTF-8 (byte ${firstInvalidUtf8(buf)}); convert it to UTF-8 first`);
  }
  return checkText(text);
}

/** Checks an already-decoded string (library and HTTP callers); strips a BOM. */
export function checkText(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_DOCUMENT_CHARS) {
    throw new InputError('too_large', `document is ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS} (split it)`);
  }
  if (text.indexOf('\u0000') >= 0) throw new InputError('binary', 'text contains NUL characters; expected plain text');
  return text;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const n = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    if (n === 0 || i + n > buf.length) return i;
    for (let k = 1; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return i;
}
