/**
 * The Node fallback's part in the daemon's life: a hook the shim fell back to (it runs with
 * `--start-daemon`) starts the daemon detached when none of this build is running, one at a
 * time (the pid lock, as the background sync's), and asks one of another build to leave. It
 * never waits: the event it serves is answered by this process, the next by the daemon.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_VERSION } from '../runtime/build-version.js';
import { daemonFailedPath, daemonLockPath, RETRY_START_MS, readAnnouncement } from '../runtime/daemon-files.js';
import { dataDir } from '../runtime/paths.js';
import { recordInternalError } from '../runtime/internal-errors.js';
import { claimLock, lockHolder, spawnDetached } from '../store/pid-lock.js';

export const START_DAEMON_FLAG = '--start-daemon';
/** The shim's connection was taken but no answer came within its timeout: the daemon is stuck. */
const DAEMON_HUNG_FLAG = '--daemon-hung';

export type DaemonStart = 'running' | 'starting' | 'replacing' | 'failed-recently' | 'started';

/** Did a daemon fail to start less than RETRY_START_MS ago? */
function failedRecently(env: NodeJS.ProcessEnv, now: number): boolean {
  try {
    return now - statSync(daemonFailedPath(env)).mtimeMs < RETRY_START_MS;
  } catch {
    return false;
  }
}

export function startDaemonIfDown(hooksDir: string, env: NodeJS.ProcessEnv = process.env, now = Date.now(), hung = false): DaemonStart {
  const lock = daemonLockPath(env);
  let holder = lockHolder(lock, now);
  const announced = readAnnouncement(env);
  if (hung && holder !== null && holder === announced?.pid) {
    // Stopped, or stuck in a loop: every event would wait out the shim's timeout. Its events are
    // keyed, so anything it still writes later counts once.
    process.kill(holder, 'SIGKILL');
    releaseLockOf(lock, holder);
    holder = null;
  }
  if (holder !== null && holder === announced?.pid && announced.version !== BUILD_VERSION) {
    // Another build: it removes its lock and announcement on SIGTERM; the next fallback starts ours.
    process.kill(holder, 'SIGTERM');
    return 'replacing';
  }
  if (holder !== null) return holder === announced?.pid ? 'running' : 'starting';
  if (failedRecently(env, now)) return 'failed-recently';
  // The first event of a new install may come before anything made the data directory.
  mkdirSync(dataDir(env), { recursive: true, mode: 0o700 });
  if (!claimLock(lock, now)) return 'starting';
  rmSync(daemonFailedPath(env), { force: true });
  // --lite-mode: no optimizing compiler. Idle RSS 57 MB instead of 65 (measured), and an event
  // still takes 2-3 ms: the daemon's work is small, its memory is held all day.
  spawnDetached(lock, process.execPath, ['--lite-mode', join(hooksDir, 'daemon.cjs')], { env, cwd: dataDir(env) });
  return 'started';
}

/**
 * Frees the lock of a daemon just killed (which may not be reaped yet, and so still look alive),
 * only while it still names that pid: another fallback may already have claimed it anew.
 */
function releaseLockOf(lock: string, pid: number): void {
  try {
    if (readFileSync(lock, 'utf8').trim() !== String(pid)) return;
    const aside = `${lock}.killed-${process.pid}`;
    renameSync(lock, aside);
    rmSync(aside, { force: true });
  } catch {
    // gone already, or taken: claimLock decides
  }
}

/** Called by a hook process on its way out; a failure is recorded, never thrown. */
export function startDaemonIfAsked(hooksDir: string): void {
  if (!process.argv.includes(START_DAEMON_FLAG)) return;
  try {
    startDaemonIfDown(hooksDir, process.env, Date.now(), process.argv.includes(DAEMON_HUNG_FLAG));
  } catch (error) {
    recordInternalError('daemon', `could not start the daemon: ${(error as Error).message}`);
  }
}
