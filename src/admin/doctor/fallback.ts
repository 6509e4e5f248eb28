/**
 * The fallback spool (store/fallback-spool.ts): events the hooks kept outside the data directory
 * because it could not be written. Replayed here once the data directory and the database are
 * usable again, and then the once-marker is removed so that a new failure is recorded again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { forgetRecordedOnce, recordedOnce } from '../../runtime/internal-errors.js';
import { fallbackRoot, unsafeFallback, usableFallbackHome } from '../../runtime/fallback-dir.js';
import { DATA_DIR_MARKER, drainFallback, fallbackPending, fallbackSpool } from '../../store/fallback-spool.js';
import { openDatabase } from '../../store/open.js';
import { CLI_BUSY_TIMEOUT_MS } from '../cli-store.js';
import { shellQuote } from '../quote.js';
import { section, type Section } from './section.js';

const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

export interface FallbackContext {
  dataDirUsable: boolean;
  databaseUsable: boolean;
  database: string;
  env: NodeJS.ProcessEnv;
}

export function checkFallback(ctx: FallbackContext): Section {
  const { env } = ctx;
  const s = section('Fallback spool');
  const root = fallbackRoot(env);
  s.facts.push(fallbackSpool(env) ?? root);
  const unsafe = unsafeFallback(root);
  if (unsafe) {
    s.problems.push({
      text: `${unsafe}: the hooks will not use it, so events are lost whenever the data directory cannot be written`,
      fix: `remove it if it is not yours to keep (ls -ld ${shellQuote(root)}); the hooks create their own, mode 0700`,
    });
  }
  const home = usableFallbackHome(env, false);
  const homes = home ? [undefined, home] : [undefined];
  if (home && existsSync(join(home, 'errors.log')))
    s.facts.push(`what the hooks could not log in the data directory: ${join(home, 'errors.log')}`);
  const marked = homes.some((h) => recordedOnce(DATA_DIR_MARKER, env, h).length > 0);
  const waiting = fallbackPending(env);
  if (waiting === 0) s.facts.push('no events waiting');
  else if (!ctx.dataDirUsable || !ctx.databaseUsable) {
    s.problems.push({
      text: `${events(waiting)} kept here because the data directory could not be written; not replayed while it or the database has problems (above)`,
      fix: 'fix the data directory as said above; the next hook run or doctor then replays them',
    });
  } else s.problems.push(replay(ctx, waiting));
  if (marked && ctx.dataDirUsable) {
    for (const h of homes) forgetRecordedOnce(DATA_DIR_MARKER, env, h);
    s.facts.push(
      `the data directory is usable now: removed the record that it was not (once/${DATA_DIR_MARKER}); a new failure will be recorded in the error log again`,
    );
  } else if (marked)
    s.facts.push(`recorded once in the error log (once/${DATA_DIR_MARKER}); the hooks keep events here until the data directory is fixed`);
  return s;
}

function replay(ctx: FallbackContext, waiting: number): { text: string; fix: string } {
  const kept = `${events(waiting)} kept here because the data directory could not be written`;
  try {
    const db = openDatabase(ctx.database, { busyTimeoutMs: CLI_BUSY_TIMEOUT_MS });
    try {
      const r = drainFallback(db, ctx.env);
      return {
        text: `${kept}. Replayed now: ${r?.applied ?? 0} applied, ${r?.duplicates ?? 0} already recorded${r?.bad ? `, ${r.bad} unreadable (moved to bad/)` : ''}`,
        fix: 'nothing more to do: the data directory is usable again',
      };
    } finally {
      db.close();
    }
  } catch (error) {
    return {
      text: `${kept}. Replaying them failed: ${(error as Error).message}`,
      fix: 'run `bgtelemetry doctor` again once nothing else holds the database',
    };
  }
}
