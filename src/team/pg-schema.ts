/**
 * The team store's schema, as forward migrations like the SQLite one: `TEAM_MIGRATIONS[k]` takes
 * it from version k to k + 1, recorded in `schema_version`. Never edit a released migration.
 * Writers never touch the tables: each table has an ingest function `bgt_push_<table>(jsonb)`,
 * SECURITY DEFINER, that inserts a batch of rows by identity and merges a row seen before (a
 * value pushed later wins, a NULL never erases one), so a row pushed twice, from anywhere, is
 * stored once. That is what lets the developers' role insert without reading (roles.ts).
 */
import type { Client } from 'pg';
import { TASK_STATES } from '../store/schema.js';
import { TEAM_ADVICE_FACTS_MIGRATION } from './pg-advice-facts.js';
import { TEAM_CALL_ROLLUPS_MIGRATION } from './pg-call-rollups.js';
import { TEAM_TASK_FACTS_MIGRATION } from './pg-task-facts.js';
import { TEAM_ROLLUPS_MIGRATION } from './pg-rollups.js';
import { TEAM_TABLES, type TeamTable } from './tables.js';

function createTable(t: TeamTable): string {
  const cols = Object.entries(t.columns).map(([name, type]) => `${name} ${type}`);
  return `CREATE TABLE ${t.name} (${cols.join(', ')}, PRIMARY KEY (${t.key.join(', ')}));`;
}

/** Inserts a batch (a JSON array of rows); returns how many rows were new and how many changed. */
function ingestFunction(t: TeamTable): string {
  const rest = Object.keys(t.columns).filter((c) => !t.key.includes(c));
  const set = rest.map((c) => `${c} = COALESCE(excluded.${c}, t.${c})`).join(', ');
  const before = rest.map((c) => `t.${c}`).join(', ');
  const after = rest.map((c) => `COALESCE(excluded.${c}, t.${c})`).join(', ');
  return `CREATE OR REPLACE FUNCTION bgt_push_${t.name}(batch jsonb, OUT inserted integer, OUT changed integer)
  LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
    WITH written AS (
      INSERT INTO ${t.name} AS t SELECT * FROM jsonb_populate_recordset(NULL::${t.name}, batch)
      ON CONFLICT (${t.key.join(', ')}) DO UPDATE SET ${set}
        WHERE ROW(${before}) IS DISTINCT FROM ROW(${after})
      RETURNING (xmax = 0) AS new_row)
    SELECT (count(*) FILTER (WHERE new_row))::integer, (count(*) FILTER (WHERE NOT new_row))::integer FROM written
  $$;
  REVOKE ALL ON FUNCTION bgt_push_${t.name}(jsonb) FROM PUBLIC;`;
}

