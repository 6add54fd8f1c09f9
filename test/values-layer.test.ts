// The values layer as the pipeline uses it: the worked example, spans, warnings, the
// dateline, absurd input in linear time, and the unit vocabulary events rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { QUANTITY_UNITS } from '../src/values/index.js';
import { parseDigits, makeNum } from '../src/values/numbers.js';
import { hijriToGregorian, isoWeek, formatDate } from '../src/values/calendar.js';

const SAMPLE = 'بغداد - أعلن الجيش العراقي، الأحد، مقتل 12 مسلحاً من تنظيم داعش في غارة جوية على منطقة قرب الموصل، فيما قالت مصادر أمنية إن نحو ثلاثين آخرين أُصيبوا.\n' +
  'وطالب البرلمان العراقي في 5 كانون الثاني 2020 الحكومة بإنهاء وجود القوات الأجنبية، بينما أعلنت واشنطن أنها ستسحب 2200 جندي بحلول نهاية أيلول المقبل.';

const brief = (text: string, date?: string) =>
  analyze(text, { date }).values.map((v) => [v.text, v.kind, v.value, v.unit ?? null, !!v.approx, !!v.relative]);

test('values: the worked example (documentDate 2021-01-10)', () => {
  assert.deepEqual(brief(SAMPLE, '2021-01-10'), [
    ['الأحد', 'date', '2021-01-10', null, false, true],
    ['12 مسلحاً', 'quantity', 12, 'fighter', false, false],
    ['نحو ثلاثين', 'number', 30, null, true, false],
    ['5 كانون الثاني 2020', 'date', '2020-01-05', null, false, false],
    ['2200 جندي', 'quantity', 2200, 'soldier', false, false],
    ['بحلول نهاية أيلول المقبل', 'date', '2021-09', null, false, true],
  ]);
});

test('values: a weekday after tomorrow or yesterday is the one to come or gone, a bare one the last', () => {
  // the document is dated Friday 2027-07-16
  const day = (text: string) => analyze(text, { date: '2027-07-16' }).values.filter((v) => v.kind === 'date').map((v) => [v.text, v.value]);
  assert.deepEqual(day('تبدأ الزيارة غداً السبت.'), [['غداً', '2027-07-17'], ['السبت', '2027-07-17']]);
  assert.deepEqual(day('يصل الوفد يوم غد الأحد.'), [['الأحد', '2027-07-18']]);
  assert.deepEqual(day('وصل الوفد الأحد.'), [['الأحد', '2027-07-11']]);
});

test('values: a time of day before اليوم is today, a definite word after it no longer makes it a named day', () => {
  assert.deepEqual(analyze('خطف مسلحون فجر اليوم الصحفي.', { date: '2027-06-06' }).values.map((v) => [v.text, v.value]), [['اليوم', '2027-06-06']]);
  assert.deepEqual(analyze('احتفل الطلاب باليوم الوطني.', { date: '2027-06-06' }).values.filter((v) => v.kind === 'date'), []);
});

test('values: spans keep diacritics and tatweel and skip a glued proclitic', () => {
  const text = 'دفع بـ٤٫١ مليون دولارٍ وقُتِلَ ثلاثةُ جنودٍ وخمسون مدنيّاً';
  const r = analyze(text);
  for (const v of r.values) assert.equal(text.slice(v.start, v.end), v.text);
  assert.deepEqual(r.values.map((v) => [v.text, v.kind, v.value, v.unit]), [
    ['٤٫١ مليون دولارٍ', 'money', 4100000, 'USD'],
    ['ثلاثةُ جنودٍ', 'quantity', 3, 'soldier'],
    ['خمسون مدنيّاً', 'quantity', 50, 'civilian'],
  ]);
});

test('values: a relative date without a document date is null with a warning; never the clock', () => {
  const r = analyze('وصل الوفد أمس إلى العاصمة');
  assert.equal(r.documentDate, null);
  assert.equal(r.values[0]!.value, null);
  assert.ok(r.warnings.some((w) => w.code === 'values.unresolved-date' && w.start === r.values[0]!.start));
});

