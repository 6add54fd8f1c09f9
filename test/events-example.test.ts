// The worked example of design/EXAMPLE.md on samples/short-news.txt (--date 2021-01-10): the
// events a careful analyst codes, by the general rules (no rule names this text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze.js';
import { verbCores, nounCores } from '../src/events/lexicon.js';

const text = readFileSync(new URL('../samples/short-news.txt', import.meta.url), 'utf8');
const rec = analyze(text, { date: '2021-01-10' });
const countries = (args: { canonical: { country?: string | null; sector?: string | null } | null }[]) => args.map((a) => `${a.canonical?.country ?? '-'} ${a.canonical?.sector ?? '-'}`);

test('the sample codes five events: the strike (two tolls), two requests, the planned withdrawal, the condemnation', () => {
  assert.deepEqual(rec.events.map((e) => e.type), ['ASSAULT', 'REQUEST', 'RETREAT', 'ACCUSE', 'REQUEST']);
});

test('the strike: announced by the Iraqi army, 12 dead and about 30 injured, on Sunday', () => {
  const e = rec.events[0]!;
  assert.equal(e.mode, 'aerial');
  assert.deepEqual(countries(e.actor), ['IRQ MIL']);
  assert.equal(e.time?.value, '2021-01-10');
  assert.deepEqual(e.magnitude.map((m) => [m.kind, m.value, m.approx]), [['dead', 12, false], ['injured', 30, true]]);
  assert.equal(e.source?.text, 'الجيش العراقي');
  assert.equal(e.status, 'asserted');
});

test('the fighters counted as killed belong to a named group: the group is the recipient', () => {
  const e = rec.events[0]!;
  assert.deepEqual(e.recipient.map((r) => r.text), ['تنظيم داعش']);
  for (const r of e.recipient) assert.equal(text.slice(r.start, r.end), r.text);
  // without a named group the counted people stay the recipient
  const bare = analyze('أعلن الجيش العراقي مقتل 12 مسلحاً في غارة جوية قرب الموصل أمس.', { date: '2021-01-10' });
  const ev = bare.events.find((x) => x.type === 'ASSAULT');
  assert.ok(ev);
  assert.match(ev.recipient.map((r) => r.text).join(' '), /مسلح/);
});

test('the parliament asks the government, dated 2020-01-05', () => {
  const e = rec.events[1]!;
  assert.deepEqual(countries(e.actor), ['IRQ LEG']);
  assert.deepEqual(countries(e.recipient), ['IRQ GOV']);
  assert.equal(e.time?.value, '2020-01-05');
});

test('Washington will withdraw 2,200 troops by the end of September: RETREAT, planned, USA GOV', () => {
  const e = rec.events[2]!;
  assert.equal(e.mode, 'withdraw');
  assert.deepEqual(countries(e.actor), ['USA GOV']);
  assert.equal(e.status, 'planned');
  assert.equal(e.time?.value, '2021-09');
  assert.deepEqual(e.magnitude.map((m) => [m.kind, m.value]), [['troops', 2200]]);
  assert.equal(e.source?.text, 'واشنطن');
});

test('Turkey condemns the attack (the earlier strike, not a new event) and Ankara calls for calm', () => {
  assert.deepEqual(countries(rec.events[3]!.actor), ['TUR GOV']);
  assert.deepEqual(countries(rec.events[3]!.recipient), ['IRQ MIL']);
  assert.deepEqual(countries(rec.events[4]!.actor), ['TUR GOV']);
  for (const e of rec.events) assert.match(e.why, /trigger .+ \(/);
});

test('verb and noun cores: conjugation, clitics and endings come off', () => {
  assert.ok(verbCores('ستسحب').cores.includes('سحب'));
  assert.ok(verbCores('ستسحب').future);
  assert.ok(verbCores('ودعت').cores.includes('دعا'));
  assert.ok(verbCores('ينسحبون').cores.includes('انسحب'));
  assert.ok(verbCores('وقعت').cores.includes('وقع'));
  assert.ok(nounCores('والمظاهرات').includes('مظاهر'));
  assert.ok(nounCores('بالهجوم').includes('هجوم'));
  assert.ok(!verbCores('مقتل').cores.includes('قتل'));
});

test('a nisba closes the actor phrase: the place after it is not part of the actor', () => {
  const r = analyze('زار وزير الخارجية الأمريكي أنقرة أمس.', { date: '2021-01-10' });
  const e = r.events.find((x) => x.type === 'CONSULT');
  assert.ok(e);
  assert.deepEqual(e.actor.map((a) => a.text), ['وزير الخارجية الأمريكي']);
  assert.deepEqual(countries(e.actor), ['USA GOV']);
  assert.deepEqual(e.recipient.map((a) => a.text), ['أنقرة']);
});

test('the announcer of its own strike or arrests is the actor; the speaker phrase ends before the event noun', () => {
  const strike = analyze('أعلن الجيش العراقي مقتل 5 مسلحين.', { date: '2021-01-10' }).events.find((x) => x.type === 'ASSAULT');
  assert.ok(strike);
  assert.deepEqual(strike.actor.map((a) => a.text), ['الجيش العراقي']);
  assert.equal(strike.source?.text, 'الجيش العراقي');
  assert.equal(strike.status, 'asserted');
  const arrests = analyze('أعلنت الشرطة المصرية اعتقال 20 شخصا في القاهرة.', { date: '2021-01-10' }).events.find((x) => x.type === 'COERCE');
  assert.ok(arrests);
  assert.deepEqual(countries(arrests.actor), ['EGY COP']);
  assert.equal(arrests.status, 'asserted');
  // a rights group reporting arrests is a source, not the one who arrested
  const reported = analyze('أعلنت منظمة العفو الدولية اعتقال 20 ناشطا في القاهرة.', { date: '2021-01-10' }).events.find((x) => x.type === 'COERCE');
  assert.ok(reported);
  assert.deepEqual(reported.actor, []);
  assert.equal(reported.source?.text, 'منظمة العفو الدولية');
  assert.equal(reported.status, 'reported');
});

test('after a nisba, an institution or an indefinite noun begins the next argument; a name in apposition does not', () => {
  const req = analyze('وطالب البرلمان العراقي الحكومة بإنهاء وجود القوات الأجنبية.', { date: '2021-01-10' }).events.find((x) => x.type === 'REQUEST');
  assert.ok(req);
  assert.deepEqual(req.actor.map((a) => a.text), ['البرلمان العراقي']);
  assert.deepEqual(countries(req.recipient), ['IRQ GOV']);
  const hit = analyze('هاجم الجيش اللبناني مواقع المسلحين.', { date: '2021-01-10' }).events.find((x) => x.type === 'ASSAULT');
  assert.ok(hit);
  assert.deepEqual(hit.actor.map((a) => a.text), ['الجيش اللبناني']);
  assert.deepEqual(hit.recipient.map((a) => a.text), ['مواقع المسلحين']);
  const meet = analyze('التقى الرئيس الأمريكي دونالد ترامب أمس.', { date: '2021-01-10' }).events.find((x) => x.type === 'CONSULT');
  assert.ok(meet);
  assert.deepEqual(meet.actor.map((a) => a.text), ['الرئيس الأمريكي دونالد ترامب']);
});
