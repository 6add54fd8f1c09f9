// Compact binary resources: typed arrays and string tables in one file that loads without
// parsing (the arrays are views on the file's bytes). Used for the resources that dominated
// start-up when parsed from text (the NER model, the segmenter's word lists); the text files
// stay the source of truth and the packed files are derived from them by `npm run build`
// (src/resources/pack.ts), into dist/packed/. A packed file records the SHA-1 of every
// source it was made from; a loader uses it only when those still match, else it parses the
// text as before.
//
// File layout (little-endian):
//   "RASDPK01"  u32 header length  header (UTF-8 JSON)  padding to 8
//   sections, each starting on a multiple of 8; the header gives name, type, offset, length.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';

const MAGIC = 'RASDPK01';
/** Bumped whenever a packed layout changes, so old files are ignored rather than misread. */
export const PACK_FORMAT = 1;

type ArrayKind = 'u8' | 'i8' | 'u16' | 'i32' | 'u32' | 'f32' | 'f64';
export type PackedArray = Uint8Array | Int8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

const CTOR = { u8: Uint8Array, i8: Int8Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array, f32: Float32Array, f64: Float64Array } as const;

function kindOf(a: PackedArray): ArrayKind {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Int8Array) return 'i8';
  if (a instanceof Uint16Array) return 'u16';
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Float32Array) return 'f32';
  return 'f64';
}

interface SectionInfo { name: string; type: ArrayKind; offset: number; length: number }

export interface PackedHeader {
  format: number;
  /** What the file holds ('ner-model', 'segmenter-words' …). */
  kind: string;
  /** Source files (relative to the repository root) and their SHA-1. */
  sources: { path: string; sha1: string }[];
  /** Anything else the loader needs (small). */
  meta: unknown;
}

