// rasd search QUERY --db FILE: full-text search over normalised Arabic.

import { Option, type Command } from 'commander';
import { intOption, out, resolveDbPath } from './common.js';

interface SearchFlags {
  db?: string;
  from?: string;
  to?: string;
  source?: string;
  limit: number;
  offset: number;
  format: 'text' | 'json';
}

export function registerSearch(program: Command, setExit: (code: number) => void): void {
  program
    .command('search')
    .description('search stored documents (words are ANDed; OR, "phrases" and prefix* work)')
    .argument('<query...>', 'the words to find; spelling variants (أ/ا, ة/ه, diacritics) match')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db)')
    .option('--from <date>', 'documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'documents dated on or before')
    .option('--source <name>', 'only documents from this source')
    .option('-n, --limit <n>', 'hits to show', intOption('--limit'), 20)
    .option('--offset <n>', 'hits to skip', intOption('--offset'), 0)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (words: string[], flags: SearchFlags) => {
      const { openStore } = await import('../../store/db.js');
      const store = openStore(resolveDbPath(flags.db), { readonly: true });
      try {
        const r = store.search({ query: words.join(' '), from: flags.from, to: flags.to, source: flags.source, limit: flags.limit, offset: flags.offset });
        if (flags.format === 'json') {
          await out(JSON.stringify({ total: r.total, hits: r.hits.map(({ id, title, date, snippet }) => ({ id, title, date, snippet })) }) + '\n');
        } else {
          let s = `${r.total} document${r.total === 1 ? '' : 's'}\n`;
          for (const h of r.hits) s += `${h.id}  ${h.date ?? '----------'}  ${h.title ?? ''}\n    ${h.snippet}\n`;
          await out(s);
        }
      } finally {
        store.close();
      }
      setExit(0);
    });
}
