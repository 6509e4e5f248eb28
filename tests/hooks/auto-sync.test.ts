/**
 * The sync the compiled lifecycle hooks start by themselves (store/background-sync.ts), against a
 * real PostgreSQL server (tests/support/pg-server.ts): the hook returns before the detached sync
 * has finished, the rows then arrive; a server that is down leaves a failure and a backoff, and
 * no output from the hook; two hooks at once start one sync.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHookProcess } from '../../src/demo/replay.js';
import { readSyncState, syncLockPath } from '../../src/store/background-sync.js';
import { migrateTeamStore } from '../../src/team/pg-schema.js';
import { PG_SKIP_REASON, startPgServer, type PgServer } from '../support/pg-server.js';
import { expectContract, HOOKS_DIR, hook, preBash, sandbox } from './harness.js';

let server: PgServer;
beforeAll(async () => {
  if (!PG_SKIP_REASON) server = await startPgServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

async function teamStore(): Promise<string> {
  const url = await server.freshDatabase();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await migrateTeamStore(c);
  await c.end();
  return url;
}

async function bashCallsIn(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query('SELECT COUNT(*)::int AS n FROM bash_calls')).rows[0].n);
  } finally {
    await c.end();
  }
}

const lifecycle = (event: 'Stop' | 'SessionEnd', project: string, env: NodeJS.ProcessEnv) =>
  runHookProcess(
    join(HOOKS_DIR, 'lifecycle.cjs'),
    {
      session_id: 'test-session',
      transcript_path: join(project, 'no-transcript.jsonl'),
      cwd: project,
      hook_event_name: event,
      ...(event === 'SessionEnd' ? { reason: 'exit' } : { stop_hook_active: false, prompt_id: 'prompt-1' }),
    },
    env,
  );

/** Polls until `check` holds; the ceiling is one a hung sync would break, not a timing claim. */
async function eventually<T>(read: () => T | Promise<T>, holds: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (holds(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One recorded Bash call (PreToolUse) in a sandbox whose hooks sync to `url`. */
async function machineWithACall(url: string) {
  const box = sandbox({ BGTELEMETRY_TEAM_URL: url });
  const database = join(box.home, 'data', 'telemetry.db');
  expectContract(await hook('pre-tool-use', preBash(box.project, { command: 'npm test' }), box.env));
  return { box, database };
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe.skipIf(!!PG_SKIP_REASON)('a lifecycle hook with a team URL', () => {
  it('SessionEnd starts a detached sync: the hook returns first, the rows arrive after', async () => {
    const url = await teamStore();
    const { box, database } = await machineWithACall(url);
    const run = await lifecycle('SessionEnd', box.project, box.env);
    expect(expectContract(run)).toBeNull();
    // Returned while the sync (a CLI process connecting to PostgreSQL) had not recorded its outcome.
    expect(readSyncState(database)).toBeNull();
    expect(run.ms).toBeLessThan(5_000);
    const state = await eventually(
      () => readSyncState(database),
      (s) => s !== null,
    );
    expect(state).toMatchObject({ ok: true, failures: 0 });
    expect(state?.rows).toBeGreaterThan(0);
    expect(await bashCallsIn(url)).toBe(1);
    expect(existsSync(syncLockPath(database))).toBe(false);
    expect(box.errors()).toBe('');
  }, 90_000);

  it('a server that is down leaves a failure and a backoff; the hook says nothing', async () => {
    const url = `postgresql://nobody@127.0.0.1:${await closedPort()}/nothing`;
    const { box, database } = await machineWithACall(url);
    const first = await lifecycle('SessionEnd', box.project, box.env);
    expect(expectContract(first)).toBeNull();
    const failed = await eventually(
      () => readSyncState(database),
      (s) => s !== null,
    );
    expect(failed).toMatchObject({ ok: false, failures: 1 });
    expect(failed?.error).toMatch(/ECONNREFUSED|connect/);
    // Within the backoff, another SessionEnd starts nothing: the failure count stays where it was.
    const second = await lifecycle('SessionEnd', box.project, box.env);
    expect(expectContract(second)).toBeNull();
    expect(existsSync(syncLockPath(database))).toBe(false);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(readSyncState(database)).toEqual(failed);
    expect(box.errors()).toBe('');
  }, 90_000);

  it('two Stop hooks at once start one sync', async () => {
    const url = await teamStore();
    const { box, database } = await machineWithACall(url);
    const seen = new Set<number>();
    const watching = watchSyncs(database, seen);
    const runs = await Promise.all([lifecycle('Stop', box.project, box.env), lifecycle('Stop', box.project, box.env)]);
    for (const r of runs) expect(expectContract(r)).toBeNull();
    const state = await eventually(
      () => readSyncState(database),
      (s) => s !== null,
    );
    await eventually(
      () => existsSync(syncLockPath(database)),
      (held) => !held,
    );
    watching.stop();
    expect(state).toMatchObject({ ok: true });
    expect(seen.size).toBe(1);
    expect(await bashCallsIn(url)).toBe(1);
    // A third Stop within the interval starts none: the state stays the one sync's.
    expect(expectContract(await lifecycle('Stop', box.project, box.env))).toBeNull();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(existsSync(syncLockPath(database))).toBe(false);
    expect(readSyncState(database)).toEqual(state);
  }, 90_000);
});

/** Collects the pids of sync processes for `database` (their command lines in /proc) until stopped. */
function watchSyncs(database: string, seen: Set<number>) {
  const look = () => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
        if (argv.includes('--background') && argv.includes(database)) seen.add(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
  };
  const timer = setInterval(look, 20);
  return { stop: () => clearInterval(timer) };
}
