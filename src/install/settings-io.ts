/**
 * A settings file on disk: reading it, the hooks of ours it registers, and writing it: a
 * timestamped backup first, then an atomic replace (src/runtime/atomic-write.ts).
 */
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from '../console/errors.js';
import { realTarget, writeFileAtomic } from '../runtime/atomic-write.js';
import { FileRefusedError, readRegularFile } from '../runtime/regular-file.js';
import type { OwnerOf } from './ownership.js';
import { planSettings, type HookChange } from './settings-plan.js';

/** Far above any real settings file; a bound, so that reading one never runs away. */
export const MAX_SETTINGS_BYTES = 16 * 1024 * 1024;

/** The file's text, or null when it does not exist. A FIFO or device is refused, never opened to wait on. */
export function readIfExists(file: string): string | null {
  try {
    return readRegularFile(file, MAX_SETTINGS_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof FileRefusedError)
      throw new CliError(
        error.message,
        'Claude Code reads settings from a regular file: put one there (or remove it); nothing was changed',
      );
    throw new CliError(`${file}: cannot read it (${(error as Error).message})`, 'check its permissions');
  }
}

/** Every hook of ours a settings file registers; [] when it does not exist or cannot be read. */
export function installedHooks(file: string, ownerOf: OwnerOf): HookChange[] {
  try {
    const before = readIfExists(file);
    return before === null ? [] : planSettings(file, before, [], ownerOf).removed;
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
  const bytes = readRegularFile(file, MAX_SETTINGS_BYTES);
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
 * A symlink whose target is missing: the atomic writer would replace the link with a plain
 * file, and the dotfiles setup it belongs to would silently stop applying.
 */
function refuseDanglingLink(file: string, target: string): void {
  let link = false;
  try {
    link = lstatSync(target).isSymbolicLink();
  } catch {
    return;
  }
  if (link)
    throw new CliError(
      `${file} is a symbolic link to ${readlinkSync(target)}, which does not exist`,
      'create the file it points to (or remove the link), then run the command again; nothing was changed',
    );
}

/** New files and directories are this user's alone, whatever the umask: settings name programs to run. */
const NEW_FILE_MODE = 0o600;
const NEW_DIR_MODE = 0o700;

/**
 * Replaces `file`'s content `before` (null: missing) with `after`, after a timestamped backup
 * of an existing file (which keeps its mode; a new file is 0600, new directories 0700).
 * Refuses when the file changed since it was read, and a dangling symlink.
 */
export function writeWithBackup(file: string, before: string | null, after: string, now = new Date()): WriteResult {
  const target = realTarget(file);
  refuseDanglingLink(file, target);
  if (readIfExists(target) !== before)
    throw new CliError(`${file} changed while bgtelemetry was editing it`, 'run the command again; the file was not changed');
  const saved = before === null ? undefined : backup(target, now);
  try {
    mkdirSync(dirname(target), { recursive: true, mode: NEW_DIR_MODE });
    writeFileAtomic(target, after, { mode: NEW_FILE_MODE });
  } catch (error) {
    throw new CliError(
      `${file}: cannot write it (${(error as Error).message})`,
      `the file was not changed${saved ? `; a backup is at ${saved}` : ''}`,
    );
  }
  return { path: target, backup: saved };
}
