/**
 * A lock file holding the pid of the detached process that owns it (the migrator, the sync).
 * The hook claims it by exclusive create, the process writes its pid, and removes it when done.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** A lock older than this is stale whatever its pid says (pids are reused). */
const LOCK_STALE_MS = 60 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in a live, fresh lock (0: claimed, pid not written yet); null when free or stale. */
export function lockHolder(lock: string, now: number): number | null {
  try {
    const age = now - statSync(lock).mtimeMs;
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (age > LOCK_STALE_MS) return null;
    // Claimed but its pid not written yet (the process is starting): held, for a while.
    if (!Number.isInteger(pid) || pid <= 0) return age < 10_000 ? 0 : null;
    return alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock (exclusive create); false when another holds it. A stale lock is renamed away
 * first, never removed by path after a look: two claimers that both saw no lock would otherwise
 * each remove the other's fresh one and both win.
 */
export function claimLock(lock: string, now: number): boolean {
  if (create(lock)) return true;
  if (lockHolder(lock, now) !== null) return false;
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside); // of several claimers that found it stale, one moves it
    rmSync(aside, { force: true });
  } catch {
    return false;
  }
  return create(lock);
}

function create(lock: string): boolean {
  try {
    writeFileSync(lock, '', { flag: 'wx', mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `node args…` detached with no stdio, so the hook's stdout (Claude Code reads it) is never
 * held open and the hook does not wait; releases the lock when the spawn itself fails. The
 * process writes its own pid into the lock: written here, it could land after a quick process
 * had finished and removed the lock, leaving a stale one behind.
 */
export function spawnDetached(
  lock: string,
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string },
): void {
  try {
    // Loaded only here: node:child_process brings some 40 modules (about 6 ms) every hook would pay.
    const { spawn } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    const child = spawn(command, args, { detached: true, stdio: 'ignore', ...options });
    // A command that does not exist fails asynchronously: the lock goes with it.
    child.on('error', () => rmSync(lock, { force: true }));
    child.unref();
  } catch (error) {
    rmSync(lock, { force: true });
    throw error;
  }
}