export function writePacked(header: PackedHeader, sections: Record<string, PackedArray>): Buffer {
  const infos: SectionInfo[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(sections)) {
    infos.push({ name, type: kindOf(a), offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const head = Buffer.from(JSON.stringify({ ...header, sections: infos }), 'utf8');
  const start = Math.ceil((8 + 4 + head.length) / 8) * 8;
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(head.length, 8);
  head.copy(out, 12);
  for (const info of infos) {
    const a = sections[info.name]!;
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    if (endianness() !== 'LE' && a.BYTES_PER_ELEMENT > 1) throw new Error('packed resources are written on little-endian machines only');
    out.set(bytes, start + info.offset);
  }
  return out;
}

export interface Packed {
  header: PackedHeader;
  array<K extends ArrayKind>(name: string, type: K): InstanceType<(typeof CTOR)[K]>;
}

/** Reads a packed file's bytes; throws on anything that is not one. */
export function readPacked(buf: Uint8Array): Packed {
  if (endianness() !== 'LE') throw new Error('packed resources need a little-endian machine');
  if (buf.length < 12 || Buffer.from(buf.buffer, buf.byteOffset, 8).toString('latin1') !== MAGIC) throw new Error('not a packed resource');
  // Views need aligned offsets: copy once if the bytes do not start on a multiple of 8.
  if (buf.byteOffset % 8 !== 0) buf = new Uint8Array(buf);
  const hlen = buf[8]! | (buf[9]! << 8) | (buf[10]! << 16) | (buf[11]! << 24);
  const h = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + 12, hlen).toString('utf8')) as PackedHeader & { sections: SectionInfo[] };
  if (h.format !== PACK_FORMAT) throw new Error(`packed format ${h.format}, expected ${PACK_FORMAT}`);
  const start = Math.ceil((12 + hlen) / 8) * 8;
  const byName = new Map(h.sections.map((s) => [s.name, s]));
  return {
    header: h,
    array(name, type) {
      const s = byName.get(name);
      if (!s || s.type !== type) throw new Error(`packed resource: no ${type} section ${name}`);
      const C = CTOR[type];
      if (start + s.offset + s.length * C.BYTES_PER_ELEMENT > buf.byteLength) throw new Error(`packed resource: section ${name} is cut short`);
      return new C(buf.buffer as ArrayBuffer, buf.byteOffset + start + s.offset, s.length) as never;
    },
  };
}

export function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The repository (or installed package) root: src/resources and dist/resources both sit two levels down. */
export const ROOT_URL = new URL('../../', import.meta.url);

/** Where `npm run build` writes packed file `name`. */
export function packedFile(name: string): string {
  return fileURLToPath(new URL('dist/packed/' + name, ROOT_URL));
}

/** A source file (relative to the root) with the SHA-1 of its current bytes ('absent' if there is none). */
export function sourceRecord(path: string): { path: string; sha1: string } {
  const url = new URL(path, ROOT_URL);
  return { path, sha1: existsSync(url) ? sha1(readFileSync(url)) : 'absent' };
}

/** A module's own file relative to the root ('dist/entities/kb.js' when built, 'src/…/kb.ts' under tsx). */
export function modulePath(moduleUrl: string): string {
  return fileURLToPath(moduleUrl).slice(fileURLToPath(ROOT_URL).length);
}

/**
 * Opens a packed file if it exists, has the expected kind and was made from the current
 * bytes of its sources; null otherwise (the caller then parses the text sources). With
 * `self` (the loader's import.meta.url), the loading module's own file must be among the
 * sources too: a file packed by the built code is not read by other code (src/ under tsx,
 * or a dist/ rebuilt by tsc alone, whose hash no longer matches).
 */
export function openFresh(file: string, kind: string, self?: string): Packed | null {
  if (!existsSync(file)) return null;
  try {
    const p = readPacked(readFileSync(file));
    if (p.header.kind !== kind) return null;
    if (self !== undefined && !p.header.sources.some((s) => s.path === modulePath(self))) return null;
    for (const s of p.header.sources) if (sourceRecord(s.path).sha1 !== s.sha1) return null;
    return p;
  } catch {
    return null;
  }
}

// ---- String tables ------------------------------------------------------------------------

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A read-only set of strings with ids 0..size-1 (the order they were given in), as four typed
 * arrays: the code units of all keys, their offsets, their hashes and an open-addressing table.
 * `get(key)` is the key's id. It reads as a ReadonlyMap<string, number> (key → id).
 */
export class StringTable implements ReadonlyMap<string, number> {
  readonly size: number;
  private readonly mask: number;

  constructor(
    readonly chars: Uint16Array,
    readonly offs: Uint32Array,
    readonly hashes: Uint32Array,
    readonly slots: Uint32Array,
  ) {
    this.size = offs.length - 1;
    this.mask = slots.length - 1;
  }

  static build(keys: readonly string[]): StringTable {
    let total = 0;
    for (const k of keys) total += k.length;
    const chars = new Uint16Array(total);
    const offs = new Uint32Array(keys.length + 1);
    const hashes = new Uint32Array(keys.length);
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2;
    const slots = new Uint32Array(cap);
    const t = new StringTable(chars, offs, hashes, slots);
    let p = 0;
    keys.forEach((k, id) => {
      for (let i = 0; i < k.length; i++) chars[p + i] = k.charCodeAt(i);
      p += k.length;
      offs[id + 1] = p;
      if (t.id(k) >= 0) throw new Error(`StringTable: duplicate key ${JSON.stringify(k)}`);
      const h = hashString(k);
      hashes[id] = h;
      let j = h & t.mask;
      while (slots[j] !== 0) j = (j + 1) & t.mask;
      slots[j] = id + 1;
    });
    return t;
  }

  /** The id of `key`, or -1. */
  id(key: string): number {
    const n = key.length;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h >>>= 0;
    const { slots, hashes, offs, chars, mask } = this;
    let j = h & mask;
    for (;;) {
      const e = slots[j]!;
      if (e === 0) return -1;
      const id = e - 1;
      if (hashes[id] === h) {
        const a = offs[id]!;
        if (offs[id + 1]! - a === n) {
          let k = 0;
          while (k < n && chars[a + k] === key.charCodeAt(k)) k++;
          if (k === n) return id;
        }
      }
      j = (j + 1) & mask;
    }
  }

  /** Every key in id order, cut from one decoded string (much faster than key() one by one). */
  allKeys(): string[] {
    const all = Buffer.from(this.chars.buffer, this.chars.byteOffset, this.chars.byteLength).toString('utf16le');
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = all.slice(this.offs[i]!, this.offs[i + 1]!);
    return out;
  }

  key(id: number): string {
    const a = this.offs[id]!, b = this.offs[id + 1]!;
    let s = '';
    for (let i = a; i < b; i += 4096) s += String.fromCharCode(...this.chars.subarray(i, Math.min(b, i + 4096)));
    return s;
  }

  get(key: string): number | undefined {
    const id = this.id(key);
    return id < 0 ? undefined : id;
  }

  has(key: string): boolean {
    return this.id(key) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.key(i), i];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.key(i);
  }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.size; i++) yield i;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(cb: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let i = 0; i < this.size; i++) cb(i, this.key(i), this);
  }

  /** The four arrays under `name.*`, for writePacked. */
  sections(name: string): Record<string, PackedArray> {
    return { [name + '.chars']: this.chars, [name + '.offs']: this.offs, [name + '.hashes']: this.hashes, [name + '.slots']: this.slots };
  }

  static read(p: Packed, name: string): StringTable {
    return new StringTable(p.array(name + '.chars', 'u16'), p.array(name + '.offs', 'u32'), p.array(name + '.hashes', 'u32'), p.array(name + '.slots', 'u32'));
  }
}

