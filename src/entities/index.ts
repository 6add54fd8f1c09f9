// Entities layer: knowledge-base matching, the statistical tagger, linking, clusters (issue 4).
import type { Doc } from '../doc.js';
import type { Entity } from '../schema.js';

/** Finds every entity mention in the document. */
export function extractEntities(_doc: Doc): Entity[] {
  return [];
}
