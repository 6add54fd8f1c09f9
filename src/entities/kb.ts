// The entity knowledge base: countries (with nisba adjectives and capitals), regions, Iraqi
// governorates and districts, cities, international organisations, armed groups, media and
// people with their offices. Reviewable TSV files under data/kb/ (docs/kb.md), loaded once per
// process at first use. Every key is normalised with the same `normalize` as the text.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Canonical, EntityType } from '../schema.js';
import { normalize } from '../text/normalize.js';
import { decodeGraph } from '../resources/graph.js';
import { openFresh, packedFile } from '../resources/packed.js';

export interface KbEntry {
  id: string;
  name: string;
  nameAr: string;
  variants: string[];
  kind: string;
  type: EntityType;
  country: string | null;
  sector: string | null;
  wikidata?: string;
  /** Office dates for people (YYYY-MM-DD); `to` absent while in office. */
  from?: string;
  to?: string;
  /** Every office a person held (the entry's country/sector/from/to are the latest one). */
  offices?: Office[];
  /** Marks a variant shared on purpose with another entry of the same kind. */
  ambiguous?: boolean;
  note?: string;
}

export interface Office {
  country: string | null;
  sector: string | null;
  from: string | null;
  to: string | null;
  role: string;
}

/** Parses "USA GOV 2017-01-20 2021-01-20 president ; USA GOV 2025-01-20 - president". */
export function parseOffices(s: string): Office[] {
  const out: Office[] = [];
  for (const part of s.split(';')) {
    const w = part.trim().split(/\s+/);
    if (w.length < 4) continue;
    const v = (x: string) => (x === '-' ? null : x);
    out.push({ country: v(w[0]!), sector: v(w[1]!), from: v(w[2]!), to: v(w[3]!), role: w.slice(4).join(' ') });
  }
  return out;
}

/** A country row: the entry plus its nisba stems and capitals. */
export interface CountryInfo {
  entry: KbEntry;
  nisba: string[];
  capitals: string[];
}

export interface Kb {
  entries: KbEntry[];
  byId: Map<string, KbEntry>;
  countries: Map<string, CountryInfo>;
  /** Normalised nisba form (العراقي, عراقيه, الامريكيين …) → country entry. */
  nisba: Map<string, KbEntry>;
  /** Normalised capital name → { state, city entry }. */
  capitals: Map<string, { state: KbEntry; city: KbEntry }>;
  /** People only: normalised full name or variant → entries (a surname may name several). */
  people: Map<string, KbEntry[]>;
  /** Common given names (normalised), for "a nisba after a given name is a family name". */
  givenNames: Set<string>;
  /** Normalised names never matched on their own (a country name that is a common word: مالي). */
  noMatch: Set<string>;
}

/** Entity kinds the KB knows, with the entity type each one takes. */
export const KINDS: Record<string, EntityType> = {
  country: 'GPE', region: 'GPE', governorate: 'GPE', district: 'GPE', city: 'GPE', territory: 'GPE',
  geo_region: 'LOC', natural: 'LOC', facility: 'FAC',
  igo: 'ORG', armed_group: 'ORG', media: 'ORG', party: 'ORG', institution: 'ORG', ngo: 'ORG', company: 'ORG',
  person: 'PER',
};

/** CAMEO-style sector codes the KB may use. */
export const SECTORS = new Set([
  'GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'MED', 'BUS', 'CVL', 'IGO', 'NGO', 'COP', 'SPY', 'REF', 'EDU',
  'HLH', 'ELI', 'REL', 'LAB', 'AGR', 'ENV', 'CRM', 'SEP', 'INS', 'MNC', 'UAF', 'PTY', 'IMG', 'HRI', 'DEV',
]);

/** Non-ISO group codes allowed in the country column (IGO for world bodies, KUR …). */
const EXTRA_COUNTRY = new Set(['IGO', 'KUR']);

export function kbDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // src/entities or dist/entities → repo root
  return join(here, '..', '..', 'data', 'kb');
}

/** Reads a TSV with a header line; `#` lines are comments. */
export function readTsv(text: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.replace(/\r$/, '').split('\t');
    if (!header) { header = cols; continue; }
    const r: Record<string, string> = {};
    header.forEach((h, i) => { r[h] = (cols[i] ?? '').trim(); });
    rows.push(r);
  }
  return rows;
}

const split = (s: string | undefined) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

/** An entry from a row of an entries TSV (id type kind name nameAr variants country sector wikidata from to note). */
export function entryFromRow(r: Record<string, string>): KbEntry {
  const kind = r.kind ?? '';
  const e: KbEntry = {
    id: r.id ?? '', name: r.name ?? '', nameAr: r.nameAr ?? '', variants: split(r.variants), kind,
    type: (r.type as EntityType) || KINDS[kind] || 'MISC', country: r.country || null, sector: r.sector || null,
  };
  if (r.wikidata) e.wikidata = r.wikidata;
  if (r.from) e.from = r.from;
  if (r.to) e.to = r.to;
  if (r.ambiguous === '1' || r.ambiguous === 'yes') e.ambiguous = true;
  if (r.note) e.note = r.note;
  if (r.offices) e.offices = parseOffices(r.offices);
  return e;
}

