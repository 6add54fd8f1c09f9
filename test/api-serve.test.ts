// `rasd serve` as a user runs it: ingest the included samples, serve on loopback, query, stop.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'rasd.js');
const SAMPLES = join(import.meta.dirname, '..', 'samples', 'articles.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'rasd-serve-'));
const children: ChildProcess[] = [];

after(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `rasd serve`, resolves with the address it prints. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      err += s;
      const m = err.match(/open (http:\/\/\S+\/)/);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1]! }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${err}`)); });
  });
}

test('ingest the samples, serve them on 127.0.0.1, stop on SIGTERM', { timeout: 90_000 }, async () => {
  const db = join(dir, 'rasd.db');
  const ing = spawnSync(process.execPath, [BIN, 'ingest', SAMPLES, '--db', db, '--quiet'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(ing.status, 0, ing.stderr);
  const { child, url } = await serve(['--db', db, '--port', '0']);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, 'loopback by default');
  const h = (await (await fetch(url + 'healthz', { signal: AbortSignal.timeout(5_000) })).json()) as { ok: boolean; documents: number };
  assert.equal(h.ok, true);
  assert.ok(h.documents >= 3, 'the samples are in the store');
  const docs = (await (await fetch(url + 'api/documents', { signal: AbortSignal.timeout(5_000) })).json()) as { documents: { id: string; title: string }[] };
  const first = docs.documents[0]!;
  const d = (await (await fetch(url + `api/documents/${first.id}`, { signal: AbortSignal.timeout(5_000) })).json()) as { title: string; record: { schema: string } };
  assert.equal(d.title, first.title);
  assert.equal(d.record.schema, 'rasd/1');
  // Analysis runs in the server's worker threads.
  const text = 'قال وزير الخارجية إن الوفد وصل إلى بغداد.';
  const a = await fetch(url + 'api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(30_000) });
  assert.equal(a.status, 200);
  const rec = (await a.json()) as { schema: string; text: string; tokens: unknown[] };
  assert.equal(rec.schema, 'rasd/1');
  assert.equal(rec.text, text);
  assert.ok(rec.tokens.length >= 8);
  const page = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<script type="module" src="\/app\.js">/);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});

test('serve refuses a bad port with a usage error', { timeout: 30_000 }, () => {
  const r = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'x.db'), '--port', 'eighty'], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a whole number/);
});
