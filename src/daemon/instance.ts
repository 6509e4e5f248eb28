/**
 * One daemon per user and data directory: the pid lock (store/pid-lock.ts, claimed by the hook
 * that started it), the secret (created once, 0600, refused when others could read it), the
 * announcement the shims read, and the way out: idle for the configured period, a hook of
 * another build, or SIGTERM. Leaving removes the announcement and the lock first, so the next
 * hook's fallback can start a new daemon at once.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { announcementText, daemonLockPath, daemonPortPath, daemonSecretPath, readAnnouncement } from '../runtime/daemon-files.js';

/** The lock is refreshed this often: pid-lock.ts takes a lock untouched for an hour as stale. */
const LOCK_REFRESH_MS = 10 * 60 * 1000;

/** This user's secret, made on first use; an error when the file is not this user's alone. */
export function loadSecret(env: NodeJS.ProcessEnv): Buffer {
  const path = daemonSecretPath(env);
  try {
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stats = statSync(path);
  if (!stats.isFile() || stats.uid !== process.getuid?.() || (stats.mode & 0o077) !== 0)
    throw new Error(`${path} is not a file of this user's alone (mode ${(stats.mode & 0o777).toString(8)}): not used`);
  const secret = readFileSync(path, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(secret)) throw new Error(`${path} does not hold a secret`);
  return Buffer.from(secret);
}

export class Instance {
  private idleTimer: NodeJS.Timeout | undefined;
  private lastRequest = Date.now();
  private lastLockTouch = Date.now();
  private leaving = false;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly idleMs: number,
    private readonly onExit: () => void,
  ) {}

  /** Takes over the lock the starting hook claimed (writing this pid) and announces the port. */
  announce(port: number, version: string): void {
    writeFileSync(daemonLockPath(this.env), String(process.pid), { mode: 0o600 });
    writeFileAtomic(daemonPortPath(this.env), announcementText({ port, pid: process.pid, version }), { mode: 0o600 });
    this.armIdle();
  }

  /** A request arrived: the idle clock starts again. */
  touch(): void {
    this.lastRequest = Date.now();
    if (this.lastRequest - this.lastLockTouch > LOCK_REFRESH_MS) this.refreshLock();
  }

  private refreshLock(): void {
    this.lastLockTouch = Date.now();
    try {
      const now = new Date();
      utimesSync(daemonLockPath(this.env), now, now);
    } catch {
      // gone: leave() will not find it either
    }
  }

  /** One timer at a time, due when the idle period would end: nothing runs in between. */
  private armIdle(): void {
    const due = Math.max(0, this.lastRequest + this.idleMs - Date.now());
    this.idleTimer = setTimeout(
      () => {
        if (Date.now() - this.lastRequest >= this.idleMs) this.leave();
        else {
          this.refreshLock();
          this.armIdle();
        }
      },
      Math.min(due, LOCK_REFRESH_MS),
    );
  }

  /** Removes what announces this daemon (only if it is still this one's), then exits. */
  leave(): void {
    if (this.leaving) return;
    this.leaving = true;
    clearTimeout(this.idleTimer);
    if (readAnnouncement(this.env)?.pid === process.pid) rmSync(daemonPortPath(this.env), { force: true });
    try {
      if (readFileSync(daemonLockPath(this.env), 'utf8').trim() === String(process.pid)) rmSync(daemonLockPath(this.env), { force: true });
    } catch {
      // no lock left
    }
    this.onExit();
  }
}
