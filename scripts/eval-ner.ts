// Measures NER on ANERcorp (CAMeL Lab TEST split) and AQMAR, the way ../shared/tools/score.mjs
// does: each gold sentence is joined with spaces and analysed as one document; an entity
// marks every gold token it overlaps; chunks are compared exactly (GPE and FAC count as LOC,
// AQMAR's MIS0-3 as MISC). Prints a markdown table, the cost of the contract-only mentions
// (nisba adjectives, الحكومة) on these benchmarks, and the tagger's throughput.
//   npm run build && node --import tsx scripts/eval-ner.ts [--data ../shared/data] [--model models/ner.model.gz]

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDoc } from '../src/analyze.js';
import type { Doc } from '../src/doc.js';
import { extractValues } from '../src/values/index.js';
import { extractEntities, setKbHooks, type GazMention } from '../src/entities/index.js';
import { defaultModel, loadModel, tagDoc, tagSentence } from '../src/entities/tagger.js';
import { readNerFile, textDoc, type NerSentence } from './ner-data.js';

const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: join(import.meta.dirname, '../../shared/data') },
    model: { type: 'string' },
  },
});
const model = opt.model ? loadModel(opt.model) : undefined;

const mapType = (t: string | undefined): string => ({ PERS: 'PER', PER: 'PER', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC', FAC: 'LOC', MISC: 'MISC' } as Record<string, string>)[t ?? ''] ?? 'MISC';
function chunks(tags: string[]): string[] {
  const out: string[] = [];
  let st = -1, ty: string | null = null;
  tags.forEach((tag, i) => {
    const [b, t] = tag === 'O' ? ['O', null] : tag.split('-');
    if (st >= 0 && (b !== 'I' || t !== ty)) { out.push(`${st}:${i}:${ty}`); st = -1; }
    if (b === 'B' || (b === 'I' && st < 0)) { st = i; ty = t ?? null; }
  });
  if (st >= 0) out.push(`${st}:${tags.length}:${ty}`);
  return out;
}

type Counts = Record<string, [tp: number, np: number, ng: number]>;
function scoreSentence(s: NerSentence, ents: { start: number; end: number; type: string }[], per: Counts): void {
  const starts: [number, number][] = [];
  let i = 0;
  for (const [tok] of s) { starts.push([i, i + tok.length]); i += tok.length + 1; }
  const tags = s.map(() => 'O');
  for (const e of [...ents].sort((x, y) => x.start - y.start)) {
    const idx = starts.map(([a, b], k) => (a < e.end && e.start < b ? k : -1)).filter((k) => k >= 0);
    idx.forEach((k, j) => { if (tags[k] === 'O') tags[k] = `${j ? 'I' : 'B'}-${mapType(e.type)}`; });
  }
  const gold = chunks(s.map(([, t]) => (t === 'O' ? 'O' : `${t.split('-')[0]}-${mapType(t.split('-')[1])}`)));
  const pred = chunks(tags);
  const gs = new Set(gold);
  for (const c of gold) (per[c.split(':')[2]!] ??= [0, 0, 0])[2]++;
  for (const c of pred) { const ty = c.split(':')[2]!; (per[ty] ??= [0, 0, 0])[1]++; if (gs.has(c)) per[ty]![0]++; }
}
const prf = ([tp, np, ng]: [number, number, number]) => {
  const p = np ? tp / np : 0, r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const total = (per: Counts): [number, number, number] => Object.values(per).reduce((a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]], [0, 0, 0]);
const pct = (x: number) => (100 * x).toFixed(2);

type System = (doc: Doc) => { start: number; end: number; type: string }[];
/** The full layer as `analyze` runs it. */
const full: System = (doc) => { doc.values = extractValues(doc); return extractEntities(doc); };
/** The tagger alone (no merge; gazetteer tags as features when the model was trained with them). */
const taggerOnly: System = (doc) => tagDoc(doc, gazTags && (model ?? defaultModel()).meta.gazetteer === 'on' ? gazTags(doc) : null, model).map((s) => ({ start: doc.tokens[s.tokenStart]!.start, end: doc.tokens[s.tokenEnd - 1]!.end, type: s.label }));
// The knowledge-base matcher as analyze registered it; variants leave some of its sources out,
// to measure what each costs on benchmarks whose guidelines do not annotate them (ANERcorp
// tags neither nisba adjectives nor common-noun institutions such as الحكومة or القوات).
type Matcher = (doc: Doc) => GazMention[];
let matcher: Matcher | null = null;
let gazTags: ((doc: Doc) => string[]) | null = null;
try {
  const g = (await import('../src/entities/gazetteer.js')) as { matchGazetteer?: Matcher; tokenGazetteerTags?: (doc: Doc) => string[] };
  matcher = g.matchGazetteer ?? null;
  gazTags = g.tokenGazetteerTags ?? null;
} catch { /* no knowledge base in this checkout */ }
const without = (vias: GazMention['via'][]): System => (doc) => {
  if (!matcher) return full(doc);
  const m = matcher;
  setKbHooks({ match: (d) => m(d).filter((x) => !vias.includes(x.via)) });
  try { return full(doc); } finally { setKbHooks({ match: m }); }
};
const noNisba = without(['nisba']);
const noContractOnly = without(['nisba', 'institution']);

function evaluate(sents: NerSentence[], sys: System): Counts {
  const per: Counts = {};
  for (const s of sents) {
    const doc = buildDoc(s.map((x) => x[0]).join(' '));
    scoreSentence(s, sys(doc), per);
  }
  return per;
}

const anerTest = readNerFile(join(opt.data!, 'ner/anercorp/ANERCorp_CamelLab_test.txt'));
const aqDir = join(opt.data!, 'ner/aqmar');
const aqmar = readdirSync(aqDir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readNerFile(join(aqDir, f)));

const rows: string[] = ['| corpus | system | P | R | F1 | PER | LOC | ORG | MISC |', '|---|---|---|---|---|---|---|---|---|'];
const systems: [string, System][] = model ? [['tagger only', taggerOnly]] : [
  ['full layer (as analyze runs)', full],
  ['full, nisba matches left out', noNisba],
  ['full, nisba and institution matches left out', noContractOnly],
  ['tagger only', taggerOnly],
];
for (const [corpus, sents] of [['ANERcorp test', anerTest], ['AQMAR', aqmar]] as const) {
  for (const [name, sys] of systems) {
    const per = evaluate(sents, sys);
    const t = prf(total(per));
    const f = (ty: string) => (per[ty] ? pct(prf(per[ty]!).f) : '–');
    rows.push(`| ${corpus} | ${name} | ${pct(t.p)} | ${pct(t.r)} | **${pct(t.f)}** | ${f('PER')} | ${f('LOC')} | ${f('ORG')} | ${f('MISC')} |`);
  }
}
console.log(rows.join('\n'));

// Throughput: the tagger alone over the ANERcorp test text, sentences as the project splits them
// (gazetteer tags, when the model uses them, computed beforehand).
const m = model ?? loadModel(join(import.meta.dirname, '../models/ner.model.gz'));
const inputs = anerTest.map((s) => {
  const d = textDoc(s.map((x) => x[0]).join(' '));
  return { norms: d.tokens.map((t) => t.norm), kinds: d.kinds, gaz: gazTags && m.meta.gazetteer === 'on' ? gazTags(d) : null };
});
const ntok = inputs.reduce((a, x) => a + x.norms.length, 0);
for (const x of inputs) tagSentence(m, x); // warm up
const t0 = process.hrtime.bigint();
const reps = 3;
for (let r = 0; r < reps; r++) for (const x of inputs) tagSentence(m, x);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`\ntagger: ${Math.round((ntok * reps) / secs).toLocaleString('en')} tokens/s (${ntok} tokens × ${reps}, one thread)`);
// The whole entities layer inside analyze (text layers included) for context.
const t1 = process.hrtime.bigint();
for (const s of anerTest) full(buildDoc(s.map((x) => x[0]).join(' ')));
const secs1 = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(`text layers + values + entities: ${Math.round(ntok / secs1).toLocaleString('en')} tokens/s`);
