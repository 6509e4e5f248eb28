#!/usr/bin/env node
// Whole CLI processes of two builds (or any commands), interleaved so that the machine's load
// falls on all of them alike: one warm-up each, then RUNS rounds; the median and max of each,
// and the load average before and after. Each spec is "label cli.mjs args…", split on spaces.
// Usage: node bench/alternate.mjs RUNS "before /path/to/base/dist/cli.mjs report --db FILE --since 90d --lead --json" "after dist/cli.mjs report …"
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const [runs, ...specs] = process.argv.slice(2);
if (!Number(runs) || !specs.length) {
  console.error('usage: node bench/alternate.mjs RUNS "label cli.mjs args…" …');
  process.exit(2);
}
const variants = specs.map((spec) => {
  const [label, ...argv] = spec.split(' ');
  return { label, argv, times: [] };
});

function once({ argv }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const before = loadavg()[0];
for (const v of variants) once(v); // the page cache warm for each
for (let i = 0; i < Number(runs); i++) for (const v of variants) v.times.push(once(v));
const after = loadavg()[0];
for (const { label, times } of variants) {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (x) => String(Math.round(x)).padStart(5);
  console.log(
    `${label.padEnd(24)} median ${ms(sorted[sorted.length >> 1])} ms  max ${ms(sorted.at(-1))} ms  all ${times.map(Math.round).join(' ')}`,
  );
}
console.log(`load average ${before.toFixed(2)} → ${after.toFixed(2)}`);
