/** The store on real SQLite files: migrations, exactly-once projection, spool, broken files. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { HookStore } from '../../src/store/hook-store.js';
import type { Connection, DriverName } from '../../src/store/connection.js';
import { openStore, StoreError, type OpenOptions } from '../../src/store/open.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { drainSpool, spooledFiles, spoolEvent } from '../../src/store/spool.js';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-store-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const base = { session: 's1', wallMs: 12, generation: '2.1' as const, cwd: '/p', project: '/p', promptId: 'p1' };
const facts = {
  command: 'npm test',
  signature: 'npm test',
  verdict: 'suggest-background' as const,
  category: 'test' as const,
  estimateS: 30,
  estimateSource: 'catalogue' as const,
  requestedBackground: false,
  thresholdMs: 5000,
};
const pre: TelemetryEvent = { ...base, id: 'pre:s1:t1', at: 1_000, hook: 'PreToolUse', kind: 'bash-pre', toolUseId: 't1', ...facts };
const post: TelemetryEvent = {
  ...base,
  id: 'post:s1:t1',
  at: 4_000,
  hook: 'PostToolUse',
  kind: 'bash-post',
  toolUseId: 't1',
  ...facts,
  outcome: 'ok',
  exitCode: 0,
  background: false,
};

function schemaOf(db: Connection): string[] {
  return (
    db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as { sql: string }[]
  ).map((r) => JSON.stringify(r));
}

/** The store's code runs on both drivers (hooks: node:sqlite where it loads; the CLI: better-sqlite3). */
const DRIVERS: DriverName[] = ['node:sqlite', 'better-sqlite3'];