/** A read-only string → number map over a StringTable and a value array (value of key id i). */
export class PackedMap implements ReadonlyMap<string, number> {
  constructor(readonly table: StringTable, readonly vals: PackedArray) {}

  static build(m: Iterable<[string, number]>, ctor: { from(xs: number[]): PackedArray } = Float64Array): PackedMap {
    const ks: string[] = [], vs: number[] = [];
    for (const [k, v] of m) { ks.push(k); vs.push(v); }
    return new PackedMap(StringTable.build(ks), ctor.from(vs));
  }

  get size(): number { return this.table.size; }

  /** The same entries as a Map. */
  toMap(): Map<string, number> {
    const keys = this.table.allKeys();
    const m = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, this.vals[i]!);
    return m;
  }

  get(key: string): number | undefined {
    const id = this.table.id(key);
    return id < 0 ? undefined : this.vals[id];
  }

  has(key: string): boolean { return this.table.id(key) >= 0; }

  *entries(): MapIterator<[string, number]> {
    for (let i = 0; i < this.size; i++) yield [this.table.key(i), this.vals[i]!];
  }

  keys(): MapIterator<string> { return this.table.keys(); }

  *values(): MapIterator<number> {
    for (let i = 0; i < this.size; i++) yield this.vals[i]!;
  }

  [Symbol.iterator](): MapIterator<[string, number]> { return this.entries(); }

  forEach(cb: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let i = 0; i < this.size; i++) cb(this.vals[i]!, this.table.key(i), this);
  }
}

/** A read-only string → number[] map: key id i → vals[offs[i] .. offs[i + 1]) (a fresh array per get). */
export class PackedListMap implements ReadonlyMap<string, number[]> {
  constructor(readonly table: StringTable, readonly offs: Uint32Array, readonly vals: Int32Array) {}

  static build(m: Iterable<[string, readonly number[]]>): PackedListMap {
    const ks: string[] = [], offs: number[] = [0], vs: number[] = [];
    for (const [k, list] of m) { ks.push(k); vs.push(...list); offs.push(vs.length); }
    return new PackedListMap(StringTable.build(ks), Uint32Array.from(offs), Int32Array.from(vs));
  }

  get size(): number { return this.table.size; }

  /** The same entries as a Map. */
  toMap(): Map<string, number[]> {
    const keys = this.table.allKeys();
    const m = new Map<string, number[]>();
    for (let i = 0; i < keys.length; i++) m.set(keys[i]!, this.at(i));
    return m;
  }

  private at(id: number): number[] { return Array.from(this.vals.subarray(this.offs[id]!, this.offs[id + 1]!)); }

  get(key: string): number[] | undefined {
    const id = this.table.id(key);
    return id < 0 ? undefined : this.at(id);
  }

  has(key: string): boolean { return this.table.id(key) >= 0; }

  *entries(): MapIterator<[string, number[]]> {
    for (let i = 0; i < this.size; i++) yield [this.table.key(i), this.at(i)];
  }

  keys(): MapIterator<string> { return this.table.keys(); }

  *values(): MapIterator<number[]> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, number[]]> { return this.entries(); }

  forEach(cb: (value: number[], key: string, map: ReadonlyMap<string, number[]>) => void): void {
    for (let i = 0; i < this.size; i++) cb(this.at(i), this.table.key(i), this);
  }

  sections(name: string): Record<string, PackedArray> {
    return { ...this.table.sections(name), [name + '.loffs']: this.offs, [name + '.lvals']: this.vals };
  }

  static read(p: Packed, name: string): PackedListMap {
    return new PackedListMap(StringTable.read(p, name), p.array(name + '.loffs', 'u32'), p.array(name + '.lvals', 'i32'));
  }
}
