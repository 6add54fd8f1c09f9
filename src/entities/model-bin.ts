// The NER model in packed form (src/resources/packed.ts), derived from models/ner.model.gz by
// `npm run build`: the same tags, transition, emission and edge weights (the Float32 arrays
// of parseModel, byte for byte) and the same lexicons, loaded without parsing the text. The
// feature strings are a StringTable (feature → row), so no Map of 100k strings is built.

import { PackedMap, StringTable, readPacked, writePacked, type Packed } from '../resources/packed.js';
import type { NerModel } from './perceptron.js';

export const NER_PACK_KIND = 'ner-model';
/** Under dist/packed/. */
export const NER_PACKED_FILE = 'ner.model.bin';

/** Packs a parsed model. `sources` are the files it came from, with their SHA-1. */
export function packModel(m: NerModel, sources: { path: string; sha1: string }[]): Buffer {
  const feats = StringTable.build([...m.feats.keys()]);
  const efeats = StringTable.build([...m.efeats.keys()]);
  // Rows are ids: the packed table must give every feature its row in W.
  for (const [f, row] of m.feats) if (feats.id(f) !== row) throw new Error('packModel: feature rows are not in order');
  for (const [f, row] of m.efeats) if (efeats.id(f) !== row) throw new Error('packModel: edge feature rows are not in order');
  const vocab = PackedMap.build(m.lex.vocab);
  const names = PackedMap.build(m.lex.names);
  const ngrams = PackedMap.build(m.lex.ngrams ?? new Map());
  return writePacked(
    { format: 1, kind: NER_PACK_KIND, sources, meta: { tags: m.tags, meta: m.meta, off: [...(m.lex.off ?? [])], hasNgrams: m.lex.ngrams !== undefined } },
    {
      trans: m.trans, W: m.W, EW: m.EW,
      ...feats.sections('feats'), ...efeats.sections('efeats'),
      ...vocab.table.sections('vocab'), 'vocab.vals': vocab.vals,
      ...names.table.sections('names'), 'names.vals': names.vals,
      ...ngrams.table.sections('ngrams'), 'ngrams.vals': ngrams.vals,
    },
  );
}

/**
 * A packed lexicon map, read in place. FeatureLexicon types these as Map; features.ts and the
 * entities layer only call get() and size on them and iterate them (serializeModel), which a
 * PackedMap does: building real Maps of 70k words cost more start-up than the whole model.
 */
function lexMap(p: Packed, name: string): Map<string, number> {
  return new PackedMap(StringTable.read(p, name), p.array(name + '.vals', 'f64')) as unknown as Map<string, number>;
}

export function unpackModel(bytes: Uint8Array | Packed): NerModel {
  const p = bytes instanceof Uint8Array ? readPacked(bytes) : bytes;
  if (p.header.kind !== NER_PACK_KIND) throw new Error(`not a packed NER model (${p.header.kind})`);
  const h = p.header.meta as { tags: string[]; meta: Record<string, string>; off: string[]; hasNgrams: boolean };
  return {
    tags: h.tags,
    feats: StringTable.read(p, 'feats'),
    W: p.array('W', 'f32'),
    trans: p.array('trans', 'f32'),
    efeats: StringTable.read(p, 'efeats'),
    EW: p.array('EW', 'f32'),
    lex: {
      vocab: lexMap(p, 'vocab'),
      names: lexMap(p, 'names'),
      off: new Set(h.off),
      ...(h.hasNgrams ? { ngrams: lexMap(p, 'ngrams') } : {}),
    },
    meta: h.meta,
  };
}
