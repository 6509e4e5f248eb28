/** `bgtelemetry report`: were slow commands run in the background, and what did it save? */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { nothingRecorded } from '../../admin/nothing-recorded.js';
import { makeColors } from '../../console/colors.js';
import { CliError, EXIT } from '../../console/errors.js';
import { buildReport, recordedNothing } from '../../report/build.js';
import { toCsv } from '../../report/csv.js';
import { openForReport } from '../../report/databases.js';
import { mergedText, reportScope } from '../../report/format.js';
import { renderHtml } from '../../report/html.js';
import { GROUPINGS, type Grouping } from '../../report/model.js';
import { resolveRange } from '../../report/range.js';
import { renderText } from '../../report/table.js';
import { writeFileAtomic } from '../../runtime/atomic-write.js';
import { FileRefusedError } from '../../runtime/regular-file.js';
import { projectFilter } from '../../report/project-filter.js';
import { dbOption, jsonOption } from '../flags.js';
import { note, say, writeJson } from '../output.js';

interface ReportFlags {
  by: Grouping;
  since?: string;
  until?: string;
  project?: string;
  session?: string;
  timezone?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
  db?: string[];
}

export function registerReport(program: Command): void {
  const cmd = program
    .command('report')
    .description('how often slow commands ran in the background, the time it saved, and tasks left unchecked')
    .addOption(
      new Option(
        '--by <grouping>',
        'one row per day, week, session, project, signature, developer, machine or phase (before bgtelemetry: backfilled by `backfill`; with bgtelemetry)',
      )
        .choices(GROUPINGS)
        .default('day'),
    )
    .option(
      '--since <when>',
      'start: a date (2026-11-01), a date-time, or a duration before now (7d, 24h); default: midnight 6 days ago (7 calendar days with today)',
    )
    .option('--until <when>', 'end (exclusive); a bare date includes that whole day; default: now')
    .option(
      '--project <path>',
      'only this project: a path (its git root, and the same repository recorded elsewhere) or a portable id (github.com/acme/widget)',
    )
    .option('--session <id>', 'only this Claude Code session')
    .option('--timezone <zone>', 'IANA zone for day and week boundaries and bare dates (default: the local zone)');
  jsonOption(cmd);
  dbOption(cmd, true)
    .addOption(new Option('--csv', 'print the rows and the totals as CSV').conflicts('json'))
    .option('--html <file>', 'write a self-contained HTML page with charts to FILE')
    .addHelpText(
      'after',
      `
Examples:
  $ bgtelemetry report                          the last 7 days, one row per day
  $ bgtelemetry report --by week --since 2026-09-01
  $ bgtelemetry report --by signature --since 30d --project .
  $ bgtelemetry report --by developer --db alice.db --db bob.db
  $ bgtelemetry report --timezone Europe/Paris --csv > days.csv
  $ bgtelemetry report --db alice.db --db bob.db --html team.html
  $ bgtelemetry report --json | jq .totals.slowBackgroundRatio

Nothing recorded yet, or nothing in the range and filters (a future --since included): one
line says so, exit 0. --json and --csv keep their shape, with zeros, and null (n/a on screen)
for a ratio of nothing; --html writes a page that says so. A --db that does not exist: exit 1.
--csv cells a spreadsheet would run as formulas (= + - @ first) get a leading ' (docs/telemetry.md).

Targets: 30% of slow calls in the background, 5 min a day saved, 2 tasks at once
per session. Every number is defined in docs/telemetry.md, "Report metrics".`,
    )
    .action(async (flags: ReportFlags) => {
      const now = Date.now();
      const range = resolveRange(flags, now);
      const databases = await openForReport(flags.db ?? [], process.env, note);
      const filter = flags.project === undefined ? null : projectFilter(flags.project);
      try {
        const report = buildReport(databases, {
          ...range,
          by: flags.by,
          project: filter?.project ?? null,
          projectId: filter?.projectId,
          session: flags.session ?? null,
          now,
        });
        // Nothing to show is not an error: data keeps its shape, with zeros and nulls, and one line says why.
        const nothing = recordedNothing(report) ? nothingRecorded(databases, reportScope(report)) : null;
        const data = Boolean(flags.json || flags.csv);
        if (nothing) (data ? note : say)(nothing);
        // Text and HTML say it in their header; JSON has duplicatesMerged; CSV only this line.
        const merged = mergedText(report);
        if (merged && flags.csv) note(merged);
        if (flags.html) writeHtml(flags.html, renderHtml(report, nothing), data);
        if (flags.json) return writeJson(report);
        if (flags.csv) return void process.stdout.write(toCsv(report));
        if (!flags.html && !nothing)
          process.stdout.write(renderText(report, makeColors(), process.stdout.columns || Number(process.env.COLUMNS) || 100));
      } finally {
        for (const { db } of databases) db.close();
      }
    });
}

function writeHtml(file: string, html: string, quiet: boolean): void {
  const path = resolve(file);
  try {
    writeFileAtomic(path, html);
  } catch (error) {
    throw new CliError(
      `--html: cannot write ${path}: ${error instanceof FileRefusedError ? `it is ${error.kind ?? 'not a regular file'}` : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`,
      'choose a file in a directory you can write to',
      EXIT.problem,
    );
  }
  // The path goes to stderr when stdout carries JSON or CSV.
  (quiet ? process.stderr : process.stdout).write(`wrote ${path}\n`);
}
