// Institutions by pattern: a state body (البرلمان، الحكومة، وزارة X، الجيش، الشرطة …) and the
// country after it, as a nisba (الجيش العراقي، وزارة الخارجية التركية) or a name (حكومة العراق).
// The match is an ORG with the body's sector (CAMEO-style codes) and the country; a definite
// head without a country (الحكومة، الجيش) is still an ORG with its sector and country null (the
// merge may fill the country from the document). Indefinite heads (حكومة، قوات) need a country.

import type { Doc } from '../doc.js';
import type { Canonical } from '../schema.js';
import { normalize } from '../text/normalize.js';
import type { GazMatch, TokenView } from './gazetteer.js';
import { surfaceOffset } from './gazetteer.js';
import type { Kb, KbEntry } from './kb.js';

interface Head {
  words: string[];
  sector: string;
  name: string;
  /** A head that names a body only with a country or a complement after it. */
  needsCountry: boolean;
  /** Takes one ال-word complement before the country: وزارة الخارجية، وزير الدفاع. */
  complement: boolean;
}

const HEAD_TABLE: [string, string, string, number][] = [
  // pattern, sector, English name, flags (1 needs a country, 2 takes a complement)
  ['البرلمان', 'LEG', 'parliament', 0], ['برلمان', 'LEG', 'parliament', 1],
  ['مجلس النواب', 'LEG', 'parliament', 0], ['مجلس الشعب', 'LEG', 'parliament', 0], ['مجلس الامة', 'LEG', 'parliament', 0],
  ['مجلس الشيوخ', 'LEG', 'senate', 0], ['مجلس الشورى', 'LEG', 'consultative council', 0], ['الجمعية الوطنية', 'LEG', 'national assembly', 0],
  ['الحكومة', 'GOV', 'government', 0], ['حكومة', 'GOV', 'government', 1], ['مجلس الوزراء', 'GOV', 'cabinet', 0],
  ['الرئاسة', 'GOV', 'presidency', 0], ['رئاسة الجمهورية', 'GOV', 'presidency', 0], ['رئاسة الوزراء', 'GOV', 'prime minister\'s office', 0],
  ['وزارة', 'GOV', 'ministry', 3], ['الوزارة', 'GOV', 'ministry', 0], ['وزير', 'GOV', 'minister', 3],
  ['السلطات', 'GOV', 'authorities', 0], ['سلطات', 'GOV', 'authorities', 1],
  ['الجيش', 'MIL', 'army', 0], ['جيش', 'MIL', 'army', 1], ['القوات', 'MIL', 'forces', 0], ['قوات', 'MIL', 'forces', 1],
  ['القوات المسلحة', 'MIL', 'armed forces', 0], ['قوات الجيش', 'MIL', 'army', 0], ['القوات الجوية', 'MIL', 'air force', 0],
  ['سلاح الجو', 'MIL', 'air force', 0], ['البحرية', 'MIL', 'navy', 1], ['الطيران', 'MIL', 'air force', 1], ['القوات البرية', 'MIL', 'ground forces', 0],
  ['الشرطة', 'COP', 'police', 0], ['شرطة', 'COP', 'police', 1], ['قوات الامن', 'COP', 'security forces', 0], ['قوات الأمن', 'COP', 'security forces', 0],
  ['الأجهزة الأمنية', 'COP', 'security services', 0], ['الامن', 'COP', 'security forces', 1],
  ['المخابرات', 'SPY', 'intelligence', 0], ['الاستخبارات', 'SPY', 'intelligence', 0], ['جهاز المخابرات', 'SPY', 'intelligence', 0],
  ['المحكمة', 'JUD', 'court', 0], ['المحكمة الاتحادية', 'JUD', 'federal court', 0], ['المحكمة العليا', 'JUD', 'supreme court', 0],
  ['المحكمة الدستورية', 'JUD', 'constitutional court', 0], ['القضاء', 'JUD', 'judiciary', 1], ['مجلس القضاء الأعلى', 'JUD', 'judicial council', 0],
  ['المعارضة', 'OPP', 'opposition', 0], ['معارضة', 'OPP', 'opposition', 1],
  ['السفارة', 'GOV', 'embassy', 1], ['سفارة', 'GOV', 'embassy', 1],
  // labour: unions and employees' leagues (نقابة المعلمين العراقيين، رابطة موظفي الإدارة العامة)
  ['نقابة', 'LAB', 'union', 2], ['النقابة', 'LAB', 'union', 0], ['نقابات', 'LAB', 'unions', 2], ['النقابات', 'LAB', 'unions', 0],
  ['رابطة موظفي', 'LAB', 'employees\' league', 2],
];

/** Titles that start a person's name after a minister's title (وزير الدفاع الأمير …). */
export const TITLES = new Set(['الامير', 'الشيخ', 'الرئيس', 'الملك', 'السيد', 'الدكتور', 'الفريق', 'اللواء', 'العميد', 'المهندس', 'السفير', 'السلطان', 'المشير', 'العماد', 'الجنرال']);

