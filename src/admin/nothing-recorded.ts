/**
 * What `report`, `status` and `export` say when they have nothing to show, in the same words:
 * where they looked and what to do next. Until a Bash call is recorded there is nothing to
 * show, even in a database that exists (a SessionStart hook creates it with one session row).
 */
import type { DB } from '../store/open.js';

/** Whether the database holds a Bash call at all, in any range. */
export function holdsCall(db: DB): boolean {
  return db.prepare('SELECT 1 FROM bash_calls LIMIT 1').get() !== undefined;
}

/** What a command looked at, when it was narrowed: `text` in words (`from 2026-11-01 …`), the `flags` that narrowed it. */
export interface Scope {
  text: string;
  flags: readonly string[];
}

/**
 * The one line for "nothing here". Without `scope`, or when no database holds any call, nothing
 * was recorded yet; otherwise calls exist, only not in `scope`.
 */
export function nothingRecorded(stores: readonly { db: DB; path: string }[], scope?: Scope): string {
  return nothingRecordedIn(
    stores.map((s) => s.path),
    () => stores.some(({ db }) => holdsCall(db)),
    scope,
  );
}

/** The same line for `places` (paths, a masked URL), `holdsCalls` saying whether any holds a call. */
export function nothingRecordedIn(places: readonly string[], holdsCalls: () => boolean, scope?: Scope): string {
  const where = places.join(', ');
  if (!scope || !holdsCalls()) {
    return `Nothing recorded yet in ${where}: install the hooks (bgtelemetry install) if you have not, then work a session in Claude Code.`;
  }
  return `Nothing recorded in ${where} ${scope.text}; ${places.length === 1 ? 'it holds' : 'they hold'} calls outside that: change ${either(scope.flags)}.`;
}

/** `a`, `a or b`, `a, b or c`. */
function either(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
