// The tagger's feature ids (featureIds, which memoises per word, per adjacent pair and per
// small value set) are exactly the ids of tokenFeatures' and edgeFeatures' strings, the
// features training uses, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgeFeatures, sentenceView, tokenFeatures, type TagInput } from '../src/entities/features.js';
import { defaultModel, featureIds } from '../src/entities/tagger.js';
import type { NerModel } from '../src/entities/perceptron.js';
import { setMemoLimits } from '../src/entities/feature-ids.js';
import { tokenize } from '../src/text/tokens.js';
import { normalize } from '../src/text/normalize.js';

const TEXTS = [
  'قال الرئيس الأمريكي باراك أوباما في واشنطن إن وزارة الخارجية ستعقد اجتماعاً مع الاتحاد الأوروبي في بروكسل.',
  'وأعلنت شركة أرامكو السعودية عن أرباحها، بينما زار محمد بن سلمان مدينة الرياض والتقى بالأمين العام للأمم المتحدة.',
  'الرئيس قال: «الرئيس لن يزور بغداد» في 12 يوليو 2015، ثم زار الرئيس بغداد وبغداد والرياض!',
  'أبو بكر البغدادي وعبد الله بن علي، والسيد د. أحمد (CNN) - 3.5% من sales في 2016/5/1 ؛ وكالة الأنباء.',
];

function input(text: string, gaz: 'none' | 'some' | 'mixed'): TagInput {
  const toks = tokenize(text);
  const norms = toks.map((t) => normalize(text.slice(t.start, t.end)));
  const tags = ['O', 'B-GPE', 'I-GPE', 'B-ORG', 'B-PER', 'I-PER'];
  return {
    norms, kinds: toks.map((t) => t.kind),
    gaz: gaz === 'none' ? null : norms.map((_, i) => (gaz === 'some' ? (i % 5 === 1 ? 'B-GPE' : 'O') : tags[(i * 7) % tags.length]!)),
  };
}

function check(m: NerModel, inp: TagInput, label: string): void {
  const got = featureIds(m, inp);
  const view = sentenceView(inp.norms, inp.kinds, m.lex);
  for (let i = 0; i < inp.norms.length; i++) {
    const buf: string[] = [];
    tokenFeatures(inp, view, i, buf);
    const want = buf.map((f) => m.feats.get(f)).filter((r): r is number => r !== undefined);
    assert.deepEqual(Array.from(got.ids.subarray(got.offsets[i]!, got.offsets[i + 1]!)), want, `${label}: ${inp.norms[i]} (${i})`);
    const ebuf: string[] = [];
    edgeFeatures(inp, view, i, ebuf);
    const ewant = ebuf.map((f) => m.efeats.get(f)).filter((r): r is number => r !== undefined);
    assert.deepEqual(Array.from(got.eids.subarray(got.eoffsets[i]!, got.eoffsets[i + 1]!)), ewant, `${label} (edges): ${inp.norms[i]} (${i})`);
  }
  assert.equal(got.offsets[inp.norms.length], got.ids.length);
}

test('featureIds gives the ids of tokenFeatures and edgeFeatures, token by token, with repeated words', () => {
  const m = defaultModel();
  for (const gaz of ['none', 'some', 'mixed'] as const) {
    for (const text of [...TEXTS, ...TEXTS]) check(m, input(text, gaz), `${gaz} ${text.slice(0, 20)}`);
  }
});

for (const [entries, pairs] of [[200_000, 200_000], [30, 25]] as const) test(`featureIds matches the strings on random sentences over a mixed vocabulary, short and long (memo bounds ${entries}/${pairs})`, () => {
  const old = setMemoLimits(entries, pairs);
  try {
  const m = defaultModel();
  const words = [...new Set(TEXTS.flatMap((t) => tokenize(t).map((k) => t.slice(k.start, k.end))))];
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  for (let r = 0; r < 60; r++) {
    const len = r < 5 ? r : 1 + rand(40);
    const once = Array.from({ length: len }, () => words[rand(words.length)]).join(' ');
    // every fourth sentence repeats itself: its own pairs come back from the memo within it
    const text = r % 4 === 3 ? [once, once, once].join(' ') : once;
    check(m, input(text, r % 3 === 0 ? 'none' : r % 3 === 1 ? 'some' : 'mixed'), `random ${r}`);
  }
  } finally {
    setMemoLimits(...old);
  }
});

test('edge feature ids match edgeFeatures on a model that has edge features', () => {
  const committed = defaultModel();
  // The committed model was trained with edge features off and has none; a model with them on
  const off = new Set(committed.lex.off ?? []);
  off.delete('edge');
  const base: NerModel = { ...committed, lex: { ...committed.lex, off } };
  // and one with every edge feature of the texts but one in three.
  const efeats = new Map<string, number>();
  let k = 0;
  for (const text of TEXTS) {
    const inp = input(text, 'none');
    const view = sentenceView(inp.norms, inp.kinds, base.lex);
    for (let i = 0; i < inp.norms.length; i++) {
      const buf: string[] = [];
      edgeFeatures(inp, view, i, buf);
      for (const f of buf) if (!efeats.has(f) && k++ % 3 !== 2) efeats.set(f, efeats.size);
    }
  }
  for (const f of ['E:j-1', 'E:per', 'E:plc', 'E:common']) if (!efeats.has(f)) efeats.set(f, efeats.size);
  const m: NerModel = { ...base, efeats };
  for (const gaz of ['none', 'mixed'] as const) for (const text of [...TEXTS, ...TEXTS]) check(m, input(text, gaz), `edges ${text.slice(0, 20)}`);
  const some = featureIds(m, input(TEXTS[3]!, 'none'));
  assert.ok(some.eids.length > 5, 'the edge ids are exercised');
});
