/**
 * Each background task with what the report asks of it stored (`task_facts`), so that a report
 * counts tasks by an index read instead of reading every task with its state, its call's project
 * and its session (docs/performance.md, "Report at scale"): its end, its state as `task_states`
 * names it, the time it ran, its call's project and phase, and `running`, how many tasks of its
 * session ran when it started, itself included (the report's concurrency).
 *
 * A task's row changes after it starts: a check makes it checked, its end or its session's end
 * ends it, which changes `running` of the session's later tasks, and its call brings its project.
 * Triggers on each of those tables rebuild the rows of the session the changed row belongs to,
 * from the rows as they are, so the stored rows are always what the rows say now. A session holds
 * few tasks (tens), so a rebuild is small. Derived: never exported (admin/tables.ts).
 */
import { portableProject } from './advice-facts.js';

/** When task `u` stopped running (the earlier of its finish and its stop), else when its session `s` ended; NULL: still running. */
const endOf = (u: string, s: string) =>
  `(CASE WHEN ${u}.finished_at IS NULL AND ${u}.stopped_at IS NULL THEN ${s}.ended_at WHEN ${u}.finished_at IS NULL THEN ${u}.stopped_at
     WHEN ${u}.stopped_at IS NULL OR ${u}.finished_at < ${u}.stopped_at THEN ${u}.finished_at ELSE ${u}.stopped_at END)`;

/** A task belongs to its Bash call's project, else its session's (as report/sql.ts's TASK). */
const projectOf = (column: (table: string) => string) =>
  `COALESCE((SELECT ${column('b')} FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id), ${column('s')})`;

export const TASK_FACT_COLUMNS =
  'session_id, id, started_at, ended_at, running, state, ran_ms, signature, command, project, project_id, backfilled';

/** The rows of the tasks `t` of `task_states` matching `where` (with a start), as task_facts rows. */
export const taskFactRows = (where: string) => `
    SELECT t.session_id AS session_id, t.id AS id, t.started_at AS started_at, ${endOf('t', 's')} AS ended_at,
      (SELECT COUNT(*) FROM tasks u WHERE u.session_id = t.session_id AND u.started_at <= t.started_at
         AND (u.id = t.id OR ${endOf('u', 's')} IS NULL OR ${endOf('u', 's')} > t.started_at)) AS running,
      t.state AS state,
      CASE WHEN t.status IN ('completed', 'failed') AND t.finished_at IS NOT NULL THEN
        CASE WHEN t.finished_at > t.started_at THEN t.finished_at - t.started_at ELSE 0 END END AS ran_ms,
      t.signature AS signature, t.command AS command, ${projectOf((x) => `${x}.project`)} AS project, ${projectOf(portableProject)} AS project_id,
      (SELECT b.backfilled FROM bash_calls b WHERE b.session_id = t.session_id AND b.tool_use_id = t.tool_use_id) AS backfilled
    FROM task_states t LEFT JOIN sessions s ON s.id = t.session_id
    WHERE t.started_at IS NOT NULL AND (${where})`;

/**
 * Rebuilds the rows of the session `session` (when `also` holds), from the view
 * `task_fact_rows` (taskFactRows as a view): the triggers name it instead of repeating its SQL,
 * which every connection parses with the schema when it opens the file (a hook opens it once per event).
 */
const rebuild = (session: string, also = 'TRUE') => `
    DELETE FROM task_facts WHERE session_id = ${session} AND ${also};
    INSERT INTO task_facts (${TASK_FACT_COLUMNS}) SELECT ${TASK_FACT_COLUMNS} FROM task_fact_rows WHERE session_id = ${session} AND ${also};`;

/** After an update: the new row's session, and the old one's when the row moved to another. */
const rebuildBoth = (oldSession: string, newSession: string) =>
  rebuild(newSession) + rebuild(oldSession, `${oldSession} IS NOT ${newSession}`);

/** A call whose project or phase is a task's: the call that started one of its session's tasks (it names the task). */
const startsTask = (c: string) =>
  `(${c}.task_id IS NOT NULL AND EXISTS (SELECT 1 FROM tasks x WHERE x.session_id = ${c}.session_id AND x.tool_use_id = ${c}.tool_use_id))`;

const sessionMoved = `OLD.ended_at IS NOT NEW.ended_at OR OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id`;
const callMoved = `OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id OR OLD.backfilled IS NOT NEW.backfilled OR OLD.tool_use_id IS NOT NEW.tool_use_id OR OLD.session_id IS NOT NEW.session_id`;

/** Migration 9 → 10: the table, filled from every task (heavy), and its triggers. */
export const TASK_FACTS_MIGRATION = `
  CREATE TABLE task_facts (
    session_id TEXT NOT NULL,
    id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    running INTEGER NOT NULL,
    state TEXT NOT NULL,
    ran_ms INTEGER,
    signature TEXT,
    command TEXT,
    project TEXT,
    project_id TEXT,
    backfilled INTEGER,
    PRIMARY KEY (session_id, id)
  ) WITHOUT ROWID;
  -- Covers the report's counts over a range (the command is read only for unchecked tasks).
  CREATE INDEX task_facts_by_time ON task_facts(started_at, session_id, state, running, ran_ms, signature, project, project_id, backfilled);
  CREATE VIEW task_fact_rows AS ${taskFactRows('TRUE')};
  INSERT INTO task_facts (${TASK_FACT_COLUMNS}) SELECT ${TASK_FACT_COLUMNS} FROM task_fact_rows;

  CREATE TRIGGER task_facts_task_insert AFTER INSERT ON tasks BEGIN${rebuild('NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_task_update AFTER UPDATE ON tasks BEGIN${rebuildBoth('OLD.session_id', 'NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_task_delete AFTER DELETE ON tasks BEGIN${rebuild('OLD.session_id')}
  END;
  CREATE TRIGGER task_facts_check_insert AFTER INSERT ON task_checks BEGIN${rebuild('NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_check_update AFTER UPDATE ON task_checks BEGIN${rebuildBoth('OLD.session_id', 'NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_check_delete AFTER DELETE ON task_checks BEGIN${rebuild('OLD.session_id')}
  END;
  CREATE TRIGGER task_facts_session_insert AFTER INSERT ON sessions BEGIN${rebuild('NEW.id')}
  END;
  CREATE TRIGGER task_facts_session_update AFTER UPDATE ON sessions WHEN ${sessionMoved} BEGIN${rebuild('NEW.id')}
  END;
  CREATE TRIGGER task_facts_session_delete AFTER DELETE ON sessions BEGIN${rebuild('OLD.id')}
  END;
  CREATE TRIGGER task_facts_call_insert AFTER INSERT ON bash_calls WHEN ${startsTask('NEW')} BEGIN${rebuild('NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_call_update AFTER UPDATE ON bash_calls WHEN (${callMoved}) AND (${startsTask('OLD')} OR ${startsTask('NEW')}) BEGIN${rebuildBoth('OLD.session_id', 'NEW.session_id')}
  END;
  CREATE TRIGGER task_facts_call_delete AFTER DELETE ON bash_calls WHEN ${startsTask('OLD')} BEGIN${rebuild('OLD.session_id')}
  END;
`;