test('values: a dateline date becomes the document date when none was given', () => {
  const r = analyze('دمشق 3 آذار 2021 - قال مسؤول أمس إن الاجتماع يعقد الأسبوع المقبل');
  assert.equal(r.documentDate, '2021-03-03');
  const v = r.values.filter((x) => x.relative).map((x) => [x.text, x.value]);
  assert.deepEqual(v, [['أمس', '2021-03-02'], ['الأسبوع المقبل', '2021-W10']]);
  // A given date wins over the dateline.
  assert.equal(analyze('دمشق 3 آذار 2021 - قال مسؤول', { date: '2021-03-05' }).documentDate, '2021-03-05');
});

test('values: a bare dinar or riyal stays unresolved with a reason when the text does not settle it', () => {
  const v = analyze('دفع 300 دينار').values[0]!;
  assert.equal(v.kind, 'money');
  assert.equal(v.unit, null);
  assert.match(v.note ?? '', /qualifier/);
});

test('values: numbers beyond 2^53 keep their exact digits', () => {
  const big = '9'.repeat(40);
  const v = analyze(`الرقم ${big} كبير`).values[0]!;
  assert.equal(v.digits, big);
  assert.equal(v.value, Number(big));
  assert.deepEqual(makeNum('123', '45', 20), { value: 12345e18, digits: '12345000000000000000000' });
  assert.deepEqual(parseDigits('1,234.5'), { int: '1234', frac: '5' });
  assert.equal(parseDigits('5.1.2020'), null);
});

test('values: absurd input finishes in linear time without a crash', () => {
  const digits = '7'.repeat(5000);
  let t = performance.now();
  const a = analyze(`العدد ${digits} هنا`);
  assert.equal(a.values[0]!.digits, digits);
  assert.equal(a.values[0]!.value, null); // beyond a double: the digits carry it
  const months = 'آذار '.repeat(10000);
  const b = analyze(months, { date: '2021-01-10' });
  assert.equal(b.values.length, 10000);
  const mixed = ('٣٫٥ مليون 12,000 ۱۲ أيار/مايو ٢٠٢٠ 50% نحو ثلاثين ألف جندي abc 🙂 ').repeat(2000);
  const c = analyze(mixed, { date: '2021-01-10' });
  for (const v of c.values.slice(0, 50)) assert.equal(mixed.slice(v.start, v.end), v.text);
  // Doubling the input should not much more than double the time (linear, not quadratic).
  const t1 = performance.now() - t;
  t = performance.now();
  analyze(mixed + mixed, { date: '2021-01-10' });
  const t2 = performance.now() - t;
  assert.ok(t2 < Math.max(6 * (t1 / 2), 2000), `time ${t1.toFixed(0)} ms then ${t2.toFixed(0)} ms`);
  const words = 'ألف '.repeat(5000) + 'و'.repeat(3) + ' مليون مليار';
  assert.doesNotThrow(() => analyze(words));
});

test('values: the quantity unit vocabulary is closed and every unit the layer emits is in it', () => {
  const text = 'قتل 5 جنود و7 مسلحين و3 مدنيين و9 أطفال وأصيب 20 جريحا واعتقل 4 معتقلين ونزح 100 نازح و80 لاجئا على بعد 30 كم و5 أطنان';
  const units = analyze(text).values.filter((v) => v.kind === 'quantity').map((v) => v.unit);
  assert.deepEqual(units, ['soldier', 'fighter', 'civilian', 'child', 'injured', 'arrested', 'displaced', 'refugee', 'km', 'ton']);
  for (const u of units) assert.ok((QUANTITY_UNITS as readonly string[]).includes(u!));
});

test('values: calendar helpers (Umm al-Qura, ISO weeks)', () => {
  assert.equal(formatDate(hijriToGregorian(1442, 9, 1)!), '2021-04-13');
  assert.equal(formatDate(hijriToGregorian(1445, 1, 1)!), '2023-07-19');
  assert.equal(formatDate(isoWeek({ y: 2021, m: 1, d: 3 })), '2020-W53');
  assert.equal(formatDate(isoWeek({ y: 2024, m: 12, d: 30 })), '2025-W01');
});
