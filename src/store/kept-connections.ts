/**
 * The hooks' database connections. A hook process opens one per event and exits; the daemon
 * keeps one per database path between events (no open, no migration check, no WAL checkpoint on
 * close per event), but only while the path still names the same file: a database deleted,
 * quarantined or replaced since (prune, a restore, doctor) gets a fresh connection, so an event
 * is never written to a file nobody will read.
 */
import { statSync } from 'node:fs';
import type { Connection } from './connection.js';
import { openStore, storeDriver, type OpenOptions } from './open.js';

interface Kept {
  db: Connection;
  dev: number;
  ino: number;
}

const kept = new Map<string, Kept>();
let keeping = false;

/** Called once by the daemon: from then on connections outlive the event that opened them. */
export function keepConnections(): void {
  keeping = true;
}

export const keepsConnections = (): boolean => keeping;

function sameFile(path: string, k: Kept): boolean {
  try {
    const s = statSync(path);
    return s.dev === k.dev && s.ino === k.ino && k.db.open;
  } catch {
    return false;
  }
}

/** A connection to `path` (the driver hooks use, open.ts): the kept one when it still names the same file. */
export function connection(path: string, options: OpenOptions, env: NodeJS.ProcessEnv): Connection {
  if (!keeping) return openStore(path, options, storeDriver(env));
  const k = kept.get(path);
  if (k && sameFile(path, k)) return k.db;
  if (k) release(k.db);
  const db = openStore(path, options, storeDriver(env));
  const s = statSync(path);
  kept.set(path, { db, dev: s.dev, ino: s.ino });
  return db;
}

/** Closes a connection, kept or not (a quarantined database's, an event's in a hook process). */
export function release(db: Connection): void {
  for (const [path, k] of kept) if (k.db === db) kept.delete(path);
  try {
    db.close();
  } catch {
    // closing is best effort
  }
}
