/**
 * The team store's narrow call rollups (store/call-rollups.ts: call_hours without the signature,
 * and without the session), kept by a row trigger on call_hours as the local store's are. Two
 * syncs at once may each insert a row for one class, as in call_hours: reads sum the rows of a
 * class, so the figures stay exact.
 */
import { CALL_ROLLUPS, type CallRollup, sameClass } from '../store/call-rollups.js';

const TYPES: Record<string, string> = {
  hour: 'bigint NOT NULL',
  session_id: 'text NOT NULL',
  project: 'text',
  project_id: 'text',
  signature: 'text',
  backfilled: 'integer',
  slow: 'integer NOT NULL',
  background: 'integer',
  timed_out: 'integer NOT NULL',
};

const TABLES = Object.keys(CALL_ROLLUPS) as CallRollup[];
const columns = (t: CallRollup) => CALL_ROLLUPS[t].join(', ');
const same = (t: CallRollup, r: string) => sameClass(t, r, 'IS NOT DISTINCT FROM');
/** One row (ctid) of the class, when two hold it. */
const oneRow = (t: CallRollup, r: string) => `ctid = (SELECT ctid FROM ${t} WHERE ${same(t, r)} LIMIT 1)`;

/** Adds `dn` calls and `dms` ms to `r`'s class in `t`. */
const add = (t: CallRollup, r: string, dn: string, dms: string) => `
      UPDATE ${t} SET n = n + ${dn}, ms = ms + ${dms} WHERE ${oneRow(t, r)};
      IF NOT FOUND THEN
        INSERT INTO ${t} (${columns(t)}, n, ms) VALUES (${CALL_ROLLUPS[t].map((c) => `${r}.${c}`).join(', ')}, ${dn}, ${dms});
      END IF;`;

/** Drops `r`'s class rows left empty; `when`: only if the change could have emptied one (one statement less per call otherwise). */
const removeGone = (t: CallRollup, r: string, when = 'TRUE') => `
      IF ${when} THEN DELETE FROM ${t} WHERE n = 0 AND ms = 0 AND ${same(t, r)}; END IF;`;

const KEYS = [...new Set(TABLES.flatMap((t) => CALL_ROLLUPS[t]))];

/** Team migration 5 → 6: the tables, filled from call_hours, and the trigger. */
export const TEAM_CALL_ROLLUPS_MIGRATION = `${TABLES.map(
  (t) => `
  CREATE TABLE ${t} (${CALL_ROLLUPS[t].map((c) => `${c} ${TYPES[c]}`).join(', ')}, n bigint NOT NULL, ms bigint NOT NULL);
  CREATE INDEX ${t}_by_hour ON ${t} (${columns(t)});
  INSERT INTO ${t} (${columns(t)}, n, ms) SELECT ${columns(t)}, sum(n), sum(ms) FROM call_hours GROUP BY ${columns(t)};`,
).join('')}

  CREATE FUNCTION bgt_call_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND ${KEYS.map((c) => `OLD.${c} IS NOT DISTINCT FROM NEW.${c}`).join(' AND ')} THEN
      -- Only n and ms changed (what call_hours' trigger does): the difference moves.${TABLES.map((t) => add(t, 'NEW', 'NEW.n - OLD.n', 'NEW.ms - OLD.ms') + removeGone(t, 'NEW', 'NEW.n < OLD.n')).join('')}
      RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN${TABLES.map((t) => add(t, 'OLD', '-OLD.n', '-OLD.ms') + removeGone(t, 'OLD')).join('')}
    END IF;
    IF TG_OP <> 'DELETE' THEN${TABLES.map((t) => add(t, 'NEW', 'NEW.n', 'NEW.ms')).join('')}
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER call_rollups_kept AFTER INSERT OR UPDATE OR DELETE ON call_hours FOR EACH ROW EXECUTE FUNCTION bgt_call_rollups();
`;
