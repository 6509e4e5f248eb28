/** `bgtelemetry backfill`: history from Claude Code's own transcripts, before bgtelemetry was installed. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { backfillFiles, transcriptFiles, type BackfillSummary } from '../../admin/backfill/backfill.js';
import { MAX_LINE_BYTES } from '../../admin/backfill/line-reader.js';
import { openCliStore } from '../../admin/cli-store.js';
import { progress } from '../../admin/progress.js';
import { CliError, EXIT } from '../../console/errors.js';
import { parseBound, rangeZone } from '../../report/range.js';
import { claudeConfigDir } from '../../runtime/paths.js';
import { dbOption, jsonOption } from '../flags.js';
import { say, writeJson } from '../output.js';

interface BackfillFlags {
  since?: string;
  project?: string;
  dryRun?: boolean;
  json?: boolean;
  db?: string;
}

export function registerBackfill(program: Command): void {
  const cmd = program
    .command('backfill')
    .description('record the Bash calls, background tasks, checks and stops of past Claude Code sessions, from their transcripts')
    .argument('[path...]', 'transcript files or folders (default: every session under $CLAUDE_CONFIG_DIR/projects or ~/.claude/projects)')
    .option('--since <when>', 'only calls made from this date, date-time, or this long ago (2026-11-01, 30d)')
    .option('--project <path>', 'only calls made in this directory or below it')
    .option('--dry-run', 'read and count, write nothing');
  jsonOption(cmd);
  dbOption(cmd);
  cmd.addHelpText(
    'after',
    `
Calls are recorded as the hooks would have recorded them (the same analysis, the same redaction
of secrets and the same command storage mode), marked backfilled: no advice was given and no
hook ran. The report shows them as "before bgtelemetry" (report --by phase), and their durations
feed the measured history, so a command that took 40 s is known slow from the first session.
Each call, check and stop is recorded once, by its tool_use id: calls the hooks already recorded,
calls backfilled before, and the copies resumed or forked sessions repeat are skipped. Running it
twice changes nothing. Lines it cannot read (a session still being written, a line of an unknown
type, a line over ${MAX_LINE_BYTES >> 20} MB) are counted and skipped.

Examples:
  $ bgtelemetry backfill --dry-run
  $ bgtelemetry backfill --since 30d
  $ bgtelemetry backfill --project ~/src/shop-api --json
  $ bgtelemetry backfill ~/.claude/projects/-home-dev-shop-api/5f0c2a1e.jsonl`,
  );
  cmd.action(runBackfill);
}

/** The command's work, also run by `install --backfill`. */
export async function runBackfill(paths: string[], flags: BackfillFlags): Promise<void> {
  for (const p of paths)
    if (!existsSync(p)) throw new CliError(`no file or folder ${p}`, 'pass transcript files (.jsonl) or folders holding them', EXIT.usage);
  const since = flags.since === undefined ? undefined : parseBound(flags.since, '--since', 'since', rangeZone(undefined));
  const files = transcriptFiles(paths, process.env);
  if (!files.length) {
    const where = paths.length ? paths.join(', ') : join(claudeConfigDir(process.env), 'projects');
    throw new CliError(
      `no transcripts (.jsonl) under ${where}`,
      'Claude Code keeps them in ~/.claude/projects (or $CLAUDE_CONFIG_DIR/projects)',
    );
  }
  const store = await openCliStore(flags.db, flags.dryRun ? 'read' : 'write');
  const bar = progress('backfilling (bytes)');
  try {
    const summary = await backfillFiles(store.db, files, {
      env: process.env,
      since,
      project: flags.project,
      dryRun: flags.dryRun,
      onProgress: bar.update,
    });
    bar.done();
    if (flags.json)
      return writeJson({ database: store.path, dryRun: flags.dryRun === true, ...summary, versions: [...summary.versions].sort() });
    printSummary(summary, store.path, flags.dryRun === true);
  } finally {
    bar.done();
    store.db.close();
  }
}

function printSummary(s: BackfillSummary, path: string, dryRun: boolean): void {
  const verb = dryRun ? 'would add' : 'added';
  const tools = (byTool: Record<string, number>) =>
    Object.entries(byTool)
      .map(([t, k]) => `${t} ${k}`)
      .join(', ');
  const unknown = Object.values(s.unknown).reduce((a, b) => a + b, 0);
  say(
    `${dryRun ? 'read (dry run, nothing written)' : `backfilled into ${path}`}: ${s.files} files, ${s.lines} lines, ${(s.bytes / 1e6).toFixed(1)} MB`,
  );
  say(`  Bash calls  ${verb} ${s.calls.added}, already recorded or repeated by a resumed session ${s.calls.skipped}`);
  say(
    `              background ${s.calls.requested} requested, ${s.calls.moved} moved by their timeout; ${s.calls.errors} errors (${s.calls.timedOut} timed out); ${s.calls.noResult} without a result`,
  );
  say(
    `  checks      ${verb} ${s.checks.added}${s.checks.added ? ` (${tools(s.checks.byTool)})` : ''}, already recorded ${s.checks.skipped}, on agents ${s.checks.onAgents}`,
  );
  say(
    `  stops       ${verb} ${s.stops.added}${s.stops.added ? ` (${tools(s.stops.byTool)})` : ''}, already recorded ${s.stops.skipped}, on agents ${s.stops.onAgents}`,
  );
  say(`  prompts     ${verb} ${s.prompts}, task notifications ${s.notifications}`);
  const versions = Object.entries(s.byVersion).filter(([, k]) => k > 0);
  say(`  per version ${versions.map(([v, k]) => `${v} ${k}`).join(', ') || 'no calls added'}`);
  if (unknown || s.malformed || s.oversized)
    say(
      `  skipped lines: ${unknown} of unknown types, ${s.malformed} not JSON (a partial last line is one), ${s.oversized} over ${MAX_LINE_BYTES >> 20} MB`,
    );
}
