/** Background tasks of sessions that have not ended, as `bgtelemetry status` lists them. */
import type { DB } from '../store/open.js';

export interface LiveTask {
  session: string;
  taskId: string;
  /** As stored: redacted, or only the signature, per `commandStorage`; null when never seen. */
  command: string | null;
  signature: string | null;
  startedAt: number | null;
  /** Milliseconds since the task started; null when its start was never recorded. */
  ageMs: number | null;
  /** From the `task_states` view (docs/telemetry.md). */
  state: string;
  lastCheckedAt: number | null;
  /** Milliseconds since the last check; null when never checked. */
  sinceCheckMs: number | null;
}

export function liveTasks(db: DB, now = Date.now()): LiveTask[] {
  const rows = db
    .prepare(
      `SELECT t.session_id AS session, t.id AS taskId, t.command, t.signature, t.started_at AS startedAt, t.state,
         (SELECT MAX(c.at) FROM task_checks c WHERE c.session_id = t.session_id AND c.task_id = t.id) AS lastCheckedAt
       FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
       WHERE s.ended_at IS NULL
       ORDER BY t.started_at IS NULL, t.started_at, t.session_id, t.id`,
    )
    .all() as Omit<LiveTask, 'ageMs' | 'sinceCheckMs'>[];
  return rows.map((r) => ({
    ...r,
    ageMs: r.startedAt === null ? null : Math.max(0, now - r.startedAt),
    sinceCheckMs: r.lastCheckedAt === null ? null : Math.max(0, now - r.lastCheckedAt),
  }));
}
