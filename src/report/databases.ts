/**
 * Opening the databases a report reads. The default database is opened as every CLI command
 * opens it, taking in the events that waited in the spool first, so the report includes them;
 * files named with --db are only read.
 */
import { existsSync, statSync } from 'node:fs';
import { NoDatabaseError, openCliStore, openReadOnly, type CliStore } from '../admin/cli-store.js';
import { CliError, EXIT } from '../console/errors.js';
import { MAX_DATABASES } from './overlap.js';

/** A report waits this long for a hook's write lock; hooks hold it for milliseconds. */
const BUSY_TIMEOUT_MS = 2000;

/**
 * `given`: the paths from --db; none means the default database. A file named twice (the same
 * path, a link to it, another spelling) is read once, with a note: read twice it would count
 * every call twice. Closes what it opened if a later file fails.
 */
export async function openForReport(given: readonly string[], env: NodeJS.ProcessEnv, warn: (line: string) => void): Promise<CliStore[]> {
  if (!given.length) return [await openCliStore(undefined, 'read', env, { busyTimeoutMs: BUSY_TIMEOUT_MS, warn })];
  const opened: CliStore[] = [];
  const seen = new Map<string, string>();
  try {
    for (const path of given) {
      if (!existsSync(path)) throw new NoDatabaseError(path);
      const { dev, ino } = statSync(path);
      const first = seen.get(`${dev}:${ino}`);
      if (first !== undefined) {
        warn(`--db ${path} is the same file as --db ${first}: read once`);
        continue;
      }
      seen.set(`${dev}:${ino}`, path);
      // Each database is read with the earlier ones attached (overlap.ts), and SQLite attaches a few only.
      if (opened.length === MAX_DATABASES)
        throw new CliError(
          `a report reads at most ${MAX_DATABASES} databases (--db ${path} is one more)`,
          'merge some first: bgtelemetry export --db A --out a.jsonl, then bgtelemetry import a.jsonl --db B',
          EXIT.usage,
        );
      opened.push({ path, db: openReadOnly(path, BUSY_TIMEOUT_MS) });
    }
    return opened;
  } catch (error) {
    for (const { db } of opened) db.close();
    throw error;
  }
}
