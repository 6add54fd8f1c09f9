// Reading documents from files: JSON/JSONL records, HTML articles, RSS and Atom feeds, text,
// folders; every bad item is a failure with a reason, never an abort.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources, recordToInput, type IngestItem } from '../src/ingest/sources.ts';
import { parseFeed } from '../src/ingest/feed.ts';
import { extractArticle, htmlToText } from '../src/ingest/html.ts';
import { storeDate } from '../src/store/prepare.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
const file = (name: string, data: string | Buffer) => { const p = join(dir, name); mkdirSync(join(p, '..'), { recursive: true }); writeFileSync(p, data); return p; };
async function all(paths: string[], opts = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const it of readSources(paths, opts)) out.push(it);
  return out;
}

test('JSON records: text/content/body, title, url, and the date from date/published/date_extracted', () => {
  assert.deepEqual(recordToInput({ content: 'نص', title: 'ع', url: 'http://x', date_extracted: '2015-07-23 19:28:17', source: 'aawsat' }),
    { text: 'نص', title: 'ع', url: 'http://x', date: '2015-07-23 19:28:17', source: 'aawsat' });
  assert.equal((recordToInput({ body: 'متن', published: '2020-01-02' }) as { date: string }).date, '2020-01-02');
  assert.equal((recordToInput({ text: 'نص' }, { date: '2021-01-01', source: 'cli' }) as { date: string }).date, '2021-01-01');
  assert.equal(recordToInput({ title: 'بلا نص' }), 'no "text", "content" or "body" string');
  assert.equal(recordToInput({ content: '   ' }), 'empty text');
  assert.equal(recordToInput([1]), 'expected a JSON object');
});

test('store dates: ISO with time, RFC 2822 feed dates, partial dates; nonsense is null', () => {
  assert.equal(storeDate('2015-07-23 19:28:17'), '2015-07-23');
  assert.equal(storeDate('2015-07-23T19:28:17Z'), '2015-07-23');
  assert.equal(storeDate('Thu, 23 Jul 2015 10:00:00 GMT'), '2015-07-23');
  assert.equal(storeDate('2015-07'), '2015-07');
  assert.equal(storeDate('2015-13-01'), null);
  assert.equal(storeDate('قبل يومين'), null);
  assert.equal(storeDate(''), null);
});

test('a JSON array, a JSON object and a JSONL file with a bad line', async () => {
  const arr = file('arr.json', JSON.stringify([{ content: 'الأول' }, { nope: 1 }, { content: 'الثالث', date_extracted: '2015-07-23 10:00:00' }]));
  const obj = file('obj.json', JSON.stringify({ text: 'وحيد', title: 'عنوان' }));
  const jl = file('lines.jsonl', '\ufeff{"text":"سطر أول"}\n\n{bad json\n{"body":"سطر رابع","url":"http://y"}\n');
  const items = await all([arr, obj, jl]);
  assert.deepEqual(items.map((i) => i.ok), [true, false, true, true, true, false, true]);
  assert.deepEqual(items.map((i) => i.origin), [`${arr}[0]`, `${arr}[1]`, `${arr}[2]`, obj, `${jl}:1`, `${jl}:3`, `${jl}:4`]);
  const texts = items.flatMap((i) => (i.ok ? [i.input.text] : []));
  assert.deepEqual(texts, ['الأول', 'الثالث', 'وحيد', 'سطر أول', 'سطر رابع']);
  assert.match((items[5] as { reason: string }).reason, /not valid JSON/);
});

test('a JSON object wrapping one array of records ({"articles": […]}) is read as that array', async () => {
  const p = file('wrapped.json', JSON.stringify({ status: 'ok', total: 2, articles: [{ content: 'أول' }, { title: 'بلا نص' }] }));
  const items = await all([p]);
  assert.deepEqual(items.map((i) => [i.ok, i.origin]), [[true, `${p}.articles[0]`], [false, `${p}.articles[1]`]]);
  const two = file('two-arrays.json', JSON.stringify({ a: [{ text: 'x' }], b: [{ text: 'y' }] }));
  const got = await all([two]);
  assert.equal(got.length, 1);
  assert.equal(got[0]!.ok, false);
});

