#!/usr/bin/env node
// Writes docs/verdicts-on-real-commands.md: what the built command analysis says about the Bash
// calls real Claude Code agents made. Run `npm run build` first; it reads the shared corpus,
// which exists only in the development workspace.
//
//   node scripts/verdict-report.mjs [path/to/agent-bash-calls.jsonl]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELLED_DIR, LABELLED_PARTS, measure, readJsonl } from '../bench/verdicts-labelled.mjs';
import { analyze, VERDICTS } from '../dist/analysis.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'corpora', 'agent-bash-calls.jsonl'));
const output = path.join(repoRoot, 'docs', 'verdicts-on-real-commands.md');
const SAMPLE_SIZE = 15;
const MAX_SHOWN_CHARS = 160;

// Commands were redacted upstream; these catch anything that still looks like a credential, and
// a command that matches is never shown (counting it is harmless).
const SECRET_PATTERNS = [
  /\b(?:sk|pk|rk)[-_](?:live[-_]|test[-_]|proj[-_]|ant[-_])?[A-Za-z0-9_-]{16,}/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
  /\bBearer\s+(?!<REDACTED)[A-Za-z0-9._~+/-]{12,}/i,
  /:\/\/[^/\s:@]+:(?!<REDACTED)[^@\s/]+@/,
  /\b[\w-]*(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|auth)[\w-]*["']?\s*[=:]\s*["']?(?!<REDACTED|\$)[^\s"'<>]{6,}/i,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];
/** Long strings mixing lower case, upper case and digits could be tokens of a kind not listed. */
const randomLooking = (word) => /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word);
const looksSecret = (s) => SECRET_PATTERNS.some((re) => re.test(s)) || (s.match(/[A-Za-z0-9+/_=-]{32,}/g) ?? []).some(randomLooking);

if (!existsSync(input)) {
  console.error(
    `verdict-report: ${input} not found. The agent corpus lives in ../shared/corpora of the development workspace; pass another path as the first argument.`,
  );
  process.exit(1);
}

