/** `bgtelemetry classify`: explains how a command is analysed, or classifies JSON lines in bulk. */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyze } from '../../analysis/classify.js';
import { formatSeconds } from '../../analysis/format.js';
import type { Analysis, AnalysisOptions, Verdict } from '../../analysis/types.js';
import { loadConfig } from '../../config/load.js';
import { makeColors, type Colors } from '../../console/colors.js';
import { CliError, EXIT } from '../../console/errors.js';
import { printable } from '../../console/printable.js';
import { oneLine } from '../../console/table.js';
import { databasePath } from '../../runtime/paths.js';
import { projectOf } from '../../runtime/project.js';
import { projectLookup } from '../../project/lookup.js';
import { openDatabase } from '../../store/open.js';
import { historyFor } from '../../store/queries.js';
import { advise } from '../../policy/advise.js';
import { redactSecrets } from '../../privacy/redact.js';
import { writeJson } from '../output.js';

interface ClassifyFlags {
  json?: boolean;
  jsonl?: boolean;
  threshold?: string;
  cwd?: string;
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('explain how bgtelemetry analyses a shell command')
    .argument('[command...]', 'the command to analyse (quote it); read from stdin when omitted')
    .option('--json', 'print the full analysis as JSON')
    .option('--jsonl', 'read JSON lines {"command": "..."} from stdin, write one result per line')
    .option('--threshold <seconds>', 'slow threshold in seconds (default: from config, else 5)')
    .option(
      '--cwd <dir>',
      "resolve the project's own commands (package.json scripts, ./scripts/x.sh) from this directory, as the hook does",
    )
    .addHelpText(
      'after',
      `
Examples:
  $ bgtelemetry classify "cd app && npm test"
  $ bgtelemetry classify --json "npm ci && npm run dev"
  $ bgtelemetry classify --cwd . "npm run check"
  $ echo '{"command":"npm test","cwd":"/path/to/project"}' | bgtelemetry classify --jsonl
  $ git log --format='{"command":"%s"}' | bgtelemetry classify --jsonl
  $ echo '{"command":"pytest -x"}' | bgtelemetry classify --jsonl

Verdicts: must-background, suggest-background, interactive, state-change,
already-background, foreground (see docs/analysis.md).`,
    )
    .action(async (words: string[], flags: ClassifyFlags) => {
      const { options, database } = await analysisOptions(flags);
      if (flags.jsonl) return classifyJsonLines(options);
      const command = words.length ? words.join(' ') : await readAllStdin();
      if (!command.trim()) throw new CliError('no command given', 'pass it as an argument: bgtelemetry classify "npm test"', EXIT.usage);
      const cwd = flags.cwd === undefined ? undefined : projectDirectory(flags.cwd);
      if (cwd) options.project = projectLookup(cwd);
      const analysis = redactedReasons(withMeasuredHistory(command, options, analyze(command, options), database, cwd));
      if (flags.json) return writeJson(analysis);
      process.stdout.write(explain(analysis, makeColors()));
    });
}

/**
 * Inside a project with recorded timings, the analysis uses them, as the hook does: the
 * estimate's source then reads `history`. A missing or busy database just means no history.
 */
function withMeasuredHistory(
  command: string,
  options: Partial<AnalysisOptions>,
  first: Analysis,
  database: string | undefined,
  cwd: string | undefined,
): Analysis {
  const signatures = first.parts.filter((p) => p.effect === 'work' || p.effect === 'never-ends').map((p) => p.signature);
  if (!signatures.length) return first;
  try {
    const db = openDatabase(databasePath(process.env, database), { busyTimeoutMs: 1000, readonly: true });
    try {
      const history = historyFor(db, projectOf(cwd ?? (process.env.CLAUDE_PROJECT_DIR || process.cwd())), signatures);
      return history.size ? analyze(command, { ...options, history }) : first;
    } finally {
      db.close();
    }
  } catch {
    return first;
  }
}

/** Reasons can quote the project's own files (a script's body, in a chain): secrets are taken out first. */
function redactedReasons(a: Analysis): Analysis {
  return { ...a, reason: redactSecrets(a.reason), parts: a.parts.map((p) => ({ ...p, reason: redactSecrets(p.reason) })) };
}