test('HTML: the article text with paragraphs kept apart, title and published date', () => {
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>خبر اليوم</title>
    <meta property="article:published_time" content="2021-01-10T08:00:00Z"><link rel="canonical" href="https://example.org/news/1"></head>
    <body><nav><a href="/">الرئيسية</a> <a href="/x">أخبار</a></nav><article><h1>عنوان الخبر</h1>
    <p>الفقرة الأولى من الخبر عن بغداد، وفيها كلام يكفي لتبدو مقالة حقيقية لها طول معقول عند القراءة.</p>
    <p>الفقرة الثانية &amp; فيها رمز، مع مزيد من النص حتى يكون هذا هو المحتوى الرئيسي للصفحة.</p>
    <script>var ad = "إعلان";</script></article><footer>جميع الحقوق محفوظة</footer></body></html>`;
  const a = extractArticle(html);
  assert.equal(a.title, 'خبر اليوم');
  assert.equal(a.date, '2021-01-10T08:00:00Z');
  assert.equal(a.url, 'https://example.org/news/1');
  assert.ok(a.text.includes('الفقرة الأولى من الخبر عن بغداد'), a.text);
  assert.ok(a.text.includes('الفقرة الثانية & فيها رمز'), a.text);
  assert.ok(!a.text.includes('إعلان'), a.text);
  assert.ok(/القراءة\.\nالفقرة الثانية/.test(a.text), a.text);
  assert.equal(htmlToText('<p>أ</p><p>ب<br>ج</p>'), 'أ\nب\nج');
});

test('RSS 2.0 and Atom: one document per item, date and source from the feed', () => {
  const rss = parseFeed(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><title>وكالة الأنباء</title>
    <item><title>خبر أول</title><link>http://x/1</link><pubDate>Thu, 23 Jul 2015 10:00:00 GMT</pubDate>
      <description>ملخص</description><content:encoded><![CDATA[<p>النص الكامل</p><p>فقرة ثانية</p>]]></content:encoded></item>
    <item><title>خبر ثان</title><link>http://x/2</link><description>&lt;b&gt;وصف&lt;/b&gt; فقط</description></item>
    </channel></rss>`);
  assert.equal(rss.length, 2);
  assert.deepEqual(rss[0], { text: 'النص الكامل\nفقرة ثانية', title: 'خبر أول', url: 'http://x/1', date: 'Thu, 23 Jul 2015 10:00:00 GMT', source: 'وكالة الأنباء' });
  assert.equal(rss[1]!.text, 'وصف فقط');
  const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة</title>
    <entry><title>تدوينة</title><link rel="alternate" href="http://y/1"/><updated>2020-01-03T00:00:00Z</updated>
    <published>2020-01-02T00:00:00Z</published><summary>ملخص</summary><content type="html">&lt;p&gt;نص التدوينة&lt;/p&gt;</content></entry></feed>`);
  assert.deepEqual(atom, [{ text: 'نص التدوينة', title: 'تدوينة', url: 'http://y/1', date: '2020-01-02T00:00:00Z', source: 'مدونة' }]);
  assert.throws(() => parseFeed('<html><body>x</body></html>'), /not an RSS or Atom feed/);
});

test('a folder is walked recursively in name order; hidden and unknown files are skipped', async () => {
  const root = join(dir, 'tree');
  file('tree/b.txt', 'عنوان النص\nمتن النص');
  file('tree/a/deep.json', JSON.stringify({ content: 'عميق' }));
  file('tree/.hidden.txt', 'مخفي');
  file('tree/picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
  file('tree/feed.xml', '<rss><channel><title>ق</title><item><description>خبر الخلاصة</description></item></channel></rss>');
  file('tree/page.html', '<html><head><title>صفحة</title></head><body><p>نص الصفحة</p></body></html>');
  const items = await all([root], { date: '2021-05-05' });
  assert.ok(items.every((i) => i.ok), JSON.stringify(items));
  const got = items.map((i) => (i.ok ? [i.input.text, i.input.title, i.input.date] : null));
  assert.deepEqual(got, [
    ['عميق', null, '2021-05-05'],
    ['عنوان النص\nمتن النص', 'عنوان النص', '2021-05-05'],
    ['خبر الخلاصة', null, '2021-05-05'],
    ['نص الصفحة', 'صفحة', '2021-05-05'],
  ]);
});

test('unreadable inputs are failures with reasons: missing path, invalid UTF-8, binary, empty', async () => {
  const bad = file('bad.txt', Buffer.from([0xd8, 0xa7, 0xff, 0xfe]));
  const bin = file('bin.txt', Buffer.from([0x41, 0x00, 0x42]));
  const empty = file('empty.txt', '  \n');
  const items = await all([join(dir, 'nope.txt'), bad, bin, empty]);
  assert.deepEqual(items.map((i) => i.ok), [false, false, false, false]);
  const reasons = items.map((i) => (i.ok ? '' : i.reason));
  assert.match(reasons[0]!, /no such file/);
  assert.match(reasons[1]!, /not valid UTF-8/);
  assert.match(reasons[2]!, /binary/);
  assert.match(reasons[3]!, /empty/);
});
