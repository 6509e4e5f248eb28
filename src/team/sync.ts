/**
 * Pushes the local store's changed rows to the team store, exactly once: batches of the outbox
 * (outbox.ts), each sent in one PostgreSQL transaction through the ingest functions
 * (pg-schema.ts), and the local cursor moved only after COMMIT. A server that is down, slow or
 * drops the connection mid-batch leaves the cursor where it was: the next push sends the batch
 * again and the team store, keyed by identity, stores it once.
 */
import { homedir } from 'node:os';
import pg from 'pg';
import type { DB } from '../store/open.js';
import { advanceCursor, currentRows, cursorOf, nextEntries, pending, prepareOutbox, prepareTarget } from './outbox.js';
import { TEAM_SCHEMA_VERSION, teamSchemaVersion, teamStoreId } from './pg-schema.js';
import { type PortableRow, portableRows } from './portable-row.js';
import { COMMAND_COLUMNS, TEAM_TABLES } from './tables.js';
import { maskUrl } from './team-url.js';

export interface TableCounts {
  /** Rows the team store did not have. */
  inserted: number;
  /** Rows it had, with values this push changed (a call that has ended since, …). */
  updated: number;
  /** Rows it already had as they are. */
  present: number;
}

export interface SyncResult {
  /** The URL, without its password. */
  target: string;
  /** The store's id (team_meta), which the local cursor is kept by. */
  store: string;
  batches: number;
  tables: Record<string, TableCounts>;
  /** True when every local row was enqueued again (first push to this store, or a table rebuilt since). */
  fullPush: boolean;
}

export interface SyncOptions {
  batchSize?: number;
  /** Per statement, so that a server that hangs ends the push instead of holding it. */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** Called after each committed batch, and awaited (tests act on the server between batches). */
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** What pg_stat_activity shows the connection as. */
  applicationName?: string;
  /** This machine's home folder, replaced by ~ in what is pushed (default: os.homedir()). */
  home?: string;
}

/** bigint and numeric (counts, sums of ms) as JS numbers, like SQLite's: they stay far below 2^53. */
const NUMERIC_OIDS = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMERIC_OIDS.has(oid) ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A team store not set up, or at another schema version: said, never guessed at. */
export class TeamStoreError extends Error {}

export async function connectTeamStore(url: string, options: SyncOptions = {}): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    statement_timeout: options.statementTimeoutMs ?? 60_000,
    query_timeout: (options.statementTimeoutMs ?? 60_000) + 5_000,
    application_name: options.applicationName ?? 'bgtelemetry sync',
    types,
  });
  // An error after connecting (the server went away between queries) surfaces on the next query.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Refuses a team store this bgtelemetry does not know the schema of (none, older, newer). */
export async function checkTeamSchema(client: pg.Client): Promise<void> {
  const version = await teamSchemaVersion(client);
  if (version !== TEAM_SCHEMA_VERSION) {
    throw new TeamStoreError(
      version === 0
        ? 'the team store has no bgtelemetry schema yet'
        : `the team store is at schema version ${version}, this bgtelemetry needs ${TEAM_SCHEMA_VERSION}`,
    );
  }
}

export async function syncToTeam(db: DB, client: pg.Client, url: string, options: SyncOptions = {}): Promise<SyncResult> {
  await checkTeamSchema(client);
  const signaturesOnly = await teamWantsSignatures(client);
  const target = maskUrl(url).replace(/\/\/([^:@/]*):\*\*\*@/, '//$1@');
  const store = await teamStoreId(client);
  const enqueued = prepareOutbox(db);
  const fullPush = prepareTarget(db, store, enqueued) || enqueued;
  const result: SyncResult = { target, store, batches: 0, fullPush, tables: {} };
  for (const t of TEAM_TABLES) result.tables[t.name] = { inserted: 0, updated: 0, present: 0 };
  const columnsOf = localColumns(db);
  const portable = portableRows(db, options.home ?? homedir());
  const total = pending(db, store);
  let done = 0;
  let cursor = cursorOf(db, store);
  for (;;) {
    const entries = nextEntries(db, store, cursor, options.batchSize ?? 1000);
    const last = entries.at(-1);
    if (!last) break;
    const rows = currentRows(db, entries);
    const counts = await pushBatch(client, rows, columnsOf, signaturesOnly, portable);
    advanceCursor(db, store, last.seq);
    cursor = last.seq;
    result.batches++;
    for (const [table, c] of Object.entries(counts)) {
      const sum = result.tables[table] as TableCounts;
      sum.inserted += c.inserted;
      sum.updated += c.updated;
      sum.present += c.present;
    }
    done += entries.length;
    await options.onProgress?.(done, total);
  }
  return result;
}

async function pushBatch(
  client: pg.Client,
  rows: Map<string, Record<string, unknown>[]>,
  columnsOf: Map<string, string[]>,
  signaturesOnly: boolean,
  portable: PortableRow,
): Promise<Record<string, TableCounts>> {
  const counts: Record<string, TableCounts> = {};
  await client.query('BEGIN');
  try {
    for (const t of TEAM_TABLES) {
      const batch = (rows.get(t.name) ?? []).map((r) => teamRow(t.name, portable(t.name, r), columnsOf.get(t.name) ?? [], signaturesOnly));
      if (batch.length === 0) continue;
      const r = await client.query<{ inserted: number; changed: number }>(`SELECT * FROM bgt_push_${t.name}($1::jsonb)`, [
        JSON.stringify(batch),
      ]);
      const { inserted = 0, changed = 0 } = r.rows[0] ?? {};
      counts[t.name] = { inserted, updated: changed, present: batch.length - inserted - changed };
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return counts;
}

/** The columns both stores have: identity columns the local store does not record stay NULL. */
function localColumns(db: DB): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of TEAM_TABLES) {
    const local = new Set((db.pragma(`table_info(${t.name})`) as { name: string }[]).map((c) => c.name));
    out.set(
      t.name,
      Object.keys(t.columns).filter((c) => local.has(c)),
    );
  }
  return out;
}

function teamRow(
  table: string,
  row: Record<string, unknown>,
  columns: readonly string[],
  signaturesOnly: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c] = row[c];
  const cmd = COMMAND_COLUMNS[table];
  if (signaturesOnly && cmd && out[cmd.command] != null) out[cmd.command] = out[cmd.signature] ?? null;
  return out;
}

async function teamWantsSignatures(client: pg.Client): Promise<boolean> {
  const r = await client.query<{ value: string }>(`SELECT value FROM team_settings WHERE key = 'commandStorage'`);
  return r.rows[0]?.value === 'signature';
}