const TEAM_MIGRATIONS: readonly string[] = [
  // 0 → 1
  `
  ${TEAM_TABLES.map(createTable).join('\n  ')}
  CREATE INDEX bash_calls_by_time ON bash_calls (started_at);
  CREATE INDEX bash_calls_by_developer ON bash_calls (developer, started_at);
  CREATE INDEX advice_by_time ON advice (at);
  CREATE INDEX hook_runs_by_time ON hook_runs (at);
  -- What the team asks of every machine, e.g. ('commandStorage', 'signature').
  CREATE TABLE team_settings (key text PRIMARY KEY, value text NOT NULL);
  ${TEAM_TABLES.map(ingestFunction).join('\n  ')}
  `,
  // 1 → 2: what `report` reads (src/report/team-source.ts). bash_calls gets `backfilled` (the
  // phase grouping; IF NOT EXISTS: a store created at 2 made it with the table), its ingest
  // function is made again to merge it, and the views the report reads: task_states as SQLite's,
  // advice_outcomes written for PostgreSQL (src/store/schema.ts, migration 4), 0/1 where SQLite has no booleans.
  `
  ALTER TABLE bash_calls ADD COLUMN IF NOT EXISTS backfilled integer;
  ${ingestFunction(TEAM_TABLES.find((t) => t.name === 'bash_calls') as TeamTable)}
  ${TASK_STATES}
  CREATE VIEW advice_outcomes AS
  SELECT a.*,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'parallel') THEN
      (EXISTS (SELECT 1 FROM bash_calls n
               WHERE n.session_id = a.session_id AND n.prompt_id IS NOT DISTINCT FROM a.prompt_id AND n.started_at > a.at AND n.background = 1
                 AND (n.signature = a.signature OR a.kind = 'parallel')))::integer
    END AS followed,
    CASE WHEN a.kind IN ('slow-foreground', 'never-ends', 'auto-background', 'enforce-deny') THEN
      (SELECT CASE
                WHEN c.outcome = 'timed-out' THEN 1
                WHEN c.background = 1 AND t.finished_at IS NOT NULL AND t.status IN ('completed', 'failed') THEN ((t.finished_at - t.started_at) >= c.threshold_ms)::integer
                WHEN c.background = 1 THEN NULL
                WHEN c.duration_ms IS NULL THEN NULL
                ELSE (c.duration_ms >= c.threshold_ms)::integer
              END
       FROM bash_calls c LEFT JOIN tasks t ON t.session_id = c.session_id AND t.id = c.task_id
       WHERE c.session_id = a.session_id AND c.tool_use_id = a.tool_use_id)
    END AS "right"
  FROM advice a;
  CREATE INDEX tasks_by_time ON tasks (started_at);
  CREATE INDEX task_checks_by_task ON task_checks (session_id, task_id);
  CREATE INDEX advice_by_call ON advice (session_id, tool_use_id);
  `,
  // 2 → 3: the store's identity, which a machine's cursor belongs to (sync.ts): a database made
  // again gets another, and every machine pushes it everything. Local paths pushed before the
  // push made them portable (tables.ts, LOCAL_PATH_COLUMNS) are made so here.
  `
  CREATE TABLE team_meta (key text PRIMARY KEY, value text NOT NULL);
  INSERT INTO team_meta (key, value) VALUES ('store_id', gen_random_uuid()::text);
  UPDATE sessions SET cwd = NULL, project = COALESCE(project_id, regexp_replace(replace(project, '\\', '/'), '^.*/', ''))
    WHERE cwd IS NOT NULL OR strpos(replace(project, '\\', '/'), '/') > 0;
  UPDATE bash_calls SET project = COALESCE(project_id, regexp_replace(replace(project, '\\', '/'), '^.*/', ''))
    WHERE strpos(replace(project, '\\', '/'), '/') > 0;
  `,
  // 3 → 4: hourly rollups of calls and hook runs, kept by triggers (pg-rollups.ts).
  TEAM_ROLLUPS_MIGRATION,
  // 4 → 5: each advice row's outcome stored, kept by triggers (pg-advice-facts.ts).
  TEAM_ADVICE_FACTS_MIGRATION,
  // 5 → 6: call_hours without the signature and without the session, kept by a trigger on it (pg-call-rollups.ts).
  TEAM_CALL_ROLLUPS_MIGRATION,
  // 6 → 7: each task's end, state, project and concurrency stored, kept by triggers (pg-task-facts.ts).
  TEAM_TASK_FACTS_MIGRATION,
];

export const TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS.length;

/** The store's id (migration 3): what a machine's cursor is kept by, whatever URL names the store. */
export async function teamStoreId(client: Client): Promise<string> {
  const r = await client.query<{ value: string }>(`SELECT value FROM team_meta WHERE key = 'store_id'`);
  const id = r.rows[0]?.value;
  if (!id) throw new Error('the team store has no store id (team_meta)');
  return id;
}

/** The version a team store is at: 0 for an empty database. */
export async function teamSchemaVersion(client: Client): Promise<number> {
  const exists = await client.query<{ found: boolean }>(`SELECT to_regclass('schema_version') IS NOT NULL AS found`);
  if (!exists.rows[0]?.found) return 0;
  const v = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
  return v.rows[0]?.version ?? 0;
}

/**
 * Brings the team store to TEAM_SCHEMA_VERSION, in one transaction under an advisory lock (two
 * machines setting up at once apply each migration once). Returns the versions applied.
 */
export async function migrateTeamStore(client: Client): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('bgtelemetry schema'))`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    for (let v = await teamSchemaVersion(client); v < TEAM_SCHEMA_VERSION; v++) {
      await client.query(TEAM_MIGRATIONS[v] as string);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
      applied.push(v + 1);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return applied;
}
