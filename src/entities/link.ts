// Name linking: a name the tagger found → its knowledge-base entry, or null. People are linked
// by their full name, a known variant or transliteration (ترمب، بوتن), a partial name (the
// surname ترامب, first + last of a longer name), titles dropped (الرئيس، الملك …), and a strict
// fuzzy rule: normalised edit distance against the KB's people only, at most 1 edit for names of
// 5–7 letters and 2 for 8 or more, and only when a single person is that close. Whatever is
// ambiguous or unknown stays null: a name is never forced onto the nearest famous one.
// The office held at the document date gives country and sector (ترامب in 2021 → USA GOV); a
// person out of office keeps the country with sector ELI (former officials), before office null.

import type { Canonical, EntityType } from '../schema.js';
import { normalize } from '../text/normalize.js';
import { gazIndex, matchGazetteer, proclitic, tokenGazetteerTags } from './gazetteer.js';
import { setKbHooks } from './index.js';
import { officeAt, personCanonical, type KbEntry } from './kb.js';

export { officeAt, personCanonical };

const TITLES = new Set(['الرئيس', 'رئيس', 'الملك', 'العاهل', 'الامير', 'الشيخ', 'السيد', 'السيده', 'الدكتور', 'د', 'المشير', 'الفريق', 'اللواء',
  'العميد', 'العقيد', 'الجنرال', 'العماد', 'الوزير', 'وزير', 'السلطان', 'الامين', 'العام', 'ولي', 'العهد', 'المستشار', 'رئيسه', 'الزعيم', 'القائد',
  'المرشد', 'اية', 'الله', 'المبعوث', 'السفير', 'النائب', 'الحاخام', 'البابا', 'المتحدث', 'باسم']);

interface PeopleIndex {
  exact: Map<string, KbEntry[]>;
  /** Last word of a full name → entries (for "first … last" forms). */
  byLast: Map<string, KbEntry[]>;
  /** Variants by length for the fuzzy rule. */
  byLength: Map<number, { key: string; entry: KbEntry }[]>;
}

let people: PeopleIndex | null = null;

function peopleIndex(): PeopleIndex {
  if (people) return people;
  const kb = gazIndex().kb;
  const byLast = new Map<string, KbEntry[]>();
  const byLength = new Map<number, { key: string; entry: KbEntry }[]>();
  for (const [key, list] of kb.people) {
    const words = key.split(' ');
    if (words.length >= 2) {
      const l = byLast.get(words[words.length - 1]!) ?? [];
      for (const e of list) if (!l.includes(e)) l.push(e);
      byLast.set(words[words.length - 1]!, l);
    }
    for (const e of list) {
      const b = byLength.get(key.length) ?? [];
      b.push({ key, entry: e });
      byLength.set(key.length, b);
    }
  }
  people = { exact: kb.people, byLast, byLength };
  return people;
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Picks one person from candidates: the only one, or the only one in office at the date. */
function pick(list: KbEntry[] | undefined, date: string | null): KbEntry | null {
  if (!list || list.length === 0) return null;
  const uniq = [...new Set(list)];
  if (uniq.length === 1) return uniq[0]!;
  if (!date) return null;
  const inOffice = uniq.filter((e) => officeAt(e, date) !== null);
  return inOffice.length === 1 ? inOffice[0]! : null;
}

function linkPerson(key: string, date: string | null): KbEntry | null {
  const ix = peopleIndex();
  let words = key.split(' ').filter(Boolean);
  // drop leading titles (الرئيس الأمريكي دونالد ترامب is linked by دونالد ترامب)
  const { kb } = gazIndex();
  while (words.length > 1 && (TITLES.has(words[0]!) || kb.nisba.has(words[0]!))) words = words.slice(1);
  const k = words.join(' ');
  if (k.length < 3) return null;
  const exact = ix.exact.get(k);
  if (exact) return pick(exact, date);
  if (words.length >= 2) {
    // first … last of a longer or shorter form: the surname and the first name must agree
    const byLast = ix.byLast.get(words[words.length - 1]!);
    const sameFirst = byLast?.filter((e) => [e.nameAr, ...e.variants].some((v) => normalize(v).split(' ')[0] === words[0]));
    const p = pick(sameFirst, date);
    if (p) return p;
  }
  // fuzzy: strict threshold and a length floor
  if (k.length < 5) return null;
  const max = k.length >= 8 ? 2 : 1;
  let best: KbEntry | null = null, bestD = max + 1, tie = false;
  for (let len = k.length - max; len <= k.length + max; len++) {
    for (const { key: v, entry } of ix.byLength.get(len) ?? []) {
      if (v.length < 5) continue;
      const d = levenshtein(k, v, max);
      if (d > max) continue;
      if (d < bestD) { best = entry; bestD = d; tie = false; }
      else if (d === bestD && entry !== best) tie = true;
    }
  }
  return best && !tie ? best : null;
}

const cache = new Map<string, Canonical | null>();

/**
 * Links a name to the knowledge base: people (above), and for other types an exact name or
 * variant of an entry of that type (or a nisba/country for GPE). Null for unknown names.
 */
export function linkName(surface: string, type: EntityType, documentDate: string | null): Canonical | null {
  const ck = type + '\t' + (documentDate ?? '') + '\t' + surface;
  const hit = cache.get(ck);
  if (hit !== undefined) return hit;
  let key = normalize(surface).replace(/\s+/g, ' ').trim();
  let out: Canonical | null = null;
  if (type === 'PER') {
    let e = linkPerson(key, documentDate);
    if (!e) {
      // a name still carrying a proclitic (وترامب)
      for (const [k, drop] of proclitic(key.split(' ')[0]!)) {
        if (drop === 0) continue;
        e = linkPerson([k, ...key.split(' ').slice(1)].join(' '), documentDate);
        if (e) break;
      }
    }
    out = e ? personCanonical(e, documentDate) : null;
  } else {
    const { byFirst, kb } = gazIndex();
    for (let attempt = 0; attempt < 2 && !out; attempt++) {
      const words = key.split(' ');
      for (const p of byFirst.get(words[0]!) ?? []) {
        if (p.rest.join(' ') !== words.slice(1).join(' ')) continue;
        const target = p.via === 'metonym' ? p.state! : p.entry;
        if (target.type === type || (type === 'GPE' && (target.type === 'LOC' || target.kind === 'country')) || (type === 'LOC' && target.type === 'GPE')) {
          out = { id: target.id, name: target.name, nameAr: target.nameAr, kind: target.kind, country: target.country, sector: target.sector };
          break;
        }
      }
      if (!out && type === 'GPE') { const c = kb.nisba.get(key); if (c) out = { id: c.id, name: c.name, nameAr: c.nameAr, kind: c.kind, country: c.country, sector: c.sector }; }
      if (!out) {
        const alt = proclitic(words[0]!).find(([, d]) => d > 0);
        if (!alt) break;
        key = [alt[0], ...words.slice(1)].join(' ');
      }
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(ck, out);
  return out;
}

/**
 * Plugs the knowledge base into the entities layer: the matcher, the linker, and the per-token
 * gazetteer tags (tagger features, used only when the model was trained with them;
 * `tokenTags: false` leaves them out).
 */
export function registerKb(options: { tokenTags?: boolean } = {}): void {
  setKbHooks({ match: matchGazetteer, link: linkName, tokenTags: options.tokenTags === false ? null : tokenGazetteerTags });
}
