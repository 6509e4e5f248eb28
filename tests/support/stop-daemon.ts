/**
 * Tests that run installed hooks (the daemon transport is the default) start a real daemon in
 * their data directory: this stops it, once it has announced itself, so none outlives its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `waitMs`: how long to wait for a daemon still starting (0: look once, at the lock too). */
export async function stopDaemonIn(dataDir: string, waitMs = 10_000): Promise<void> {
  const end = Date.now() + waitMs;
  do {
    for (const [file, pidOf] of PID_FILES) {
      try {
        const pid = pidOf(readFileSync(join(dataDir, file), 'utf8'));
        if (pid > 0) {
          process.kill(pid, 'SIGTERM');
          return;
        }
      } catch {
        // not there (yet)
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
}

/** Where a daemon's pid is: its announcement, or the lock it took over on start. */
const PID_FILES: [string, (text: string) => number][] = [
  ['daemon.port', (text) => Number(text.split(' ')[1])],
  ['daemon.lock', (text) => Number(text.trim())],
];
