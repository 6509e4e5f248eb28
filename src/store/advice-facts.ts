/**
 * Each piece of advice with its outcome stored (`advice_facts`), so that a report counts advice
 * by an index read instead of judging every row through the `advice_outcomes` view, two lookups
 * each (docs/performance.md, "Report at scale"). The outcome changes after the advice is given:
 * a later background call of its prompt makes it followed, its call's PostToolUse or its task's
 * end makes it right, a session's or call's project moves it. Triggers on each of those tables
 * judge the advice the changed row touches again, through the view, so the stored row is
 * always what the view says now. Derived: never exported (admin/tables.ts).
 */

/**
 * The last component of a path, in SQL: rows recorded before project ids (schema 6) are shown
 * by their folder's name, never by a local path (which names the user's home folder).
 */
function folderNameSql(path: string): string {
  const slashed = `replace(${path}, '\\', '/')`;
  return `replace(${slashed}, rtrim(${slashed}, replace(${slashed}, '/', '')), '')`;
}

/** A row's portable project (what --by project shows): its project id, else its folder's name. */
export const portableProject = (table: string) => `COALESCE(${table}.project_id, ${folderNameSql(`${table}.project`)})`;

/** Advice belongs to its Bash call's project, else its session's. */
const projectOf = (column: (table: string) => string) =>
  `COALESCE((SELECT ${column('b')} FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id), (SELECT ${column('s')} FROM sessions s WHERE s.id = a.session_id))`;

export const ADVICE_FACT_COLUMNS = `event_id, session_id, at, shown, kind, signature, project, project_id, followed, "right", call_fg_ms`;

/** The advice rows of `advice_outcomes a` matching `where`, as advice_facts rows. */
export const judged = (where: string) => `
    SELECT a.event_id, a.session_id, a.at,
      CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END,
      a.kind, a.signature, ${projectOf((t) => `${t}.project`)}, ${projectOf(portableProject)}, a.followed, a."right",
      (SELECT CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END FROM bash_calls b WHERE b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id)
    FROM advice_outcomes a WHERE ${where}`;

/** Judges again the advice of `session` matching `where` (over `advice_outcomes a`). */
const rejudge = (session: string, where: string) => `
    DELETE FROM advice_facts WHERE event_id IN (SELECT a.event_id FROM advice a WHERE a.session_id = ${session} AND (${where}));
    INSERT INTO advice_facts (${ADVICE_FACT_COLUMNS}) ${judged(`a.session_id = ${session} AND (${where})`)};`;

/**
 * Advice a call `c` bears on: about it (right, project), or earlier in its prompt when it ran in
 * the background (followed). `same`: NULL-safe equality in the dialect (SQLite's IS).
 */
export const touchedBy = (c: string, same = 'IS') =>
  `a.tool_use_id = ${c}.tool_use_id OR (${c}.background = 1 AND a.prompt_id ${same} ${c}.prompt_id AND a.at < ${c}.started_at)`;

/** Advice about the calls that started the task `t`. */
export const aboutTask = (t: string) =>
  `a.tool_use_id IN (SELECT c.tool_use_id FROM bash_calls c WHERE c.session_id = ${t}.session_id AND c.task_id = ${t}.id)`;

/** Migration 7 → 8: the table, filled from every advice row (heavy: the view judges each), and its triggers. */
export const ADVICE_FACTS_MIGRATION = `
  CREATE TABLE advice_facts (
    event_id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    shown INTEGER NOT NULL,
    kind TEXT NOT NULL,
    signature TEXT,
    project TEXT,
    project_id TEXT,
    followed INTEGER,
    "right" INTEGER,
    call_fg_ms INTEGER
  ) WITHOUT ROWID;
  -- Covers the report's reads (a range of time), so that no advice row is looked up.
  CREATE INDEX advice_facts_by_time ON advice_facts(at, shown, session_id, kind, signature, followed, "right", project, project_id, call_fg_ms);
  -- The call triggers find the earlier advice of a prompt.
  CREATE INDEX advice_by_prompt ON advice(session_id, prompt_id, at);
  INSERT INTO advice_facts (${ADVICE_FACT_COLUMNS}) ${judged('TRUE')};

  CREATE TRIGGER advice_facts_advice_insert AFTER INSERT ON advice BEGIN${rejudge('NEW.session_id', 'a.event_id = NEW.event_id')}
  END;
  CREATE TRIGGER advice_facts_advice_update AFTER UPDATE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;${rejudge('NEW.session_id', 'a.event_id = NEW.event_id')}
  END;
  CREATE TRIGGER advice_facts_advice_delete AFTER DELETE ON advice BEGIN
    DELETE FROM advice_facts WHERE event_id = OLD.event_id;
  END;
  CREATE TRIGGER advice_facts_call_insert AFTER INSERT ON bash_calls BEGIN${rejudge('NEW.session_id', touchedBy('NEW'))}
  END;
  CREATE TRIGGER advice_facts_call_update AFTER UPDATE ON bash_calls BEGIN${rejudge('OLD.session_id', `${touchedBy('OLD')} OR ${touchedBy('NEW')}`)}
  END;
  CREATE TRIGGER advice_facts_call_delete AFTER DELETE ON bash_calls BEGIN${rejudge('OLD.session_id', touchedBy('OLD'))}
  END;
  CREATE TRIGGER advice_facts_task_insert AFTER INSERT ON tasks BEGIN${rejudge('NEW.session_id', aboutTask('NEW'))}
  END;
  CREATE TRIGGER advice_facts_task_update AFTER UPDATE ON tasks BEGIN${rejudge('NEW.session_id', aboutTask('NEW'))}
  END;
  CREATE TRIGGER advice_facts_task_delete AFTER DELETE ON tasks BEGIN${rejudge('OLD.session_id', aboutTask('OLD'))}
  END;
  CREATE TRIGGER advice_facts_session_insert AFTER INSERT ON sessions BEGIN${rejudge('NEW.id', 'TRUE')}
  END;
  CREATE TRIGGER advice_facts_session_update AFTER UPDATE OF project, project_id ON sessions
    WHEN OLD.project IS NOT NEW.project OR OLD.project_id IS NOT NEW.project_id BEGIN${rejudge('NEW.id', 'TRUE')}
  END;
  CREATE TRIGGER advice_facts_session_delete AFTER DELETE ON sessions BEGIN${rejudge('OLD.id', 'TRUE')}
  END;
`;
