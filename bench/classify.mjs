#!/usr/bin/env node
// In-process throughput of the built command analysis over real commands: all shared corpora
// when ../shared/corpora exists (about 50,000 commands), else the committed agent sample repeated
// to a similar size. Whole passes are timed without per-call timers (they would skew the rate);
// a separate pass times each call for the latency percentiles.
// Usage: node bench/classify.mjs [--passes N] [--json] [--check]   (--check: exit 1 below target)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../dist/analysis.mjs';

const TARGET_PER_SECOND = 50_000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = resolve(root, '..', 'shared', 'corpora');
const samplePath = join(root, 'tests', 'fixtures', 'agent-commands.sample.jsonl');
const args = process.argv.slice(2);
const passes = Number(args[args.indexOf('--passes') + 1]) || 5;
const asJson = args.includes('--json');

const readCommands = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line).command)
    .filter((c) => typeof c === 'string');

let source;
let commands;
/** Per corpus file, for the breakdown: agent calls are longer and slower than tldr examples. */
const groups = [];
if (existsSync(corporaDir)) {
  const files = readdirSync(corporaDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  for (const f of files) groups.push({ name: f, commands: readCommands(join(corporaDir, f)) });
  commands = groups.flatMap((g) => g.commands);
  source = `${files.length} corpora in ${corporaDir}`;
} else {
  const sample = readCommands(samplePath);
  commands = Array.from({ length: Math.ceil(50_000 / sample.length) }, () => sample).flat();
  source = `${sample.length} sample commands repeated (${corporaDir} not found)`;
}

// Keeps the results observable so the calls cannot be optimised away.
let sink = 0;
function pass(list = commands) {
  const start = process.hrtime.bigint();
  for (const c of list) sink += analyze(c).parts.length;
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

pass(); // warm-up: JIT, catalogue indexes, regex caches
const seconds = Array.from({ length: passes }, () => pass());
const rates = seconds.map((s) => commands.length / s);

const micros = new Float64Array(commands.length);
for (let i = 0; i < commands.length; i++) {
  const start = process.hrtime.bigint();
  sink += analyze(commands[i]).parts.length;
  micros[i] = Number(process.hrtime.bigint() - start) / 1e3;
}
micros.sort();

const result = {
  source,
  commands: commands.length,
  passes,
  perSecond: { median: Math.round(median(rates)), best: Math.round(Math.max(...rates)) },
  micros: { p50: percentile(micros, 50), p90: percentile(micros, 90), p99: percentile(micros, 99), max: micros[micros.length - 1] },
  target: TARGET_PER_SECOND,
  met: median(rates) >= TARGET_PER_SECOND,
  byCorpus: groups.map((g) => {
    const chars = g.commands.reduce((n, c) => n + c.length, 0);
    const perSecond = median(Array.from({ length: passes }, () => g.commands.length / pass(g.commands)));
    return {
      name: g.name,
      commands: g.commands.length,
      meanChars: Math.round(chars / g.commands.length),
      perSecond: Math.round(perSecond),
    };
  }),
};

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const n = (x) => Math.round(x).toLocaleString('en-US');
  const us = (x) => `${x.toFixed(1)} µs`;
  console.log(`classify: ${n(result.commands)} commands (${source}), ${passes} timed passes after one warm-up`);
  console.log(`  throughput  ${n(result.perSecond.median)} commands/s median, ${n(result.perSecond.best)} best`);
  console.log(
    `  per command p50 ${us(result.micros.p50)}, p90 ${us(result.micros.p90)}, p99 ${us(result.micros.p99)}, max ${us(result.micros.max)}`,
  );
  console.log(`  target      ${n(TARGET_PER_SECOND)} commands/s: ${result.met ? 'met' : 'NOT met'}`);
  for (const g of result.byCorpus)
    console.log(
      `  ${g.name.padEnd(30)} ${n(g.commands).padStart(6)} commands, mean ${String(g.meanChars).padStart(3)} chars: ${n(g.perSecond)} commands/s`,
    );
}
if (sink < 0) console.log(sink); // never true; reads the sink
if (args.includes('--check') && !result.met) process.exitCode = 1;
