// Side-by-side: Rasd's values layer and chrono-node's Arabic locale (chrono.ar) on the team's
// date cases (test/fixtures/values/cases.tsv, categories "date-*"). Prints a markdown table
// of per-category accuracy; writes nothing else unless given --out FILE.
//
//   node --import tsx scripts/eval-dates.ts [--cases PATH] [--out FILE] [--show-misses]
//
// Scoring. A case with an expected date is right when the system returns a date that overlaps
// the expected span and whose value is the expected one. Rasd is held to the exact ISO string
// (precision included: "2021-09" is not "2021-09-01"). chrono returns full dates, so it is read
// generously: its date (known or implied parts) cut to the expected precision ("2021-09",
// "2021", an ISO week) must equal the expected value; it has no Hijri calendar, so Hijri cases
// expect the Gregorian date. A "none" case (a word that is not a date here: آب as "father")
// is right when nothing is returned over the span. Both get the case's document date.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { analyze } from '../src/analyze.js';
import { formatDate, isoWeek } from '../src/values/calendar.js';
import { loadCases, type ValueCase } from '../test/fixtures/values/cases.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const casesPath = arg('--cases');
const cases = loadCases(casesPath ? pathToFileURL(resolve(casesPath)) : undefined)
  .filter((c) => c.category.startsWith('date-'));
const showMisses = process.argv.includes('--show-misses');

function expectedSpan(c: ValueCase): [number, number] {
  const at = c.sentence.indexOf(c.span);
  return [at, at + c.span.length];
}

function cut(y: number, m: number, d: number, expected: string): string {
  if (/^\d{4}-W\d{2}$/.test(expected)) return formatDate(isoWeek({ y, m, d }));
  if (/^\d{4}$/.test(expected)) return formatDate({ y });
  if (/^\d{4}-\d{2}$/.test(expected)) return formatDate({ y, m });
  return formatDate({ y, m, d });
}

function rasdRight(c: ValueCase): boolean {
  const [a, b] = expectedSpan(c);
  const dates = analyze(c.sentence, { date: c.date }).values.filter((v) => v.kind === 'date' && v.start < b && v.end > a);
  if (c.kind === 'none') return dates.length === 0;
  return dates.some((v) => v.value === c.value);
}

function chronoRight(c: ValueCase): boolean {
  const [a, b] = expectedSpan(c);
  const [y, m, d] = (c.date ?? '2021-01-10').split('-').map(Number);
  const ref = new Date(y!, m! - 1, d!, 12);
  let results: chrono.ParsedResult[] = [];
  try { results = chrono.ar.parse(c.sentence, ref); } catch { results = []; }
  const over = results.filter((r) => r.index < b && r.index + r.text.length > a);
  if (c.kind === 'none') return over.length === 0;
  return over.some((r) => {
    const yy = r.start.get('year'), mm = r.start.get('month'), dd = r.start.get('day');
    if (yy == null || mm == null || dd == null) return false;
    return cut(yy, mm, dd, String(c.value)) === c.value;
  });
}

const rows = new Map<string, { n: number; rasd: number; chrono: number }>();
const misses: string[] = [];
for (const c of cases) {
  const r = rows.get(c.category) ?? { n: 0, rasd: 0, chrono: 0 };
  r.n++;
  const ok1 = rasdRight(c);
  const ok2 = chronoRight(c);
  if (ok1) r.rasd++; else misses.push(`rasd   line ${c.line}: ${c.sentence}`);
  if (ok2) r.chrono++; else if (showMisses) misses.push(`chrono line ${c.line}: ${c.sentence}`);
  rows.set(c.category, r);
}

const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}% (${a}/${n})`;
const lines = ['| category | cases | Rasd | chrono-node `ar` |', '|---|---:|---:|---:|'];
let n = 0, r1 = 0, r2 = 0;
for (const [cat, r] of [...rows].sort((x, y) => x[0].localeCompare(y[0]))) {
  lines.push(`| ${cat} | ${r.n} | ${pct(r.rasd, r.n)} | ${pct(r.chrono, r.n)} |`);
  n += r.n; r1 += r.rasd; r2 += r.chrono;
}
lines.push(`| **overall** | ${n} | **${pct(r1, n)}** | **${pct(r2, n)}** |`);
const md = `${lines.join('\n')}\n\nchrono-node ${chronoVersion()} (\`chrono.ar\`), scored generously (its full date cut to the expected precision); Rasd scored on the exact ISO value.\n`;
process.stdout.write(md);
if (showMisses && misses.length) process.stdout.write(`\n${misses.join('\n')}\n`);
const out = arg('--out');
if (out) writeFileSync(out, md);

function chronoVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../node_modules/chrono-node/package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch { return ''; }
}
