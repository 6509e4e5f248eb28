/**
 * Sync to a real PostgreSQL server (tests/support/pg-server.ts): pushing twice, two machines
 * pushing the same events, a connection killed mid-push, the team's signature-only setting and
 * the roles. Counts are read back from the server, never from the pusher's own summary alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { openDatabase, type DB } from '../../src/store/open.js';
import { migrateTeamStore, TEAM_SCHEMA_VERSION } from '../../src/team/pg-schema.js';
import { roleStatements } from '../../src/team/roles.js';
import { connectTeamStore, syncToTeam } from '../../src/team/sync.js';
import { runCli } from '../support/cli-run.js';
import { PG_SKIP_REASON, startPgServer, type PgServer } from '../support/pg-server.js';

let server: PgServer;
let root: string;
beforeAll(async () => {
  if (PG_SKIP_REASON) return;
  server = await startPgServer();
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-team-'));
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** A foreground test run, as PreToolUse records it. */
const facts = { verdict: 'suggest-background', category: 'test', estimateS: 30, estimateSource: 'catalogue', thresholdMs: 5_000 } as const;

/** `calls` foreground calls in one session, each a PreToolUse and a PostToolUse event. */
function sessionEvents(session: string, calls: number): TelemetryEvent[] {
  const base = { session, wallMs: 1, generation: '2.1' as const, project: '/p', promptId: `p:${session}` };
  const out: TelemetryEvent[] = [];
  for (let k = 0; k < calls; k++) {
    const toolUseId = `t${k}`;
    const call = {
      ...base,
      toolUseId,
      command: `npm test -- --token=abc${k}`,
      signature: 'npm test',
      requestedBackground: false,
      ...facts,
    };
    out.push({ ...call, id: `pre:${session}:${k}`, at: 1_000 + k * 10, hook: 'PreToolUse', kind: 'bash-pre' });
    out.push({
      ...call,
      id: `post:${session}:${k}`,
      at: 1_005 + k * 10,
      hook: 'PostToolUse',
      kind: 'bash-post',
      outcome: 'ok',
      background: false,
      durationMs: 5,
    });
  }
  return out;
}

function machine(name: string, events: readonly TelemetryEvent[]): DB {
  const db = openDatabase(path.join(root, `${name}-${Math.random().toString(36).slice(2)}.db`), { busyTimeoutMs: 1000 });
  db.transaction(() => {
    for (const e of events) applyEvent(db, e);
  })();
  return db;
}

async function teamStore(): Promise<string> {
  const url = await server.freshDatabase();
  const c = await connectTeamStore(url);
  await migrateTeamStore(c);
  await c.end();
  return url;
}

async function counts(url: string): Promise<Record<string, number>> {
  const c = await connectTeamStore(url);
  try {
    const out: Record<string, number> = {};
    for (const t of ['applied_events', 'sessions', 'bash_calls', 'hook_runs']) {
      out[t] = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    }
    return out;
  } finally {
    await c.end();
  }
}

async function push(db: DB, url: string, batchSize = 50) {
  const c = await connectTeamStore(url);
  try {
    return await syncToTeam(db, c, url, { batchSize, home: '/home/alice' });
  } finally {
    await c.end().catch(() => {});
  }
}

