/**
 * The database file: permissions as the store creates them (directory 0700, file 0600: commands
 * and projects are private), SQLite's own quick check, schema version, and rows per table.
 * Opened read-only and without migrating: looking must not change what is looked at.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { backgroundMigration } from '../../store/background-migration.js';
import { heavyMigrationPending, plainConnection } from '../../store/open.js';
import { SCHEMA_VERSION } from '../../store/schema.js';
import { shellQuote } from '../quote.js';
import { TABLES, quoteIdent } from '../tables.js';
import { section, type Section } from './section.js';

export interface DatabaseCheck {
  section: Section;
  /** Safe to write into (replay the spool): it exists, passes the check, and has a known schema. */
  writable: boolean;
}

const octal = (mode: number) => (mode & 0o777).toString(8).padStart(4, '0');

function checkMode(s: Section, path: string, kind: 'directory' | 'file', expected: number): void {
  const mode = statSync(path).mode & 0o777;
  // Others must have no access, and the owner needs full access to use it.
  if ((mode & 0o077) === 0 && (mode & expected) === expected) return;
  s.problems.push({
    text: `the ${kind} ${path} has mode ${octal(mode)}; expected ${octal(expected)}`,
    fix: `chmod ${octal(expected).slice(1)} ${shellQuote(path)}`,
  });
}

export function checkDatabase(path: string): DatabaseCheck {
  const s = section('Database');
  s.facts.push(path);
  if (existsSync(dirname(path))) checkMode(s, dirname(path), 'directory', 0o700);
  if (!existsSync(path)) {
    s.facts.push('not created yet: the first hook run creates it');
    return { section: s, writable: existsSync(dirname(path)) };
  }
  if (!statSync(path).isFile()) {
    // SQLite would block for ever reading a FIFO.
    s.problems.push({
      text: 'it is not a regular file (a FIFO, device or directory): SQLite cannot use it',
      fix: `remove or move it (ls -l ${shellQuote(path)}), or point BGTELEMETRY_DB or the database key at a file`,
    });
    return { section: s, writable: false };
  }
  checkMode(s, path, 'file', 0o600);
  let db: Database.Database;
  try {
    db = plainConnection(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    s.problems.push({
      text: `cannot open it: ${(error as Error).message}`,
      fix: `check its owner and permissions: ls -l ${shellQuote(path)}`,
    });
    return { section: s, writable: false };
  }
  try {
    return inspect(db, s, path);
  } catch (error) {
    s.problems.push({ text: `SQLite cannot read it: ${(error as Error).message}`, fix: movedAsideFix(path) });
    return { section: s, writable: false };
  } finally {
    db.close();
  }
}

function inspect(db: Database.Database, s: Section, path: string): DatabaseCheck {
  const check = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  const healthy = check.length === 1 && check[0] === 'ok';
  if (healthy) s.facts.push('quick_check: ok');
  else
    s.problems.push({
      text: `quick_check found damage: ${check.slice(0, 3).join('; ')}${check.length > 3 ? ` (and ${check.length - 3} more)` : ''}`,
      fix: movedAsideFix(path),
    });
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION)
    s.problems.push({
      text: `schema version ${version} is newer than this bgtelemetry's (${SCHEMA_VERSION}): it cannot use the database`,
      fix: 'upgrade bgtelemetry (npm install -g bgtelemetry@latest, or pull and rebuild your clone)',
    });
  else if (version < SCHEMA_VERSION) reportPendingMigration(s, path, version);
  else s.facts.push(`schema version ${version} (this bgtelemetry's)`);
  return { section: s, writable: healthy && version <= SCHEMA_VERSION };
}

/** A heavy migration runs in the background (store/background-migration.ts): running, failed, or yet to start. */
function reportPendingMigration(s: Section, path: string, version: number): void {
  const { running, failed } = backgroundMigration(path);
  const target = `schema version ${version}; the migration to ${SCHEMA_VERSION}`;
  if (running !== null)
    s.facts.push(`${target} is running in the background${running ? ` (pid ${running})` : ''}; hooks spool their events meanwhile`);
  else if (failed)
    s.problems.push({
      text: `${target} failed in the background at ${new Date(failed.at).toISOString()}: ${failed.message}`,
      fix: 'run `bgtelemetry status`: it migrates in the foreground and says what fails; hooks retry 10 minutes after a failure',
    });
  else if (heavyMigrationPending(version))
    s.facts.push(`${target} is pending: the next hook starts it in the background, or any bgtelemetry command (status) runs it now`);
  else s.facts.push(`${target} happens on the next hook or CLI run`);
}

/** Counted after the spool is replayed, so they include what was waiting there. */
export function rowCounts(path: string): string {
  const db = plainConnection(path, { readonly: true, fileMustExist: true });
  try {
    return (
      'rows: ' +
      TABLES.map((t) => `${t.name} ${(db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(t.name)}`).get() as { n: number }).n}`).join(', ')
    );
  } finally {
    db.close();
  }
}

function movedAsideFix(path: string): string {
  return `move it aside with its -wal and -shm files (mv ${shellQuote(path)} ${shellQuote(path + '.damaged')}); the next hook run starts a new one; \`sqlite3 ${shellQuote(path + '.damaged')} .recover\` may rescue rows`;
}
