/**
 * The store as a hook uses it. Opening never throws and never waits past a short lock timeout;
 * an event that cannot be written goes to the spool (or, when the data directory cannot take it,
 * to the fallback spool); spooled events are replayed first.
 * A database SQLite says is not a database is moved aside (kept) and a fresh one started.
 */
import type { Config } from '../config/load.js';
import { shortHash } from '../runtime/hash.js';
import { recordInternalError, recordInternalErrorOnce } from '../runtime/internal-errors.js';
import { databasePath, spoolDir } from '../runtime/paths.js';
import { isHookProcess } from '../runtime/run.js';
import { applyAdvice, applyEvent, stmt } from './apply.js';
import type { AdviceRecord, TelemetryEvent } from './events.js';
import { startBackgroundMigration } from './background-migration.js';
import type { Connection } from './connection.js';
import { keepsConnections, connection, release } from './kept-connections.js';
import { classifyError, quarantine, type OpenOptions, type StoreError } from './open.js';
import { drainFallback, keepInFallback } from './fallback-spool.js';
import { drainSpool, SpoolFullError, spoolEvent } from './spool.js';

/** A hook waits at most this long for another process's write lock, per statement. */
const HOOK_BUSY_TIMEOUT_MS = 150;
/** And spends at most this long replaying spooled events. */
const DRAIN_BUDGET_MS = 120;
/** A hook never runs a heavy migration (background-migration.ts does). */
const HOOK_OPEN: OpenOptions = { busyTimeoutMs: HOOK_BUSY_TIMEOUT_MS, heavyMigrations: 'defer' };

export interface Decision {
  advice: AdviceRecord;
  /** Keys marking this advice as given; the first one gates it (see `write`). */
  claims: string[];
}

export interface WriteResult {
  /** Written to the database (false: spooled). */
  stored: boolean;
  /** This process recorded the event (false: another process had already recorded it). */
  applied: boolean;
  /** The advice this process may show: null when another process already showed it. */
  advice: AdviceRecord | null;
}

