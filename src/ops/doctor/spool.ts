/**
 * The spool: events the hooks could not write in time. Any backlog means the hooks met a lock
 * held too long or a database they could not use; doctor replays it (as the next hook would)
 * and says what that did. Unreadable files sit in spool/bad until someone looks at them.
 */
import { join } from 'node:path';
import { CLI_BUSY_TIMEOUT_MS } from '../cli-store.js';
import { openDatabase } from '../../store/open.js';
import { drainSpool, spooledFiles } from '../../store/spool.js';
import { shellQuote } from '../quote.js';
import { section, type Section } from './section.js';

const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

export function checkSpool(dir: string, database: string, databaseUsable: boolean): Section {
  const s = section('Spool');
  s.facts.push(dir);
  const waiting = spooledFiles(dir).length;
  if (waiting === 0) s.facts.push('no events waiting');
  else if (!databaseUsable) {
    s.problems.push({ text: `${events(waiting)} waiting; not replayed, because the database has problems (above)`, fix: 'fix the database first; the next hook run then replays them' });
  } else {
    const why = 'the hooks could not write to the database in time (a lock held too long, or a database they could not open; see the internal errors below)';
    try {
      const db = openDatabase(database, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
      try {
        const r = drainSpool(db, dir);
        s.problems.push({
          text: `${events(waiting)} waiting: ${why}. Replayed now: ${r.applied} applied, ${r.duplicates} already recorded${r.bad ? `, ${r.bad} unreadable (moved to bad/)` : ''}`,
          fix: 'nothing more to do if it does not come back; if it does, look at what holds the database (a long report or export) and at the internal errors',
        });
      } finally {
        db.close();
      }
    } catch (error) {
      s.problems.push({ text: `${events(waiting)} waiting (${why}); replaying them failed: ${(error as Error).message}`, fix: 'run `bgtelemetry doctor` again once nothing else holds the database' });
    }
  }
  const bad = spooledFiles(join(dir, 'bad')).length;
  if (bad) {
    s.problems.push({ text: `${events(bad)} in the spool could not be read and were set aside in ${join(dir, 'bad')}`, fix: `they are kept for inspection and never replayed; when done: rm -r ${shellQuote(join(dir, 'bad'))}` });
  }
  return s;
}
