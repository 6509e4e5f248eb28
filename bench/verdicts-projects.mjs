#!/usr/bin/env node
// Verdicts on project-defined commands (issue 12): the labelled commands in
// tests/fixtures/eval-projects/commands.jsonl, typed in 20 real projects whose task files are
// copied beside them, each labelled by what the project actually runs (../shared/labelling.md).
// Runs the built CLI's `classify --jsonl` twice, without cwd and with cwd = the fixture project
// directory + the command's cwd, and scores both. Positive = must-/suggest-background; `unclear`
// labels are not scored. Usage: node bench/verdicts-projects.mjs [--json]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests', 'fixtures', 'eval-projects');
const cli = join(root, 'dist', 'cli.mjs');
const asJson = process.argv.includes('--json');

const BACKGROUND = new Set(['must-background', 'suggest-background']);
/** Labels that must never be advised into the background (labelling.md). */
const MUST_STAY = new Set(['interactive', 'state-change']);

const cases = readFileSync(join(fixtures, 'commands.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

// A fresh home: no user configuration, catalogue or measured history colours the verdicts.
const home = mkdtempSync(join(tmpdir(), 'bgt-eval-'));
const env = { PATH: process.env.PATH, HOME: home, BGTELEMETRY_HOME: home };

function classify(lines) {
  const run = spawnSync(process.execPath, [cli, 'classify', '--jsonl', '--threshold', '5'], {
    cwd: home,
    env,
    input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`classify --jsonl exited ${run.status}: ${run.stderr}`);
  const out = run.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  if (out.length !== lines.length) throw new Error(`classify --jsonl answered ${out.length} of ${lines.length} lines`);
  const failed = out.find((o) => o.error);
  if (failed) throw new Error(`classify --jsonl could not read line ${failed.line}: ${failed.error}`);
  return out.map((o) => o.verdict);
}

const ratio = (n, d) => (d ? n / d : null);

function score(verdicts) {
  const rows = cases.map((c, i) => ({ ...c, verdict: verdicts[i] })).filter((r) => r.label !== 'unclear');
  const tally = (subset) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of subset) {
      const truth = BACKGROUND.has(r.label);
      const said = BACKGROUND.has(r.verdict);
      if (truth && said) tp++;
      else if (said) fp++;
      else if (truth) fn++;
    }
    return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn };
  };
  const must = rows.filter((r) => r.label === 'must-background');
  const misleading = rows.filter((r) => r.misleading);
  const unsafe = rows.filter((r) => MUST_STAY.has(r.label) && BACKGROUND.has(r.verdict));
  const byProject = {};
  for (const project of [...new Set(rows.map((r) => r.project))]) byProject[project] = tally(rows.filter((r) => r.project === project));
  return {
    scored: rows.length,
    background: tally(rows),
    mustBackgroundRecall: ratio(must.filter((r) => r.verdict === 'must-background').length, must.length),
    misleading: { commands: misleading.length, ...tally(misleading) },
    exactLabel: ratio(rows.filter((r) => r.verdict === r.label).length, rows.length),
    advisedIntoBackground: {
      interactive: unsafe.filter((r) => r.label === 'interactive').length,
      'state-change': unsafe.filter((r) => r.label === 'state-change').length,
      commands: unsafe.map((r) => ({ project: r.project, command: r.command, label: r.label, verdict: r.verdict })),
    },
    missed: rows
      .filter((r) => BACKGROUND.has(r.label) && !BACKGROUND.has(r.verdict))
      .map((r) => ({ project: r.project, command: r.command, label: r.label, verdict: r.verdict, why: r.why })),
    byProject,
  };
}

let result;
try {
  const help = spawnSync(process.execPath, [cli, 'classify', '--help'], { cwd: home, env, encoding: 'utf8' });
  const cwdSupported = /--cwd\b/.test(help.stdout);
  const without = classify(cases.map((c) => ({ command: c.command })));
  const withContext = classify(cases.map((c) => ({ command: c.command, cwd: join(fixtures, c.project, c.cwd) })));
  const labels = {};
  for (const c of cases) labels[c.label] = (labels[c.label] ?? 0) + 1;
  result = {
    commands: cases.length,
    projects: new Set(cases.map((c) => c.project)).size,
    labels,
    cwdSupported,
    note: cwdSupported
      ? null
      : 'classify has no --cwd yet and ignores "cwd" in --jsonl lines: the with-context figures equal those without',
    withoutContext: score(without),
    withContext: score(withContext),
  };
} finally {
  rmSync(home, { recursive: true, force: true });
}

const f = (x) => (x === null ? 'n/a' : x.toFixed(2));
const unsafeCount = (s) => s.advisedIntoBackground.interactive + s.advisedIntoBackground['state-change'];

if (asJson) {
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
} else {
  const { withoutContext: a, withContext: b } = result;
  const lines = [
    `Project-defined commands: ${result.commands} commands in ${result.projects} projects (${a.scored} scored; ${result.labels.unclear ?? 0} unclear)`,
    result.note ? `note: ${result.note}` : null,
    '',
    '                                        without cwd   with cwd',
    `background precision                    ${f(a.background.precision).padStart(11)}   ${f(b.background.precision).padStart(8)}`,
    `background recall                       ${f(a.background.recall).padStart(11)}   ${f(b.background.recall).padStart(8)}`,
    `must-background recall                  ${f(a.mustBackgroundRecall).padStart(11)}   ${f(b.mustBackgroundRecall).padStart(8)}`,
    `misleading names: recall (${a.misleading.commands} commands)   ${f(a.misleading.recall).padStart(11)}   ${f(b.misleading.recall).padStart(8)}`,
    `misleading names: precision             ${f(a.misleading.precision).padStart(11)}   ${f(b.misleading.precision).padStart(8)}`,
    `exact label agreement                   ${f(a.exactLabel).padStart(11)}   ${f(b.exactLabel).padStart(8)}`,
    `interactive advised into background     ${String(a.advisedIntoBackground.interactive).padStart(11)}   ${String(b.advisedIntoBackground.interactive).padStart(8)}`,
    `state-change advised into background    ${String(a.advisedIntoBackground['state-change']).padStart(11)}   ${String(b.advisedIntoBackground['state-change']).padStart(8)}`,
    '',
    'per project, with cwd (background precision / recall):',
    ...Object.entries(b.byProject).map(([p, t]) => `  ${p.padEnd(28)} ${f(t.precision)} / ${f(t.recall)}`),
    ...(unsafeCount(b)
      ? [
          '',
          'advised into background (must be none):',
          ...b.advisedIntoBackground.commands.map((c) => `  ${c.project}: ${c.command} (${c.label} -> ${c.verdict})`),
        ]
      : []),
  ];
  process.stdout.write(lines.filter((l) => l !== null).join('\n') + '\n');
}