export class HookStore {
  private constructor(
    public db: Connection | null,
    public problem: StoreError | null,
    private readonly path: string,
    private readonly spool: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static open(env: NodeJS.ProcessEnv, config?: Pick<Config, 'database'>): HookStore {
    const path = databasePath(env, config?.database);
    const spool = spoolDir(env);
    const store = new HookStore(null, null, path, spool, env);
    try {
      store.db = connection(path, HOOK_OPEN, env);
    } catch (error) {
      store.problem = classifyError(error);
      if (store.problem.kind === 'corrupt') store.startAfresh(store.problem);
      if (store.problem?.kind === 'migrating') store.migrateInBackground();
      const problem = store.problem;
      // No binding: the same failure on every call until someone fixes it; said once (doctor says it too).
      if (problem?.kind === 'binding')
        recordInternalErrorOnce(
          'store',
          `binding-${shortHash(process.version + problem.message)}`,
          `SQLite cannot be loaded: ${problem.message}; events wait in ${spool} (run bgtelemetry doctor)`,
          env,
        );
      else if (problem && problem.kind !== 'busy' && problem.kind !== 'migrating')
        recordInternalError('store', `cannot open ${path}: ${problem.message}; events go to ${spool}`, env);
    }
    if (store.db) {
      try {
        const deadline = Date.now() + DRAIN_BUDGET_MS;
        drainSpool(store.db, spool, deadline);
        drainFallback(store.db, env, deadline);
      } catch (error) {
        const problem = classifyError(error);
        if (problem.kind === 'corrupt') store.startAfresh(problem);
        else if (problem.kind !== 'busy') recordInternalError('spool', error, env);
      }
    }
    return store;
  }

  /** A heavy migration is pending: events go to the spool while a detached process runs it. */
  private migrateInBackground(): void {
    // The hook bundles' folder (where the migrator is built); code run from src/ has none.
    if (typeof __dirname !== 'string') return;
    try {
      startBackgroundMigration(this.path, this.env, __dirname);
    } catch (error) {
      recordInternalError('store', `could not start the migration of ${this.path}: ${(error as Error).message}`, this.env);
    }
  }

  /**
   * Corruption can show on opening or only when a damaged page is written: either way the file
   * is moved aside (kept) and a new database started, so events stop piling up in the spool.
   */
  private startAfresh(problem: StoreError): void {
    this.close();
    this.db = null;
    const aside = quarantine(this.path);
    recordInternalError(
      'store',
      `${this.path} is not a usable SQLite database (${problem.message}); moved it to ${aside} and started a new one`,
      this.env,
    );
    try {
      this.db = connection(this.path, HOOK_OPEN, this.env);
      this.problem = null;
    } catch (again) {
      this.problem = classifyError(again);
    }
  }

  /**
   * Applies the event and, inside the same transaction, lets `decide` choose advice from the
   * updated state (unless the event already carries advice). Advice is kept only if its first
   * claim is new: of two hook processes that ran for the same event (a duplicate hook
   * registration), exactly one shows it. Falls back to the spool on any database failure.
   */
  write(event: TelemetryEvent, decide?: (db: Connection) => Decision | null): WriteResult {
    const given: Decision | null = event.advice ? { advice: event.advice, claims: event.claims ?? [] } : null;
    // Synchronous from here to the commit: the watchdog cannot end the process in between.
    for (let attempt = 0; attempt < 2 && this.db; attempt++) {
      const db = this.db;
      try {
        let applied = false;
        const shown = db
          .transaction((): AdviceRecord | null => {
            if (!applyEvent(db, event)) return null; // another process recorded this very event
            applied = true;
            const decision = given ?? decide?.(db) ?? null;
            if (!decision) return null;
            const gate = decision.claims[0];
            if (gate && stmt(db, 'SELECT 1 FROM claims WHERE session_id = ? AND key = ?').get(event.session, gate)) return null;
            applyAdvice(db, event, decision.advice, decision.claims);
            return decision.advice;
          })
          .immediate();
        return { stored: true, applied, advice: shown };
      } catch (error) {
        const problem = classifyError(error);
        if (problem.kind === 'corrupt' && attempt === 0) {
          this.startAfresh(problem);
          continue;
        }
        if (problem.kind !== 'busy') recordInternalError('store', `writing ${event.kind}: ${problem.message}`, this.env);
        break;
      }
    }
    try {
      spoolEvent(this.spool, event);
    } catch (error) {
      if (error instanceof SpoolFullError)
        recordInternalErrorOnce(
          'spool',
          'spool-full',
          `${error.message}: newer events are dropped until the database can be written (run bgtelemetry doctor)`,
          this.env,
        );
      else keepInFallback(event, this.spool, error, this.env);
    }
    return { stored: false, applied: true, advice: given?.advice ?? null };
  }

  /** Has this advice key been claimed in the session? False when the database is unavailable. */
  claimed(session: string, key: string): boolean {
    if (!this.db) return false;
    try {
      return Boolean(stmt(this.db, 'SELECT 1 FROM claims WHERE session_id = ? AND key = ?').get(session, key));
    } catch {
      return false;
    }
  }

  /**
   * Claims a key outside any event: true the first time in the session, and true whenever the
   * database is unavailable (nothing can be remembered then).
   */
  claim(session: string, key: string): boolean {
    if (!this.db) return true;
    try {
      return (
        stmt(this.db, 'INSERT OR IGNORE INTO claims (session_id, key, at) VALUES (?, ?, ?)').run(session, key, Date.now()).changes === 1
      );
    } catch {
      return true;
    }
  }

  /** Runs a read; any failure reads as "nothing known". */
  read<T>(fallback: T, query: (db: Connection) => T): T {
    if (!this.db) return fallback;
    try {
      return query(this.db);
    } catch {
      return fallback;
    }
  }

  /**
   * Called when a handler is done. A hook process exits right after, and closing the last
   * connection makes SQLite checkpoint the WAL first (about 1 ms): there, the connection is left
   * to the exit, and SQLite checkpoints as the WAL grows. The daemon keeps it for the next
   * event (kept-connections.ts). Anywhere else it is closed.
   */
  done(): void {
    if (!isHookProcess() && !keepsConnections()) this.close();
  }

  close(): void {
    if (this.db) release(this.db);
  }
}