/** `--cwd DIR` as an absolute directory; one that is not there is a mistake on the command line. */
function projectDirectory(dir: string): string {
  const absolute = resolve(dir);
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(`--cwd: ${printable(dir)} is not a directory`, 'pass the folder the command runs in', EXIT.usage);
  return absolute;
}

async function analysisOptions(flags: ClassifyFlags): Promise<{ options: Partial<AnalysisOptions>; database?: string }> {
  const { config, problems } = await loadConfig(process.env.CLAUDE_PROJECT_DIR || process.cwd());
  if (problems.length) throw new CliError(`invalid configuration: ${problems[0]}`, 'fix that key, or see docs/configuration.md');
  let threshold = config.slowThresholdSeconds;
  if (flags.threshold !== undefined) {
    threshold = Number(flags.threshold);
    if (!Number.isFinite(threshold) || threshold <= 0)
      throw new CliError(`--threshold: expected a positive number of seconds, got "${flags.threshold}"`, undefined, EXIT.usage);
  }
  return { options: { slowThresholdSeconds: threshold, extraEntries: config.patterns }, database: config.database };
}

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One result per input line, in input order; a bad line yields an `error` object, not a stop. */
async function classifyJsonLines(options: Partial<AnalysisOptions>): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let out: Record<string, unknown>;
    try {
      const value = JSON.parse(line) as { command?: unknown; cwd?: unknown };
      if (typeof value?.command !== 'string') throw new Error('no "command" string');
      if (value.cwd !== undefined && typeof value.cwd !== 'string') throw new Error('"cwd" is not a string');
      // Analysed as the hook analyses a payload with this cwd.
      const a = analyze(value.command, value.cwd === undefined ? options : { ...options, project: projectLookup(resolve(value.cwd)) });
      out = {
        command: a.command,
        verdict: a.verdict,
        category: a.category,
        reason: redactSecrets(a.reason),
        signature: a.signature,
        estimateSeconds: a.estimateSeconds,
        estimateSource: a.estimateSource,
        exact: a.exact,
      };
    } catch (error) {
      bad++;
      out = { line: n, error: (error as Error).message };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
  if (bad) process.exitCode = EXIT.problem;
}

const VERDICT_COLOR: Record<Verdict, keyof Colors & string> = {
  'must-background': 'red',
  'suggest-background': 'yellow',
  interactive: 'magenta',
  'state-change': 'cyan',
  'already-background': 'blue',
  foreground: 'green',
};

function estimateText(a: { estimateSeconds: number | null; estimateSource: string }): string {
  return a.estimateSeconds === null ? 'never ends by itself' : `~${formatSeconds(a.estimateSeconds)} (${a.estimateSource})`;
}

function explain(a: Analysis, c: Colors): string {
  const paint = (v: Verdict, s: string) => (c[VERDICT_COLOR[v]] as (s: string) => string)(s);
  const lines: string[] = [];
  lines.push(`${c.bold(paint(a.verdict, a.verdict))}  ${a.category}  ${estimateText(a)}`);
  lines.push(`  ${printable(a.reason)}`);
  if (a.signature) lines.push(`  signature: ${printable(a.signature)}`);
  if (a.alternative) lines.push(`  instead: ${printable(a.alternative)}`);
  if (!a.exact) lines.push(c.dim(`  best effort: ${printable(a.notes.join('; '))}`));
  if (a.parts.length > 1 || a.parts.some((p) => p.prefixes.length || p.via)) {
    lines.push('  parts:');
    a.parts.forEach((p, k) => {
      const mark = k === a.decidingPart ? '→' : ' ';
      const extra = printable(
        [p.prefixes.length ? `prefixes: ${p.prefixes.join(', ')}` : '', p.via ? `via ${p.via}` : ''].filter(Boolean).join('; '),
      );
      lines.push(
        `  ${mark} ${oneLine(p.text, 48).padEnd(48)} ${paint(p.verdict, p.verdict.padEnd(18))} ${p.category.padEnd(11)} ${estimateText(p)}${extra ? c.dim('  ' + extra) : ''}`,
      );
    });
  }
  const told = advise({
    analysis: a,
    toolInput: { command: a.command },
    mode: 'suggest',
    generation: '2.1',
    permission: () => 'ask',
    siblings: () => null,
    fresh: () => true,
  });
  if (told.kind !== 'none') lines.push(`  the model would be told: ${c.italic(printable(told.text))}`);
  return lines.join('\n') + '\n';
}
