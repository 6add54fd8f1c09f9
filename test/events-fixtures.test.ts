// Hand-checked short news texts (written by the team) run through the whole pipeline: every
// expected event must be found with its type, actor codes, magnitude, time, source and status,
// and no event may be coded beyond the expected ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import type { Event } from '../src/schema.js';

interface Expected {
  type: string; mode?: string; actorCountry?: string[]; actorSector?: string; recipient?: string;
  magnitude?: { kind: string; value?: number }; time?: string; status: string; source?: string;
  negated?: boolean; noActor?: boolean;
}
interface Fixture { text: string; date: string; expected: Expected[] }

const dir = new URL('./fixtures/events/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

function problems(e: Event, x: Expected): string[] {
  const p: string[] = [];
  if (e.type !== x.type) p.push(`type ${e.type}`);
  if (x.mode && e.mode !== x.mode) p.push(`mode ${e.mode}`);
  const countries = e.actor.map((a) => a.canonical?.country).filter(Boolean);
  for (const c of x.actorCountry ?? []) if (!countries.includes(c)) p.push(`actor country ${countries.join('+') || '-'} lacks ${c}`);
  if (x.actorSector && !e.actor.some((a) => a.canonical?.sector === x.actorSector)) p.push(`actor sector ${e.actor.map((a) => a.canonical?.sector).join('+')}`);
  if (x.noActor && e.actor.length) p.push(`actor ${e.actor.map((a) => a.text).join('+')} where none is named`);
  if (x.recipient && !e.recipient.some((a) => a.canonical?.country === x.recipient)) p.push(`recipient ${e.recipient.map((a) => a.text).join('+') || '-'}`);
  if (x.magnitude && !e.magnitude.some((m) => m.kind === x.magnitude!.kind && (x.magnitude!.value === undefined || m.value === x.magnitude!.value))) p.push(`magnitude ${JSON.stringify(e.magnitude.map((m) => [m.kind, m.value]))}`);
  if (x.time && e.time?.value !== x.time) p.push(`time ${e.time?.value}`);
  if (x.source && !e.source?.text.includes(x.source)) p.push(`source ${e.source?.text}`);
  if (e.status !== x.status) p.push(`status ${e.status}`);
  if ((x.negated ?? false) !== e.negated) p.push(`negated ${e.negated}`);
  return p;
}

for (const f of files) {
  test(`events fixture ${f}`, () => {
    const fx = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture;
    const rec = analyze(fx.text, { date: fx.date });
    const left = [...rec.events];
    for (const x of fx.expected) {
      const cands = left.filter((e) => e.type === x.type);
      assert.ok(cands.length, `${f}: no ${x.type} event; got ${rec.events.map((e) => e.type).join(', ') || 'none'}`);
      const scored = cands.map((e) => ({ e, p: problems(e, x) })).sort((a, b) => a.p.length - b.p.length);
      assert.deepEqual(scored[0]!.p, [], `${f}: ${x.type}: ${scored[0]!.p.join('; ')}\n  why: ${scored[0]!.e.why}`);
      left.splice(left.indexOf(scored[0]!.e), 1);
    }
    assert.deepEqual(left.map((e) => `${e.type} (${e.trigger.text})`), [], `${f}: events beyond the expected ones`);
    for (const e of rec.events) {
      assert.ok(e.why.length > 10, 'every event has a why');
      for (const s of [e.trigger, ...e.actor, ...e.recipient, ...e.location, ...e.magnitude, ...(e.time ? [e.time] : []), ...(e.source ? [e.source] : [])]) {
        assert.equal(fx.text.slice(s.start, s.end), s.text, 'span text matches the original');
      }
    }
  });
}

test('the why of a denied use of force does not depend on the document analysed before it', () => {
  const denied = 'نفت وزارة الداخلية استخدام الرصاص الحي ضد المتظاهرين.';
  const whyOf = () => analyze(denied, { date: '2021-01-10' }).events.find((e) => e.type === 'ASSAULT')?.why ?? '';
  const alone = whyOf();
  analyze('قتل خمسة أشخاص في هجوم على سوق في بغداد أمس.', { date: '2021-01-10' });
  assert.equal(whyOf(), alone);
  assert.match(alone, /reported: a use of force the speaker denies/);
});
