/** `bgtelemetry export`, `import` and `prune`: moving telemetry between machines, and trimming it. */
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import { type CliStore, openCliStore } from '../../admin/cli-store.js';
import { nothingRecorded, type Scope } from '../../admin/nothing-recorded.js';
import { CSV_COLUMNS, exportCsv } from '../../admin/export-csv.js';
import { exportJsonl } from '../../admin/export-jsonl.js';
import type { TimeRange } from '../../admin/export-range.js';
import { importJsonl, ImportFormatError } from '../../admin/import-jsonl.js';
import { progress } from '../../admin/progress.js';
import { prune } from '../../admin/prune.js';
import { TABLES } from '../../admin/tables.js';
import { confirmed } from '../../console/confirm.js';
import { CliError, EXIT } from '../../console/errors.js';
import { parseBound, rangeZone, resolveBounds } from '../../report/range.js';
import { writeStreamAtomic } from '../../runtime/atomic-write.js';
import { dbOption } from '../flags.js';
import { note } from '../output.js';

interface ExportFlags {
  format: 'jsonl' | 'csv';
  since?: string;
  until?: string;
  out?: string;
  db?: string;
}

export function registerExport(program: Command): void {
  registerExportCommand(program);
  registerImport(program);
  registerPrune(program);
}

function registerExportCommand(program: Command): void {
  const cmd = program
    .command('export')
    .description('write the telemetry out: every table as JSON lines (for import elsewhere), or the Bash calls as CSV')
    .addOption(
      new Option('--format <format>', 'jsonl (every row, importable) or csv (Bash calls)').choices(['jsonl', 'csv']).default('jsonl'),
    )
    .option('--since <when>', 'from this date (its start), date-time, or this long ago (2026-11-01, 7d, 24h, 30min, 6mo)')
    .option('--until <when>', 'up to (not including) this date-time or this long ago; a bare date includes that whole day')
    .option('--out <file>', 'write to this file (created 0600; a file replaced keeps its mode) instead of standard output');
  dbOption(cmd);
  cmd.addHelpText(
    'after',
    `
jsonl: one line per row, {"table": "bash_calls", "row": {…}}, tables in this order:
  ${TABLES.map((t) => t.name).join(', ')}.
  With --since/--until, every row of each session active in that range.
--since/--until are read as by \`report\`, in the local time zone: a bare --until date
  includes that whole day, so --since 2026-11-01 --until 2026-11-30 is all of November.
csv: one line per Bash call started in the range, with a header. Columns:
${CSV_COLUMNS.map((c) => `  ${c.name.padEnd(21)} ${c.meaning}`).join('\n')}

Commands are stored with secrets removed, and are redacted again on the way out.
CSV text cells starting with = + - @, a tab or a carriage return are written with a leading '
and quoted, so a spreadsheet shows them instead of running them as formulas.
Nothing to export (nothing recorded yet, or nothing in the range): no lines (jsonl) or the
header alone (csv), a note on stderr saying why, exit 0.

Examples:
  $ bgtelemetry export --out telemetry.jsonl
  $ bgtelemetry export --format csv --since 30d --out calls.csv
  $ bgtelemetry export --since 2026-11-01 --until 2026-11-30 | gzip > november.jsonl.gz`,
  );
  cmd.action(async (flags: ExportFlags) => {
    const now = Date.now();
    const range: TimeRange = resolveBounds(flags, now);
    const store = await openCliStore(flags.db, 'read');
    const bar = progress(`exporting ${flags.format}`);
    /** Lines of data written (CSV: after the header). */
    let written = 0;
    let closedEarly = false;
    const write = async (out: Writable): Promise<string> => {
      if (flags.format === 'csv') return `${(written = await exportCsv(store.db, out, range, bar.update))} Bash calls`;
      const counts = await exportJsonl(store.db, out, range, bar.update);
      written = Object.values(counts).reduce((a, b) => a + b, 0);
      return `${written} rows (${Object.entries(counts)
        .map(([t, k]) => `${t} ${k}`)
        .join(', ')})`;
    };
    try {
      if (flags.out) {
        const summary = await toFile(flags.out, write);
        bar.done();
        process.stdout.write(`wrote ${summary} to ${flags.out}\n`);
      } else {
        // A reader that stops early (`| head`) closes the pipe: that is not an error.
        await write(process.stdout).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
          closedEarly = true;
        });
      }
      // Empty output (CSV: the header alone) is a valid export; the reason goes beside it.
      if (written === 0 && !closedEarly) note(nothingRecorded([store], exportScope(range)));
    } finally {
      bar.done();
      store.db.close();
    }
  });
}

/** The range of an export in words, and the flags that set it; undefined when it is everything. */
function exportScope(range: TimeRange): Scope | undefined {
  const bounds = (['since', 'until'] as const).filter((b) => range[b] !== undefined);
  if (!bounds.length) return undefined;
  const words = { since: 'from', until: 'until' };
  return { text: bounds.map((b) => `${words[b]} ${new Date(range[b]!).toISOString()}`).join(' '), flags: bounds.map((b) => `--${b}`) };
}

