// A PLOVER/POLECAT-style JSONL export. Field names follow POLECAT's columns in snake case
// (event type, mode, contexts, actor and recipient name/country/sector, location, event and
// story dates, event text), with rasd_* fields keeping what PLOVER has no place for.
//
// PLOVER codes what happened: a planned or announced action is CONCEDE (an announced
// withdrawal is a concession, not yet a RETREAT) — our own record keeps the original type.
// Negated, denied and hypothetical events did not happen, so PLOVER gets no row for them.

import type { Argument, Event } from '../schema.js';

export type PloverInputEvent = Event & { docId: string; date: string | null; sentenceText: string };

export interface PloverEvent {
  event_id: string;
  story_id: string;
  /** The event's own date when the text gives one, else the story date. */
  date: string | null;
  story_date: string | null;
  event_type: string;
  mode: string | null;
  context: string[];
  actor_name: string | null;
  actor_country: string | null;
  actor_sector: string | null;
  recipient_name: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
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
    date: e.time?.value ?? e.date,
    story_date: e.date,
    event_type: planned ? 'CONCEDE' : e.type,
    mode: planned ? null : e.mode,
    context: e.context,
    actor_name: names(e.actor),
    actor_country: code(e.actor, (a) => a.canonical?.country),
    actor_sector: code(e.actor, (a) => a.canonical?.sector),
    recipient_name: names(e.recipient),
    recipient_country: code(e.recipient, (a) => a.canonical?.country),
    recipient_sector: code(e.recipient, (a) => a.canonical?.sector),
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
