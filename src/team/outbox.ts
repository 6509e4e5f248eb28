/**
 * Which local rows changed since the last push: `team_outbox`, filled by SQLite triggers on every
 * insert and update of a mirrored table, and `team_cursor`, the last outbox entry a team store
 * (by its store id, team_meta) has committed. Created by the first sync, which also enqueues every
 * row already there; a table rebuilt by a migration loses its triggers, so a sync that finds one
 * missing creates it again and enqueues everything once more (the team store ignores repeats).
 * A store never pushed to before gets every row enqueued for it alone (`target` set): entries
 * for every store are trimmed once all known stores have them, so a new one cannot rely on them.
 */
import type { DB } from '../store/open.js';
import { TEAM_TABLES, type TeamTable } from './tables.js';

const trigger = (t: TeamTable, on: 'INSERT' | 'UPDATE') => `bgt_outbox_${t.name}_${on.toLowerCase()}`;

function keyValues(t: TeamTable, prefix: string): string {
  const [k1, k2] = t.key;
  return `'${t.name}', ${prefix}${k1}, ${k2 ? `${prefix}${k2}` : 'NULL'}`;
}

/** Creates what is missing; returns true when rows were enqueued again (a first or repeated full push). */
export function prepareOutbox(db: DB): boolean {
  return db
    .transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS team_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, k1 TEXT NOT NULL, k2 TEXT, target TEXT);
      CREATE TABLE IF NOT EXISTS team_cursor (target TEXT PRIMARY KEY, seq INTEGER NOT NULL);`);
      // An outbox made before per-store entries: every entry in it is for every store.
      const columns = (db.pragma('table_info(team_outbox)') as { name: string }[]).map((c) => c.name);
      if (!columns.includes('target')) db.exec('ALTER TABLE team_outbox ADD COLUMN target TEXT');
      const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[]);
      const missing = TEAM_TABLES.filter((t) => !present.has(trigger(t, 'INSERT')) || !present.has(trigger(t, 'UPDATE')));
      if (missing.length === 0) return false;
      for (const t of TEAM_TABLES) {
        for (const on of ['INSERT', 'UPDATE'] as const) {
          db.exec(`CREATE TRIGGER IF NOT EXISTS ${trigger(t, on)} AFTER ${on} ON ${t.name}
          BEGIN INSERT INTO team_outbox (tbl, k1, k2) VALUES (${keyValues(t, 'NEW.')}); END;`);
        }
        db.exec(`INSERT INTO team_outbox (tbl, k1, k2) SELECT ${keyValues(t, '')} FROM ${t.name}`);
      }
      return true;
    })
    .immediate();
}

export interface OutboxEntry {
  seq: number;
  tbl: string;
  k1: string;
  k2: string | null;
}

/**
 * Readies the cursor of `target` (a store id). A store this database has never pushed to gets
 * every row enqueued for it alone, its cursor just before them (unless `fullPush` already
 * enqueued every row for every store). Cursors from before store ids were keyed by URL: dropped,
 * so that they no longer hold back the trimming (their store is new once, and gets every row).
 * Returns true when rows were enqueued for the target.
 */
export function prepareTarget(db: DB, target: string, fullPush: boolean): boolean {
  return db
    .transaction(() => {
      db.prepare(`DELETE FROM team_cursor WHERE target LIKE '%://%'`).run();
      if (db.prepare('SELECT 1 FROM team_cursor WHERE target = ?').get(target)) return false;
      const last = (db.prepare('SELECT max(seq) FROM team_outbox').pluck().get() as number | null) ?? 0;
      // After a full enqueue, the entries from `last` on hold every row: nothing to add.
      const from = fullPush ? 0 : last;
      db.prepare('INSERT INTO team_cursor (target, seq) VALUES (?, ?)').run(target, from);
      if (fullPush) return false;
      for (const t of TEAM_TABLES) {
        db.prepare(`INSERT INTO team_outbox (tbl, k1, k2, target) SELECT ${keyValues(t, '')}, ? FROM ${t.name}`).run(target);
      }
      return true;
    })
    .immediate();
}

export function cursorOf(db: DB, target: string): number {
  return (db.prepare('SELECT seq FROM team_cursor WHERE target = ?').pluck().get(target) as number | undefined) ?? 0;
}

const FOR_TARGET = '(target IS NULL OR target = @target)';

export function pending(db: DB, target: string): number {
  return db
    .prepare(`SELECT count(*) FROM team_outbox WHERE seq > @after AND ${FOR_TARGET}`)
    .pluck()
    .get({ after: cursorOf(db, target), target }) as number;
}

export function nextEntries(db: DB, target: string, after: number, limit: number): OutboxEntry[] {
  return db
    .prepare(`SELECT seq, tbl, k1, k2 FROM team_outbox WHERE seq > @after AND ${FOR_TARGET} ORDER BY seq LIMIT @limit`)
    .all({ after, limit, target }) as OutboxEntry[];
}

/**
 * Moves the cursor, only ever after the team store committed; drops entries every store has, and
 * a store's own entries once it has them.
 */
export function advanceCursor(db: DB, target: string, seq: number): void {
  db.transaction(() => {
    db.prepare('INSERT INTO team_cursor (target, seq) VALUES (?, ?) ON CONFLICT (target) DO UPDATE SET seq = max(seq, excluded.seq)').run(
      target,
      seq,
    );
    db.prepare('DELETE FROM team_outbox WHERE seq <= (SELECT min(seq) FROM team_cursor)').run();
    db.prepare('DELETE FROM team_outbox WHERE target = ? AND seq <= ?').run(target, seq);
  })();
}

/** The current local rows of a batch's entries, by table (a row pruned since is left out). */
export function currentRows(db: DB, entries: readonly OutboxEntry[]): Map<string, Record<string, unknown>[]> {
  const out = new Map<string, Record<string, unknown>[]>();
  for (const t of TEAM_TABLES) {
    const seen = new Set<string>();
    const where = t.key.map((k) => `${k} = ?`).join(' AND ');
    const read = db.prepare(`SELECT * FROM ${t.name} WHERE ${where}`);
    const rows: Record<string, unknown>[] = [];
    for (const e of entries) {
      if (e.tbl !== t.name) continue;
      const key = t.key.length === 2 ? [e.k1, e.k2] : [e.k1];
      const id = JSON.stringify(key);
      if (seen.has(id)) continue;
      seen.add(id);
      const row = read.get(...key) as Record<string, unknown> | undefined;
      if (row) rows.push(row);
    }
    out.set(t.name, rows);
  }
  return out;
}
