// rasd export --db FILE: stored documents with their annotations, as JSONL rasd/1 records
// (title, url, date, source added, so the file can be ingested again) or brat standoff pairs.

import { Option, type Command } from 'commander';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredDocument } from '../../store/db.js';
import { bratAnnotationConf, toBratAnn } from '../../export/brat.js';
import { intOption, out, resolveDbPath } from './common.js';

interface ExportFlags {
  db?: string;
  format: 'jsonl' | 'brat';
  out?: string;
  from?: string;
  to?: string;
  source?: string;
  limit?: number;
}

/** One export line: the rasd/1 record with the document's id and metadata. */
export function exportRecord(d: StoredDocument): string {
  const { schema, id: _id, ...rest } = d.record;
  return JSON.stringify({ schema, id: d.id, title: d.title, url: d.url, date: d.date, source: d.source, ...rest }) + '\n';
}

export function registerExport(program: Command, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('export stored documents with their annotations (JSONL rasd/1 records, or brat standoff)')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'brat']).default('jsonl'))
    .option('-o, --out <path>', 'output file (jsonl; default stdout) or folder (brat; required)')
    .option('--from <date>', 'documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'documents dated on or before')
    .option('--source <name>', 'only documents from this source')
    .option('-n, --limit <n>', 'at most this many documents', intOption('--limit'))
    .action(async (flags: ExportFlags) => {
      const { openStore } = await import('../../store/db.js');
      if (flags.format === 'brat' && !flags.out) throw new RangeError('--format brat writes a folder: give --out DIR');
      if (flags.format === 'brat' && existsSync(flags.out!) && !statSync(flags.out!).isDirectory()) throw new RangeError(`--out ${flags.out} is a file; brat export needs a folder`);
      const store = openStore(resolveDbPath(flags.db), { readonly: true });
      let n = 0;
      try {
        const docs = store.iterateDocuments({ from: flags.from, to: flags.to, source: flags.source, limit: flags.limit });
        if (flags.format === 'brat') {
          mkdirSync(flags.out!, { recursive: true });
          writeFileSync(join(flags.out!, 'annotation.conf'), bratAnnotationConf());
          for (const d of docs) {
            writeFileSync(join(flags.out!, `${d.id}.txt`), d.record.text);
            writeFileSync(join(flags.out!, `${d.id}.ann`), toBratAnn(d.record));
            n++;
          }
          process.stderr.write(`rasd: ${n} document${n === 1 ? '' : 's'} written to ${flags.out}\n`);
        } else if (flags.out) {
          const file = createWriteStream(flags.out);
          for (const d of docs) {
            if (!file.write(exportRecord(d))) await new Promise<void>((r) => file.once('drain', () => r()));
            n++;
          }
          await new Promise<void>((resolve, reject) => { file.on('error', reject); file.end(() => resolve()); });
          process.stderr.write(`rasd: ${n} document${n === 1 ? '' : 's'} written to ${flags.out}\n`);
        } else {
          for (const d of docs) { await out(exportRecord(d)); n++; }
        }
      } finally {
        store.close();
      }
      setExit(0);
    });
}
