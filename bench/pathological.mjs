#!/usr/bin/env node
// How the built command analysis scales with pathological input: each shape of
// tests/fixtures/pathological-commands.ts at 16 KiB, 64 KiB (all that is analysed) and 1 MiB,
// best of three warm runs each. Linear means the 64 KiB time is about four times the 16 KiB one
// and 1 MiB costs little more than 64 KiB; a quadratic pass shows as 16x.
// Usage: node bench/pathological.mjs [--json]     (Node 22.18+: imports the .ts fixture directly)
import { analyze } from '../dist/analysis.mjs';
import { PATHOLOGICAL_SHAPES } from '../tests/fixtures/pathological-commands.ts';

const SIZES = [16 * 1024, 64 * 1024, 1024 * 1024];
const RUNS = 3;

function bestMs(command) {
  analyze(command); // warm-up
  let best = Infinity;
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    analyze(command);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const rows = Object.entries(PATHOLOGICAL_SHAPES).map(([shape, make]) => ({
  shape,
  ms: SIZES.map((size) => Number(bestMs(make(size)).toFixed(1))),
}));

if (process.argv.includes('--json')) console.log(JSON.stringify({ sizes: SIZES, rows }, null, 2));
else {
  console.log(`${'shape'.padEnd(24)}${SIZES.map((s) => `${s / 1024} KiB`.padStart(12)).join('')}   64K/16K`);
  for (const { shape, ms } of rows)
    console.log(`${shape.padEnd(24)}${ms.map((m) => `${m} ms`.padStart(12)).join('')}   ${(ms[1] / Math.max(ms[0], 0.1)).toFixed(1)}x`);
}
