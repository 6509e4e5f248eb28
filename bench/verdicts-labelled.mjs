#!/usr/bin/env node
// Background precision and recall of the built command analysis on hand-labelled real commands
// (tests/fixtures/labelled/*.jsonl, labelled by ../shared/labelling.md only, never from our
// verdicts). Positive = label must- or suggest-background; predicted positive = verdict must- or
// suggest-background; `unclear` labels are left out. held-in.jsonl is the part looked at while
// tuning, held-out.jsonl the part that was not.
//
//   node bench/verdicts-labelled.mjs [--json] [--misses]        (run `npm run build` first)
//   node bench/verdicts-labelled.mjs --sample N                 (draws the unlabelled sample)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../dist/analysis.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The labelled parts, in the order they are reported. */
export const LABELLED_DIR = join(root, 'tests', 'fixtures', 'labelled');
export const LABELLED_PARTS = ['held-in', 'held-out'];
const dir = LABELLED_DIR;
const args = process.argv.slice(2);
const POSITIVE = new Set(['must-background', 'suggest-background']);
/** Labels the analysis must never turn into background advice. */
const NEVER_BACKGROUND = new Set(['interactive', 'state-change']);

/** The seeded draw the set was built from: same seed, same corpora, same commands. */
const SAMPLE = {
  seed: 20261204,
  corpora: { 'agent-bash-calls': 0.45, 'ci-and-build-commands': 0.3, 'tldr-examples': 0.25 },
  maxChars: 400,
};

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(total) {
  const random = mulberry32(SAMPLE.seed);
  const corpora = resolve(root, '..', 'shared', 'corpora');
  const seen = new Set();
  for (const [name, share] of Object.entries(SAMPLE.corpora)) {
    const rows = readJsonl(join(corpora, `${name}.jsonl`)).filter(
      (r) => typeof r.command === 'string' && r.command.length <= SAMPLE.maxChars,
    );
    let taken = 0;
    for (let guard = 0; taken < Math.round(total * share) && guard < 100_000; guard++) {
      const r = rows[Math.floor(random() * rows.length)];
      if (seen.has(r.command)) continue;
      seen.add(r.command);
      taken++;
      // The source keeps the corpus and the attribution it gives (owner/repo:path).
      console.log(JSON.stringify({ command: r.command, label: '', source: `${name} ${r.source}` }));
    }
  }
}

export function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Scores one labelled part; also used by scripts/verdict-report.mjs. */
export function measure(rows) {
  const scored = rows.filter((r) => r.label !== 'unclear');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let mustTotal = 0;
  let mustFound = 0;
  const confusion = {};
  const harmful = [];
  const misses = [];
  for (const r of scored) {
    const verdict = analyze(r.command).verdict;
    confusion[r.label] ??= {};
    confusion[r.label][verdict] = (confusion[r.label][verdict] ?? 0) + 1;
    const actual = POSITIVE.has(r.label);
    const predicted = POSITIVE.has(verdict);
    if (actual && predicted) tp++;
    if (!actual && predicted) fp++;
    if (actual && !predicted) fn++;
    if (r.label === 'must-background') {
      mustTotal++;
      if (verdict === 'must-background') mustFound++;
    }
    if (NEVER_BACKGROUND.has(r.label) && predicted) harmful.push(r.command);
    if (actual !== predicted || (r.label === 'must-background') !== (verdict === 'must-background'))
      misses.push({ label: r.label, verdict, command: r.command });
  }
  const ratio = (n, d) => (d ? Number((n / d).toFixed(3)) : null);
  return {
    commands: rows.length,
    scored: scored.length,
    unclear: rows.length - scored.length,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    mustBackgroundRecall: ratio(mustFound, mustTotal),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    interactiveOrStateChangeAdvisedToBackground: harmful,
    confusion,
    misses,
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (!isMain) {
  // Imported for its functions.
} else if (args.includes('--sample')) {
  sample(Number(args[args.indexOf('--sample') + 1]) || 420);
} else {
  const parts = LABELLED_PARTS.filter((p) => existsSync(join(dir, `${p}.jsonl`)));
  const result = Object.fromEntries(parts.map((p) => [p, measure(readJsonl(join(dir, `${p}.jsonl`)))]));
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const [part, m] of Object.entries(result)) {
      console.log(`${part}: ${m.scored} scored (${m.unclear} unclear)`);
      console.log(`  precision ${m.precision}  recall ${m.recall}  must-background recall ${m.mustBackgroundRecall}`);
      console.log(`  TP ${m.truePositives}  FP ${m.falsePositives}  FN ${m.falseNegatives}`);
      console.log(`  interactive/state-change advised to background: ${m.interactiveOrStateChangeAdvisedToBackground.length}`);
      for (const [label, row] of Object.entries(m.confusion)) console.log(`  ${label.padEnd(20)} → ${JSON.stringify(row)}`);
      // Misses of the held-out part are never printed: it stays unseen while tuning.
      if (args.includes('--misses') && part === 'held-in')
        for (const x of m.misses) console.log(`  MISS ${x.label} ≠ ${x.verdict}: ${x.command.replace(/\s*\n\s*/g, ' ⏎ ').slice(0, 160)}`);
    }
  }
}