/** Entry files, in priority order (an earlier file's entry wins a shared id or key). */
export const ENTRY_FILES = ['places.tsv', 'towns.tsv', 'orgs.tsv', 'people.tsv', 'regions.tsv', 'iraq.tsv', 'cities.tsv', 'people-upetrarch.tsv'];

/** Builds a Kb from in-memory pieces (used by loadKb and by the build check's tests). */
export function buildKb(countryRows: Record<string, string>[], entries: KbEntry[], givenNames: Iterable<string>, extraVariants?: Map<string, string[]>): Kb {
  const kb: Kb = {
    entries: [], byId: new Map(), countries: new Map(), nisba: new Map(), capitals: new Map(), people: new Map(),
    givenNames: new Set([...givenNames].map(normalize)), noMatch: new Set(),
  };
  for (const r of countryRows) {
    const e = entryFromRow({ ...r, kind: 'country', type: 'GPE', country: r.id ?? '' });
    const info: CountryInfo = { entry: e, nisba: split(r.nisba), capitals: split(r.capitals) };
    for (const n of split(r.nomatch)) kb.noMatch.add(normalize(n));
    kb.countries.set(e.id, info);
    kb.entries.push(e);
  }
  for (const e of entries) kb.entries.push(e);
  for (const e of kb.entries) if (!kb.byId.has(e.id)) kb.byId.set(e.id, e);
  for (const [id, vs] of extraVariants ?? []) {
    const e = kb.byId.get(id);
    if (e) for (const v of vs) if (!e.variants.includes(v)) e.variants.push(v);
  }
  for (const info of kb.countries.values()) {
    for (const stem of info.nisba) for (const f of nisbaForms(stem)) if (!kb.nisba.has(f)) kb.nisba.set(f, info.entry);
    info.capitals.forEach((cap, i) => {
      const key = normalize(cap);
      if (kb.capitals.has(key)) return;
      const city: KbEntry = {
        id: `${info.entry.id}-CAP${i ? i + 1 : ''}`, name: `capital of ${info.entry.name}`, nameAr: cap, variants: [], kind: 'city', type: 'GPE',
        country: info.entry.id, sector: null, note: 'capital; as a speaker it stands for the state',
      };
      kb.capitals.set(key, { state: info.entry, city });
    });
  }
  for (const e of kb.entries) {
    if (e.kind !== 'person') continue;
    for (const v of [e.nameAr, ...e.variants]) {
      const k = normalize(v);
      const list = kb.people.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      kb.people.set(k, list);
    }
  }
  return kb;
}

/** The inflected forms of a nisba stem (عراقي): singular, feminine, dual, plurals, with and without ال. */
export function nisbaForms(stem: string): string[] {
  const s = normalize(stem);
  const base = [s, s + 'ه', s + 'ون', s + 'ين', s + 'ان', s + 'تان', s + 'تين', s + 'ات'];
  const out: string[] = [];
  for (const b of base) { out.push(b); out.push('ال' + b); }
  return out;
}

let cached: Kb | null = null;
let derived: Record<string, unknown> = {};

/** The files loadKb reads, relative to the repository root. */
export function kbSourceFiles(): string[] {
  return ['countries.tsv', ...ENTRY_FILES, 'given-names.txt', 'person-variants.tsv'].map((f) => 'data/kb/' + f);
}

export const KB_PACK_KIND = 'kb-graph';
/** Under dist/packed/. */
export const KB_PACKED_FILE = 'kb.bin';

/**
 * The shipped knowledge base, loaded once per process at first use: from dist/packed/kb.bin
 * (written by `npm run build` from the files and the code that builds it) while that matches
 * them, else built from data/kb.
 */
export function loadKb(): Kb {
  if (cached) return cached;
  // Only the code that wrote the snapshot may read it: under tsx (src/) the KB is built.
  const p = openFresh(packedFile(KB_PACKED_FILE), KB_PACK_KIND, import.meta.url);
  if (p) {
    const bytes = p.array('json', 'u8');
    const g = decodeGraph(JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))) as { kb: Kb; derived: Record<string, unknown> };
    cached = g.kb;
    derived = g.derived;
    return cached;
  }
  cached = buildKbFromFiles();
  return cached;
}

/** A structure derived from the KB and saved with it (the gazetteer's phrases), if loadKb read a snapshot. */
export function kbDerived<T>(name: string): T | undefined {
  loadKb();
  return derived[name] as T | undefined;
}

