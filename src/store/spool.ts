/**
 * Events that could not be written in time (a lock held too long, a broken database) are kept
 * as one file each and replayed by the next hook or CLI run that opens the database. Replay is
 * safe to repeat: events are applied once per id, and a file is removed only after its commit.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../runtime/regular-file.js';
import { applyAdvice, applyEvent } from './apply.js';
import type { TelemetryEvent } from './events.js';
import type { Connection } from './connection.js';

const BATCH = 64;
/** An event holds one command (at most a few MB as it arrives on stdin); anything larger is not ours. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;

/** A spooled event; throws when it is missing, unreadable, or not a regular file of sane size. */
function readEvent(path: string): TelemetryEvent {
  return JSON.parse(readRegularFile(path, MAX_EVENT_BYTES).toString('utf8')) as TelemetryEvent;
}

function safe(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
}

function fileName(e: TelemetryEvent): string {
  const call = 'toolUseId' in e ? safe(e.toolUseId) : '';
  return `${String(e.at).padStart(14, '0')}-${e.kind}-${call}-${safe(e.id).slice(-24)}-${process.pid}.json`;
}

/**
 * At most this many events wait in the spool: a database that can never be written (no SQLite
 * binding for this Node) must not fill the disk. Far more than a long lock or a day of a broken
 * database produces; a replay empties it.
 */
export const MAX_SPOOLED = 20_000;

export class SpoolFullError extends Error {}

/** Writes the event atomically (temporary file, then rename); throws SpoolFullError past MAX_SPOOLED. */
export function spoolEvent(dir: string, e: TelemetryEvent, max = MAX_SPOOLED): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (readdirSync(dir).length >= max) throw new SpoolFullError(`the spool ${dir} holds ${max} events already`);
  const name = fileName(e);
  const tmp = join(dir, `.${name}.tmp`);
  try {
    writeFileSync(tmp, JSON.stringify(e), { mode: 0o600 });
    renameSync(tmp, join(dir, name));
  } catch (error) {
    try {
      rmSync(tmp, { force: true }); // a full disk leaves an empty file behind
    } catch {
      // the spool's own error says more
    }
    throw error;
  }
}

export function spooledFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

/** A spooled event of this kind for this tool call, if one is waiting. */
export function findSpooled(dir: string, kind: TelemetryEvent['kind'], toolUseId: string): TelemetryEvent | null {
  const marker = `-${kind}-${safe(toolUseId)}-`;
  for (const f of spooledFiles(dir)) {
    if (!f.includes(marker)) continue;
    try {
      return readEvent(join(dir, f));
    } catch {
      // removed or half-read: treat as absent
    }
  }
  return null;
}

export interface DrainResult {
  applied: number;
  /** Already in the database (replayed before, or written twice). */
  duplicates: number;
  /** Unreadable files moved to spool/bad. */
  bad: number;
  /** Files left for a later run because the deadline passed. */
  left: number;
}

/** Replays spooled events in time order until done or the deadline (ms since epoch) passes. */
export function drainSpool(
  db: Connection,
  dir: string,
  deadline = Infinity,
  onProgress?: (done: number, total: number) => void,
): DrainResult {
  const files = spooledFiles(dir);
  const result: DrainResult = { applied: 0, duplicates: 0, bad: 0, left: 0 };
  for (let k = 0; k < files.length; k += BATCH) {
    if (Date.now() > deadline) {
      result.left = files.length - k;
      break;
    }
    const batch: { file: string; event: TelemetryEvent }[] = [];
    for (const file of files.slice(k, k + BATCH)) {
      try {
        batch.push({ file, event: readEvent(join(dir, file)) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // another process replayed it
        mkdirSync(join(dir, 'bad'), { recursive: true, mode: 0o700 });
        try {
          renameSync(join(dir, file), join(dir, 'bad', file));
        } catch {
          // gone already
        }
        result.bad++;
      }
    }
    db.transaction(() => {
      for (const { event } of batch) {
        if (!applyEvent(db, event)) {
          result.duplicates++;
          continue;
        }
        result.applied++;
        // The advice the spooling hook showed, with its claims (hooks apply theirs in HookStore.write).
        if (event.advice || event.claims) applyAdvice(db, event, event.advice, event.claims ?? []);
      }
    }).immediate();
    for (const { file } of batch) rmSync(join(dir, file), { force: true });
    onProgress?.(Math.min(k + BATCH, files.length), files.length);
  }
  return result;
}
