// A PLOVER/POLECAT-style JSONL export. Field names follow POLECAT's (event_type, mode,
// context, source/target actor with country and sector, location, story and event dates,
// event_text), with rasd_* fields keeping what PLOVER has no place for.
//
// PLOVER codes what happened: a planned or announced action is CONCEDE (an announced
// withdrawal is a concession, not yet a RETREAT) — our own record keeps the original type.
// Negated, denied and hypothetical events did not happen, so PLOVER gets no row for them.

import type { Argument, Event } from '../schema.js';

export type PloverInputEvent = Event & { docId: string; date: string | null; sentenceText: string };

export interface PloverEvent {
  event_id: string;
  story_id: string;
  story_date: string | null;
  event_date: string | null;
  event_type: string;
  mode: string | null;
  context: string[];
  source_actor: string | null;
  source_country: string | null;
  source_sector: string | null;
  target_actor: string | null;
  target_country: string | null;
  target_sector: string | null;
  location: { name: string; country: string | null; id: string | null }[];
  event_text: string;
  trigger_text: string;
  attribution: string | null;
  magnitude: { kind: string; value: number | null; approx: boolean }[];
  confidence: number;
  rasd_type: string;
  rasd_mode: string | null;
  rasd_status: string;
}

/** Whether PLOVER gets a row for this event at all. */
export function ploverIncludes(e: Event): boolean {
  return !e.negated && e.status !== 'denied' && e.status !== 'hypothetical';
}

function names(args: readonly Argument[]): string | null {
  const s = args.map((a) => a.canonical?.name || a.text).filter(Boolean).join('; ');
  return s || null;
}

function code(args: readonly Argument[], pick: (a: Argument) => string | null | undefined): string | null {
  const s = [...new Set(args.map(pick).filter((x): x is string => !!x))].join(';');
  return s || null;
}

export function toPlover(e: PloverInputEvent): PloverEvent {
  const planned = e.status === 'planned';
  return {
    event_id: `${e.docId}-${e.id}`,
    story_id: e.docId,
    story_date: e.date,
    event_date: e.time?.value ?? e.date,
    event_type: planned ? 'CONCEDE' : e.type,
    mode: planned ? null : e.mode,
    context: e.context,
    source_actor: names(e.actor),
    source_country: code(e.actor, (a) => a.canonical?.country),
    source_sector: code(e.actor, (a) => a.canonical?.sector),
    target_actor: names(e.recipient),
    target_country: code(e.recipient, (a) => a.canonical?.country),
    target_sector: code(e.recipient, (a) => a.canonical?.sector),
    location: e.location.map((a) => ({ name: a.canonical?.name || a.text, country: a.canonical?.country ?? null, id: a.canonical?.id ?? null })),
    event_text: e.sentenceText,
    trigger_text: e.trigger.text,
    attribution: e.source?.text ?? null,
    magnitude: e.magnitude.map((m) => ({ kind: m.kind, value: m.value, approx: m.approx })),
    confidence: e.confidence,
    rasd_type: e.type,
    rasd_mode: e.mode,
    rasd_status: e.status,
  };
}

/** One JSONL line per PLOVER event; '' for events PLOVER does not code. */
export function ploverLine(e: PloverInputEvent): string {
  return ploverIncludes(e) ? JSON.stringify(toPlover(e)) + '\n' : '';
}
