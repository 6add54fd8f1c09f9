// Packed resources (src/resources/packed.ts): the string table, the file format, the freshness
// check, and the packed NER model and segmenter word lists against their text sources.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackedMap, StringTable, openFresh, readPacked, sourceRecord, writePacked } from '../src/resources/packed.js';
import { parseModel } from '../src/entities/perceptron.js';
import { packModel, unpackModel } from '../src/entities/model-bin.js';
import { DEFAULT_MODEL_PATH, tagSentence } from '../src/entities/tagger.js';
import { SEGMENTER_FILES, packSegmenter, readSegmenter, segmentWith, unpackSegmenter } from '../src/morph/segment.js';
import { tokenize } from '../src/text/tokens.js';
import { decodeGraph, encodeGraph } from '../src/resources/graph.js';
import { buildKbFromFiles } from '../src/entities/kb.js';
import { GAZ_PHRASES, buildPhrases } from '../src/entities/gazetteer.js';
import { normalize } from '../src/text/normalize.js';

test('StringTable: ids in order, misses, odd keys, iteration', () => {
  const keys = ['w=بغداد', 'c=ال', '', 'x', 'p1=\u{1F600}', 'a|b|c', 'w=بغداد2', 'ا'.repeat(300)];
  const t = StringTable.build(keys);
  assert.equal(t.size, keys.length);
  keys.forEach((k, i) => { assert.equal(t.get(k), i); assert.equal(t.key(i), k); });
  for (const k of ['w=بغدا', 'w=بغداد ', 'y', 'c=الX', 'ا'.repeat(299)]) assert.equal(t.get(k), undefined);
  assert.deepEqual([...t.entries()], keys.map((k, i) => [k, i]));
  assert.throws(() => StringTable.build(['a', 'b', 'a']), /duplicate/);
  // Many keys: every one found, every near miss missed.
  const many = Array.from({ length: 5000 }, (_, i) => 'f' + i.toString(36));
  const t2 = StringTable.build(many);
  many.forEach((k, i) => assert.equal(t2.get(k), i));
  assert.equal(many.filter((k) => t2.has(k + '_')).length, 0);
});

test('packed file: sections round-trip; a changed source makes it stale', () => {
  const m = PackedMap.build([['ا', 1], ['ب', 2.5], ['ج', -3]]);
  const src = sourceRecord('package.json');
  const buf = writePacked({ format: 1, kind: 'test', sources: [src], meta: { x: 1 } }, {
    ...m.table.sections('m'), 'm.vals': m.vals, f: Float32Array.from([1.5, -2]), b: Uint8Array.from([7]),
  });
  const p = readPacked(buf);
  assert.deepEqual(p.header.meta, { x: 1 });
  assert.deepEqual(Array.from(p.array('f', 'f32')), [1.5, -2]);
  assert.deepEqual(Array.from(p.array('b', 'u8')), [7]);
  const m2 = new PackedMap(StringTable.read(p, 'm'), p.array('m.vals', 'f64'));
  assert.deepEqual([...m2], [...m]);
  assert.throws(() => p.array('f', 'f64'), /no f64 section/);
  // Unaligned bytes are copied, not misread.
  const shifted = Buffer.alloc(buf.length + 1);
  buf.copy(shifted, 1);
  assert.deepEqual(Array.from(readPacked(shifted.subarray(1)).array('f', 'f32')), [1.5, -2]);
  const dir = mkdtempSync(join(tmpdir(), 'rasd-packed-'));
  writeFileSync(join(dir, 'ok.bin'), buf);
  assert.ok(openFresh(join(dir, 'ok.bin'), 'test'));
  // With `self`, only a module listed among the sources may read it.
  assert.ok(openFresh(join(dir, 'ok.bin'), 'test', new URL('../package.json', import.meta.url).href));
  assert.equal(openFresh(join(dir, 'ok.bin'), 'test', import.meta.url), null);
  assert.equal(openFresh(join(dir, 'ok.bin'), 'other-kind'), null);
  assert.equal(openFresh(join(dir, 'missing.bin'), 'test'), null);
  writeFileSync(join(dir, 'stale.bin'), writePacked({ format: 1, kind: 'test', sources: [{ path: 'package.json', sha1: '0'.repeat(40) }], meta: null }, {}));
  assert.equal(openFresh(join(dir, 'stale.bin'), 'test'), null);
  writeFileSync(join(dir, 'junk.bin'), 'not packed');
  assert.equal(openFresh(join(dir, 'junk.bin'), 'test'), null);
});

