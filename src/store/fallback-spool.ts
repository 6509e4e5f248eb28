/**
 * Events neither the database nor the spool could take (the data directory is unusable: a full
 * disk, no write permission, a dangling symlink, a loop, a file in its place) are kept in the
 * fallback directory's spool (runtime/fallback-dir.ts) and said once: a marker and one error-log
 * line, in the data directory if it takes them, else in the fallback. The next hook or CLI run
 * that can write the database replays them like the spool (once per event id).
 */
import { recordInternalError, recordInternalErrorOnceIn } from '../runtime/internal-errors.js';
import { fallbackRoot, fallbackSpoolDir, usableFallbackHome } from '../runtime/fallback-dir.js';
import { dataDir } from '../runtime/paths.js';
import type { TelemetryEvent } from './events.js';
import type { Connection } from './connection.js';
import { drainSpool, spooledFiles, spoolEvent, type DrainResult } from './spool.js';

/** The once-marker of an unusable data directory (doctor removes it once the directory is usable). */
export const DATA_DIR_MARKER = 'data-dir-unusable';

/** Keeps an event the spool at `spool` refused (`why`); records the failure if even that fails. */
export function keepInFallback(event: TelemetryEvent, spool: string, why: unknown, env: NodeJS.ProcessEnv): void {
  const reason = (why as Error)?.message ?? String(why);
  const home = usableFallbackHome(env, true);
  try {
    if (!home) throw new Error(`no private directory could be made at ${fallbackRoot(env)}`);
    const fallback = fallbackSpoolDir(home);
    spoolEvent(fallback, event);
    recordInternalErrorOnceIn(
      [dataDir(env), home],
      'spool',
      DATA_DIR_MARKER,
      `${spool} cannot be written (${reason}); events are kept in ${fallback} until it can (run bgtelemetry doctor)`,
    );
  } catch (error) {
    recordInternalError(
      'spool',
      `could not spool ${event.kind} ${event.id}: ${reason}; nor in the fallback: ${(error as Error).message}`,
      env,
    );
  }
}

/** The fallback spool if it exists and is safe to read, else null. */
export function fallbackSpool(env: NodeJS.ProcessEnv): string | null {
  const home = usableFallbackHome(env, false);
  return home ? fallbackSpoolDir(home) : null;
}

/** Events waiting in the fallback spool. */
export function fallbackPending(env: NodeJS.ProcessEnv): number {
  const dir = fallbackSpool(env);
  return dir ? spooledFiles(dir).length : 0;
}

/** Replays the fallback spool into `db`, if there is one; null when there is none. */
export function drainFallback(
  db: Connection,
  env: NodeJS.ProcessEnv,
  deadline = Infinity,
  onProgress?: (done: number, total: number) => void,
): DrainResult | null {
  const dir = fallbackSpool(env);
  return dir ? drainSpool(db, dir, deadline, onProgress) : null;
}
