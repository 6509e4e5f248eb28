/**
 * The team store's hourly rollups: the same tables and classes as the local store's
 * (store/rollups.ts), kept by row triggers. Sync's ingest functions update a row only when a
 * value really changes, so a trigger fires once per real change: a batch pushed twice, from any
 * machine, counts once. Two syncs adding the first call of one class at once may each insert a
 * row for it: reads sum the rows of a class, so the figures stay exact.
 */
import { CALL_HOUR_COLUMNS, callKey, HOUR_MS, hasTime } from '../store/rollups.js';

/**
 * The rollup row of the call `r`, NULL-safely; one row (ctid) when two hold the class. Hour and
 * session (never NULL) by `=`, which the index serves: IS NOT DISTINCT FROM alone is not indexable,
 * and a trigger scanning call_hours made sync 20 times slower.
 */
const sameRow = (r: string) =>
  Object.entries(callKey(r))
    .map(([c, v]) => `${c} ${c === 'hour' || c === 'session_id' ? '=' : 'IS NOT DISTINCT FROM'} ${v}`)
    .join(' AND ');
const oneRow = (r: string) => `ctid = (SELECT ctid FROM call_hours WHERE ${sameRow(r)} LIMIT 1)`;

/** Team migration 2 → 3: the tables, filled from the rows there are, and their triggers. */
export const TEAM_ROLLUPS_MIGRATION = `
  CREATE TABLE call_hours (
    hour bigint NOT NULL, session_id text NOT NULL, project text, project_id text, signature text, backfilled integer,
    slow integer NOT NULL, background integer, timed_out integer NOT NULL, n bigint NOT NULL, ms bigint NOT NULL);
  CREATE INDEX call_hours_by_hour ON call_hours (hour, session_id, signature);
  INSERT INTO call_hours (${CALL_HOUR_COLUMNS.join(', ')}, n, ms)
    SELECT ${Object.values(callKey('b')).join(', ')}, count(*), COALESCE(sum(b.duration_ms), 0)
    FROM bash_calls b WHERE ${hasTime('b')}
    GROUP BY ${CALL_HOUR_COLUMNS.map((_, i) => i + 1).join(', ')};
  CREATE TABLE hook_hours (hour bigint NOT NULL, wall_ms double precision NOT NULL, n bigint NOT NULL, PRIMARY KEY (hour, wall_ms));
  INSERT INTO hook_hours SELECT at / ${HOUR_MS}, wall_ms, count(*) FROM hook_runs WHERE at IS NOT NULL AND wall_ms IS NOT NULL GROUP BY 1, 2;

  CREATE FUNCTION bgt_call_hours() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND ${hasTime('OLD')} THEN
      UPDATE call_hours SET n = n - 1, ms = ms - COALESCE(OLD.duration_ms, 0) WHERE ${oneRow('OLD')};
      DELETE FROM call_hours WHERE n = 0 AND ms = 0 AND ${sameRow('OLD')};
    END IF;
    IF TG_OP <> 'DELETE' AND ${hasTime('NEW')} THEN
      UPDATE call_hours SET n = n + 1, ms = ms + COALESCE(NEW.duration_ms, 0) WHERE ${oneRow('NEW')};
      IF NOT FOUND THEN
        INSERT INTO call_hours (${CALL_HOUR_COLUMNS.join(', ')}, n, ms) VALUES (${Object.values(callKey('NEW')).join(', ')}, 1, COALESCE(NEW.duration_ms, 0));
      END IF;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER call_hours_kept AFTER INSERT OR UPDATE OR DELETE ON bash_calls FOR EACH ROW EXECUTE FUNCTION bgt_call_hours();

  CREATE FUNCTION bgt_hook_hours() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND OLD.at IS NOT NULL AND OLD.wall_ms IS NOT NULL THEN
      UPDATE hook_hours SET n = n - 1 WHERE hour = OLD.at / ${HOUR_MS} AND wall_ms = OLD.wall_ms;
      DELETE FROM hook_hours WHERE n = 0 AND hour = OLD.at / ${HOUR_MS} AND wall_ms = OLD.wall_ms;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.at IS NOT NULL AND NEW.wall_ms IS NOT NULL THEN
      INSERT INTO hook_hours VALUES (NEW.at / ${HOUR_MS}, NEW.wall_ms, 1) ON CONFLICT (hour, wall_ms) DO UPDATE SET n = hook_hours.n + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER hook_hours_kept AFTER INSERT OR UPDATE OR DELETE ON hook_runs FOR EACH ROW EXECUTE FUNCTION bgt_hook_hours();
`;