describe.skipIf(!!PG_SKIP_REASON)('sync to the team store', () => {
  it('pushes every row once, and a second push sends nothing', async () => {
    const url = await teamStore();
    const db = machine('a', sessionEvents('s1', 30));
    const first = await push(db, url);
    expect(first.fullPush).toBe(true);
    expect(first.tables.bash_calls?.inserted).toBe(30);
    expect(await counts(url)).toEqual({ applied_events: 60, sessions: 1, bash_calls: 30, hook_runs: 60 });
    const second = await push(db, url);
    expect(second.batches).toBe(0);
    // New calls later: only they travel.
    db.transaction(() => {
      for (const e of sessionEvents('s2', 3)) applyEvent(db, e);
    })();
    const third = await push(db, url);
    expect(third.tables.bash_calls).toEqual({ inserted: 3, updated: 0, present: 0 });
    expect(await counts(url)).toEqual({ applied_events: 66, sessions: 2, bash_calls: 33, hook_runs: 66 });
    db.close();
  });

  it('stores the same events pushed from two machines once, and merges a call that ended after its first push', async () => {
    const url = await teamStore();
    const events = sessionEvents('shared', 20);
    const a = machine('a', events);
    // Machine b has only the PreToolUse events at first: its calls have not ended.
    const b = machine(
      'b',
      events.filter((e) => e.kind === 'bash-pre'),
    );
    await push(b, url);
    await push(a, url);
    const again = await push(b, url);
    expect(again.batches).toBe(0);
    expect(await counts(url)).toEqual({ applied_events: 40, sessions: 1, bash_calls: 20, hook_runs: 40 });
    const c = await connectTeamStore(url);
    const ended = await c.query(`SELECT count(*) AS n FROM bash_calls WHERE outcome = 'ok' AND duration_ms = 5`);
    await c.end();
    expect(Number(ended.rows[0].n)).toBe(20);
    a.close();
    b.close();
  });

  it('pushes every row to a store it has never pushed to, after another store has had them', async () => {
    const first = await teamStore();
    const db = machine('a', sessionEvents('s1', 30));
    await push(db, first);
    // The outbox is trimmed to what every known store has: nothing is left in it.
    expect(db.prepare('SELECT count(*) FROM team_outbox').pluck().get()).toBe(0);
    const second = await teamStore();
    const pushed = await push(db, second);
    expect(pushed.fullPush).toBe(true);
    expect(await counts(second)).toEqual({ applied_events: 60, sessions: 1, bash_calls: 30, hook_runs: 60 });
    // New calls travel to both stores; the second store's own entries are gone once it has them.
    db.transaction(() => {
      for (const e of sessionEvents('s2', 2)) applyEvent(db, e);
    })();
    expect((await push(db, first)).tables.bash_calls?.inserted).toBe(2);
    expect((await push(db, second)).tables.bash_calls?.inserted).toBe(2);
    expect(db.prepare('SELECT count(*) FROM team_outbox').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps the cursor by the store, not the URL: an alias sends nothing again, a store made again gets everything', async () => {
    const url = await teamStore();
    const db = machine('a', sessionEvents('s', 10));
    await push(db, url);
    // The same store under another URL: same store id, nothing to send.
    const alias = new URL(url);
    alias.protocol = 'postgres:';
    alias.searchParams.set('application_name', 'alias');
    const again = await push(db, alias.toString());
    expect(again.batches).toBe(0);
    // The database dropped and created again under the same URL: a new store id, every row again.
    const name = new URL(url).pathname.slice(1);
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const m = await connectTeamStore(url);
    await migrateTeamStore(m);
    await m.end();
    const recreated = await push(db, url);
    expect(recreated.fullPush).toBe(true);
    expect(await counts(url)).toEqual({ applied_events: 20, sessions: 1, bash_calls: 10, hook_runs: 20 });
    db.close();
  });

  it('sends no local path and no secret: projects as their portable id, paths in commands replaced', async () => {
    const url = await teamStore();
    const home = '/home/alice';
    const project = `${home}/src/app`;
    const token = `ghp_${'a1B2c3D4e5'.repeat(4).slice(0, 36)}`;
    const local = (session: string, projectId: string | undefined) =>
      sessionEvents(session, 2).map((e) => ({
        ...e,
        project,
        cwd: `${project}/web`,
        ...(projectId && { projectId }),
        ...('command' in e && { command: `cd ${project}/web && GITHUB_TOKEN=${token} npm test --prefix ${home}/other` }),
      }));
    // A session whose project id was recorded, and one from before project ids (its folder name).
    const db = machine('a', [...local('with-id', 'github.com/acme/app'), ...local('older', undefined)]);
    // An older database may hold a secret unredacted: the push redacts it again.
    db.prepare('UPDATE bash_calls SET command = ?').run(`cd ${project}/web && GITHUB_TOKEN=${token} npm test --prefix ${home}/other`);
    await push(db, url, 5);
    db.close();
    const c = await connectTeamStore(url);
    const everything: string[] = [];
    for (const t of ['applied_events', 'sessions', 'prompts', 'bash_calls', 'tasks', 'task_checks', 'advice', 'hook_runs']) {
      everything.push(...(await c.query(`SELECT row_to_json(t)::text AS r FROM ${t} t`)).rows.map((r) => r.r as string));
    }
    const projects = await c.query('SELECT session_id, project, command FROM bash_calls ORDER BY session_id, tool_use_id');
    const sessions = await c.query('SELECT id, project, cwd FROM sessions ORDER BY id');
    await c.end();
    expect(everything.length).toBeGreaterThan(10);
    for (const row of everything) {
      expect(row).not.toContain(home);
      expect(row).not.toContain(token);
    }
    expect(sessions.rows).toEqual([
      { id: 'older', project: 'app', cwd: null },
      { id: 'with-id', project: 'github.com/acme/app', cwd: null },
    ]);
    expect(new Set(projects.rows.map((r) => `${r.session_id} ${r.project}`))).toEqual(
      new Set(['older app', 'with-id github.com/acme/app']),
    );
    for (const r of projects.rows) {
      expect(r.command).toMatch(/^cd <project>\/web && GITHUB_TOKEN=\S+ npm test --prefix ~\/other$/);
    }
  });

  it('migration 3 makes the paths a store already holds portable', async () => {
    const url = await teamStore();
    const c = await connectTeamStore(url);
    // As an older bgtelemetry pushed them, before migration 3 (the store id; 4 is the rollups, 5 advice_facts, 6 the narrow call rollups, 7 task_facts).
    await c.query(
      `DROP FUNCTION bgt_call_hours, bgt_hook_hours, bgt_advice_facts_advice, bgt_advice_facts_advice_gone, bgt_advice_facts_call, bgt_advice_facts_task, bgt_advice_facts_session, bgt_call_rollups, bgt_task_facts_task, bgt_task_facts_check, bgt_task_facts_session, bgt_task_facts_call, bgt_task_facts_rebuild CASCADE;
       DROP TABLE call_hours, hook_hours, advice_facts, call_session_hours, call_signature_hours, task_facts, team_meta; DROP INDEX advice_by_prompt; DELETE FROM schema_version WHERE version >= 3`,
    );
    const session = (id: string, projectId: string | null) => ({
      id,
      project: '/home/alice/src/app',
      cwd: '/home/alice/src/app/web',
      project_id: projectId,
    });
    await c.query('SELECT bgt_push_sessions($1::jsonb)', [JSON.stringify([session('s1', 'github.com/acme/app'), session('s2', null)])]);
    await c.query('SELECT bgt_push_bash_calls($1::jsonb)', [
      JSON.stringify([{ session_id: 's2', tool_use_id: 't', project: 'C:\\Users\\alice\\app', project_id: null }]),
    ]);
    expect(await migrateTeamStore(c)).toEqual([3, 4, 5, 6, 7]);
    const sessions = await c.query('SELECT id, project, cwd FROM sessions ORDER BY id');
    const calls = await c.query('SELECT project FROM bash_calls');
    await c.end();
    expect(sessions.rows).toEqual([
      { id: 's1', project: 'github.com/acme/app', cwd: null },
      { id: 's2', project: 'app', cwd: null },
    ]);
    expect(calls.rows).toEqual([{ project: 'app' }]);
  });

  it('loses and doubles nothing when the connection is killed mid-push', async () => {
    const url = await teamStore();
    const db = machine('a', sessionEvents('s', 400));
    const killer = await connectTeamStore(url);
    const c = await connectTeamStore(url);
    let batches = 0;
    const killed = syncToTeam(db, c, url, {
      batchSize: 20,
      onProgress: async () => {
        // After the third committed batch, the server ends this connection from outside.
        if (++batches === 3)
          await killer.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'bgtelemetry sync' AND pid <> pg_backend_pid()`,
          );
      },
    });
    await expect(killed).rejects.toThrow();
    await c.end().catch(() => {});
    await killer.end();
    const partial = await counts(url);
    // The first push enqueues applied_events first: three batches of 20 committed, no more.
    expect(partial.applied_events).toBeGreaterThanOrEqual(60);
    expect(partial.applied_events).toBeLessThan(800);
    expect(partial.applied_events % 20).toBe(0);
    await push(db, url, 20);
    expect(await counts(url)).toEqual({ applied_events: 800, sessions: 1, bash_calls: 400, hook_runs: 800 });
    db.close();
  });

  it('survives the server stopped mid-push: the rerun after a restart completes with exact counts', async () => {
    if (process.env.BGT_TEST_PG_URL) return; // a server the tests do not own is never stopped
    const url = await teamStore();
    const db = machine('a', sessionEvents('s', 200));
    const c = await connectTeamStore(url);
    let batches = 0;
    const stopped = syncToTeam(db, c, url, { batchSize: 20, onProgress: () => void (++batches === 2 && server.stop()) });
    await expect(stopped).rejects.toThrow();
    await c.end().catch(() => {});
    server.start();
    await push(db, url, 20);
    expect(await counts(url)).toEqual({ applied_events: 400, sessions: 1, bash_calls: 200, hook_runs: 400 });
    db.close();
  });

  it('sends commands as their signature when the team store asks for it', async () => {
    const url = await teamStore();
    const c = await connectTeamStore(url);
    await c.query(`INSERT INTO team_settings (key, value) VALUES ('commandStorage', 'signature')`);
    const db = machine('a', sessionEvents('s', 2));
    await push(db, url);
    const commands = await c.query('SELECT DISTINCT command FROM bash_calls');
    await c.end();
    expect(commands.rows).toEqual([{ command: 'npm test' }]);
    db.close();
  });

  it('lets a developer role push but not read, and the lead role read everything', async () => {
    const url = await teamStore();
    const owner = await connectTeamStore(url);
    for (const s of roleStatements()) await owner.query(s);
    const tag = Math.random().toString(36).slice(2, 8);
    await owner.query(`CREATE ROLE dev_${tag} LOGIN PASSWORD 'dev-secret'; GRANT bgt_writer TO dev_${tag}`);
    await owner.query(`CREATE ROLE lead_${tag} LOGIN PASSWORD 'lead-secret'; GRANT bgt_reader TO lead_${tag}`);
    await owner.end();
    const as = (role: string, password: string) => {
      const u = new URL(url);
      u.username = role;
      u.password = password;
      return u.toString();
    };
    const devUrl = as(`dev_${tag}`, 'dev-secret');
    const db = machine('a', sessionEvents('s', 5));
    const pushed = await push(db, devUrl);
    expect(pushed.tables.bash_calls?.inserted).toBe(5);
    const dev = new pg.Client({ connectionString: devUrl });
    await dev.connect();
    await expect(dev.query('SELECT * FROM bash_calls')).rejects.toThrow(/permission denied/);
    await expect(dev.query(`INSERT INTO bash_calls (tool_use_id, session_id) VALUES ('x', 'y')`)).rejects.toThrow(/permission denied/);
    await dev.end();
    const lead = new pg.Client({ connectionString: as(`lead_${tag}`, 'lead-secret') });
    await lead.connect();
    expect(Number((await lead.query('SELECT count(*) AS n FROM bash_calls')).rows[0].n)).toBe(5);
    await lead.end();
    db.close();
  });

  it('sync on the command line: a summary, --json, and a server that is down in one line with the password masked', async () => {
    const url = await server.freshDatabase();
    const home = fs.mkdtempSync(path.join(root, 'home-'));
    const env = { BGTELEMETRY_HOME: home, PATH: process.env.PATH };
    const dbPath = path.join(home, 'telemetry.db');
    machine('a', []).close();
    const db = openDatabase(dbPath, { busyTimeoutMs: 1000 });
    db.transaction(() => {
      for (const e of sessionEvents('s', 4)) applyEvent(db, e);
    })();
    db.close();
    // No schema yet: exit 1, the lead's command named.
    const bare = await runCli(['sync', '--url', url], { cwd: home, env });
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/no bgtelemetry schema.*\n.*team setup/s);
    const setup = await runCli(['team', 'setup', '--url', url], { cwd: home, env });
    expect(setup.stdout).toContain(`schema migrated to version ${TEAM_SCHEMA_VERSION}`);
    const text = await runCli(['sync', '--url', url], { cwd: home, env: { ...env } });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('bash_calls: 4 new, 0 updated, 0 already there');
    const json = await runCli(['sync', '--json'], { cwd: home, env: { ...env, BGTELEMETRY_TEAM_URL: url } });
    expect(JSON.parse(json.stdout)).toMatchObject({ batches: 0, fullPush: false });

    const down = 'postgresql://alice:s3cret-pw@127.0.0.1:1/telemetry';
    const failed = await runCli(['sync', '--url', down], { cwd: home, env });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('postgresql://alice:***@127.0.0.1:1/telemetry');
    expect(failed.stderr).not.toContain('s3cret-pw');
    expect(failed.stdout).toBe('');
  });
});

describe('team.url in a config file', () => {
  it('is refused with a password in it (nothing written), and shown masked when the environment gives one', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-team-config-'));
    try {
      const env = { BGTELEMETRY_HOME: home, PATH: process.env.PATH };
      const refused = await runCli(['config', 'set', 'team.url', 'postgresql://alice:pw@db/t'], { cwd: home, env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('team.url: invalid value');
      expect(fs.existsSync(path.join(home, 'config.json'))).toBe(false);
      const ok = await runCli(['config', 'set', 'team.url', 'postgresql://alice@db/t?sslmode=require'], { cwd: home, env });
      expect(ok.code).toBe(0);
      // The environment's URL wins and may hold a password: shown masked by list and get.
      const withEnv = { ...env, BGTELEMETRY_TEAM_URL: 'postgresql://bob:s3cret-pw@db/t' };
      const list = await runCli(['config', 'list'], { cwd: home, env: withEnv });
      expect(list.stdout).toMatch(/team\.url\s+postgresql:\/\/bob:\*\*\*@db\/t\s+environment/);
      const got = await runCli(['config', 'get', 'team.url'], { cwd: home, env: withEnv });
      expect(got.stdout).toBe('postgresql://bob:***@db/t\n');
      expect(list.stdout + list.stderr + got.stdout).not.toContain('s3cret-pw');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
