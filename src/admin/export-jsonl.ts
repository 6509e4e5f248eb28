/**
 * `export --format jsonl`: every row of every table, one `{"table": …, "row": {…}}` line each,
 * sessions first, so that `import` on another machine rebuilds the same database. With a time
 * range, whole sessions active in it are exported (see session-spans.ts). Commands are redacted
 * again on the way out: the store already holds them redacted, but the rules may have grown.
 */
import type { Writable } from 'node:stream';
import { redactSecrets } from '../privacy/redact.js';
import type { DB } from '../store/open.js';
import { rangeCondition, type TimeRange } from './export-range.js';
import { pickSessions } from './session-spans.js';
import { quoteIdent, TABLES } from './tables.js';
import { writeLine } from './write-lines.js';

/** Every column holding a shell command, whatever the table. */
const COMMAND_COLUMNS: ReadonlySet<string> = new Set(['command']);

export type ExportCounts = Record<string, number>;

export async function exportJsonl(
  db: DB,
  out: Writable,
  range: TimeRange,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportCounts> {
  const ranged = range.since !== undefined || range.until !== undefined;
  if (ranged) {
    // A session is in range when it was active at some point of it.
    const since = rangeCondition('last_at', { since: range.since });
    const until = rangeCondition('first_at', { until: range.until });
    pickSessions(db, `${since.sql} AND ${until.sql}`, { ...since.params, ...until.params });
  }
  const queries = TABLES.map((t) => ({
    table: t.name,
    from: `FROM ${quoteIdent(t.name)}${ranged ? ` WHERE ${t.session} IN (SELECT id FROM temp.picked)` : ''}`,
  }));
  const total = queries.reduce((sum, q) => sum + (db.prepare(`SELECT COUNT(*) AS n ${q.from}`).get() as { n: number }).n, 0);
  const counts: ExportCounts = {};
  let done = 0;
  for (const q of queries) {
    counts[q.table] = 0;
    for (const row of db.prepare(`SELECT * ${q.from}`).iterate() as IterableIterator<Record<string, unknown>>) {
      for (const column of COMMAND_COLUMNS) if (typeof row[column] === 'string') row[column] = redactSecrets(row[column] as string);
      await writeLine(out, JSON.stringify({ table: q.table, row }));
      counts[q.table]++;
      onProgress?.(++done, total);
    }
  }
  return counts;
}
