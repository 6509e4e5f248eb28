/**
 * A heavy migration (the 3 → 4 rebuild of bash_calls) found by a hook: the compiled hook spools
 * its event and returns, a detached migrator (dist/hooks/migrate.cjs) migrates and replays the
 * spool, and every event ends up applied once. Real processes, a real version-3 database.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrationFailurePath, migrationLockPath } from '../../src/store/background-migration.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { spooledFiles } from '../../src/store/spool.js';
import { contextOf, expectContract, hook, preBash, sandbox, type Sandbox } from './harness.js';

const CALLS = 100_000;

function dbPath(box: Sandbox): string {
  return join(box.env.BGTELEMETRY_HOME as string, 'telemetry.db');
}
function spool(box: Sandbox): string[] {
  return spooledFiles(join(box.env.BGTELEMETRY_HOME as string, 'spool'));
}

/** A version-3 database (the migrations as released) holding `calls` Bash calls, in one transaction. */
function versionThreeDatabase(file: string, calls: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const m of MIGRATIONS.slice(0, 3)) db.exec(m.sql);
  db.pragma('user_version = 3');
  const insert = db.prepare(
    `INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, project, started_at, ended_at, signature, command, verdict, category, background, outcome, exit_code, duration_ms, threshold_ms)
     VALUES (?, ?, ?, '/p', ?, ?, ?, ?, 'foreground', 'test', 0, 'ok', 0, ?, 15000)`,
  );
  const t0 = Date.now() - calls * 1000;
  db.transaction(() => {
    for (let k = 0; k < calls; k++) {
      const at = t0 + k * 1000;
      insert.run(`toolu_${k}`, `s-${k % 500}`, `p-${k % 5000}`, at, at + 800, `npm test ${k % 300}`, `npm test ${k % 300}`, 800);
    }
  })();
  db.close();
}

function inDatabase(box: Sandbox): { version: number; calls: number; ids: Map<string, number> } {
  const db = new Database(dbPath(box), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT tool_use_id AS id, COUNT(*) AS n FROM bash_calls WHERE tool_use_id LIKE 'toolu_test_%' GROUP BY 1")
      .all() as {
      id: string;
      n: number;
    }[];
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      calls: (db.prepare('SELECT COUNT(*) AS n FROM bash_calls').get() as { n: number }).n,
      ids: new Map(rows.map((r) => [r.id, r.n])),
    };
  } finally {
    db.close();
  }
}

async function until(what: string, done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('a heavy migration pending when a hook runs', () => {
  it('the hook spools and returns, a background process migrates, and every event is applied once', async () => {
    const box = sandbox();
    mkdirSync(box.env.BGTELEMETRY_HOME as string, { recursive: true, mode: 0o700 });
    versionThreeDatabase(dbPath(box), CALLS);

    const first = preBash(box.project, { command: 'npm test' });
    const run = await hook('pre-tool-use', first, box.env);
    // The advice needs no database: it is given while the events wait in the spool.
    expect(contextOf(expectContract(run))).toMatch(/background/i);
    // A generous ceiling: the migration itself takes seconds at this size on a loaded machine.
    expect(run.ms).toBeLessThan(4000);
    expect(spool(box).length).toBeGreaterThanOrEqual(1);

    // A second hook while the migration may still run: it spools too, and starts no second migrator.
    const second = preBash(box.project, { command: 'npm run build' });
    expectContract(await hook('pre-tool-use', second, box.env));

    await until(
      'the background migration',
      () => !existsSync(migrationLockPath(dbPath(box))) && inDatabase(box).version === SCHEMA_VERSION,
      180_000,
    );
    // A hook that spooled after the migrator's replay leaves its event for the next opener.
    if (spool(box).length > 0) expectContract(await hook('pre-tool-use', preBash(box.project, { command: 'ls' }), box.env));

    const after = inDatabase(box);
    expect(after.ids.get(first.tool_use_id)).toBe(1);
    expect(after.ids.get(second.tool_use_id)).toBe(1);
    expect(after.calls).toBeGreaterThanOrEqual(CALLS + 2);
    expect(spool(box)).toEqual([]);
    expect(existsSync(migrationFailurePath(dbPath(box)))).toBe(false);
    expect(box.errors()).toBe('');
  }, 240_000);

  it('after a recent failure the hook starts no migrator (backoff), and still spools its event', async () => {
    const box = sandbox();
    mkdirSync(box.env.BGTELEMETRY_HOME as string, { recursive: true, mode: 0o700 });
    versionThreeDatabase(dbPath(box), 10);
    writeFileSync(migrationFailurePath(dbPath(box)), JSON.stringify({ at: Date.now(), message: 'disk I/O error' }));

    const run = await hook('pre-tool-use', preBash(box.project, { command: 'npm test' }), box.env);
    expectContract(run);
    expect(spool(box)).toHaveLength(1);
    // Nothing was started: no lock, and the database is still at version 3 a while later.
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(migrationLockPath(dbPath(box)))).toBe(false);
    expect(inDatabase(box).version).toBe(3);
  }, 60_000);
});
