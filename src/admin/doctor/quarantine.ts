/**
 * Databases the hooks moved aside (`telemetry.db.corrupt-<time>`, see src/store/open.ts): what
 * happened, when, and what was done, told from the file name and the error log's record of it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { shellQuote } from '../quote.js';
import type { LoggedError } from './errors-log.js';
import { section, type Section } from './section.js';

/** `quarantine()` stamps ISO time with `:` and `.` replaced by `-`. */
function stampTime(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : stamp;
}

function quarantinedFiles(database: string): string[] {
  const prefix = `${basename(database)}.corrupt-`;
  try {
    return readdirSync(dirname(database))
      .filter((f) => f.startsWith(prefix) && !/-(wal|shm)$/.test(f))
      .sort()
      .map((f) => join(dirname(database), f));
  } catch {
    return [];
  }
}

export function checkQuarantine(database: string, errors: readonly LoggedError[]): Section {
  const s = section('Quarantined databases');
  const files = quarantinedFiles(database);
  if (!files.length) s.facts.push('none');
  for (const aside of files) {
    const when = stampTime(aside.slice(`${database}.corrupt-`.length));
    const logged = errors.find((e) => e.message.includes(aside));
    // The log line reads "<db> is not a usable SQLite database (<reason>); moved it to …".
    const reason = logged ? /\((.*)\); moved it to/.exec(logged.message)?.[1] : undefined;
    const kept = [aside, `${aside}-wal`, `${aside}-shm`].filter(existsSync);
    s.problems.push({
      text: `on ${when} ${database} was not a usable SQLite database${reason ? ` (${reason})` : ''}: it was moved aside, a new database was started; the old file is kept at ${aside}`,
      fix: `telemetry works without it; rows recorded before ${when} are only in that file. Once you no longer need it: rm ${kept.map(shellQuote).join(' ')}`,
    });
  }
  return s;
}
