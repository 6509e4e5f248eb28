/**
 * The team store's schema, as forward migrations like the SQLite one: `TEAM_MIGRATIONS[k]` takes
 * it from version k to k + 1, recorded in `schema_version`. Never edit a released migration.
 * Writers never touch the tables: each table has an ingest function `bgt_push_<table>(jsonb)`,
 * SECURITY DEFINER, that inserts a batch of rows by identity and merges a row seen before (a
 * value pushed later wins, a NULL never erases one), so a row pushed twice, from anywhere, is
 * stored once. That is what lets the developers' role insert without reading (roles.ts).
 */
import type { Client } from 'pg';
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
  return `CREATE FUNCTION bgt_push_${t.name}(batch jsonb, OUT inserted integer, OUT changed integer)
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
];

export const TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS.length;

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
