// rasd reanalyze --db FILE: refresh analyses made by an older pipeline (or all with --all).

import type { Command } from 'commander';
import { intOption, resolveDbPath } from './common.js';

interface ReanalyzeFlags {
  db?: string;
  all?: boolean;
  jobs?: number;
  quiet?: boolean;
}

export function registerReanalyze(program: Command, setExit: (code: number) => void): void {
  program
    .command('reanalyze')
    .description('re-run the pipeline over stored documents analysed by another pipeline version')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db)')
    .option('--all', 're-analyse every document, not only stale ones')
    .option('-j, --jobs <n>', 'analysis worker threads (default: all cores; 0 = on the main thread)', intOption('--jobs'))
    .option('-q, --quiet', 'no progress bar')
    .action(async (flags: ReanalyzeFlags) => {
      const [{ default: cliProgress }, { openStore, pipelineVersion }, { poolSize, reanalyze }] = await Promise.all([
        import('cli-progress'), import('../../store/db.js'), import('../../ingest/run.js'),
      ]);
      const path = resolveDbPath(flags.db);
      openStore(path, { readonly: true }).close(); // a missing store is an error, not a new empty one
      const store = openStore(path);
      const signal = { stopped: false };
      const onInt = () => { if (signal.stopped) process.exit(130); signal.stopped = true; };
      process.on('SIGINT', onInt);
      const bar = process.stderr.isTTY && !flags.quiet
        ? new cliProgress.SingleBar({ format: 'reanalyze [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
        : null;
      let r;
      try {
        bar?.start(1, 0);
        r = await reanalyze(store, {
          all: flags.all,
          jobs: flags.jobs ?? poolSize(undefined),
          signal,
          onProgress: bar ? (done, total) => { bar.setTotal(Math.max(total, 1)); bar.update(done); } : undefined,
        });
      } finally {
        bar?.stop();
        process.off('SIGINT', onInt);
        store.close();
      }
      for (const f of r.failures) process.stderr.write(`rasd: failed ${f.origin}: ${f.reason}\n`);
      process.stdout.write(`${r.updated} reanalysed, ${r.failed} failed (pipeline ${pipelineVersion()})\n`);
      setExit(r.failed ? 1 : 0);
    });
}
