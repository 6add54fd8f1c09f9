// rasd ingest PATH… --db FILE: files, folders, JSON/JSONL, HTML, RSS/Atom into the store.

import type { Command } from 'commander';
import type { IngestResult } from '../../ingest/run.js';
import { checkDate } from '../../analyze.js';
import { intOption, resolveDbPath } from './common.js';

interface IngestFlags {
  db?: string;
  jobs?: number;
  date?: string;
  source?: string;
  quiet?: boolean;
}

export function summaryLine(r: { added: number; unchanged: number; failed: number }): string {
  return `${r.added} added, ${r.unchanged} unchanged, ${r.failed} failed`;
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('analyse documents into the store: .txt, .html, .json, .jsonl, RSS/Atom files and folders')
    .argument('<paths...>', 'files or folders (folders are read recursively); - reads JSONL from stdin')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db)')
    .option('-j, --jobs <n>', 'analysis worker threads (default: all cores; 0 = on the main thread)', intOption('--jobs'))
    .option('-d, --date <YYYY-MM-DD>', 'document date for items that carry none')
    .option('--source <name>', 'source name for every document (default: the record\'s or feed\'s)')
    .option('-q, --quiet', 'no progress bar')
    .action(async (paths: string[], flags: IngestFlags) => {
      const date = checkDate(flags.date);
      // Loaded here, not at start-up: `rasd analyze` never needs the store or the readers.
      const [{ default: cliProgress }, { openStore }, { ingestPaths, poolSize }, { countFiles }] = await Promise.all([
        import('cli-progress'), import('../../store/db.js'), import('../../ingest/run.js'), import('../../ingest/sources.js'),
      ]);
      const store = openStore(resolveDbPath(flags.db));
      const signal = { stopped: false };
      const onInt = () => {
        if (signal.stopped) process.exit(130);
        signal.stopped = true;
        process.stderr.write('\nrasd: stopping after the documents in progress (Ctrl-C again to quit now)\n');
      };
      process.on('SIGINT', onInt);
      const bar = process.stderr.isTTY && !flags.quiet
        ? new cliProgress.SingleBar({
          format: 'ingest [{bar}] {value}/{total} | {added} added, {unchanged} unchanged, {failed} failed | ETA {eta_formatted}',
          stream: process.stderr, hideCursor: true, clearOnComplete: true,
        }, cliProgress.Presets.shades_classic)
        : null;
      // The total starts as the number of files and grows as each file says how many items it holds.
      let total = bar ? await countFiles(paths) : 0;
      bar?.start(Math.max(total, 1), 0, { added: 0, unchanged: 0, failed: 0 });
      let result: IngestResult;
      try {
        result = await ingestPaths(store, paths, {
          jobs: flags.jobs ?? poolSize(undefined),
          date,
          source: flags.source ?? null,
          signal,
          onCount: bar ? (n) => { total += n - 1; } : undefined,
          onProgress: bar
            ? (r, seen) => {
              const done = r.added + r.unchanged + r.failed;
              bar.setTotal(Math.max(total, seen, done, 1));
              bar.update(done, { added: r.added, unchanged: r.unchanged, failed: r.failed });
            }
            : undefined,
        });
      } finally {
        bar?.stop();
        process.off('SIGINT', onInt);
        store.close();
      }
      for (const f of result.failures) process.stderr.write(`rasd: failed ${f.origin}: ${f.reason}\n`);
      process.stdout.write(summaryLine(result) + '\n');
      setExit(result.failed ? 1 : 0);
    });
}
