/**
 * `prune`: removes the sessions whose last known moment (end, or last event) is before a cutoff,
 * with every row that belongs to them, then VACUUMs so the file shrinks. A dry run counts only.
 */
import type { DB } from '../store/open.js';
import { pickSessions } from './session-spans.js';
import { quoteIdent, TABLES } from './tables.js';

export interface PruneResult {
  sessions: number;
  /** Rows removed (or, in a dry run, that would be), per table. */
  rows: Record<string, number>;
  vacuumed: boolean;
}

export function prune(
  db: DB,
  cutoff: number,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): PruneResult {
  const rows: Record<string, number> = {};
  const run = db.transaction(() => {
    const picked = pickSessions(db, 'last_at < @cutoff', { cutoff });
    TABLES.forEach((t, k) => {
      const where = `WHERE ${t.session} IN (SELECT id FROM temp.picked)`;
      rows[t.name] = options.dryRun
        ? (db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(t.name)} ${where}`).get() as { n: number }).n
        : db.prepare(`DELETE FROM ${quoteIdent(t.name)} ${where}`).run().changes;
      options.onProgress?.(k + 1, TABLES.length + 1);
    });
    return picked;
  });
  const sessions = options.dryRun ? run.deferred() : run.immediate();
  db.exec('DROP TABLE IF EXISTS temp.picked');
  const vacuumed = !options.dryRun && sessions > 0;
  // VACUUM cannot run inside a transaction, and rewrites the whole file: only when rows went.
  if (vacuumed) {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  options.onProgress?.(TABLES.length + 1, TABLES.length + 1);
  return { sessions, rows, vacuumed };
}
