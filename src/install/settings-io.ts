/**
 * A settings file on disk: reading it, the hooks of ours it registers, and writing it: a
 * timestamped backup first, then an atomic replace (src/runtime/atomic-write.ts).
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../console/errors.js';
import { realTarget, writeFileAtomic } from '../runtime/atomic-write.js';
import { planSettings, type HookChange } from './settings-plan.js';

export function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`${file}: cannot read it (${(error as Error).message})`, 'check its permissions');
  }
}

/** Every hook of ours a settings file registers; [] when it does not exist or cannot be read. */
export function installedHooks(file: string): HookChange[] {
  try {
    const before = readIfExists(file);
    return before === null ? [] : planSettings(file, before, []).removed;
  } catch {
    return [];
  }
}

/** ISO 8601 basic format: no `:`, which Windows does not allow in file names. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '');
}

/** A copy of the file's bytes, with its mode; an earlier backup is never overwritten. */
function backup(file: string, now: Date): string {
  const base = `${file}.bgtelemetry-backup-${stamp(now)}`;
  const bytes = readFileSync(file);
  const mode = statSync(file).mode & 0o7777;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    try {
      return writeFileAtomic(name, bytes, { mode, exclusive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export interface WriteResult {
  /** The file written (a symlink's target). */
  path: string;
  backup?: string;
}

/**
 * Replaces `file`'s content `before` (null: missing) with `after`, after a timestamped backup
 * of an existing file. Refuses when the file changed since it was read.
 */
export function writeWithBackup(file: string, before: string | null, after: string, now = new Date()): WriteResult {
  const target = realTarget(file);
  if (readIfExists(target) !== before)
    throw new CliError(`${file} changed while bgtelemetry was editing it`, 'run the command again; the file was not changed');
  const saved = before === null ? undefined : backup(target, now);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, after);
  } catch (error) {
    throw new CliError(
      `${file}: cannot write it (${(error as Error).message})`,
      `the file was not changed${saved ? `; a backup is at ${saved}` : ''}`,
    );
  }
  return { path: target, backup: saved };
}
