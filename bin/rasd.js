#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through `prepare`).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`rasd: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});
