/**
 * The team store's task_facts: each task's end, state, project and concurrency stored, as in the
 * local store (store/task-facts.ts, the same SQL), kept by row triggers on the tables they read.
 * A rebuild is an upsert of the session's rows (and a delete of rows whose task is gone), so two
 * syncs touching one session at once both leave what the rows say when each commits.
 */
import { TASK_FACT_COLUMNS, taskFactRows } from '../store/task-facts.js';

const SET = TASK_FACT_COLUMNS.split(', ')
  .filter((c) => c !== 'session_id' && c !== 'id')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

/** PL/pgSQL, whose plans are kept for the session: an SQL function planned its statements on every call, most of a sync's time. */
const REBUILD = `
  CREATE FUNCTION bgt_task_facts_rebuild(bgt_session text) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM task_facts f WHERE f.session_id = bgt_session
      AND NOT EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = f.session_id AND x.id = f.id AND x.started_at IS NOT NULL);
    INSERT INTO task_facts (${TASK_FACT_COLUMNS}) ${taskFactRows('t.session_id = bgt_session')}
      ON CONFLICT (session_id, id) DO UPDATE SET ${SET};
  END $$;`;

/** A trigger function rebuilding the old row's session and, when another, the new row's; `guard` may skip an update. */
const kept = (name: string, session: string, guard = '') => `
  CREATE FUNCTION bgt_task_facts_${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN${guard}
    IF TG_OP <> 'INSERT' THEN PERFORM bgt_task_facts_rebuild(OLD.${session}); END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND OLD.${session} IS DISTINCT FROM NEW.${session}) THEN
      PERFORM bgt_task_facts_rebuild(NEW.${session});
    END IF;
    RETURN NULL;
  END $$;`;

const changed = (columns: string[]) => columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
const startsTask = (c: string) =>
  `EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${c}.session_id AND x.tool_use_id = ${c}.tool_use_id)`;

/** Team migration 6 → 7: the table, filled from every task, and its triggers. */
export const TEAM_TASK_FACTS_MIGRATION = `
  CREATE TABLE task_facts (
    session_id text NOT NULL, id text NOT NULL, started_at bigint NOT NULL, ended_at bigint, running integer NOT NULL, state text NOT NULL,
    ran_ms bigint, signature text, command text, project text, project_id text, backfilled integer, PRIMARY KEY (session_id, id));
  CREATE INDEX task_facts_by_time ON task_facts (started_at);
  INSERT INTO task_facts (${TASK_FACT_COLUMNS}) ${taskFactRows('TRUE')};
  ${REBUILD}
  ${kept('task', 'session_id')}
  ${kept('check', 'session_id')}
  ${kept(
    'session',
    'id',
    `
    IF TG_OP = 'UPDATE' AND NOT (${changed(['ended_at', 'project', 'project_id'])}) THEN RETURN NULL; END IF;`,
  )}
  ${kept(
    'call',
    'session_id',
    `
    IF TG_OP = 'UPDATE' AND NOT (${changed(['project', 'project_id', 'backfilled', 'tool_use_id', 'session_id'])}) THEN RETURN NULL; END IF;
    IF NOT ((TG_OP <> 'INSERT' AND ${startsTask('OLD')}) OR (TG_OP <> 'DELETE' AND ${startsTask('NEW')})) THEN RETURN NULL; END IF;`,
  )}
  CREATE TRIGGER task_facts_task AFTER INSERT OR UPDATE OR DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION bgt_task_facts_task();
  CREATE TRIGGER task_facts_check AFTER INSERT OR UPDATE OR DELETE ON task_checks FOR EACH ROW EXECUTE FUNCTION bgt_task_facts_check();
  CREATE TRIGGER task_facts_session AFTER INSERT OR UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION bgt_task_facts_session();
  -- A call that started a task names it: the others (most) never call the function.
  CREATE TRIGGER task_facts_call_new AFTER INSERT ON bash_calls FOR EACH ROW WHEN (NEW.task_id IS NOT NULL) EXECUTE FUNCTION bgt_task_facts_call();
  CREATE TRIGGER task_facts_call_changed AFTER UPDATE ON bash_calls FOR EACH ROW WHEN (OLD.task_id IS NOT NULL OR NEW.task_id IS NOT NULL)
    EXECUTE FUNCTION bgt_task_facts_call();
  CREATE TRIGGER task_facts_call_gone AFTER DELETE ON bash_calls FOR EACH ROW WHEN (OLD.task_id IS NOT NULL) EXECUTE FUNCTION bgt_task_facts_call();
`;
