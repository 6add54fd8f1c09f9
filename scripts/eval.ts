// One table of the project's measured quality, each figure beside its baseline or peer, written
// to docs/EVAL.md. The CLI is run as a black box exactly as ../shared/tools/score.mjs expects;
// the per-area scripts of the other layers are called when present.
//   npm run eval [-- --data ../shared/data] [--tools ../shared/tools] [--jobs 2] [--no-write]
// Missing data or a missing script is a note in the report, never a failure.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    tools: { type: 'string' },
    jobs: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const DATA = resolve(opt.data!);
const TOOLS = resolve(opt.tools ?? join(DATA, '..', 'tools'));
const SCORE = join(TOOLS, 'score.mjs');
const BIN = join(ROOT, 'bin', 'rasd.js');
const JOBS = String(opt.jobs ?? Math.max(1, Math.min(4, cpus().length)));
const WORK = mkdtempSync(join(tmpdir(), 'rasd-eval-'));
const note = (s: string) => process.stderr.write(`eval: ${s}\n`);

interface Row { area: string; measure: string; rasd: string; peer: string; how: string }
const rows: Row[] = [];
const sections: string[] = [];
const notes: string[] = [];

/** Runs node with args; stdout to a file when `toFile` is given, else captured. */
function node(args: string[], toFile?: string): { ok: boolean; status: number | null; stdout: string; stderr: string; ms: number } {
  const t0 = performance.now();
  if (toFile) {
    const fd = openSync(toFile, 'w');
    try {
      const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
      return { ok: r.status === 0 || r.status === 1, status: r.status, stdout: '', stderr: r.stderr ?? String(r.error ?? ''), ms: performance.now() - t0 };
    } finally {
      closeSync(fd);
    }
  }
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? ''), ms: performance.now() - t0 };
}

const lastLine = (s: string) => s.trim().split('\n').pop() ?? '';
const figure = (line: string) => /(-?\d+(?:\.\d+)?)\s*$/.exec(line)?.[1] ?? '?';

/** Input JSONL through `rasd analyze --input jsonl --format jsonl`; returns the output path. */
function analyzeJsonl(name: string, input: string): { out: string; ms: number; lines: number } | null {
  const out = join(WORK, `${name}.out.jsonl`);
  const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).length;
  // One retry: a run cut short (exit 1 with fewer records than lines) is reported, then repeated.
  for (let attempt = 1; attempt <= 2; attempt++) {
    const r = node([BIN, 'analyze', '--input', 'jsonl', '--format', 'jsonl', '--jobs', JOBS, input], out);
    const got = r.ok ? readFileSync(out, 'utf8').split('\n').filter((l) => l.trim()).length : 0;
    if (r.ok && got === lines) return { out, ms: r.ms, lines };
    const why = r.stderr.trim().split('\n').filter((l) => !/^rasd: line \d+:/.test(l)).slice(-2).join(' ');
    notes.push(`${name}: run ${attempt} of \`rasd analyze\` gave ${got} of ${lines} records (exit ${r.status ?? r.stderr.slice(0, 0) + 'by signal'})${why ? `: ${why}` : ''}`);
  }
  return null;
}

/**
 * The scorer's input lines for a gold file. Written straight to a file: the scorer may end with
 * process.exit(), which would cut a pipe short but never a file.
 */
function scorerInput(kind: 'seg' | 'ner' | 'gsr', gold: string): string {
  const file = join(WORK, `${kind}.all.jsonl`);
  node([SCORE, `${kind}-input`, gold], file);
  return readFileSync(file, 'utf8');
}

const contractChecks: string[] = [];
function contract(name: string, out: string): void {
  const r = node([SCORE, 'contract', out]);
  contractChecks.push(`${name}: ${lastLine(r.stdout) || r.stderr.trim()}`);
}

function scored(cmd: string, gold: string, out: string): { last: string; all: string } {
  const r = node([SCORE, cmd, gold, out]);
  return { last: lastLine(r.stdout), all: r.stdout.trim() };
}

