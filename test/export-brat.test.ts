// brat standoff: every text-bound annotation points at its text in code points; spans never
// carry line breaks; events carry roles and attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toBratAnn, bratAnnotationConf } from '../src/export/brat.ts';
import { analyze } from '../src/analyze.ts';
import type { Entity, Event, RasdRecord } from '../src/schema.ts';

function check(record: RasdRecord, ann: string): void {
  const cps = Array.from(record.text);
  for (const line of ann.trimEnd().split('\n')) {
    if (!line.startsWith('T')) continue;
    const [, typeAndSpans, text] = line.split('\t');
    const spans = typeAndSpans!.slice(typeAndSpans!.indexOf(' ') + 1).split(';').map((p) => p.split(' ').map(Number));
    const got = spans.map(([a, b]) => cps.slice(a, b).join('')).join(' ');
    assert.equal(got, text, line);
    for (const [a, b] of spans) assert.ok(!/[\r\n]/.test(cps.slice(a, b).join('')), line);
  }
}

function entity(text: string, phrase: string, id: string, type: Entity['type'] = 'GPE'): Entity {
  const start = text.indexOf(phrase);
  return { id, start, end: start + phrase.length, text: phrase, type, canonical: { id: 'Q' + id, name: phrase, nameAr: phrase, kind: 'country', country: 'IRQ' }, confidence: 0.9 };
}

test('entities and events with roles, attributes and notes; offsets in code points after an emoji', () => {
  const text = '😀 خبر: أدان البرلمان العراقي\nالهجوم على بغداد.';
  const base = analyze(text);
  const ents = [entity(text, 'البرلمان العراقي', 'm1', 'ORG'), entity(text, 'بغداد', 'm2')];
  const trig = text.indexOf('أدان');
  const ev: Event = {
    id: 'e1', type: 'ACCUSE', mode: 'disapprove', context: [], sentence: 0,
    trigger: { start: trig, end: trig + 4, text: 'أدان' },
    actor: [{ start: ents[0]!.start, end: ents[0]!.end, text: ents[0]!.text, entity: 'm1', canonical: ents[0]!.canonical }],
    recipient: [{ start: text.indexOf('الهجوم'), end: text.indexOf('الهجوم') + 6, text: 'الهجوم', entity: null, canonical: null }],
    location: [{ start: ents[1]!.start, end: ents[1]!.end, text: 'بغداد', entity: 'm2', canonical: ents[1]!.canonical }],
    time: null, magnitude: [], source: null, status: 'asserted', negated: true, confidence: 0.8, why: 'cue أدان\nsecond line',
  };
  // A span across the line break must become two fragments.
  const cross = text.indexOf('العراقي');
  const crossEnt: Entity = { id: 'm3', start: cross, end: text.indexOf('الهجوم') + 6, text: text.slice(cross, text.indexOf('الهجوم') + 6), type: 'MISC', canonical: null, confidence: 0.5 };
  const rec: RasdRecord = { ...base, entities: [...ents, crossEnt], events: [ev] };
  const ann = toBratAnn(rec);
  check(rec, ann);
  const lines = ann.trimEnd().split('\n');
  assert.equal(text.indexOf('البرلمان'), 13); // UTF-16; brat counts the emoji once
  assert.ok(lines.some((l) => /^T\d+\tORG 12 28\tالبرلمان العراقي$/.test(l)), ann);
  assert.ok(lines.some((l) => /^T\d+\tMISC \d+ \d+;\d+ \d+\tالعراقي الهجوم$/.test(l)), ann);
  const e = lines.find((l) => l.startsWith('E1\t'))!;
  assert.match(e, /^E1\tACCUSE:T\d+ Actor:T1 Recipient:T\d+ Location:T2$/);
  assert.ok(lines.includes('A1\tStatus E1 asserted'));
  assert.ok(lines.includes('A2\tMode E1 disapprove'));
  assert.ok(lines.includes('A3\tNegated E1'));
  assert.ok(lines.some((l) => l.endsWith('\tAnnotatorNotes E1\tcue أدان second line')));
  assert.match(bratAnnotationConf(), /\[events\][\s\S]*ACCUSE\t/);
});

test('a real analysed record exports consistently', () => {
  const text = 'بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً في غارة جوية قرب الموصل.\nودعت أنقرة إلى التهدئة.';
  const rec = analyze(text);
  check(rec, toBratAnn(rec));
});