interface HeadIndex { byFirst: Map<string, Head[]> }
let heads: HeadIndex | null = null;

function headIndex(): HeadIndex {
  if (heads) return heads;
  const byFirst = new Map<string, Head[]>();
  for (const [pat, sector, name, flags] of HEAD_TABLE) {
    const words = normalize(pat).split(' ');
    const h: Head = { words, sector, name, needsCountry: (flags & 1) !== 0, complement: (flags & 2) !== 0 };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(h);
    byFirst.set(words[0]!, list);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
  heads = { byFirst };
  return heads;
}

/** A country right at token t: a nisba form or a country name (up to 4 words). Returns [entry, tokens used]. */
function countryAt(doc: Doc, t: number, kb: Kb, countryNames: Map<string, KbEntry[]>): [KbEntry, number] | null {
  if (t >= doc.tokens.length || doc.kinds[t] !== 'word') return null;
  const w = doc.tokens[t]!.norm;
  const nis = kb.nisba.get(w);
  if (nis) return [nis, 1];
  for (const len of [4, 3, 2, 1]) {
    if (t + len > doc.tokens.length) continue;
    let s = w;
    for (let j = 1; j < len; j++) s += ' ' + doc.tokens[t + j]!.norm;
    const l = countryNames.get(s);
    if (l) return [l[0]!, len];
  }
  return null;
}

let countryNameCache: { kb: Kb; m: Map<string, KbEntry[]> } | null = null;
function countryNames(kb: Kb): Map<string, KbEntry[]> {
  if (countryNameCache?.kb === kb) return countryNameCache.m;
  const m = new Map<string, KbEntry[]>();
  for (const info of kb.countries.values()) {
    for (const v of [info.entry.nameAr, ...info.entry.variants]) {
      const k = normalize(v);
      if (kb.noMatch.has(k)) continue;
      m.set(k, [...(m.get(k) ?? []), info.entry]);
    }
  }
  countryNameCache = { kb, m };
  return m;
}

export function institutionCanonical(sector: string, name: string, nameAr: string, country: KbEntry | null): Canonical {
  if (country) return { id: `${country.id}-${sector}`, name: `${country.name} ${name}`, nameAr, kind: 'institution', country: country.id, sector };
  return { id: `sector:${sector}`, name, nameAr, kind: 'institution', country: null, sector };
}

/** Institution matches (see the top of this file); overlaps are resolved by the caller. */
export function matchInstitutions(doc: Doc, view: TokenView, kb: Kb): GazMatch[] {
  const { byFirst } = headIndex();
  const names = countryNames(kb);
  const out: GazMatch[] = [];
  const n = doc.tokens.length;
  for (let t = 0; t < n; t++) {
    if (doc.kinds[t] !== 'word') continue;
    let list: Head[] | undefined, drop = 0;
    for (const [k, d] of view.keys[t]!) { list = byFirst.get(k); if (list) { drop = d; break; } }
    if (!list) continue;
    const sent = doc.tokenSentence[t];
    for (const h of list) {
      let e = t + 1;
      let ok = true;
      for (let j = 1; j < h.words.length && ok; j++, e++) ok = e < n && doc.tokens[e]!.norm === h.words[j] && doc.tokenSentence[e] === sent;
      if (!ok) continue;
      let end = e;
      // complement: وزارة الخارجية، وزير الدفاع
      if (h.complement) {
        const compl = (k: number) => k < n && doc.tokenSentence[k] === sent && doc.kinds[k] === 'word' && doc.tokens[k]!.norm.startsWith('ال') && !kb.nisba.has(doc.tokens[k]!.norm) && !TITLES.has(doc.tokens[k]!.norm);
        if (!compl(end)) continue;
        end++;
        // وزارة الشؤون الإسلامية، وزير الموارد المائية: up to two more words of the ministry's name
        for (let x = 0; x < 2 && compl(end) && !countryAt(doc, end, kb, names); x++) end++;
      }
      const c = end < n && doc.tokenSentence[end] === sent ? countryAt(doc, end, kb, names) : null;
      if (!c && h.needsCountry && !h.complement) continue;
      const last = c ? end + c[1] : end;
      const tok = doc.tokens[t]!;
      const start = tok.start + surfaceOffset(doc.text, tok.start, tok.end, drop);
      const stop = doc.tokens[last - 1]!.end;
      out.push({
        start, end: stop, tokenStart: t, tokenEnd: last, type: 'ORG',
        canonical: institutionCanonical(h.sector, h.name, doc.text.slice(start, stop), c ? c[0] : null),
        entry: null, via: 'institution', confidence: c ? 0.85 : 0.7,
      });
      break;
    }
  }
  return out;
}