// ---------------------------------------------------------------------------------------------

function segmentation(): void {
  const gold = join(DATA, 'morphology/ud-arabic-pud/ar_pud-ud-test.conllu');
  const peer = 'whitespace 80.7 / UDPipe 97.6';
  const measure = 'UD Arabic PUD, last 200 sentences (held out): segment F1';
  if (!existsSync(gold)) { rows.push({ area: 'Segmentation', measure, rasd: 'skipped: no data', peer, how: '' }); return; }
  note('segmentation');
  const all = scorerInput('seg', gold).split('\n').filter((l) => l.trim());
  const input = join(WORK, 'seg.jsonl');
  writeFileSync(input, all.slice(-200).join('\n') + '\n');
  const a = analyzeJsonl('seg', input);
  if (!a) { rows.push({ area: 'Segmentation', measure, rasd: 'failed', peer, how: '' }); return; }
  contract('PUD last 200', a.out);
  const s = scored('seg', gold, a.out);
  rows.push({ area: 'Segmentation', measure, rasd: `**${figure(s.last)}**`, peer, how: 'score.mjs seg' });
  sections.push('### Segmentation (score.mjs seg)\n\n```\n' + s.all + '\n```');
}

function ner(): void {
  const gold = join(DATA, 'ner/anercorp/ANERCorp_CamelLab_test.txt');
  const peer = 'BERT-class 80–84';
  const measure = 'ANERcorp CAMeL test split: entity F1 (PER LOC ORG MISC)';
  if (!existsSync(gold)) { rows.push({ area: 'NER', measure, rasd: 'skipped: no data', peer, how: '' }); return; }
  note('NER, ANERcorp test');
  const input = join(WORK, 'ner.jsonl');
  writeFileSync(input, scorerInput('ner', gold));
  const a = analyzeJsonl('ner', input);
  if (!a) { rows.push({ area: 'NER', measure, rasd: 'failed', peer, how: '' }); return; }
  contract('ANERcorp test', a.out);
  const s = scored('ner', gold, a.out);
  rows.push({ area: 'NER', measure, rasd: `**${figure(s.last)}**`, peer, how: 'score.mjs ner' });
  sections.push('### NER, ANERcorp test (score.mjs ner)\n\n```\n' + s.all + '\n```');
}

function gsr(): void {
  for (const [type, file, base] of [['ASSAULT', 'assault_gsr.csv', '32'], ['PROTEST', 'protest_gsr.csv', '12']] as const) {
    const gold = join(DATA, 'events/arabic-event-gsr', file);
    const measure = `arabic-event-gsr ${type}: sentence detection F1`;
    const peer = `keyword rules ${base}`;
    if (!existsSync(gold)) { rows.push({ area: 'Event detection', measure, rasd: 'skipped: no data', peer, how: '' }); continue; }
    note(`event detection, ${type}`);
    const input = join(WORK, `${type}.jsonl`);
    writeFileSync(input, scorerInput('gsr', gold));
    const a = analyzeJsonl(type, input);
    if (!a) { rows.push({ area: 'Event detection', measure, rasd: 'failed', peer, how: '' }); continue; }
    contract(`GSR ${type}`, a.out);
    const s = scored('gsr', gold, a.out);
    rows.push({ area: 'Event detection', measure, rasd: `**${figure(s.last)}**`, peer, how: 'score.mjs gsr' });
    sections.push(`### Event detection, ${type} (score.mjs gsr)\n\n\`\`\`\n${s.all}\n\`\`\``);
  }
}

/** Runs a per-area script under tsx; null when it does not exist yet. */
function areaScript(name: string): { ok: boolean; out: string; err: string } | null {
  const file = join(ROOT, 'scripts', name);
  if (!existsSync(file)) return null;
  note(name);
  const r = node(['--import', 'tsx', file, '--data', DATA]);
  return { ok: r.ok, out: r.stdout.trim(), err: r.stderr.trim() };
}

