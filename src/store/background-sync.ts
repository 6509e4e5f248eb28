/**
 * The team sync a lifecycle hook starts (docs/team.md, "Sync by itself"): a detached
 * `bgtelemetry sync --background`, never waited for, at most one at a time (a pid lock beside the
 * database), at most every `team.syncIntervalMinutes` (SessionEnd: whenever none is due to back
 * off), and after failures only once an exponential backoff has passed. The sync writes its
 * outcome to a state file beside the database; hooks read it to decide, doctor to show it.
 * Here only what a hook needs: the sync itself (and `pg`) stays on the command side.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimLock, lockHolder, spawnDetached } from './pid-lock.js';

/** The CLI the npm package ships beside dist/hooks/; the plugin has none (team.syncCommand). */
const PACKAGE_CLI = join('..', 'cli.mjs');
/** After the first failure the next attempt waits this long, doubling per failure up to the cap. */
const BACKOFF_BASE_MS = 60 * 1000;
const BACKOFF_CAP_MS = 60 * 60 * 1000;

export const syncLockPath = (database: string): string => `${database}.syncing`;
const syncStatePath = (database: string): string => `${database}.sync-state`;

/** The last finished sync attempt. */
export interface SyncState {
  at: number;
  ok: boolean;
  /** Rows pushed (new, updated or already there) by the last successful sync. */
  rows?: number;
  /** The failure's message, its URL and passwords masked. */
  error?: string;
  /** Failures in a row; 0 after a success. */
  failures: number;
}

export function readSyncState(database: string): SyncState | null {
  try {
    const s = JSON.parse(readFileSync(syncStatePath(database), 'utf8')) as SyncState;
    return typeof s.at === 'number' && typeof s.failures === 'number' ? s : null;
  } catch {
    return null;
  }
}

/** How long after the last attempt the next may start: none after a success. */
export function backoffMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(BACKOFF_BASE_MS * 2 ** (failures - 1), BACKOFF_CAP_MS);
}

/** Pid of the running sync (0: starting), or null. */
export const runningSync = (database: string, now = Date.now()): number | null => lockHolder(syncLockPath(database), now);

export interface AutoSyncSettings {
  /** team.url or BGTELEMETRY_TEAM_URL; nothing starts without one. */
  url: string | undefined;
  intervalMinutes: number;
  /** team.syncCommand: the bgtelemetry CLI to run where the hooks have none beside them. */
  command: readonly string[] | undefined;
  /** SessionEnd: start whatever the interval says (backoff still holds). */
  sessionEnd: boolean;
}

export type AutoSyncResult = 'no-url' | 'not-due' | 'backing-off' | 'running' | 'no-command' | 'started';

/** The program and arguments that run `bgtelemetry sync --background` for `database`. */
function syncCommand(database: string, hooksDir: string, command: readonly string[] | undefined): [string, string[]] | null {
  const args = ['sync', '--db', database, '--background'];
  const cli = join(hooksDir, PACKAGE_CLI);
  if (existsSync(cli)) return [process.execPath, [cli, ...args]];
  const [program, ...rest] = command ?? [];
  return program ? [program, [...rest, ...args]] : null;
}

function waitReason(database: string, settings: AutoSyncSettings, now: number): 'not-due' | 'backing-off' | null {
  const last = readSyncState(database);
  if (!last) return null;
  if (now - last.at < backoffMs(last.failures)) return 'backing-off';
  if (!settings.sessionEnd && now - last.at < settings.intervalMinutes * 60_000) return 'not-due';
  return null;
}

/** Starts a detached sync when one is due; says why not otherwise. Never waits for it. */
export function startAutoSync(
  database: string,
  settings: AutoSyncSettings,
  env: NodeJS.ProcessEnv,
  hooksDir: string,
  cwd: string,
  now = Date.now(),
): AutoSyncResult {
  if (!settings.url) return 'no-url';
  const wait = waitReason(database, settings, now);
  if (wait) return wait;
  const command = syncCommand(database, hooksDir, settings.command);
  if (!command) return 'no-command';
  const lock = syncLockPath(database);
  if (!claimLock(lock, now)) return 'running';
  // A sync that finished between the first look and the claim: its outcome decides again.
  const after = waitReason(database, settings, now);
  if (after) {
    rmSync(lock, { force: true });
    return after;
  }
  spawnDetached(lock, command[0], command[1], { env, cwd: existsSync(cwd) ? cwd : undefined });
  return 'started';
}

/** The sync process's side: holds the lock with its pid while `run` pushes, then records the outcome. */
export async function runAsBackgroundSync(database: string, run: () => Promise<number>): Promise<SyncState> {
  const lock = syncLockPath(database);
  writeFileSync(lock, String(process.pid), { mode: 0o600 });
  const failures = readSyncState(database)?.failures ?? 0;
  let state: SyncState;
  try {
    state = { at: Date.now(), ok: true, rows: await run(), failures: 0 };
  } catch (error) {
    state = { at: Date.now(), ok: false, error: (error as Error)?.message ?? String(error), failures: failures + 1 };
  }
  try {
    writeFileSync(syncStatePath(database), JSON.stringify(state), { mode: 0o600 });
  } finally {
    rmSync(lock, { force: true });
  }
  return state;
}
