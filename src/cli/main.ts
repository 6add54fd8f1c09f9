// The `rasd` command line. Exit codes (CONTRACT.md): 0 done, 1 some inputs failed, 2 usage.

import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { analyze, checkDate } from '../analyze.js';
import { decodeBytes, InputError } from '../text/decode.js';
import { SCHEMA, type RasdRecord } from '../schema.js';
import { formatSummary } from './summary.js';
import { writeRecordJson } from './json-out.js';
import { parseJobs } from '../parallel/jobs.js';
import { analyzeBatchLine } from '../parallel/line.js';
import { registerIngest } from './commands/ingest.js';
import { registerSearch } from './commands/search.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerServe } from './commands/serve.js';

/** Kept here for callers of the CLI module; it lives in parallel/line.ts for the workers. */
export { analyzeBatchLine };

export class UsageError extends Error {}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new InputError('not_found', `no such file: ${file}`);
    if (e.code === 'EISDIR') throw new InputError('is_directory', `${file} is a directory; give a file (or use rasd ingest)`);
    throw new InputError('read', `cannot read ${file}: ${e.message}`);
  }
}

interface AnalyzeFlags {
  format: 'text' | 'json' | 'jsonl';
  input: 'text' | 'jsonl';
  date?: string;
  pretty?: boolean;
  jobs?: string;
}

function write(s: string): void {
  process.stdout.write(s);
}

async function runBatch(file: string, flags: AnalyzeFlags): Promise<number> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const failures: string[] = [];
  await new Promise<void>((resolve, reject) => {
    stream.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ENOENT' ? new InputError('not_found', `no such file: ${file}`) : e));
    stream.on('open', () => resolve());
    if (file === '-') resolve();
  });
  const jobs = parseJobs(flags.jobs);
  const parallel = jobs > 1 ? await import('../parallel/batch.js') : null;
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  const defaultDate = checkDate(flags.date);
  if (parallel) {
    const r = await parallel.runLinesParallel(rl, jobs, defaultDate, flags.format);
    failures.push(...r.failures);
    n = r.lines;
  }
  if (jobs <= 1) for await (const raw of rl) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!line.trim()) continue;
    const { record, ok, error } = analyzeBatchLine(line, n, defaultDate);
    if (!ok) failures.push(error!);
    if (flags.format === 'text') write(formatSummary(record) + '\n');
    else write(JSON.stringify(record) + '\n');
  }
  for (const f of failures) process.stderr.write(`rasd: ${f}\n`);
  if (failures.length) process.stderr.write(`rasd: ${failures.length} of ${n} lines failed\n`);
  return failures.length ? 1 : 0;
}

async function runAnalyze(file: string, flags: AnalyzeFlags): Promise<number> {
  if (flags.input === 'jsonl') return runBatch(file, flags);
  const date = checkDate(flags.date);
  const text = decodeBytes(readInput(file));
  const rec = analyze(text, { date });
  if (flags.format === 'json' && flags.pretty) write(JSON.stringify(rec, null, 2) + '\n');
  else if (flags.format === 'json' || flags.format === 'jsonl') await writeRecordJson(process.stdout, rec);
  else write(formatSummary(rec) + '\n');
  return 0;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('rasd')
    .description('Arabic news → structured, sourced political events (rasd/1)')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('analyze')
    .description('analyse a document (FILE, or - for stdin) or a JSONL batch')
    .argument('<file>', 'a UTF-8 text file, a JSONL file with --input jsonl, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text'))
    .addOption(new Option('-i, --input <kind>', 'input kind').choices(['text', 'jsonl']).default('text'))
    .option('-d, --date <YYYY-MM-DD>', 'document date: the anchor for relative dates')
    .option('--pretty', 'indent JSON output')
    .option('-j, --jobs <n>', 'worker threads for --input jsonl (output stays in input order)', '1')
    .action(async (file: string, flags: AnalyzeFlags) => {
      setExit(await runAnalyze(file, flags));
    });
  registerIngest(program, setExit);
  registerSearch(program, setExit);
  registerEvents(program, setExit);
  registerExport(program, setExit);
  registerReanalyze(program, setExit);
  registerServe(program, setExit);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (rasd … | head) ends the run quietly instead of crashing.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
  let code = 0;
  const program = buildProgram((c) => { code = c; });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error.
      code = err.exitCode === 0 ? 0 : 2;
    } else if (err instanceof InputError) {
      process.stderr.write(`rasd: ${err.message}\n`);
      code = 1;
    } else if (err instanceof RangeError || err instanceof UsageError) {
      process.stderr.write(`rasd: ${err.message}\n`);
      code = 2;
    } else {
      process.stderr.write(`rasd: ${(err as Error).message ?? String(err)}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
}
