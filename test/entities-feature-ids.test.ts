// The tagger's feature ids (featureIds, which memoises each word's own features) are exactly
// the ids of tokenFeatures' strings, the features training uses, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceView, tokenFeatures, type TagInput } from '../src/entities/features.js';
import { defaultModel, featureIds } from '../src/entities/tagger.js';
import { tokenize } from '../src/text/tokens.js';
import { normalize } from '../src/text/normalize.js';

const TEXTS = [
  'قال الرئيس الأمريكي باراك أوباما في واشنطن إن وزارة الخارجية ستعقد اجتماعاً مع الاتحاد الأوروبي في بروكسل.',
  'وأعلنت شركة أرامكو السعودية عن أرباحها، بينما زار محمد بن سلمان مدينة الرياض والتقى بالأمين العام للأمم المتحدة.',
  'الرئيس قال: «الرئيس لن يزور بغداد» في 12 يوليو 2015، ثم زار الرئيس بغداد وبغداد والرياض!',
];

function input(text: string, withGaz: boolean): TagInput {
  const toks = tokenize(text);
  const norms = toks.map((t) => normalize(text.slice(t.start, t.end)));
  return { norms, kinds: toks.map((t) => t.kind), gaz: withGaz ? norms.map((_, i) => (i % 5 === 1 ? 'B-GPE' : 'O')) : null };
}

test('featureIds gives the ids of tokenFeatures, token by token, with repeated words', () => {
  const m = defaultModel();
  for (const withGaz of [false, true]) {
    for (const text of [...TEXTS, ...TEXTS]) {
      const inp = input(text, withGaz);
      const got = featureIds(m, inp);
      const view = sentenceView(inp.norms, inp.kinds, m.lex);
      for (let i = 0; i < inp.norms.length; i++) {
        const buf: string[] = [];
        tokenFeatures(inp, view, i, buf);
        const want = buf.map((f) => m.feats.get(f)).filter((r): r is number => r !== undefined);
        assert.deepEqual(Array.from(got.ids.subarray(got.offsets[i]!, got.offsets[i + 1]!)), want, `${inp.norms[i]} (${i})`);
      }
    }
  }
});
