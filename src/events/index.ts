// Events layer: PLOVER triggers, arguments, attribution, status and `why` (issue 5).
import type { Doc } from '../doc.js';
import type { Event } from '../schema.js';

/** Codes the document's events; reads doc.entities and doc.values. */
export function extractEvents(_doc: Doc): Event[] {
  return [];
}
