/** `bgtelemetry report`: were slow commands run in the background, and what did it save? */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { nothingRecorded, nothingRecordedIn } from '../../admin/nothing-recorded.js';
import { CliError, EXIT } from '../../console/errors.js';
import { buildReport, recordedNothing, reportFromFacts } from '../../report/build.js';
import { toCsv } from '../../report/csv.js';
import { openForReport } from '../../report/databases.js';
import { mergedText, reportScope } from '../../report/format.js';
import { GROUPINGS, type Grouping, type Report, type ReportQuery } from '../../report/model.js';
import { resolveRange } from '../../report/range.js';
import { writeFileAtomic } from '../../runtime/atomic-write.js';
import { FileRefusedError } from '../../runtime/regular-file.js';
import { projectFilter } from '../../report/project-filter.js';
import { maskUrl } from '../../team/team-url.js';
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
  team?: boolean;
  lead?: boolean;
}

/** A --db that names the team store (PostgreSQL) rather than a file. */
const isTeamUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);

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
    .addOption(
      new Option('--team', 'read the team store (BGTELEMETRY_TEAM_URL, then config team.url) instead of a local database').conflicts('db'),
    )
    .addOption(new Option('--csv', 'print the rows and the totals as CSV').conflicts('json'))
    .addOption(
      new Option(
        '--lead',
        "the lead's report: developers and projects with their sample sizes, hours per week blocked and saved, this week against the last, advice ignored most, unchecked tasks by developer (the default with --team)",
      ).conflicts(['by', 'csv']),
    )
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
  $ bgtelemetry report --team --since 30d              the lead's report (as --lead)
  $ bgtelemetry report --lead --db alice.db --db bob.db --html team.html
  $ bgtelemetry report --team --by developer --since 30d
  $ bgtelemetry report --db postgresql://lead@db.example.com/telemetry --by project --json
  $ bgtelemetry report --json | jq .totals.slowBackgroundRatio

Nothing recorded yet, or nothing in the range and filters (a future --since included): one
line says so, exit 0. --json and --csv keep their shape, with zeros, and null (n/a on screen)
for a ratio of nothing; --html writes a page that says so. A --db that does not exist: exit 1.
The team store (--team, or --db postgres://…, alone) gives the same figures as the same events
in SQLite; a server that cannot be reached: exit 1, one line, the URL's password masked.
--lead (and --team without --by or --csv) shows a share over fewer than 20 calls or 5
suggestions as n<20 / n<5 (null in --json), with the count it rests on.
--csv cells a spreadsheet would run as formulas (= + - @ first) get a leading ' (docs/telemetry.md).

Targets: 30% of slow calls in the background, 5 min a day saved, 2 tasks at once
per session. Every number is defined in docs/telemetry.md, "Report metrics".`,
    )
    .action(async (flags: ReportFlags, command: Command) => {
      const now = Date.now();
      // The team store's natural report is the lead's, unless a grouping or CSV rows were asked for.
      const lead = Boolean(flags.lead || (flags.team && command.getOptionValueSource('by') === 'default' && !flags.csv));
      const range = resolveRange(flags, now);
      const filter = flags.project === undefined ? null : projectFilter(flags.project);
      const query: ReportQuery = {
        ...range,
        by: lead ? 'developer' : flags.by,
        ...(lead && { lead }),
        project: filter?.project ?? null,
        projectId: filter?.projectId,
        session: flags.session ?? null,
        now,
      };
      // The team store's modules (and the PostgreSQL driver) load only for the team store.
      const teamSource = flags.team ? await (await import('../team-store.js')).resolveUrl(undefined) : flags.db?.find(isTeamUrl);
      if (teamSource !== undefined) return reportFromTeam(teamSource, query, flags);
      const databases = await openForReport(flags.db ?? [], process.env, note);
      try {
        const report = buildReport(databases, query);
        // Nothing to show is not an error: data keeps its shape, with zeros and nulls, and one line says why.
        await show(report, recordedNothing(report) ? nothingRecorded(databases, reportScope(report)) : null, flags);
      } finally {
        for (const { db } of databases) db.close();
      }
    });
}

async function reportFromTeam(url: string, query: ReportQuery, flags: ReportFlags): Promise<void> {
  // The team store holds every machine's events once: merging it with files would count them twice.
  if ((flags.db?.length ?? 0) > 1)
    throw new CliError('--db postgres://… reads the team store alone', 'drop the other --db, or sync those machines first', EXIT.usage);
  const shown = maskUrl(url);
  const [{ withTeamStore }, { readTeamStore }] = await Promise.all([import('../team-store.js'), import('../../report/team-source.js')]);
  const { facts, holdsCall } = await withTeamStore(
    url,
    'check that the server runs and the URL, user and password (PGPASSWORD, ~/.pgpass) are right',
    (client) => readTeamStore(client, query),
    'bgtelemetry report',
  );
  const report = reportFromFacts(facts, [shown], query);
  await show(report, recordedNothing(report) ? nothingRecordedIn([shown], () => holdsCall, reportScope(report)) : null, flags);
}

/** Prints the report as the flags ask; `nothing`: the line saying there is nothing to show. The renderers load when used. */
async function show(report: Report, nothing: string | null, flags: ReportFlags): Promise<void> {
  const data = Boolean(flags.json || flags.csv);
  if (nothing) (data ? note : say)(nothing);
  // Text and HTML say it in their header; JSON has duplicatesMerged; CSV only this line.
  const merged = mergedText(report);
  if (merged && flags.csv) note(merged);
  if (flags.html) writeHtml(flags.html, (await import('../../report/html.js')).renderHtml(report, nothing), data);
  if (flags.json) return writeJson(report);
  if (flags.csv) return void process.stdout.write(toCsv(report));
  if (!flags.html && !nothing) {
    const [{ renderText }, { makeColors }] = await Promise.all([import('../../report/table.js'), import('../../console/colors.js')]);
    process.stdout.write(renderText(report, makeColors(), process.stdout.columns || Number(process.env.COLUMNS) || 100));
  }
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
