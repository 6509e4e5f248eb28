/**
 * Tests that run installed hooks (the daemon transport is the default) start a real daemon in
 * their data directory: this stops it, once it has announced itself, so none outlives its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function stopDaemonIn(dataDir: string, waitMs = 10_000): Promise<void> {
  const end = Date.now() + waitMs;
  while (Date.now() < end) {
    try {
      const pid = Number(readFileSync(join(dataDir, 'daemon.port'), 'utf8').split(' ')[1]);
      process.kill(pid, 'SIGTERM');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