/** The knowledge base built from data/kb. */
export function buildKbFromFiles(): Kb {
  const dir = kbDir();
  const countryRows = readTsv(readFileSync(join(dir, 'countries.tsv'), 'utf8'));
  const entries: KbEntry[] = [];
  for (const f of ENTRY_FILES) {
    let text: string;
    try { text = readFileSync(join(dir, f), 'utf8'); } catch { continue; }
    for (const r of readTsv(text)) entries.push(entryFromRow(r));
  }
  const given = readFileSync(join(dir, 'given-names.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const extra = new Map<string, string[]>();
  try {
    for (const r of readTsv(readFileSync(join(dir, 'person-variants.tsv'), 'utf8'))) {
      const l = extra.get(r.id!) ?? [];
      l.push(r.variant!);
      extra.set(r.id!, l);
    }
  } catch { /* optional file */ }
  return buildKb(countryRows, entries, given, extra);
}

/** The canonical record of an entry (rasd/1 Canonical). */
export function canonicalOf(e: KbEntry): Canonical {
  return { id: e.id, name: e.name, nameAr: e.nameAr, kind: e.kind, country: e.country, sector: e.sector };
}

/**
 * The build-time check: duplicate ids, a normalised variant naming two entries of the same
 * kind (unless both are marked ambiguous, or they are cities of two countries), empty names,
 * unknown kinds, sectors or country codes.
 * Returns the problems found (empty when the KB is sound).
 */
export function checkKb(kb: Kb): string[] {
  const problems: string[] = [];
  const codes = new Set([...kb.countries.keys(), ...EXTRA_COUNTRY]);
  const ids = new Set<string>();
  const keys = new Map<string, KbEntry>();
  for (const e of kb.entries) {
    if (!e.id) problems.push(`entry without id: ${e.name || e.nameAr}`);
    if (ids.has(e.id)) problems.push(`duplicate id ${e.id}`);
    ids.add(e.id);
    if (!e.name.trim() || !e.nameAr.trim()) problems.push(`${e.id}: empty name`);
    if (!(e.kind in KINDS)) problems.push(`${e.id}: unknown kind "${e.kind}"`);
    if (e.sector !== null && !SECTORS.has(e.sector)) problems.push(`${e.id}: unknown sector "${e.sector}"`);
    if (e.country !== null && !codes.has(e.country)) problems.push(`${e.id}: unknown country code "${e.country}"`);
    if (e.kind === 'country' && !/^[A-Z]{3}$/.test(e.id)) problems.push(`${e.id}: a country id must be ISO 3166-1 alpha-3`);
    if (e.wikidata !== undefined && !/^Q\d+$/.test(e.wikidata)) problems.push(`${e.id}: bad Wikidata id "${e.wikidata}"`);
    for (const o of e.offices ?? []) {
      if (o.sector !== null && !SECTORS.has(o.sector)) problems.push(`${e.id}: unknown office sector "${o.sector}"`);
      if (o.country !== null && !codes.has(o.country)) problems.push(`${e.id}: unknown office country "${o.country}"`);
      for (const d of [o.from, o.to]) if (d !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) problems.push(`${e.id}: bad office date "${d}"`);
    }
    for (const d of [e.from, e.to]) if (d !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) problems.push(`${e.id}: bad date "${d}"`);
    const seen = new Set<string>();
    for (const v of [e.nameAr, ...e.variants]) {
      const n = normalize(v).trim();
      if (!n) { problems.push(`${e.id}: empty variant`); continue; }
      if (seen.has(n)) continue;
      seen.add(n);
      const k = e.kind + '\t' + n;
      const o = keys.get(k);
      // (two cities of two countries may share a name, طرابلس: the gazetteer decides by the
      // document's countries)
      if (o && o !== e && !(o.ambiguous && e.ambiguous) && !(e.kind === 'city' && o.country !== e.country)) problems.push(`variant "${v}" names both ${o.id} and ${e.id} (${e.kind})`);
      else keys.set(k, e);
    }
  }
  return problems;
}

/** The date interval of YYYY, YYYY-MM or YYYY-MM-DD, as two comparable strings. */
function dateRange(d: string): [string, string] {
  if (d.length === 4) return [d + '-01-01', d + '-12-31'];
  if (d.length === 7) return [d + '-01', d + '-31'];
  return [d, d];
}

/** The office held at `date` (the latest one when there is no date), or null if none covers it. */
export function officeAt(e: KbEntry, date: string | null): Office | null {
  const offices = e.offices && e.offices.length ? e.offices : [{ country: e.country, sector: e.sector, from: e.from ?? null, to: e.to ?? null, role: '' }];
  if (!date) return offices[offices.length - 1]!;
  const [a, b] = dateRange(date);
  let hit: Office | null = null;
  for (const o of offices) if ((o.from ?? '0000') <= b && a <= (o.to ?? '9999')) hit = o;
  return hit;
}

/** The canonical record of a person at a date. */
export function personCanonical(e: KbEntry, date: string | null): Canonical {
  const o = officeAt(e, date);
  if (o) return { id: e.id, name: e.name, nameAr: e.nameAr, kind: 'person', country: o.country, sector: o.sector };
  const offices = e.offices ?? [];
  const first = offices[0]?.from ?? e.from ?? null;
  const after = date !== null && first !== null && dateRange(date)[0] >= first;
  return { id: e.id, name: e.name, nameAr: e.nameAr, kind: 'person', country: e.country, sector: after ? 'ELI' : null };
}
