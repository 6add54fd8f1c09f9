// rasd serve --db FILE --port N: the HTTP API and the web UI, on 127.0.0.1 unless --host says otherwise.

import type { Command } from 'commander';
import { intOption, resolveDbPath } from './common.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  bodyLimit: number;
  timeout: number;
  workers: number;
  log?: boolean;
}

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web UI over a store')
    .option('--db <file>', 'the store (default: $RASD_DB or ./rasd.db; created if missing)')
    .option('-p, --port <n>', 'port (0 picks a free one)', intOption('--port'), 8080)
    .option('--host <addr>', 'address to bind (default 127.0.0.1: this machine only)', '127.0.0.1')
    .option('--body-limit <bytes>', 'largest request body in bytes (larger get 413)', intOption('--body-limit', 1), 5 * 1024 * 1024)
    .option('--timeout <ms>', 'request timeout in milliseconds', intOption('--timeout', 1), 30_000)
    .option('-w, --workers <n>', 'analysis worker threads for POST /api/analyze (0 = on the server thread)', intOption('--workers'), 2)
    .option('--log', 'log requests as JSON lines on stderr')
    .action(async (flags: ServeFlags) => {
      if (flags.port > 65535) throw new RangeError('--port must be at most 65535');
      const { buildApp } = await import('../../server/app.js');
      const { openStore } = await import('../../store/db.js');
      const store = openStore(resolveDbPath(flags.db));
      const pool = flags.workers > 0 ? (await import('../../parallel/pool.js')).createPool(flags.workers) : null;
      const app = await buildApp({
        store, bodyLimit: flags.bodyLimit, requestTimeout: flags.timeout, logger: !!flags.log,
        ...(pool ? { analyze: (text: string, o: { date: string | null }) => pool.analyze(text, o) } : {}),
      });
      const close = async (): Promise<void> => {
        await app.close();
        await pool?.close();
        store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      try {
        await app.listen({ port: flags.port, host: flags.host });
      } catch (err) {
        await pool?.close();
        store.close();
        throw new RangeError(`cannot listen on ${flags.host}:${flags.port}: ${(err as Error).message}`);
      }
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : flags.port;
      const shown = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      const s = store.stats();
      process.stderr.write(`rasd: serving ${s.documents} documents, ${s.events} events from ${store.path}\nrasd: open http://${shown}:${port}/\n`);
      setExit(0);
      // Keep running until a signal closes the server.
      await new Promise<void>(() => {});
    });
}
