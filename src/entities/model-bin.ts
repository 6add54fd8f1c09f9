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

/** The keys of a table in id order, cut from one decoded string. */
function tableKeys(t: StringTable): string[] {
  const all = Buffer.from(t.chars.buffer, t.chars.byteOffset, t.chars.byteLength).toString('utf16le');
  const out = new Array<string>(t.size);
  for (let i = 0; i < t.size; i++) out[i] = all.slice(t.offs[i]!, t.offs[i + 1]!);
  return out;
}

function toMap(p: Packed, name: string): Map<string, number> {
  const keys = tableKeys(StringTable.read(p, name));
  const vals = p.array(name + '.vals', 'f64');
  const m = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) m.set(keys[i]!, vals[i]!);
  return m;
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
      vocab: toMap(p, 'vocab'),
      names: toMap(p, 'names'),
      off: new Set(h.off),
      ...(h.hasNgrams ? { ngrams: toMap(p, 'ngrams') } : {}),
    },
    meta: h.meta,
  };
}
