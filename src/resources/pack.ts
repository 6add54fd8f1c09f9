// Writes the packed forms of the resources that are slow to parse (src/resources/packed.ts)
// into dist/packed/: run by `npm run build` after tsc, and again whenever a model or word
// list changes (a stale packed file is ignored, never misread: loaders check the sources'
// SHA-1). `node dist/resources/pack.js`
//   dist/packed/ner.model.bin   from models/ner.model.gz (the NER tagger, entities/model-bin.ts)
//   dist/packed/segmenter.bin   from data/morph/segmenter.json and {names,dict,stems}.txt (morph/segment.ts)

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseModel } from '../entities/perceptron.js';
import { NER_PACKED_FILE, packModel } from '../entities/model-bin.js';
import { SEGMENTER_FILES, SEGMENTER_PACKED_FILE, packSegmenter, readSegmenter } from '../morph/segment.js';
import { ROOT_URL, packedFile, sourceRecord } from './packed.js';

function put(name: string, buf: Buffer): string {
  const file = packedFile(name);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a process loading it never sees half a file.
  writeFileSync(file + '.tmp', buf);
  renameSync(file + '.tmp', file);
  return file;
}

export function packNer(): string {
  const src = sourceRecord('models/ner.model.gz');
  const model = parseModel(readFileSync(new URL(src.path, ROOT_URL)));
  return put(NER_PACKED_FILE, packModel(model, [src]));
}

export function packSegmenterFile(): string {
  const sources = SEGMENTER_FILES.map(sourceRecord);
  return put(SEGMENTER_PACKED_FILE, packSegmenter(readSegmenter(), sources));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const files = [packNer(), packSegmenterFile()];
  process.stderr.write(`packed ${files.map((f) => f.slice(fileURLToPath(ROOT_URL).length)).join(', ')} in ${Math.round(performance.now() - t0)} ms\n`);
}
