// rasd events --db FILE [filters] [--format csv|jsonl|plover]: the stored events.

import { InvalidArgumentError, Option, type Command } from 'commander';
import type { EventFilter } from '../../store/db.js';
import { csvHeader, eventCsvLine } from '../../export/csv.js';
import { ploverLine } from '../../export/plover.js';
import { intOption, out, resolveDbPath } from './common.js';
import { EVENT_TYPES } from '../../schema.js';

interface EventsFlags extends Omit<EventFilter, 'limit' | 'offset'> {
  db?: string;
  limit?: number;
  offset?: number;
  format: 'csv' | 'jsonl' | 'plover';
}

export function registerEvents(program: Command, setExit: (code: number) => void): void {
  program
    .command('events')
    .description('list stored events, filtered, as CSV, JSONL or PLOVER-style JSONL')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db)')
    .option('-t, --type <TYPE>', `PLOVER event type (${EVENT_TYPES.join(' ')})`, (v: string) => {
      const u = v.toUpperCase();
      if (!(EVENT_TYPES as readonly string[]).includes(u)) throw new InvalidArgumentError(`must be one of ${EVENT_TYPES.join(', ')}`);
      return u;
    })
    .option('--actor <code>', 'actor country ISO3 (IRQ), country:sector (IRQ:MIL) or :sector')
    .option('--recipient <code>', 'recipient country ISO3, country:sector or :sector')
    .option('--location <place>', 'a place name (any spelling) or a country ISO3')
    .option('--from <date>', 'documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'documents dated on or before')
    .option('--source <name>', 'only documents from this source')
    .option('-n, --limit <n>', 'at most this many events', intOption('--limit'))
    .option('--offset <n>', 'skip this many events', intOption('--offset'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['csv', 'jsonl', 'plover']).default('jsonl'))
    .action(async (flags: EventsFlags) => {
      const { openStore } = await import('../../store/db.js');
      const store = openStore(resolveDbPath(flags.db), { readonly: true });
      try {
        const events = store.iterateEvents(flags);
        if (flags.format === 'csv') await out(csvHeader());
        let buf = '';
        for (const e of events) {
          buf += flags.format === 'csv' ? eventCsvLine(e) : flags.format === 'plover' ? ploverLine(e) : JSON.stringify(e) + '\n';
          if (buf.length > 1 << 16) { await out(buf); buf = ''; }
        }
        await out(buf);
      } finally {
        store.close();
      }
      setExit(0);
    });
}