const calls = readFileSync(input, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .filter((r) => typeof r.command === 'string');

const rows = calls.map((r) => ({ command: r.command, background: r.run_in_background === true, analysis: analyze(r.command) }));
const total = rows.length;
const byVerdict = new Map(VERDICTS.map((v) => [v, rows.filter((r) => r.analysis.verdict === v)]));

const pct = (n, of) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');
const count = (n) => n.toLocaleString('en-US');

/** Plain Markdown text for a table cell: one line, short, nothing Markdown would interpret. */
function cell(command) {
  let s = command
    .replace(/\s*\n\s*/g, ' ⏎ ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length > MAX_SHOWN_CHARS) s = s.slice(0, MAX_SHOWN_CHARS - 1) + '…';
  return s.replace(/[\\`*_[\]<>|]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c));
}

/** Up to `n` distinct, displayable commands spread evenly over the list (stable across runs). */
function sample(list, n) {
  const distinct = [...new Map(list.map((r) => [r.command, r])).values()].filter((r) => !looksSecret(r.command));
  if (distinct.length <= n) return distinct;
  return Array.from({ length: n }, (_, k) => distinct[Math.floor((k * distinct.length) / n)]);
}

/** Notes name the quote or delimiter involved; group them by kind. */
const noteKind = (note) => note.replace(/^heredoc \S+ is not terminated$/, 'heredoc is not terminated').replace(/\s*\(.*\)$|:.*$/, '');

function tally(values) {
  const m = new Map();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

const out = [];
const line = (s = '') => out.push(s);
const backgroundTotal = rows.filter((r) => r.background).length;
const inexact = rows.filter((r) => !r.analysis.exact);

line('# Verdicts on real agent commands');
line();
line(
  `This page shows what bgtelemetry's command analysis says about ${count(total)} Bash tool calls that ` +
    'Claude Code agents made in about 120 public repositories (hook logs and session transcripts ' +
    'committed to them; credentials were replaced with `<REDACTED:kind>` before the data reached ' +
    'this project). It was produced by `node scripts/verdict-report.mjs` from the built analysis ' +
    '(`dist/analysis.mjs`, default settings: 5-second threshold, no history, no user catalogue) and ' +
    'reflects the catalogue at the time it was run. Every call counts, repeats included.',
);
line();
line('## Verdicts');
line();
line('| verdict | calls | share |');
line('|---|---:|---:|');
for (const v of VERDICTS) line(`| ${v} | ${count(byVerdict.get(v).length)} | ${pct(byVerdict.get(v).length, total)} |`);
line(`| total | ${count(total)} | 100 % |`);
line();
line('## Categories within each verdict');
line();
line('The category is that of the part of the command that decided the verdict.');
line();
line('| verdict | category | calls | share of the verdict |');
line('|---|---|---:|---:|');
for (const v of VERDICTS) {
  const list = byVerdict.get(v);
  for (const [category, n] of tally(list.map((r) => r.analysis.category)))
    line(`| ${v} | ${category} | ${count(n)} | ${pct(n, list.length)} |`);
}
line();
line('## What the agents chose');
line();
line(
  `The agents set \`run_in_background: true\` on ${count(backgroundTotal)} of the ${count(total)} calls ` +
    `(${pct(backgroundTotal, total)}). By verdict:`,
);
line();
line('| verdict | calls | run in background by the agent | share |');
line('|---|---:|---:|---:|');
for (const v of VERDICTS) {
  const list = byVerdict.get(v);
  const n = list.filter((r) => r.background).length;
  line(`| ${v} | ${count(list.length)} | ${count(n)} | ${pct(n, list.length)} |`);
}
line();
const missed = sample(
  rows.filter((r) => r.background && r.analysis.verdict === 'foreground'),
  10,
);
if (missed.length) {
  line('Calls the agent ran in the background but the analysis rates `foreground` (up to 10):');
  line();
  line('| command |');
  line('|---|');
  for (const r of missed) line(`| ${cell(r.command)} |`);
  line();
}
line('## Parse quality');
line();
line(
  `${count(inexact.length)} calls (${pct(inexact.length, total)}) were parsed inexactly: the parser ` +
    'had to guess (unbalanced quotes or parentheses, unterminated heredocs, input cut at the size ' +
    'limit). Their verdict is a best effort. The reasons:',
);
line();
line('| reason | calls |');
line('|---|---:|');
for (const [kind, n] of tally(inexact.flatMap((r) => [...new Set(r.analysis.notes.map(noteKind))])))
  line(`| ${cell(kind)} | ${count(n)} |`);
line();
line('## Measured on hand-labelled commands');
line();
line(
  'Precision and recall of background advice on commands sampled with a fixed seed from the shared corpora ' +
    '(agent calls, CI and build steps, tldr examples) and labelled by ../shared/labelling.md alone ' +
    '(tests/fixtures/labelled/, `node bench/verdicts-labelled.mjs`). Positive: labelled must- or ' +
    'suggest-background; predicted positive: that verdict. `unclear` labels are left out. The held-out ' +
    'part (every fourth sampled command) was not looked at while tuning the catalogue.',
);
line();
line(
  '| part | scored | unclear | precision | recall | must-background recall | TP | FP | FN | interactive or state-change advised to background |',
);
line('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const part of LABELLED_PARTS) {
  const file = path.join(LABELLED_DIR, `${part}.jsonl`);
  if (!existsSync(file)) continue;
  const m = measure(readJsonl(file));
  line(
    `| ${part} | ${m.scored} | ${m.unclear} | ${m.precision} | ${m.recall} | ${m.mustBackgroundRecall} | ${m.truePositives} | ${m.falsePositives} | ${m.falseNegatives} | ${m.interactiveOrStateChangeAdvisedToBackground.length} |`,
  );
}
line();
line('## Samples');
line();
line(
  `Up to ${SAMPLE_SIZE} distinct commands per verdict, spread evenly through the corpus; long commands ` +
    `are cut at ${MAX_SHOWN_CHARS} characters and line breaks are shown as ⏎. Commands that look like ` +
    'they might contain a credential are never shown.',
);
for (const v of VERDICTS) {
  const picked = sample(byVerdict.get(v), SAMPLE_SIZE);
  line();
  line(`### ${v}`);
  line();
  if (!picked.length) {
    line('No calls.');
    continue;
  }
  line('| command | category | signature | agent backgrounded |');
  line('|---|---|---|---|');
  for (const r of picked)
    line(`| ${cell(r.command)} | ${r.analysis.category} | ${cell(r.analysis.signature)} | ${r.background ? 'yes' : ''} |`);
}

mkdirSync(path.dirname(output), { recursive: true });
writeFileSync(output, out.join('\n') + '\n');
console.log(`verdict-report: ${count(total)} calls from ${path.relative(repoRoot, input)} -> ${path.relative(repoRoot, output)}`);
