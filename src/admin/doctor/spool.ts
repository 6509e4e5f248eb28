/**
 * The spool: events the hooks could not write in time. A backlog means the hooks met a lock held
 * too long, a database they could not use, or no SQLite binding at all (then every event lands
 * here, up to MAX_SPOOLED, and newer ones are dropped); this section names which. doctor replays
 * it (as the next hook would) and says what that did. Unreadable files sit in spool/bad until
 * someone looks at them.
 */
import { join } from 'node:path';
import { recordedOnce } from '../../runtime/internal-errors.js';
import { CLI_BUSY_TIMEOUT_MS } from '../cli-store.js';
import { openDatabase } from '../../store/open.js';
import { drainSpool, MAX_SPOOLED, spooledFiles } from '../../store/spool.js';
import { shellQuote } from '../quote.js';
import { section, type Section } from './section.js';

const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

export interface SpoolContext {
  databaseUsable: boolean;
  /** Some Node or copy that runs the hooks cannot load the SQLite binding now (its own section says why). */
  bindingBroken: boolean;
  env: NodeJS.ProcessEnv;
  /** The spool's bound (MAX_SPOOLED; smaller in tests). */
  max?: number;
}

/** Why events wait: the binding now, the binding before (its once-marker is still there), else a lock or a bad database. */
function cause(ctx: SpoolContext): { why: string; fix: string } {
  if (ctx.bindingBroken) {
    return {
      why: 'the hooks cannot load SQLite (see SQLite binding above), so every event they see waits here',
      fix: 'fix the SQLite binding as said above; until then events keep arriving here, and the next hook run or doctor replays them',
    };
  }
  if (recordedOnce('binding-', ctx.env).length) {
    return {
      why: 'the hooks could not load SQLite (the error log says when); it loads now',
      fix: 'nothing more to do: new events go to the database',
    };
  }
  return {
    why: 'the hooks could not write to the database in time (a lock held too long, or a database they could not open; see the internal errors below)',
    fix: 'nothing more to do if it does not come back; if it does, look at what holds the database (a long report or export) and at the internal errors',
  };
}

export function checkSpool(dir: string, database: string, ctx: SpoolContext): Section {
  const s = section('Spool');
  s.facts.push(dir);
  const max = ctx.max ?? MAX_SPOOLED;
  const waiting = spooledFiles(dir).length;
  const { why, fix } = cause(ctx);
  const full = waiting >= max ? `; the spool is at its limit of ${max}, so the hooks have been dropping newer events` : '';
  if (waiting === 0) s.facts.push('no events waiting');
  else if (!ctx.databaseUsable) {
    s.problems.push({
      text: `${events(waiting)} waiting: ${why}${full}. Not replayed, because the database has problems (above)`,
      fix: 'fix the database first; the next hook run then replays them',
    });
  } else {
    try {
      const db = openDatabase(database, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
      try {
        const r = drainSpool(db, dir);
        s.problems.push({
          text: `${events(waiting)} waiting: ${why}${full}. Replayed now: ${r.applied} applied, ${r.duplicates} already recorded${r.bad ? `, ${r.bad} unreadable (moved to bad/)` : ''}`,
          fix,
        });
      } finally {
        db.close();
      }
    } catch (error) {
      s.problems.push({
        text: `${events(waiting)} waiting: ${why}${full}. Replaying them failed: ${(error as Error).message}`,
        fix: 'run `bgtelemetry doctor` again once nothing else holds the database',
      });
    }
  }
  const bad = spooledFiles(join(dir, 'bad')).length;
  if (bad) {
    s.problems.push({
      text: `${events(bad)} in the spool could not be read and were set aside in ${join(dir, 'bad')}`,
      fix: `they are kept for inspection and never replayed; when done: rm -r ${shellQuote(join(dir, 'bad'))}`,
    });
  }
  return s;
}
