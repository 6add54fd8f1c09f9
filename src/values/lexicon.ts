// Word lists of the values layer, read once per process from data/values/*.tsv (reviewable
// in a diff) and folded with the shadow rules, so lookups take a token's `norm` as is.

import { readFileSync } from 'node:fs';
import { normalize } from '../text/normalize.js';

export type NumberClass = 'unit' | 'ten' | 'hundred' | 'scale' | 'plural' | 'dual';
export interface NumberWord { value: number; cls: NumberClass }
export interface MonthWord { month: number; family: 'levant' | 'egypt' | 'maghreb' | 'hijri'; ctx: boolean; words: number }

/**
 * What a quantity counts: the `unit` of a Value of kind quantity. Events map these to
 * magnitude kinds (soldier, sailor → troops, dead → dead, injured → injured, arrested → arrested,
 * person/civilian/child/woman/refugee/displaced/migrant/protester/prisoner/hostage → people).
 */
export const QUANTITY_UNITS = [
  'soldier', 'fighter', 'sailor', 'dead', 'injured', 'arrested', 'person', 'civilian', 'child', 'woman',
  'refugee', 'displaced', 'migrant', 'protester', 'prisoner', 'hostage',
  'km', 'm', 'mile', 'ton', 'kg', 'barrel', 'hectare', 'dunam',
  'missile', 'shell', 'aircraft', 'drone', 'tank', 'vehicle', 'airstrike', 'house',
] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export interface Lexicon {
  numbers: Map<string, NumberWord>;
  ordinals: Map<string, number>;
  /** Month names keyed by their first word; the value lists the full names (1 or 2 words). */
  months: Map<string, { second: string | null; info: MonthWord }[]>;
  units: Map<string, QuantityUnit>;
  /** Second words of two-word unit names (كيلو متر), keyed by the first. */
  units2: Map<string, Map<string, QuantityUnit>>;
  currencyNouns: Map<string, string>;
  currencyAdj: Map<string, Map<string, string>>;
  currencyDefault: Map<string, string | null>;
  currencyCountry: { family: string; code: string; cues: string[] }[];
  currencySymbols: Map<string, string>;
}

let cached: Lexicon | null = null;

function rows(file: string): string[][] {
  const text = readFileSync(new URL(`../../data/values/${file}`, import.meta.url), 'utf8');
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    out.push(line.split('\t').map((c) => c.trim()));
  }
  return out;
}

/** The word lists, loaded at first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const numbers = new Map<string, NumberWord>();
  for (const [w, v, c] of rows('numbers.tsv')) numbers.set(normalize(w!), { value: Number(v), cls: c as NumberClass });
  const ordinals = new Map<string, number>();
  for (const [w, v] of rows('ordinals.tsv')) ordinals.set(normalize(w!), Number(v));
  const months = new Map<string, { second: string | null; info: MonthWord }[]>();
  for (const [w, m, f, flag] of rows('months.tsv')) {
    const parts = normalize(w!).split(' ');
    const info: MonthWord = { month: Number(m), family: f as MonthWord['family'], ctx: flag === 'ctx', words: parts.length };
    const list = months.get(parts[0]!) ?? [];
    const second = parts[1] ?? null;
    if (!list.some((x) => x.second === second)) list.push({ second, info });
    // Two-word names first, so "كانون الثاني" wins over a one-word reading.
    list.sort((a, b) => (b.second ? 1 : 0) - (a.second ? 1 : 0));
    months.set(parts[0]!, list);
  }
  const units = new Map<string, QuantityUnit>();
  const units2 = new Map<string, Map<string, QuantityUnit>>();
  for (const [w, u] of rows('units.tsv')) {
    const parts = normalize(w!).split(' ');
    if (parts.length === 1) units.set(parts[0]!, u as QuantityUnit);
    else {
      const m = units2.get(parts[0]!) ?? new Map<string, QuantityUnit>();
      m.set(parts[1]!, u as QuantityUnit);
      units2.set(parts[0]!, m);
    }
  }
  const currencyNouns = new Map<string, string>();
  const currencyAdj = new Map<string, Map<string, string>>();
  const currencyDefault = new Map<string, string | null>();
  const currencyCountry: Lexicon['currencyCountry'] = [];
  const currencySymbols = new Map<string, string>();
  for (const r of rows('currencies.tsv')) {
    switch (r[0]) {
      case 'noun': currencyNouns.set(normalize(r[1]!), r[2]!); break;
      case 'adj': {
        const m = currencyAdj.get(r[1]!) ?? new Map<string, string>();
        const a = normalize(r[2]!);
        m.set(a, r[3]!);
        // Feminine agreement with a plural noun (دولارات أمريكية) or ال (الدولار الأمريكي).
        m.set(a + 'ه', r[3]!);
        m.set(a + 'ا', r[3]!); // accusative: دينارا عراقيا
        currencyAdj.set(r[1]!, m);
        break;
      }
      case 'default': currencyDefault.set(r[1]!, r[2] === '-' ? null : r[2]!); break;
      case 'country': currencyCountry.push({ family: r[1]!, code: r[2]!, cues: r[3]!.split(',').map(normalize) }); break;
      case 'symbol': currencySymbols.set(r[1]!, r[2]!); break;
    }
  }
  cached = { numbers, ordinals, months, units, units2, currencyNouns, currencyAdj, currencyDefault, currencyCountry, currencySymbols };
  return cached;
}
