/**
 * Hourly rollups the report reads instead of raw rows for the whole hours of its range
 * (src/report/rollup-plan.ts; docs/performance.md, "Report at scale"). Triggers keep them: a
 * trigger fires only where a row is really inserted, updated or deleted, so an event applied
 * twice (ignored by `applied_events`, or an upsert that lands on the same row) moves a call
 * from its old class to its new one and never counts it twice. An hour is UTC (`t / 3600000`).
 *
 * call_hours: calls by hour of their time (start, else end) × session × project × signature ×
 * class (backfilled, slow, background, timed out), with their number and summed duration.
 * hook_hours: hook wall times by hour, as the report's histogram (time → runs).
 */

export const HOUR_MS = 3_600_000;

/** A call's rollup columns, from its row `r` (NEW, OLD, or a table alias); the classes as the report counts them (report/metrics.ts). */
export const callKey = (r: string) => ({
  hour: `COALESCE(${r}.started_at, ${r}.ended_at) / ${HOUR_MS}`,
  session_id: `${r}.session_id`,
  project: `${r}.project`,
  project_id: `${r}.project_id`,
  signature: `${r}.signature`,
  backfilled: `${r}.backfilled`,
  slow: `(CASE WHEN ${r}.verdict IN ('suggest-background', 'must-background') OR COALESCE(${r}.duration_ms, 0) >= ${r}.threshold_ms THEN 1 ELSE 0 END)`,
  background: `${r}.background`,
  timed_out: `(CASE WHEN ${r}.outcome = 'timed-out' OR ${r}.background_reason = 'timeout' THEN 1 ELSE 0 END)`,
});

export const CALL_HOUR_COLUMNS = Object.keys(callKey('x'));

/** The rollup row of the call `r`, matched NULL-safely (`IS`): a call without a signature has a row too. */
const sameRow = (r: string) =>
  Object.entries(callKey(r))
    .map(([c, v]) => `call_hours.${c} IS ${v}`)
    .join(' AND ');

export const hasTime = (r: string) => `COALESCE(${r}.started_at, ${r}.ended_at) IS NOT NULL`;

/** Counts the call `r` in its row (made first, empty, when missing). */
const addCall = (r: string) => `
    INSERT INTO call_hours (${CALL_HOUR_COLUMNS.join(', ')}, n, ms)
      SELECT ${Object.values(callKey(r)).join(', ')}, 0, 0 WHERE ${hasTime(r)} AND NOT EXISTS (SELECT 1 FROM call_hours WHERE ${sameRow(r)});
    UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(${r}.duration_ms, 0) WHERE ${hasTime(r)} AND ${sameRow(r)};`;

const removeCall = (r: string) => `
    UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(${r}.duration_ms, 0) WHERE ${hasTime(r)} AND ${sameRow(r)};
    DELETE FROM call_hours WHERE n = 0 AND ${sameRow(r)};`;

const addHook = (r: string) => `
    INSERT INTO hook_hours (hour, wall_ms, n) VALUES (${r}.at / ${HOUR_MS}, ${r}.wall_ms, 1)
      ON CONFLICT (hour, wall_ms) DO UPDATE SET n = n + 1;`;

const removeHook = (r: string) => `
    UPDATE hook_hours SET n = n - 1 WHERE hour = ${r}.at / ${HOUR_MS} AND wall_ms = ${r}.wall_ms;
    DELETE FROM hook_hours WHERE n = 0 AND hour = ${r}.at / ${HOUR_MS} AND wall_ms = ${r}.wall_ms;`;

/** Migration 6 → 7: the tables, filled from the rows there are (heavy: one pass over every call and hook run), and their triggers. */
export const ROLLUPS_MIGRATION = `
  CREATE TABLE call_hours (
    hour INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    project TEXT,
    project_id TEXT,
    signature TEXT,
    backfilled INTEGER NOT NULL,
    slow INTEGER NOT NULL,
    background INTEGER,
    timed_out INTEGER NOT NULL,
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX call_hours_by_hour ON call_hours(hour, session_id, signature, project, project_id, backfilled, slow, background, timed_out, n, ms);
  INSERT INTO call_hours (${CALL_HOUR_COLUMNS.join(', ')}, n, ms)
    SELECT ${Object.values(callKey('b')).join(', ')}, COUNT(*), COALESCE(SUM(b.duration_ms), 0)
    FROM bash_calls b WHERE ${hasTime('b')}
    GROUP BY ${CALL_HOUR_COLUMNS.map((_, i) => i + 1).join(', ')};

  CREATE TABLE hook_hours (
    hour INTEGER NOT NULL,
    wall_ms REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (hour, wall_ms)
  ) WITHOUT ROWID;
  INSERT INTO hook_hours (hour, wall_ms, n) SELECT at / ${HOUR_MS}, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2;

  CREATE TRIGGER call_hours_insert AFTER INSERT ON bash_calls BEGIN${addCall('NEW')}
  END;
  CREATE TRIGGER call_hours_update AFTER UPDATE ON bash_calls BEGIN${removeCall('OLD')}${addCall('NEW')}
  END;
  CREATE TRIGGER call_hours_delete AFTER DELETE ON bash_calls BEGIN${removeCall('OLD')}
  END;
  CREATE TRIGGER hook_hours_insert AFTER INSERT ON hook_runs BEGIN${addHook('NEW')}
  END;
  CREATE TRIGGER hook_hours_update AFTER UPDATE OF at, wall_ms ON hook_runs BEGIN${removeHook('OLD')}${addHook('NEW')}
  END;
  CREATE TRIGGER hook_hours_delete AFTER DELETE ON hook_runs BEGIN${removeHook('OLD')}
  END;
`;
