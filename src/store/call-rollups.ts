/**
 * Two narrower rollups of call_hours (store/rollups.ts), so that a long range reads tens of
 * thousands of rows instead of hundreds of thousands (docs/performance.md, "Report at scale"):
 * call_hours is per session × signature, and a session's calls spread over most signatures.
 *
 * call_session_hours: call_hours without the signature (groupings by session, project,
 * developer, machine; every filter; the lead's activity).
 * call_signature_hours: call_hours without the session and project (groupings by day, week,
 * signature and phase without a filter; the slow signatures).
 *
 * Kept by triggers on call_hours itself: whatever changes a call_hours row (the call triggers,
 * prune) moves the same n and ms in both, so they hold nothing call_hours does not.
 */
/** Each narrow rollup's key columns (with n and ms, the sums). */
export const CALL_ROLLUPS = {
  call_session_hours: ['hour', 'session_id', 'project', 'project_id', 'backfilled', 'slow', 'background', 'timed_out'],
  call_signature_hours: ['hour', 'signature', 'backfilled', 'slow', 'background', 'timed_out'],
} as const;

export type CallRollup = keyof typeof CALL_ROLLUPS;

const TYPES: Record<string, string> = {
  hour: 'INTEGER NOT NULL',
  session_id: 'TEXT NOT NULL',
  project: 'TEXT',
  project_id: 'TEXT',
  signature: 'TEXT',
  backfilled: 'INTEGER NOT NULL',
  slow: 'INTEGER NOT NULL',
  background: 'INTEGER',
  timed_out: 'INTEGER NOT NULL',
};

/** The row of `table` holding call_hours row `r`'s class, NULL-safely (`same`: SQLite's IS, PostgreSQL's IS NOT DISTINCT FROM). */
export const sameClass = (table: CallRollup, r: string, same = 'IS') =>
  CALL_ROLLUPS[table].map((c) => `${table}.${c} ${c === 'hour' || c === 'session_id' ? '=' : same} ${r}.${c}`).join(' AND ');

const columns = (table: CallRollup) => CALL_ROLLUPS[table].join(', ');
const values = (table: CallRollup, r: string) => CALL_ROLLUPS[table].map((c) => `${r}.${c}`).join(', ');

/** Adds call_hours row `r` to its class's row of `table` (made first, empty, when missing). */
const add = (table: CallRollup, r: string) => `
    INSERT INTO ${table} (${columns(table)}, n, ms) SELECT ${values(table, r)}, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${sameClass(table, r)});
    UPDATE ${table} SET n = n + ${r}.n, ms = ms + ${r}.ms WHERE ${sameClass(table, r)};`;

const remove = (table: CallRollup, r: string) => `
    UPDATE ${table} SET n = n - ${r}.n, ms = ms - ${r}.ms WHERE ${sameClass(table, r)};
    DELETE FROM ${table} WHERE n = 0 AND ${sameClass(table, r)};`;

/** Only n and ms of a call_hours row ever change: then one statement moves the difference. */
const delta = (table: CallRollup) => `
    UPDATE ${table} SET n = n + NEW.n - OLD.n, ms = ms + NEW.ms - OLD.ms WHERE ${sameClass(table, 'NEW')};`;

const TABLES = Object.keys(CALL_ROLLUPS) as CallRollup[];
const KEY_COLUMNS = [...new Set(TABLES.flatMap((t) => CALL_ROLLUPS[t]))];
const sameKeys = KEY_COLUMNS.map((c) => `OLD.${c} IS NEW.${c}`).join(' AND ');

/** Migration 8 → 9: the tables, filled from call_hours (heavy: one pass over it), and their triggers. */
export const CALL_ROLLUPS_MIGRATION = `${TABLES.map(
  (t) => `
  CREATE TABLE ${t} (
    ${CALL_ROLLUPS[t].map((c) => `${c} ${TYPES[c]}`).join(',\n    ')},
    n INTEGER NOT NULL,
    ms INTEGER NOT NULL
  );
  -- Covers the report's read (a range of hours) and the triggers' lookups.
  CREATE INDEX ${t}_by_hour ON ${t}(${columns(t)}, n, ms);
  INSERT INTO ${t} (${columns(t)}, n, ms) SELECT ${columns(t)}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${CALL_ROLLUPS[t].map((_, i) => i + 1).join(', ')};`,
).join('')}

  CREATE TRIGGER call_rollups_insert AFTER INSERT ON call_hours BEGIN${TABLES.map((t) => add(t, 'NEW')).join('')}
  END;
  CREATE TRIGGER call_rollups_update AFTER UPDATE ON call_hours WHEN ${sameKeys} BEGIN${TABLES.map(delta).join('')}
  END;
  CREATE TRIGGER call_rollups_move AFTER UPDATE ON call_hours WHEN NOT (${sameKeys}) BEGIN${TABLES.map((t) => remove(t, 'OLD') + add(t, 'NEW')).join('')}
  END;
  CREATE TRIGGER call_rollups_delete AFTER DELETE ON call_hours BEGIN${TABLES.map((t) => remove(t, 'OLD')).join('')}
  END;
`;
