/**
 * The team store's advice_facts: each advice row's outcome stored, as in the local store
 * (store/advice-facts.ts, the same judging SQL), kept by row triggers on the tables the outcome
 * reads. Sync's ingest functions update a row only when a value really changes, so a trigger
 * fires once per real change. Judging again is an upsert: two syncs touching one advice row at
 * once both write what the view says when each commits.
 */
import { ADVICE_FACT_COLUMNS, aboutTask, judged, touchedBy } from '../store/advice-facts.js';

const SET = ADVICE_FACT_COLUMNS.split(', ')
  .filter((c) => c !== 'event_id')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

/** Judges again the advice of `session` matching `where` (over `advice_outcomes a`). */
const rejudge = (session: string, where: string) =>
  `INSERT INTO advice_facts (${ADVICE_FACT_COLUMNS}) ${judged(`a.session_id = ${session} AND (${where})`)}
      ON CONFLICT (event_id) DO UPDATE SET ${SET};`;

/** A trigger function judging again, for the OLD and the NEW row, the advice `touched` names. */
const kept = (name: string, session: string, touched: (row: string) => string, guard = '') => `
  CREATE FUNCTION bgt_advice_facts_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN${guard}
    IF TG_OP <> 'INSERT' THEN ${rejudge(`OLD.${session}`, touched('OLD'))} END IF;
    IF TG_OP <> 'DELETE' THEN ${rejudge(`NEW.${session}`, touched('NEW'))} END IF;
    RETURN NULL;
  END $$;`;

/** Team migration 4 → 5: the table, filled from every advice row, and its triggers. */
export const TEAM_ADVICE_FACTS_MIGRATION = `
  CREATE TABLE advice_facts (
    event_id text PRIMARY KEY, session_id text NOT NULL, at bigint NOT NULL, shown integer NOT NULL, kind text NOT NULL,
    signature text, project text, project_id text, followed integer, "right" integer, call_fg_ms bigint);
  CREATE INDEX advice_facts_by_time ON advice_facts (at);
  CREATE INDEX advice_by_prompt ON advice (session_id, prompt_id, at);
  INSERT INTO advice_facts (${ADVICE_FACT_COLUMNS}) ${judged('TRUE')};
  ${kept('advice', 'session_id', (r) => `a.event_id = ${r}.event_id`)}
  CREATE FUNCTION bgt_advice_facts_advice_gone() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
    RETURN NULL;
  END $$;
  ${kept('call', 'session_id', (r) => touchedBy(r, 'IS NOT DISTINCT FROM'))}
  ${kept('task', 'session_id', aboutTask)}
  ${kept(
    'session',
    'id',
    () => 'TRUE',
    `
    IF TG_OP = 'UPDATE' AND OLD.project IS NOT DISTINCT FROM NEW.project AND OLD.project_id IS NOT DISTINCT FROM NEW.project_id THEN
      RETURN NULL;
    END IF;`,
  )}
  CREATE TRIGGER advice_facts_advice AFTER INSERT OR UPDATE ON advice FOR EACH ROW EXECUTE FUNCTION bgt_advice_facts_advice();
  CREATE TRIGGER advice_facts_advice_gone AFTER DELETE ON advice FOR EACH ROW EXECUTE FUNCTION bgt_advice_facts_advice_gone();
  CREATE TRIGGER advice_facts_call AFTER INSERT OR UPDATE OR DELETE ON bash_calls FOR EACH ROW EXECUTE FUNCTION bgt_advice_facts_call();
  CREATE TRIGGER advice_facts_task AFTER INSERT OR UPDATE OR DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION bgt_advice_facts_task();
  CREATE TRIGGER advice_facts_session AFTER INSERT OR UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION bgt_advice_facts_session();
`;
