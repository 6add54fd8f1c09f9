// Paths → documents to ingest. Files and folders (recursively); .txt, .html, .json (an object
// or an array), .jsonl, RSS/Atom. One bad file or record yields a failure with its reason and
// the walk goes on.

import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DocumentInput } from '../store/prepare.js';
import { decodeBytes } from '../text/decode.js';
import { isFeed, parseFeed } from './feed.js';
import { extractArticle } from './html.js';

export type IngestItem =
  | { ok: true; origin: string; input: DocumentInput }
  | { ok: false; origin: string; reason: string };

export interface SourceOptions {
  /** Used when a record or feed gives no date. */
  date?: string | null;
  /** Overrides the record's or feed's source name. */
  source?: string | null;
  /** Told how many items a file holds as soon as that is known (for a progress bar). */
  onCount?: (items: number) => void;
}

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXT = new Set(['.json']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
const KNOWN = new Set([...TEXT_EXT, ...HTML_EXT, ...JSON_EXT, ...JSONL_EXT, ...FEED_EXT]);

const TEXT_KEYS = ['text', 'content', 'body'] as const;
const DATE_KEYS = ['date', 'published', 'date_extracted', 'pubDate', 'published_at', 'datePublished'] as const;

function pick(o: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

/** A JSON record → a document, or the reason it is not one. */
export function recordToInput(v: unknown, opts: SourceOptions = {}): DocumentInput | string {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'expected a JSON object';
  const o = v as Record<string, unknown>;
  const text = pick(o, TEXT_KEYS);
  if (text === null) {
    const blank = TEXT_KEYS.some((k) => typeof o[k] === 'string');
    return blank ? 'empty text' : 'no "text", "content" or "body" string';
  }
  return {
    text: decodeText(text),
    title: pick(o, ['title', 'headline']),
    url: pick(o, ['url', 'link']),
    date: pick(o, DATE_KEYS) ?? opts.date ?? null,
    source: opts.source ?? pick(o, ['source', 'site', 'publisher']),
  };
}

/** `{"articles": [ … ]}` and the like: an object without text whose one array holds the records. */
function wrappedList(v: unknown): { key: string; list: unknown[] } | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (TEXT_KEYS.some((k) => typeof o[k] === 'string')) return null;
  const arrays = Object.keys(o).filter((k) => Array.isArray(o[k]) && (o[k] as unknown[]).every((x) => x && typeof x === 'object' && !Array.isArray(x)));
  return arrays.length === 1 ? { key: arrays[0]!, list: o[arrays[0]!] as unknown[] } : null;
}

function decodeText(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

function firstLineTitle(text: string): string | null {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line && line.length <= 200 ? line : null;
}

async function* fromFile(path: string, opts: SourceOptions, explicit: boolean): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  if (!explicit && !KNOWN.has(ext)) return;
  if (JSONL_EXT.has(ext)) {
    if (opts.onCount) opts.onCount(await countLines(path));
    yield* fromJsonl(path, opts);
    return;
  }
  let text: string;
  try {
    text = decodeBytes(await readFile(path));
  } catch (err) {
    opts.onCount?.(1);
    yield { ok: false, origin: path, reason: (err as Error).message };
    return;
  }
  let counted = false;
  const count = (n: number) => { if (!counted) { counted = true; opts.onCount?.(n); } };
  try {
    if (JSON_EXT.has(ext) || (!KNOWN.has(ext) && /^\s*[[{]/.test(text))) {
      let v: unknown;
      try {
        v = JSON.parse(text);
      } catch (err) {
        count(1);
        yield { ok: false, origin: path, reason: `not valid JSON: ${(err as Error).message}` };
        return;
      }
      const wrapped = wrappedList(v);
      const arr = Array.isArray(v) ? v : wrapped?.list;
      const list = arr ?? [v];
      count(list.length);
      for (let i = 0; i < list.length; i++) {
        const origin = arr ? `${path}${wrapped ? `.${wrapped.key}` : ''}[${i}]` : path;
        const r = recordToInput(list[i], opts);
        yield typeof r === 'string' ? { ok: false, origin, reason: r } : { ok: true, origin, input: r };
      }
      return;
    }
    if (FEED_EXT.has(ext) || (!KNOWN.has(ext) && isFeed(text))) {
      const items = parseFeed(text);
      count(items.length);
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        const origin = `${path}#${i + 1}`;
        if (!it.text.trim()) { yield { ok: false, origin, reason: 'feed item has no text' }; continue; }
        yield { ok: true, origin, input: { ...it, date: it.date ?? opts.date ?? null, source: opts.source ?? it.source } };
      }
      return;
    }
    if (HTML_EXT.has(ext) || (!KNOWN.has(ext) && /^\s*<(!doctype html|html)/i.test(text))) {
      count(1);
      const a = extractArticle(text);
      if (!a.text.trim()) { yield { ok: false, origin: path, reason: 'no article text found in the HTML' }; return; }
      yield { ok: true, origin: path, input: { text: a.text, title: a.title, url: a.url, date: a.date ?? opts.date ?? null, source: opts.source ?? null } };
      return;
    }
    count(1);
    if (!text.trim()) { yield { ok: false, origin: path, reason: 'empty file' }; return; }
    yield { ok: true, origin: path, input: { text, title: firstLineTitle(text) ?? basename(path, ext), url: null, date: opts.date ?? null, source: opts.source ?? null } };
  } catch (err) {
    count(1);
    yield { ok: false, origin: path, reason: (err as Error).message };
  }
}

/** Non-empty lines in a file, by a byte scan (no decoding). */
async function countLines(path: string): Promise<number> {
  let n = 0;
  let pendingText = false;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === 0x0a) { if (pendingText) n++; pendingText = false; } else if (b > 0x20) pendingText = true;
      }
    }
  } catch {
    return 1;
  }
  return n + (pendingText ? 1 : 0);
}