test('packed NER model: the same weights, lexicons and tags as the text model', () => {
  const gz = readFileSync(DEFAULT_MODEL_PATH);
  const a = parseModel(gz);
  const b = unpackModel(packModel(a, [sourceRecord('models/ner.model.gz')]));
  // Every field of the model and of its lexicon is carried (a field added to the text format must be packed too).
  assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort());
  assert.deepEqual(Object.keys(b.lex).sort(), Object.keys(a.lex).sort());
  assert.deepEqual(b.tags, a.tags);
  assert.deepEqual(b.meta, a.meta);
  assert.deepEqual(Buffer.from(b.W.buffer, b.W.byteOffset, b.W.byteLength), Buffer.from(a.W.buffer));
  assert.deepEqual(Buffer.from(b.trans.buffer, b.trans.byteOffset, b.trans.byteLength), Buffer.from(a.trans.buffer));
  assert.deepEqual(Buffer.from(b.EW.buffer, b.EW.byteOffset, b.EW.byteLength), Buffer.from(a.EW.buffer));
  assert.equal(b.feats.size, a.feats.size);
  for (const [f, row] of a.feats) if (b.feats.get(f) !== row) assert.fail(`feature ${f}: row ${b.feats.get(f)} ≠ ${row}`);
  for (const [f, row] of a.efeats) assert.equal(b.efeats.get(f), row);
  assert.deepEqual([...b.lex.vocab], [...a.lex.vocab]);
  assert.deepEqual([...b.lex.names], [...a.lex.names]);
  assert.deepEqual([...(b.lex.ngrams ?? [])], [...(a.lex.ngrams ?? [])]);
  assert.deepEqual([...(b.lex.off ?? [])], [...(a.lex.off ?? [])]);
  const text = 'قال الرئيس الأمريكي باراك أوباما في واشنطن إن وزارة الخارجية ستعقد اجتماعاً مع الاتحاد الأوروبي في بروكسل. ' +
    'وأعلنت شركة أرامكو السعودية عن أرباحها، بينما زار محمد بن سلمان مدينة الرياض والتقى بالأمين العام للأمم المتحدة.';
  const toks = tokenize(text);
  const input = { norms: toks.map((t) => normalize(text.slice(t.start, t.end))), kinds: toks.map((t) => t.kind), gaz: null };
  const ta = tagSentence(a, input), tb = tagSentence(b, input);
  assert.deepEqual(Array.from(tb.tags), Array.from(ta.tags));
  assert.deepEqual(Array.from(tb.margin), Array.from(ta.margin));
  assert.ok(Array.from(ta.tags).some((t) => t !== 0), 'the sentence has names');
});

test('packed segmenter: the same maps and the same splits as the text files', () => {
  const a = readSegmenter();
  const b = unpackSegmenter(readPacked(packSegmenter(a, SEGMENTER_FILES.map(sourceRecord))));
  const same = (x: ReadonlyMap<string, unknown>, y: ReadonlyMap<string, unknown>, name: string) => {
    assert.equal(y.size, x.size, name);
    for (const [k, v] of x) if (JSON.stringify(y.get(k)) !== JSON.stringify(v)) assert.fail(`${name} ${k}: ${JSON.stringify(y.get(k))} ≠ ${JSON.stringify(v)}`);
  };
  same(a.memo, b.memo, 'memo');
  same(a.lex.known, b.lex.known, 'known');
  same(a.lex.stems, b.lex.stems, 'stems');
  same(a.lex.whole, b.lex.whole, 'whole');
  same(a.weights, b.weights, 'weights');
  assert.equal(b.lex.known.get('كلمةغيرموجودة'), undefined);
  const text = 'وقال الرئيس للصحفيين إنهم سيجتمعون بممثليهم في عاصمتهم، وبالتالي فإن الحكومة ستعلن قراراتها لشعبها والمواطنين كافة بعد مشاوراتهما.';
  for (const t of tokenize(text)) {
    const w = text.slice(t.start, t.end);
    assert.deepEqual(segmentWith(w, b), segmentWith(w, a), w);
  }
});

test('graph codec: shared objects, Maps, Sets and undefined come back the same', () => {
  const shared = { id: 'IRQ', tags: ['a', 'b'], note: undefined as string | undefined };
  const g = { list: [shared, shared, { x: 1, y: null, z: true }], m: new Map<unknown, unknown>([['k', shared], [2, [shared]]]), s: new Set(['x', 'y']), top: shared.tags };
  const back = decodeGraph(JSON.parse(JSON.stringify(encodeGraph(g)))) as typeof g;
  assert.deepEqual(back, g);
  assert.equal(back.list[0], back.list[1]);
  assert.equal(back.m.get('k'), back.list[0]);
  assert.equal(back.top, back.list[0]!.tags);
  assert.ok('note' in back.list[0]!);
  for (const bad of [new Date(0), () => 1, { $x: 1 }, [1, , 3], NaN, Symbol('s')]) assert.throws(() => encodeGraph({ bad }), /encodeGraph/);
});

test('KB snapshot: the knowledge base and gazetteer phrases decode to the graph they were built as', () => {
  const kb = buildKbFromFiles();
  const graph = { kb, derived: { [GAZ_PHRASES]: buildPhrases(kb) } };
  const json = JSON.stringify(encodeGraph(graph));
  const back = decodeGraph(JSON.parse(json)) as typeof graph;
  // The same graph, sharing included: re-encoding the decoded graph gives the same JSON.
  assert.equal(JSON.stringify(encodeGraph(back)), json);
  assert.ok(back.kb.entries.length > 1000);
  const phrases = back.derived[GAZ_PHRASES]!;
  const first = [...phrases.values()][0]![0]!;
  assert.ok(back.kb.entries.includes(first.entry) || [...back.kb.capitals.values()].some((c) => c.city === first.entry));
});
