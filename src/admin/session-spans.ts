/**
 * When each session was active: from its first to its last known moment (start, end, or any
 * event recorded for it). Export ranges and prune cutoffs select whole sessions by this span,
 * so neither ever leaves half a session behind.
 */
import type { DB } from '../store/open.js';
import { eventSessionSql } from './tables.js';

/** Fills `temp.picked` with the ids of sessions whose span satisfies `where` (over first_at, last_at). */
export function pickSessions(db: DB, where: string, params: Record<string, number>): number {
  db.exec('DROP TABLE IF EXISTS temp.picked; CREATE TEMP TABLE picked (id TEXT PRIMARY KEY) WITHOUT ROWID');
  return db
    .prepare(
      `INSERT INTO temp.picked (id)
       SELECT id FROM (
         SELECT s.id,
           MIN(COALESCE(s.started_at, e.first_at), COALESCE(e.first_at, s.started_at)) AS first_at,
           MAX(COALESCE(s.ended_at, 0), COALESCE(s.started_at, 0), COALESCE(e.last_at, 0)) AS last_at
         FROM sessions s
         LEFT JOIN (SELECT ${eventSessionSql('id')} AS sid, MIN(at) AS first_at, MAX(at) AS last_at FROM applied_events GROUP BY sid) e ON e.sid = s.id)
       WHERE ${where}`,
    )
    .run(params).changes;
}
