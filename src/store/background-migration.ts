/**
 * A heavy migration (schema.ts) found by a hook runs in a detached process, never in the hook:
 * rebuilding the tables of a large store takes seconds to minutes, past a hook's budget, and a
 * hook killed mid-migration rolls it back for the next hook to start over. Meanwhile hooks spool
 * their events; the migrator replays the spool when done (once per event id, as every replay).
 * At most one migrator runs: a lock file beside the database holds its pid. A failed migration
 * leaves a marker (time and message) that holds off the next attempt for a while; doctor shows it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spoolDir } from '../runtime/paths.js';
import { drainFallback } from './fallback-spool.js';
import { openStore, storeDriver } from './open.js';
import { claimLock, lockHolder, spawnDetached } from './pid-lock.js';
import { drainSpool } from './spool.js';

/** The migrator program, built beside the hook bundles (src/hooks/migrate.ts). */
const MIGRATOR_SCRIPT = 'migrate.cjs';
/** After a failure, hooks wait this long before starting another attempt. */
const RETRY_AFTER_MS = 10 * 60 * 1000;
/** The migrator waits this long for a CLI command or hook holding the write lock. */
const MIGRATOR_BUSY_TIMEOUT_MS = 10 * 60 * 1000;

export const migrationLockPath = (database: string): string => `${database}.migrating`;
export const migrationFailurePath = (database: string): string => `${database}.migration-failed`;

export interface MigrationFailure {
  at: number;
  message: string;
}

export interface BackgroundMigration {
  /** Pid of the migrator holding the lock, if one is alive. */
  running: number | null;
  failed: MigrationFailure | null;
}

function readFailure(database: string): MigrationFailure | null {
  try {
    const failure = JSON.parse(readFileSync(migrationFailurePath(database), 'utf8')) as MigrationFailure;
    return typeof failure.at === 'number' && typeof failure.message === 'string' ? failure : null;
  } catch {
    return null;
  }
}

export function backgroundMigration(database: string, now = Date.now()): BackgroundMigration {
  return { running: lockHolder(migrationLockPath(database), now), failed: readFailure(database) };
}

export type StartResult = 'started' | 'running' | 'backing-off' | 'no-migrator';

/**
 * Starts the migrator for `database` unless one runs or a recent attempt failed. `hooksDir` is
 * where the hook bundles (and the migrator) are; code run from src/ has none, and starts nothing.
 */
export function startBackgroundMigration(database: string, env: NodeJS.ProcessEnv, hooksDir: string, now = Date.now()): StartResult {
  const script = join(hooksDir, MIGRATOR_SCRIPT);
  if (!existsSync(script)) return 'no-migrator';
  const failure = readFailure(database);
  if (failure && now - failure.at < RETRY_AFTER_MS) return 'backing-off';
  const lock = migrationLockPath(database);
  if (!claimLock(lock, now)) return 'running';
  spawnDetached(lock, process.execPath, [script, database], { env });
  return 'started';
}

/** The migrator's work: migrate (every step), replay both spools, release the lock. True on success. */
export function runMigration(database: string, env: NodeJS.ProcessEnv): boolean {
  const lock = migrationLockPath(database);
  writeFileSync(lock, String(process.pid), { mode: 0o600 });
  try {
    const db = openStore(database, { busyTimeoutMs: MIGRATOR_BUSY_TIMEOUT_MS }, storeDriver(env));
    try {
      drainSpool(db, spoolDir(env));
      drainFallback(db, env);
    } finally {
      db.close();
    }
    rmSync(migrationFailurePath(database), { force: true });
    return true;
  } catch (error) {
    const failure: MigrationFailure = { at: Date.now(), message: (error as Error)?.message ?? String(error) };
    writeFileSync(migrationFailurePath(database), JSON.stringify(failure), { mode: 0o600 });
    return false;
  } finally {
    rmSync(lock, { force: true });
  }
}