/** Markdown table rows of a script's output, as arrays of cells. */
const tableRows = (md: string) => md.split('\n').filter((l) => /^\|/.test(l) && !/^\|[\s:|-]+\|$/.test(l)).map((l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim().replace(/\*\*/g, '')));

function nerAqmar(): void {
  const measure = 'AQMAR Arabic Wikipedia (out of domain): entity F1';
  const peer = 'published 74–77';
  if (!existsSync(join(DATA, 'ner/aqmar'))) { rows.push({ area: 'NER', measure, rasd: 'skipped: no data', peer, how: '' }); return; }
  const r = areaScript('eval-ner.ts');
  if (!r) { rows.push({ area: 'NER', measure, rasd: 'not yet available (scripts/eval-ner.ts)', peer, how: '' }); return; }
  if (!r.ok) { rows.push({ area: 'NER', measure, rasd: 'script failed', peer, how: 'scripts/eval-ner.ts' }); notes.push(`eval-ner.ts failed: ${r.err.split('\n').slice(-2).join(' ')}`); return; }
  const t = tableRows(r.out);
  const head = t[0] ?? [];
  const fCol = head.findIndex((c) => c === 'F1');
  const aq = t.find((c) => /AQMAR/i.test(c[0] ?? '') && /full/i.test(c[1] ?? '')) ?? t.find((c) => /AQMAR/i.test(c[0] ?? ''));
  rows.push({ area: 'NER', measure, rasd: aq && fCol >= 0 ? `**${aq[fCol]}**` : 'see below', peer, how: 'scripts/eval-ner.ts' });
  sections.push('### NER in detail (scripts/eval-ner.ts)\n\n' + r.out);
}

function dates(): void {
  const measure = "dates: the team's cases (test/fixtures/values/cases.tsv, date-*), exact ISO value";
  const r = areaScript('eval-dates.ts');
  if (!r) { rows.push({ area: 'Dates', measure, rasd: 'not yet available (scripts/eval-dates.ts)', peer: 'chrono-node ar', how: '' }); return; }
  if (!r.ok) { rows.push({ area: 'Dates', measure, rasd: 'script failed', peer: 'chrono-node ar', how: 'scripts/eval-dates.ts' }); notes.push(`eval-dates.ts failed: ${r.err.split('\n').slice(-2).join(' ')}`); return; }
  // The overall row: first column all/overall/total; Rasd's and chrono's columns by header name.
  const t = tableRows(r.out);
  const head = (t[0] ?? []).map((c) => c.toLowerCase());
  const total = t.find((c) => /^(all|overall|total)/i.test(c[0] ?? ''));
  const ri = head.findIndex((c) => c.includes('rasd'));
  const ci = head.findIndex((c) => c.includes('chrono'));
  rows.push({
    area: 'Dates', measure,
    rasd: total && ri >= 0 ? `**${total[ri]}**` : 'see below',
    peer: total && ci >= 0 ? `chrono-node ar ${total[ci]}` : 'chrono-node ar: see below',
    how: 'scripts/eval-dates.ts',
  });
  sections.push('### Dates (scripts/eval-dates.ts)\n\n' + r.out);
}

function actors(): void {
  const measure = 'arabic-event-gsr spans: actor / target agreement';
  if (!existsSync(join(DATA, 'events/arabic-event-gsr'))) { rows.push({ area: 'Actors and targets', measure, rasd: 'skipped: no data', peer: '—', how: '' }); return; }
  const r = areaScript('eval-events.ts');
  if (!r) { rows.push({ area: 'Actors and targets', measure, rasd: 'not yet available (scripts/eval-events.ts)', peer: '—', how: '' }); return; }
  if (!r.ok) { rows.push({ area: 'Actors and targets', measure, rasd: 'script failed', peer: '—', how: 'scripts/eval-events.ts' }); notes.push(`eval-events.ts failed: ${r.err.split('\n').slice(-2).join(' ')}`); return; }
  // The table whose header names actor and target columns: one figure per event type.
  const lines = r.out.split('\n');
  const parts: string[] = [];
  const cells = (l: string) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim().replace(/\*\*/g, ''));
  const h = lines.findIndex((l) => /^\|/.test(l) && /actor/i.test(l) && /target|recipient/i.test(l));
  if (h >= 0) {
    const head = cells(lines[h]!).map((c) => c.toLowerCase());
    const ai = head.findIndex((c) => c.includes('actor')), ti = head.findIndex((c) => c.includes('target') || c.includes('recipient'));
    for (let k = h + 2; k < lines.length && /^\|/.test(lines[k]!); k++) {
      const c = cells(lines[k]!);
      parts.push(`${c[0]}: ${head[ai]} **${c[ai]}**, ${head[ti]} **${c[ti]}**`);
    }
  }
  rows.push({ area: 'Actors and targets', measure, rasd: parts.length ? parts.join('; ') : 'see below', peer: 'gold spans of the GSR release', how: 'scripts/eval-events.ts' });
  sections.push('### Events and actors in detail (scripts/eval-events.ts)\n\n' + r.out);
}

