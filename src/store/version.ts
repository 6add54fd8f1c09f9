// The pipeline version stored with each analysis: the package version plus a short hash of
// the shipped language data (data/, models/), so `rasd reanalyze` notices new lexicons or
// weights or changed rules even when the version number has not moved.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let cached: string | null = null;

function hashDir(h: ReturnType<typeof createHash>, dir: string, rel: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) hashDir(h, p, `${rel}/${e.name}`);
    else if (e.isFile() && !e.name.endsWith('.map') && !e.name.endsWith('.d.ts')) {
      h.update(`${rel}/${e.name}\0`);
      h.update(readFileSync(p));
    }
  }
}

/** e.g. "0.1.0+3fa2c1d9"; computed once per process, at first use. */
export function pipelineVersion(): string {
  if (cached) return cached;
  let version = '0.0.0';
  try {
    version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch { /* a bundled copy without package.json keeps the default */ }
  const h = createHash('sha256');
  hashDir(h, join(ROOT, 'data'), 'data');
  hashDir(h, join(ROOT, 'models'), 'models');
  // The pipeline code itself (src/ under tsx, dist/ when built): a rule change is a new analysis.
  const code = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const layer of ['text', 'morph', 'values', 'entities', 'events']) hashDir(h, join(code, layer), layer);
  for (const f of ['analyze.js', 'analyze.ts']) { try { h.update(readFileSync(join(code, f))); } catch { /* one of the two */ } }
  cached = `${version}+${h.digest('hex').slice(0, 8)}`;
  return cached;
}
