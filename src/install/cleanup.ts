/**
 * What an uninstall leaves behind of what install created. Install writes a settings file that
 * did not exist without a backup, and backs up one that did: so a file with no backups, or whose
 * earliest backup already held bgtelemetry hooks, was created by install. When the uninstall
 * leaves such a file holding nothing (`{}`), the file goes, with the backups that hold nothing
 * but bgtelemetry hooks. Backups of a file that existed before are kept.
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegularFile } from '../runtime/regular-file.js';
import { MAX_SETTINGS_BYTES } from './settings-io.js';
import { planSettings } from './settings-plan.js';

const BACKUP = '.bgtelemetry-backup-';

/** Any hook named like ours counts: these are install's own copies of the file. */
const anyOfOurs = () => 'ours' as const;

function holdsNothing(text: string): boolean {
  return text.replace(/^\uFEFF/, '').replace(/\s/g, '') === '{}';
}

/** The backups install and uninstall made of `file`, oldest first (their names carry the time). */
function backupsOf(file: string): string[] {
  const prefix = basename(file) + BACKUP;
  return readdirSync(dirname(file))
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => join(dirname(file), name));
}

/** The text without any hook named like ours; null when it cannot be read or parsed, or is no regular file. */
function withoutOurs(path: string): { text: string; had: boolean } | null {
  try {
    const plan = planSettings(path, readRegularFile(path, MAX_SETTINGS_BYTES).toString('utf8'), [], anyOfOurs);
    return { text: plan.after, had: plan.removed.length > 0 };
  } catch {
    return null;
  }
}

export interface Cleanup {
  /** The settings file itself, to be removed instead of written. */
  file: string;
  backups: string[];
}

/**
 * When `after` (the file's text once ours are out) holds nothing and install created `file`:
 * the file and the backups to remove. Null otherwise, and for a symlink (someone's dotfiles).
 */
export function createdByInstall(file: string, after: string): Cleanup | null {
  if (!holdsNothing(after)) return null;
  try {
    if (!lstatSync(file).isFile()) return null;
  } catch {
    return null;
  }
  const backups = backupsOf(file);
  const read = backups.map(withoutOurs);
  if (read.length && !read[0]?.had) return null;
  return { file, backups: backups.filter((_, k) => read[k] !== null && holdsNothing(read[k].text)) };
}

export function removeCreated({ file, backups }: Cleanup): void {
  for (const path of [file, ...backups]) rmSync(path, { force: true });
}
