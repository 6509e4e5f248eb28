/**
 * `export --format csv`: the Bash calls, one row each, for spreadsheets. The columns are listed
 * here once, with their meaning; the command's help prints this list.
 */
import type { Writable } from 'node:stream';
import { redactSecrets } from '../privacy/redact.js';
import type { DB } from '../store/open.js';
import { rangeCondition, type TimeRange } from './export-range.js';
import { writeLine } from './write-lines.js';

type Cell = string | number | null;

interface CsvColumn {
  name: string;
  meaning: string;
  /** SQL over `c` (bash_calls) and `t` (task_states). */
  sql: string;
  format?: (v: Cell) => Cell;
}

/** Developer and machine are the session's. */
const sessionColumn = (name: string) => `(SELECT s.${name} FROM sessions s WHERE s.id = c.session_id)`;

const iso = (v: Cell) => (typeof v === 'number' ? new Date(v).toISOString() : v);

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'started_at', meaning: 'PreToolUse time, ISO 8601 UTC', sql: 'c.started_at', format: iso },
  { name: 'ended_at', meaning: 'PostToolUse time, ISO 8601 UTC', sql: 'c.ended_at', format: iso },
  { name: 'session_id', meaning: "Claude Code's session id", sql: 'c.session_id' },
  { name: 'prompt_id', meaning: 'the user prompt the call answered (2.1.x)', sql: 'c.prompt_id' },
  { name: 'tool_use_id', meaning: 'the Bash call', sql: 'c.tool_use_id' },
  { name: 'project', meaning: 'git root (or directory) of the session', sql: 'c.project' },
  { name: 'project_id', meaning: 'portable project id: normalised git remote, else folder name', sql: 'c.project_id' },
  { name: 'developer', meaning: 'configured name, else a hash of git user.email', sql: sessionColumn('developer') },
  { name: 'machine', meaning: 'random id of the machine (host name first if configured)', sql: sessionColumn('machine') },
  { name: 'signature', meaning: 'subcommand words only (npm test)', sql: 'c.signature' },
  {
    name: 'command',
    meaning: 'the command as stored, secrets removed',
    sql: 'c.command',
    format: (v) => (typeof v === 'string' ? redactSecrets(v) : v),
  },
  { name: 'verdict', meaning: 'analysis at PreToolUse (docs/analysis.md)', sql: 'c.verdict' },
  { name: 'category', meaning: 'test, build, install, server, …', sql: 'c.category' },
  { name: 'estimate_s', meaning: 'estimated seconds', sql: 'c.estimate_s' },
  { name: 'estimate_source', meaning: 'catalogue, config, history, argument, unknown', sql: 'c.estimate_source' },
  { name: 'threshold_ms', meaning: 'slow threshold in force', sql: 'c.threshold_ms' },
  { name: 'timeout_ms', meaning: "the call's own timeout", sql: 'c.timeout_ms' },
  { name: 'requested_background', meaning: '1 when run_in_background was asked for', sql: 'c.requested_background' },
  { name: 'background', meaning: '1 when it ran in the background', sql: 'c.background' },
  { name: 'background_reason', meaning: 'requested, user, timeout, shell', sql: 'c.background_reason' },
  { name: 'outcome', meaning: 'ok, failed, timed-out, interrupted', sql: 'c.outcome' },
  { name: 'exit_code', meaning: 'exit code when it failed', sql: 'c.exit_code' },
  { name: 'duration_ms', meaning: 'how long it ran (foreground) or took to start (background)', sql: 'c.duration_ms' },
  { name: 'duration_source', meaning: 'claude (reported), hooks (measured) or transcript (backfilled)', sql: 'c.duration_source' },
  { name: 'task_id', meaning: 'the background task it started', sql: 'c.task_id' },
  { name: 'task_state', meaning: "that task's state (task_states view)", sql: 't.state' },
];

function formatCell(column: CsvColumn, v: Cell): Cell {
  return column.format ? column.format(v) : v;
}

/** A spreadsheet reads a cell starting with one of these as a formula (or as the start of one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, for `export --format csv` and `report --csv`. RFC 4180: quote a field holding a
 * comma, quote or line break; double the quotes. Text that a spreadsheet would run as a formula
 * (`=cmd|' /C calc'!A0`, `@SUM(…)`, `-2+3`) gets a leading single quote and is quoted, as OWASP
 * advises; numbers, negative ones included, stay numbers.
 */
export function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (FORMULA_START.test(v)) return `"'${v.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export async function exportCsv(
  db: DB,
  out: Writable,
  range: TimeRange,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const where = rangeCondition('COALESCE(c.started_at, c.ended_at)', range);
  const from = `FROM bash_calls c LEFT JOIN task_states t ON t.session_id = c.session_id AND t.id = c.task_id WHERE ${where.sql}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(where.params) as { n: number }).n;
  await writeLine(out, CSV_COLUMNS.map((c) => c.name).join(','));
  const select = `SELECT ${CSV_COLUMNS.map((c) => c.sql).join(', ')} ${from} ORDER BY COALESCE(c.started_at, c.ended_at), c.tool_use_id`;
  let done = 0;
  for (const row of db.prepare(select).raw().iterate(where.params) as IterableIterator<Cell[]>) {
    await writeLine(out, row.map((v, k) => csvField(formatCell(CSV_COLUMNS[k], v))).join(','));
    onProgress?.(++done, total);
  }
  return done;
}
