#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm install` through `prepare`).
import { setFlagsFromString } from 'node:v8';

// JIT tuning for batch runs (docs/bench.md): V8 optimises a function only after it has run
// about four times as long as by default, so it optimises with fuller type feedback and
// re-optimises far less (over the SaudiNewsNet sample, optimising compiler time falls from
// about 4 s to under 2 s of CPU). Speed only: no output changes. Set before any code runs;
// worker threads share it.
setFlagsFromString('--interrupt-budget=500000');

import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`rasd: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});