describe.each(DRIVERS)('on %s', (driver) => {
  const openDatabase = (file: string, options: OpenOptions) => openStore(file, options, driver);

  describe('migrations', () => {
    it('bring a database from every earlier version to the current schema, keeping its rows', () => {
      const fresh = openDatabase(path.join(root, 'fresh.db'), { busyTimeoutMs: 100 });
      const expected = schemaOf(fresh);
      fresh.close();
      for (let version = 0; version < SCHEMA_VERSION; version++) {
        const file = path.join(root, `v${version}.db`);
        const old = new Database(file);
        for (let v = 0; v < version; v++) old.exec(MIGRATIONS[v].sql);
        old.pragma(`user_version = ${version}`);
        if (version >= 1) old.prepare("INSERT INTO sessions (id, project) VALUES ('kept', '/x')").run();
        old.close();
        const db = openDatabase(file, { busyTimeoutMs: 100 });
        expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
        expect(schemaOf(db)).toEqual(expected);
        if (version >= 1) expect(db.prepare("SELECT project FROM sessions WHERE id = 'kept'").get()).toEqual({ project: '/x' });
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        db.close();
      }
    });

    it('4: keys calls, checks and prompts by session and id, keeping every row of a version 3 file', () => {
      const file = path.join(root, 'v3.db');
      const old = new Database(file);
      for (let v = 0; v < 3; v++) old.exec(MIGRATIONS[v].sql);
      old.pragma('user_version = 3');
      // Rows as version 3 held them (the projection of today writes version 4's keys).
      old.exec(`
      INSERT INTO sessions (id, project, started_at) VALUES ('s1', '/p', 1000);
      INSERT INTO prompts (id, session_id, at, kind) VALUES ('p1', 's1', 900, 'user');
      INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, started_at, ended_at, signature, command, verdict, background, duration_ms, threshold_ms, task_id)
        VALUES ('t1', 's1', 'p1', 1000, 4000, 'npm test', 'npm test', 'suggest-background', 0, 3000, 5000, NULL),
               ('t2', 's1', 'p1', 2000, 2500, 'npm test', 'npm test', 'suggest-background', 1, 500, 5000, 'T1');
      INSERT INTO tasks (session_id, id, tool_use_id, started_at, status, finished_at) VALUES ('s1', 'T1', 't2', 2500, 'completed', 9500);
      INSERT INTO applied_events (id, kind, at) VALUES ('pre:s1:t1', 'bash-pre', 1000);
      INSERT INTO hook_runs (event_id, hook, at, wall_ms) VALUES ('pre:s1:t1', 'PreToolUse', 1000, 12);
    `);
      old
        .prepare(
          "INSERT INTO task_checks (tool_use_id, session_id, task_id, at, tool, status_seen) VALUES ('k1', 's1', 'T1', 5000, 'TaskOutput', 'running')",
        )
        .run();
      old
        .prepare(
          "INSERT INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars) VALUES ('pre:s1:t1', 's1', 'p1', 't1', 1000, 'PreToolUse', 'slow-foreground', 'npm test', 'x', 1)",
        )
        .run();
      const tables = ['sessions', 'prompts', 'bash_calls', 'tasks', 'task_checks', 'advice', 'applied_events', 'hook_runs'];
      // The columns of version 4 (later migrations add columns, null in old rows).
      const columns = new Map(
        tables.map((t) => [
          t,
          (old.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => `"${c.name}"`).join(', '),
        ]),
      );
      const rows = (db: Connection) => tables.map((t) => db.prepare(`SELECT ${columns.get(t)} FROM ${t} ORDER BY 1, 2`).all());
      const before = rows(old);
      const judged = old.prepare('SELECT event_id, followed, "right" FROM advice_outcomes').all();
      expect(before[2]).toHaveLength(2);
      expect(judged).toEqual([{ event_id: 'pre:s1:t1', followed: 1, right: 0 }]);
      old.close();

      const db = openDatabase(file, { busyTimeoutMs: 100 });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(rows(db)).toEqual(before);
      expect(db.prepare('SELECT event_id, followed, "right" FROM advice_outcomes').all()).toEqual(judged);
      // The same tool_use_id in another session is another call now, and another check.
      for (const e of [pre, post]) applyEvent(db, { ...e, id: e.id.replace('s1', 's2'), session: 's2' });
      db.prepare(
        "INSERT INTO task_checks (tool_use_id, session_id, task_id, at, tool) VALUES ('k1', 's2', 'T1', 6000, 'TaskOutput')",
      ).run();
      expect(db.prepare("SELECT session_id, tool_use_id FROM bash_calls WHERE tool_use_id = 't1' ORDER BY 1").all()).toEqual([
        { session_id: 's1', tool_use_id: 't1' },
        { session_id: 's2', tool_use_id: 't1' },
      ]);
      expect(db.prepare('SELECT COUNT(*) AS n FROM task_checks').get()).toEqual({ n: 2 });
      db.close();
    });

    it('a hook (heavy migrations deferred) leaves a version 3 file alone; cheap steps still run, and each step is told', () => {
      const file = path.join(root, 'v2.db');
      const old = new Database(file);
      for (let v = 0; v < 2; v++) old.exec(MIGRATIONS[v].sql);
      old.pragma('user_version = 2');
      old.close();
      // The rebuild of 3 → 4, the rollups' filling of 6 → 7, advice_facts' of 7 → 8, the narrow rollups' of 8 → 9 and task_facts' of 9 → 10 are heavy; every other step is cheap.
      expect(MIGRATIONS.map((m) => m.cost)).toEqual(MIGRATIONS.map((_, k) => (k === 3 || k >= 6 ? 'heavy' : 'cheap')));
      let refused: unknown;
      try {
        openDatabase(file, { busyTimeoutMs: 100, heavyMigrations: 'defer' });
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(StoreError);
      expect((refused as StoreError).kind).toBe('migrating');
      const untouched = new Database(file, { readonly: true });
      expect(untouched.pragma('user_version', { simple: true })).toBe(2);
      untouched.close();
      // A CLI command runs every step, heavy ones included.
      const steps: string[] = [];
      const db = openDatabase(file, { busyTimeoutMs: 100, onMigration: (s) => steps.push(`${s.from}→${s.to} ${s.cost}`) });
      expect(steps).toEqual(['2→3 cheap', '3→4 heavy', '4→5 cheap', '5→6 cheap', '6→7 heavy', '7→8 heavy', '8→9 heavy', '9→10 heavy']);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
    });

    it('6: adds developer, machine and portable project without touching old rows, and events fill them', () => {
      const file = path.join(root, 'v5.db');
      const old = new Database(file);
      for (let v = 0; v < 5; v++) old.exec(MIGRATIONS[v].sql);
      old.pragma('user_version = 5');
      old.exec(`INSERT INTO sessions (id, project, started_at) VALUES ('old', '/home/alice/widget', 1);
      INSERT INTO bash_calls (tool_use_id, session_id, project, started_at) VALUES ('t0', 'old', '/home/alice/widget', 1);`);
      old.close();
      // Only ALTER TABLE … ADD COLUMN: cheap on a database of any size.
      expect(MIGRATIONS[5].sql.match(/^\s*[A-Z]+ [A-Z]+/gm)?.map((s) => s.trim())).toEqual(Array(4).fill('ALTER TABLE'));
      const db = openDatabase(file, { busyTimeoutMs: 100 });
      expect(db.prepare("SELECT project, project_id, developer, machine FROM sessions WHERE id = 'old'").get()).toEqual({
        project: '/home/alice/widget',
        project_id: null,
        developer: null,
        machine: null,
      });
      const ids = { developer: 'ff8d9819fc0e', machine: '0123456789abcdef', projectId: 'github.com/acme/widget' };
      const base = { session: 'new', hook: 'PreToolUse' as const, wallMs: 1, project: '/home/alice/widget', ...ids };
      applyEvent(db, { ...base, id: 'start:new', at: 5, kind: 'session-start' });
      applyEvent(db, {
        ...base,
        id: 'pre:new:t1',
        at: 10,
        kind: 'bash-pre',
        toolUseId: 't1',
        command: 'ls',
        signature: 'ls',
        verdict: 'foreground',
        category: 'other',
        estimateS: null,
        estimateSource: 'unknown',
        requestedBackground: false,
        thresholdMs: 5000,
      } as TelemetryEvent);
      expect(db.prepare("SELECT developer, machine, project_id FROM sessions WHERE id = 'new'").get()).toEqual({
        developer: ids.developer,
        machine: ids.machine,
        project_id: ids.projectId,
      });
      expect(db.prepare("SELECT project_id FROM bash_calls WHERE tool_use_id = 't1'").get()).toEqual({ project_id: ids.projectId });
      db.close();
    });

    it('refuses a database from a newer bgtelemetry, saying what to do', () => {
      const file = path.join(root, 'newer.db');
      const db = new Database(file);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
      expect(() => openDatabase(file, { busyTimeoutMs: 100 })).toThrow(/newer than this bgtelemetry.*upgrade/);
    });

    it('creates the directory 0700 and the file 0600', () => {
      const file = path.join(root, 'private', 'telemetry.db');
      openDatabase(file, { busyTimeoutMs: 100 }).close();
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    });
  });

  describe('applyEvent', () => {
    const row = (db: Connection) => db.prepare('SELECT * FROM bash_calls WHERE tool_use_id = ?').get('t1');

    it('applies an event once, whatever number of times it arrives', () => {
      const db = openDatabase(path.join(root, 'a.db'), { busyTimeoutMs: 100 });
      expect(applyEvent(db, pre)).toBe(true);
      expect(applyEvent(db, pre)).toBe(false);
      expect(db.prepare('SELECT COUNT(*) AS n FROM bash_calls').get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT COUNT(*) AS n FROM hook_runs').get()).toEqual({ n: 1 });
      db.close();
    });

    it('keeps two sessions that share a tool_use_id as two calls, each with its own facts', () => {
      const db = openDatabase(path.join(root, 'shared.db'), { busyTimeoutMs: 100 });
      applyEvent(db, pre);
      applyEvent(db, post);
      const other = { session: 's2', promptId: 'p2', project: '/q' };
      applyEvent(db, { ...pre, ...other, id: 'pre:s2:t1', at: 10_000, command: 'pytest', signature: 'pytest' });
      applyEvent(db, {
        ...post,
        ...other,
        id: 'post:s2:t1',
        at: 30_000,
        command: 'pytest',
        signature: 'pytest',
        exitCode: 1,
        outcome: 'failed',
      });
      expect(
        db
          .prepare(
            'SELECT session_id, tool_use_id, prompt_id, project, signature, duration_ms, exit_code FROM bash_calls ORDER BY session_id',
          )
          .all(),
      ).toEqual([
        { session_id: 's1', tool_use_id: 't1', prompt_id: 'p1', project: '/p', signature: 'npm test', duration_ms: 3000, exit_code: 0 },
        { session_id: 's2', tool_use_id: 't1', prompt_id: 'p2', project: '/q', signature: 'pytest', duration_ms: 20_000, exit_code: 1 },
      ]);
      db.close();
    });

    it('ends in the same row whichever of PreToolUse and PostToolUse arrives first', () => {
      const inOrder = openDatabase(path.join(root, 'b.db'), { busyTimeoutMs: 100 });
      applyEvent(inOrder, pre);
      applyEvent(inOrder, post);
      const reversed = openDatabase(path.join(root, 'c.db'), { busyTimeoutMs: 100 });
      applyEvent(reversed, post);
      applyEvent(reversed, pre);
      expect(row(reversed)).toEqual(row(inOrder));
      expect(row(inOrder)).toMatchObject({
        started_at: 1_000,
        ended_at: 4_000,
        duration_ms: 3_000,
        duration_source: 'hooks',
        outcome: 'ok',
        exit_code: 0,
        background: 0,
      });
      inOrder.close();
      reversed.close();
    });

    it("prefers Claude Code's duration_ms over the hooks' own timing", () => {
      const db = openDatabase(path.join(root, 'd.db'), { busyTimeoutMs: 100 });
      applyEvent(db, pre);
      applyEvent(db, { ...post, durationMs: 2_750, durationSource: 'claude' } as TelemetryEvent);
      expect(row(db)).toMatchObject({ duration_ms: 2_750, duration_source: 'claude' });
      db.close();
    });

    it('follows a task from start to stop even when the stop is applied first', () => {
      const db = openDatabase(path.join(root, 'e.db'), { busyTimeoutMs: 100 });
      const started: TelemetryEvent = {
        ...post,
        id: 'post:s1:t2',
        toolUseId: 't2',
        background: true,
        backgroundReason: 'requested',
        taskId: 'bq1',
        requestedBackground: true,
      } as TelemetryEvent;
      const stopped: TelemetryEvent = {
        ...base,
        id: 'stop:s1:t3',
        at: 9_000,
        hook: 'PostToolUse',
        kind: 'task-stop',
        toolUseId: 't3',
        taskId: 'bq1',
        tool: 'TaskStop',
      };
      applyEvent(db, stopped);
      applyEvent(db, started);
      expect(db.prepare('SELECT id, status, stopped_by, signature, started_at FROM tasks').get()).toEqual({
        id: 'bq1',
        status: 'killed',
        stopped_by: 'TaskStop',
        signature: 'npm test',
        started_at: 4_000,
      });
      db.close();
    });
  });

  describe('spool', () => {
    it('replays spooled events into the database once and removes them', () => {
      const dir = path.join(root, 'spool');
      spoolEvent(dir, pre);
      spoolEvent(dir, post);
      spoolEvent(dir, { ...pre, id: 'pre:s1:t9', toolUseId: 't9' } as TelemetryEvent);
      fs.writeFileSync(path.join(dir, '00000000000000-bash-pre-x-y-1.json'), '{not json');
      const db = openDatabase(path.join(root, 's.db'), { busyTimeoutMs: 100 });
      applyEvent(db, { ...pre, id: 'pre:s1:t9', toolUseId: 't9' } as TelemetryEvent); // written directly once already
      expect(drainSpool(db, dir)).toEqual({ applied: 2, duplicates: 1, bad: 1, left: 0 });
      expect(spooledFiles(dir)).toEqual([]);
      expect(fs.readdirSync(path.join(dir, 'bad'))).toHaveLength(1);
      expect(db.prepare("SELECT outcome, duration_ms FROM bash_calls WHERE tool_use_id = 't1'").get()).toEqual({
        outcome: 'ok',
        duration_ms: 3_000,
      });
      expect(drainSpool(db, dir)).toEqual({ applied: 0, duplicates: 0, bad: 0, left: 0 });
      db.close();
    });
  });

  describe('HookStore', () => {
    const env = () => ({ BGTELEMETRY_HOME: path.join(root, 'home'), BGTELEMETRY_SQLITE_DRIVER: driver });
    const dbFile = () => path.join(root, 'home', 'telemetry.db');

    it('moves a file that is not a database aside, starts afresh, and says so in the error log', () => {
      fs.mkdirSync(path.join(root, 'home'), { recursive: true });
      fs.writeFileSync(dbFile(), 'this is not a database at all, just text that is long enough to look like a header……');
      const store = HookStore.open(env());
      expect(store.db).not.toBeNull();
      expect(store.write(pre).stored).toBe(true);
      store.close();
      const aside = fs.readdirSync(path.join(root, 'home')).filter((f) => f.includes('.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(fs.readFileSync(path.join(root, 'home', aside[0]), 'utf8')).toContain('not a database at all');
      expect(fs.readFileSync(path.join(root, 'home', 'errors.log'), 'utf8')).toMatch(/not a usable SQLite database.*moved it to/);
    });

    it('spools when the database cannot be opened, and replays once it can', () => {
      fs.mkdirSync(path.join(root, 'home'), { recursive: true });
      fs.mkdirSync(dbFile()); // a directory where the file should be
      const broken = HookStore.open(env());
      expect(broken.db).toBeNull();
      expect(broken.problem).toBeInstanceOf(StoreError);
      expect(broken.write(pre)).toEqual({ stored: false, applied: true, advice: null });
      fs.rmdirSync(dbFile());
      const fixed = HookStore.open(env()); // replays on open
      expect(fixed.read(null, (db) => db.prepare('SELECT tool_use_id FROM bash_calls').get())).toEqual({ tool_use_id: 't1' });
      fixed.close();
    });

    it('shows advice from one of two processes writing the same event, and records it once', () => {
      const withAdvice = { ...pre, advice: { kind: 'slow-foreground', text: 'hint' }, claims: ['slow:npm test'] } as TelemetryEvent;
      const a = HookStore.open(env());
      const b = HookStore.open(env());
      expect(a.write(withAdvice).advice).toEqual({ kind: 'slow-foreground', text: 'hint' });
      expect(b.write(withAdvice).advice).toBeNull();
      expect(a.read(0, (db) => (db.prepare('SELECT COUNT(*) AS n FROM advice').get() as { n: number }).n)).toBe(1);
      a.close();
      b.close();
    });
  });
});

describe('both drivers on one file', () => {
  const home = () => path.join(root, 'home');
  const hookOn = (driver: DriverName) => HookStore.open({ BGTELEMETRY_HOME: home(), BGTELEMETRY_SQLITE_DRIVER: driver });

  it('of two processes writing the same event, one on each driver, exactly one shows its advice', () => {
    const withAdvice = { ...pre, advice: { kind: 'slow-foreground', text: 'hint' }, claims: ['slow:npm test'] } as TelemetryEvent;
    const [a, b] = [hookOn('node:sqlite'), hookOn('better-sqlite3')];
    const shown = [a.write(withAdvice), b.write(withAdvice)].map((r) => r.advice);
    expect(shown).toEqual([{ kind: 'slow-foreground', text: 'hint' }, null]);
    b.write(post);
    expect(a.read(null, (db) => db.prepare('SELECT COUNT(*) AS n, MAX(outcome) AS outcome FROM bash_calls').get())).toEqual({
      n: 1,
      outcome: 'ok',
    });
    a.close();
    b.close();
  });

  // Another process: SQLite's POSIX locks are per process, and two SQLite libraries in one process do not see each other's.
  it('a write lock another process holds on one driver is SQLITE_BUSY on the other: spooled, nothing logged, replayed later', async () => {
    for (const [holder, writer] of [
      ['better-sqlite3', 'node:sqlite'],
      ['node:sqlite', 'better-sqlite3'],
    ] as const) {
      fs.rmSync(home(), { recursive: true, force: true });
      hookOn(writer).close(); // creates the database
      const locker = await holdWriteLock(holder, path.join(home(), 'telemetry.db'));
      const store = hookOn(writer);
      expect(store.write(pre).stored).toBe(false);
      expect(fs.existsSync(path.join(home(), 'errors.log'))).toBe(false);
      store.close();
      await locker.release();
      const replayed = hookOn(writer);
      expect(replayed.read(null, (db) => db.prepare('SELECT tool_use_id FROM bash_calls').get())).toEqual({ tool_use_id: 't1' });
      replayed.close();
    }
  });
});

/** A process holding the write lock of `file` (BEGIN IMMEDIATE) on `driver` until released. */
async function holdWriteLock(driver: DriverName, file: string): Promise<{ release: () => Promise<void> }> {
  const open =
    driver === 'node:sqlite'
      ? `new (process.getBuiltinModule('node:sqlite').DatabaseSync)(${JSON.stringify(file)})`
      : `new (require('better-sqlite3'))(${JSON.stringify(file)})`;
  const script = `process.removeAllListeners('warning'); const db = ${open}; db.exec('BEGIN IMMEDIATE'); console.log('locked');
    process.stdin.resume(); process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the locking process exited (${code})`)));
  });
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}