function gitHash(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', 'src', 'data', 'models'], { cwd: ROOT, encoding: 'utf8' });
  return (r.stdout.trim() || 'unknown') + (dirty.stdout.trim() ? ' (+ uncommitted changes)' : '');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  if (!existsSync(DATA)) notes.push(`No data directory at ${DATA}: every measurement is skipped. Give --data PATH.`);
  const haveScore = existsSync(SCORE);
  if (!haveScore) notes.push(`No scorer at ${SCORE}: the CLI measurements are skipped. Give --tools PATH.`);
  if (!opt['no-build']) {
    const b = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) note(`tsc reported errors (dist/ was still written):\n${b.stdout.slice(0, 1500)}`);
  }
  if (haveScore && existsSync(DATA)) {
    segmentation();
    ner();
  }
  if (existsSync(DATA)) nerAqmar();
  dates();
  if (haveScore && existsSync(DATA)) gsr();
  if (existsSync(DATA)) actors();

  const cpu = cpus();
  const md: string[] = [];
  md.push('# Rasd: measured quality');
  md.push('');
  md.push(`Written by \`npm run eval\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${gitHash()}; ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, Node ${process.version}. ` +
    `The CLI is run as a black box (\`rasd analyze --input jsonl --format jsonl --jobs ${JOBS}\`) and scored by the independent \`score.mjs\` in ../shared/tools; test splits are only measured, never trained on.`);
  md.push('');
  md.push('| area | measure | Rasd | baseline / peer | how |');
  md.push('|---|---|---|---|---|');
  for (const r of rows) md.push(`| ${r.area} | ${r.measure} | ${r.rasd} | ${r.peer} | ${r.how} |`);
  md.push('');
  md.push('Baselines: segmentation by whitespace alone and UDPipe on UD Arabic PUD; BERT-class models (CAMeLBERT, AraBERT) on the ANERcorp CAMeL split; published AQMAR results; keyword-rule detection on the arabic-event-gsr sentences (the GSR release).');
  md.push('');
  md.push('The event-detection figures are not clean held-out figures: no GSR sentence was read for rules, but aggregate GSR scores were used to choose between rule variants (docs/events.md, Figures). The dates figure is on the cases the layer was developed with; a fresh set is in docs/values.md.');
  if (contractChecks.length) {
    md.push('');
    md.push('Output contract on every record produced (score.mjs contract):');
    md.push('');
    for (const c of contractChecks) md.push(`- ${c}`);
  }
  if (notes.length) {
    md.push('');
    md.push('Notes:');
    md.push('');
    for (const n of notes) md.push(`- ${n}`);
  }
  if (sections.length) {
    md.push('');
    md.push('## Detail');
    md.push('');
    md.push(sections.join('\n\n'));
  }
  md.push('');
  md.push(`Evaluation took ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
  const text = md.join('\n') + '\n';
  process.stdout.write(text);
  if (!opt['no-write']) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    writeFileSync(join(ROOT, 'docs', 'EVAL.md'), text);
    note('wrote docs/EVAL.md');
  }
}

await main();