/** How many files `readSources` will open (for a progress bar's first estimate). */
export async function countFiles(paths: readonly string[]): Promise<number> {
  let n = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try { entries = await readdir(dir, { withFileTypes: true }); } catch { n++; return; }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(join(dir, e.name));
      else if (e.isFile() && KNOWN.has(extname(e.name).toLowerCase())) n++;
    }
  };
  for (const p of paths) {
    if (p === '-') continue;
    try {
      if ((await stat(p)).isDirectory()) await walk(p);
      else n++;
    } catch { n++; }
  }
  return n;
}

async function* fromJsonl(path: string, opts: SourceOptions): AsyncGenerator<IngestItem> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  const opened = path === '-' ? null : await new Promise<Error | null>((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', (e: Error) => resolve(e));
  });
  if (opened) { yield { ok: false, origin: path, reason: opened.message }; return; }
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of rl) {
      n++;
      const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (!line.trim()) continue;
      const origin = `${path}:${n}`;
      if (line.includes('\ufffd')) { yield { ok: false, origin, reason: 'invalid UTF-8 on this line' }; continue; }
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        yield { ok: false, origin, reason: 'not valid JSON' };
        continue;
      }
      const r = recordToInput(v, opts);
      yield typeof r === 'string' ? { ok: false, origin, reason: r } : { ok: true, origin, input: r };
    }
  } finally {
    rl.close();
    if (path !== '-') stream.destroy();
  }
}

async function* fromDir(dir: string, opts: SourceOptions): AsyncGenerator<IngestItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { ok: false, origin: dir, reason: (err as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* fromDir(p, opts);
    else if (e.isFile()) yield* fromFile(p, opts, false);
  }
}

/**
 * Every document under `paths`, in order; folders are walked recursively (hidden entries
 * skipped); `-` reads JSONL records from standard input.
 */
export async function* readSources(paths: readonly string[], opts: SourceOptions = {}): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    if (p === '-') { yield* fromJsonl('-', opts); continue; }
    let s;
    try {
      s = await stat(p);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield { ok: false, origin: p, reason: e.code === 'ENOENT' ? 'no such file or folder' : e.message };
      continue;
    }
    if (s.isDirectory()) yield* fromDir(p, opts);
    else yield* fromFile(p, opts, true);
  }
}
