// The working document every layer reads and adds to. Layers never change `text`; they
// add spans. `analyze` turns a Doc into the public rasd/1 record.

import type { Entity, Event, Span, Token, Value, Warning } from './schema.js';
import type { Shadow } from './text/normalize.js';
import type { TokenKind } from './text/tokens.js';

export interface Doc {
  text: string;
  /** Normalised shadow of the whole text, with its map back to `text`. */
  shadow: Shadow;
  sentences: Span[];
  tokens: Token[];
  /** Parallel to `tokens`: what kind of token each is. */
  kinds: TokenKind[];
  /** Parallel to `tokens`: the index of the sentence each token belongs to. */
  tokenSentence: Int32Array;
  /** The anchor for relative dates; the values layer may fill it from a dateline. */
  documentDate: string | null;
  entities: Entity[];
  values: Value[];
  events: Event[];
  warnings: Warning[];
}