/** Telemetry is private: the file is created 0600, and appears only once complete. */
function toFile(file: string, write: (out: Writable) => Promise<string>): Promise<string> {
  return writeStreamAtomic(file, { mode: 0o600 }, write).catch((error: NodeJS.ErrnoException) => {
    if (!error.code?.startsWith('E')) throw error; // errno codes; SQLite's are SQLITE_*
    throw new CliError(`cannot write ${file}: ${error.message}`, 'check that its directory exists and is writable');
  });
}

function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('merge a jsonl export into a database (rows already there are kept; importing twice changes nothing)')
    .argument('<file>', 'a file written by `bgtelemetry export --format jsonl`');
  dbOption(cmd);
  cmd.addHelpText(
    'after',
    `
Each row is added unless a row with the same key is already in the database. Only jsonl
exports can be imported (csv holds too little to rebuild the tables).

Examples:
  $ bgtelemetry import laptop.jsonl
  $ bgtelemetry import team/alice.jsonl --db team.db`,
  );
  cmd.action(async (file: string, flags: { db?: string }) => {
    if (!existsSync(file))
      throw new CliError(`no file ${file}`, 'pass the path of a file written by `bgtelemetry export --format jsonl`', EXIT.usage);
    const store = await openCliStore(flags.db, 'write');
    const bar = progress('importing (bytes)');
    try {
      const { added, skipped } = await importJsonl(store.db, file, bar.update);
      bar.done();
      const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      process.stdout.write(`imported ${file} into ${store.path}: ${total(added)} rows added, ${total(skipped)} already there\n`);
      for (const t of TABLES)
        if (added[t.name] || skipped[t.name])
          process.stdout.write(
            `  ${t.name.padEnd(15)} ${String(added[t.name]).padStart(7)} added ${String(skipped[t.name]).padStart(7)} already there\n`,
          );
    } catch (error) {
      if (error instanceof ImportFormatError) {
        throw new CliError(
          `${file} is not a bgtelemetry jsonl export: ${error.message}`,
          'import reads what `bgtelemetry export --format jsonl` writes; after fixing the file, import it again (rows already imported are skipped)',
        );
      }
      throw error;
    } finally {
      bar.done();
      store.db.close();
    }
  });
}

/** On a terminal, the count of what would go, then the question. */
async function pruneConfirmed({ db, path }: CliStore, cutoff: number): Promise<boolean> {
  const { sessions } = prune(db, cutoff, { dryRun: true });
  // Nothing would go: no question, and the run says so.
  const question = `remove ${sessions} session${sessions === 1 ? '' : 's'} last active before ${new Date(cutoff).toISOString()} from ${path}?`;
  return sessions === 0 || confirmed(question, false);
}

function registerPrune(program: Command): void {
  const cmd = program
    .command('prune')
    .description('remove sessions that ended (or went quiet) before a cutoff, with all their rows')
    .requiredOption(
      '--older-than <age>',
      'cutoff: a duration before now (90d, 12w, 6mo, 1y; 12h, 30min), a date (its start: 2026-01-01) or a date-time',
    )
    .option('--dry-run', 'only count what would be removed')
    .option('-y, --yes', 'remove without asking (for scripts: without a terminal, prune refuses unless given this)');
  dbOption(cmd);
  cmd.addHelpText(
    'after',
    `
A session goes when its last known moment (its end, or its last recorded event) is before the
cutoff. Its prompts, Bash calls, tasks, checks, advice, claims, hook runs and event ids go with
it. The database is then VACUUMed, so the file shrinks.
Units: min, h, d, w, mo (30 days), y (365 days); a bare m is refused (minutes or months?).
On a terminal, prune counts what would go and asks first; without a terminal (a script, cron)
it removes nothing unless --yes is given (exit 2).

Examples:
  $ bgtelemetry prune --older-than 90d --dry-run
  $ bgtelemetry prune --older-than 6mo
  $ bgtelemetry prune --older-than 2026-01-01 --yes`,
  );
  cmd.action(async (flags: { olderThan: string; dryRun?: boolean; yes?: boolean; db?: string }) => {
    const cutoff = parseBound(flags.olderThan, '--older-than', 'since', rangeZone(undefined));
    if (cutoff > Date.now())
      throw new CliError(`--older-than: ${flags.olderThan} is in the future`, 'give a past date, or a duration like 90d', EXIT.usage);
    const ask = !flags.dryRun && !flags.yes;
    // Without a terminal to ask on, refused before the database is even opened.
    if (ask && !process.stdin.isTTY) await confirmed(`prune --older-than ${flags.olderThan} removes data`, false);
    const store = await openCliStore(flags.db, flags.dryRun ? 'read' : 'write');
    const bar = progress('pruning (tables)');
    try {
      if (ask && !(await pruneConfirmed(store, cutoff))) return void process.stdout.write('nothing removed\n');
      const result = prune(store.db, cutoff, { dryRun: flags.dryRun, onProgress: bar.update });
      bar.done();
      const verb = flags.dryRun ? 'would remove' : 'removed';
      process.stdout.write(
        `${verb} ${result.sessions} session${result.sessions === 1 ? '' : 's'} last active before ${new Date(cutoff).toISOString()} from ${store.path}\n`,
      );
      for (const t of TABLES) process.stdout.write(`  ${t.name.padEnd(15)} ${String(result.rows[t.name]).padStart(7)} rows\n`);
      if (result.vacuumed) process.stdout.write('  the file was compacted (VACUUM)\n');
    } finally {
      bar.done();
      store.db.close();
    }
  });
}
