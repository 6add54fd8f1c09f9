// Shared by the API and browser tests: a store filled with short articles written for these
// tests, their events made here (so the corpus views are tested whatever the events layer finds).
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.ts';
import { openStore, type Store } from '../src/store/db.ts';
import type { Argument, Canonical, Event, EventType, RasdRecord } from '../src/schema.ts';

export function arg(text: string, phrase: string, canonical: Partial<Canonical> | null = null): Argument {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return {
    start, end: start + phrase.length, text: phrase, entity: null,
    canonical: canonical ? { id: canonical.id ?? phrase, name: canonical.name ?? phrase, nameAr: phrase, kind: canonical.kind ?? 'country', ...canonical } : null,
  };
}

export function event(text: string, id: string, type: EventType, trigger: string, parts: Partial<Event> = {}): Event {
  const t = arg(text, trigger);
  return {
    id, type, mode: null, context: [], sentence: 0,
    trigger: { start: t.start, end: t.end, text: t.text }, actor: [], recipient: [], location: [], time: null,
    magnitude: [], source: null, status: 'asserted', negated: false, confidence: 0.8, why: `trigger «${trigger}» (${type})`, ...parts,
  };
}

export const DOC_A = 'أعلن الجيش العراقي مقتل 12 مسلحاً في غارة جوية قرب الموصل، وفق بيان رسمي.';
export const DOC_B = 'فرضت الولايات المتحدة عقوبات جديدة على شركات نفط إيرانية يوم الخميس.';
export const DOC_C = 'التقى وزير الخارجية الأردني نظيره المصري في عمّان لبحث الأوضاع في غزة.';

export function recordA(): RasdRecord {
  const r = analyze(DOC_A, { date: '2024-03-10' });
  const t = DOC_A;
  return { ...r, events: [event(t, 'ev1', 'ASSAULT', 'غارة', {
    mode: 'aerial',
    actor: [arg(t, 'الجيش العراقي', { id: 'IRQ:MIL', name: 'Iraqi army', country: 'IRQ', sector: 'MIL', kind: 'military' })],
    location: [arg(t, 'الموصل', { id: 'Q1', name: 'Mosul', country: 'IRQ', kind: 'city' })],
    magnitude: [{ ...(({ start, end, text }) => ({ start, end, text }))(arg(t, '12 مسلحاً')), kind: 'dead', value: 12, approx: false }],
    source: { ...(({ start, end, text }) => ({ start, end, text }))(arg(t, 'بيان رسمي')), entity: null, kind: 'statement' },
    status: 'reported',
  })] };
}

export function recordB(): RasdRecord {
  const r = analyze(DOC_B, { date: '2024-03-14' });
  const t = DOC_B;
  return { ...r, events: [event(t, 'ev1', 'SANCTION', 'فرضت', {
    actor: [arg(t, 'الولايات المتحدة', { id: 'USA', name: 'United States', country: 'USA' })],
    recipient: [arg(t, 'شركات نفط إيرانية', { id: 'IRN:BUS', name: 'Iranian oil firms', country: 'IRN', sector: 'BUS', kind: 'sector' })],
  })] };
}

export function recordC(): RasdRecord {
  const r = analyze(DOC_C, { date: '2024-03-14' });
  const t = DOC_C;
  return { ...r, events: [event(t, 'ev1', 'CONSULT', 'التقى', {
    actor: [arg(t, 'وزير الخارجية الأردني', { id: 'JOR:GOV', name: 'Jordanian foreign minister', country: 'JOR', sector: 'GOV', kind: 'person' })],
    recipient: [arg(t, 'نظيره المصري', { id: 'EGY:GOV', name: 'Egyptian foreign minister', country: 'EGY', sector: 'GOV', kind: 'person' })],
  })] };
}

/** An in-memory store with the three articles; returns their ids too. */
export function filledStore(path = ':memory:'): { store: Store; ids: { a: string; b: string; c: string } } {
  const store = openStore(path);
  const a = store.addDocument({ text: DOC_A, title: 'غارة قرب الموصل', date: '2024-03-10', source: 'test-wire', url: 'https://example.org/a' }, recordA()).id;
  const b = store.addDocument({ text: DOC_B, title: 'عقوبات على شركات نفط', date: '2024-03-14', source: 'test-wire' }, recordB()).id;
  const c = store.addDocument({ text: DOC_C, title: 'لقاء في عمّان', date: '2024-03-14', source: 'other' }, recordC()).id;
  return { store, ids: { a, b, c } };
}
