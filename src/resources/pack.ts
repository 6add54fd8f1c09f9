// Writes the packed forms of the resources that are slow to parse (src/resources/packed.ts)
// into dist/packed/: run by `npm run build` after tsc, and again whenever a model or word
// list changes (a stale packed file is ignored, never misread: loaders check the sources'
// SHA-1). `node dist/resources/pack.js`
//   dist/packed/ner.model.bin   from models/ner.model.gz (the NER tagger, entities/model-bin.ts)
//   dist/packed/segmenter.bin   from data/morph/segmenter.json and {names,dict,stems}.txt (morph/segment.ts)
//   dist/packed/kb.bin          the KB of data/kb with the gazetteer's phrases (entities/kb.ts, gazetteer.ts)

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseModel } from '../entities/perceptron.js';
import { NER_PACKED_FILE, packModel } from '../entities/model-bin.js';
import { SEGMENTER_FILES, SEGMENTER_PACKED_FILE, packSegmenter, readSegmenter } from '../morph/segment.js';
import { KB_PACKED_FILE, KB_PACK_KIND, buildKbFromFiles, kbSourceFiles } from '../entities/kb.js';
import { GAZ_PHRASES, buildPhrases } from '../entities/gazetteer.js';
import { encodeGraph } from './graph.js';
import { ROOT_URL, packedFile, sourceRecord, writePacked } from './packed.js';

function put(name: string, buf: Buffer): string {
  const file = packedFile(name);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a process loading it never sees half a file.
  writeFileSync(file + '.tmp', buf);
  renameSync(file + '.tmp', file);
  return file;
}

// Each packed file also records the built code that reads and makes it, so a change to that
// code (rebuilt) makes the file stale, and only that code reads it (openFresh's `self`).

export function packNer(): string {
  const src = sourceRecord('models/ner.model.gz');
  const model = parseModel(readFileSync(new URL(src.path, ROOT_URL)));
  const code = ['dist/entities/tagger.js', 'dist/entities/perceptron.js', 'dist/entities/model-bin.js'].map(sourceRecord);
  return put(NER_PACKED_FILE, packModel(model, [src, ...code]));
}

export function packSegmenterFile(): string {
  const sources = [...SEGMENTER_FILES, 'dist/morph/segment.js'].map(sourceRecord);
  return put(SEGMENTER_PACKED_FILE, packSegmenter(readSegmenter(), sources));
}

/**
 * The knowledge base and the gazetteer's phrases as one graph (src/resources/graph.ts), for
 * loadKb to read instead of parsing data/kb and normalising every name. Its sources are the
 * KB files and the built code that makes the graph; loadKb uses it only when running that code.
 */
export function packKb(): string {
  const kb = buildKbFromFiles();
  const graph = { kb, derived: { [GAZ_PHRASES]: buildPhrases(kb) } };
  const json = Buffer.from(JSON.stringify(encodeGraph(graph)), 'utf8');
  const code = ['dist/entities/kb.js', 'dist/entities/gazetteer.js', 'dist/text/normalize.js'];
  const sources = [...kbSourceFiles(), ...code].map(sourceRecord);
  return put(KB_PACKED_FILE, writePacked({ format: 1, kind: KB_PACK_KIND, sources, meta: null }, { json: new Uint8Array(json.buffer, json.byteOffset, json.byteLength) }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const files = [packNer(), packSegmenterFile(), packKb()];
  process.stderr.write(`packed ${files.map((f) => f.slice(fileURLToPath(ROOT_URL).length)).join(', ')} in ${Math.round(performance.now() - t0)} ms\n`);
}
