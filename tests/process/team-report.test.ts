/**
 * `report` from the team store: the report fixture's two databases (tests/unit/report-fixture.ts)
 * pushed with `bgtelemetry sync` to a real PostgreSQL server (tests/support/pg-server.ts), then
 * every grouping and the lead's view reported from the two SQLite files and from PostgreSQL: the same figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUPINGS, type Report } from '../../src/report/model.js';
import { CALL_ROLLUPS } from '../../src/store/call-rollups.js';
import { TASK_FACT_COLUMNS, taskFactRows } from '../../src/store/task-facts.js';
import { TEAM_SCHEMA_VERSION } from '../../src/team/pg-schema.js';
import { openDatabase } from '../../src/store/open.js';
import { runCli } from '../support/cli-run.js';
import { PG_SKIP_REASON, startPgServer, type PgServer } from '../support/pg-server.js';
import { seededDatabases } from '../unit/report-fixture.js';

let server: PgServer;
let dbs: ReturnType<typeof seededDatabases>;
let url: string;
let home: string;
let env: NodeJS.ProcessEnv;

/** The fixture's days, in a zone with an offset (day keys depend on it), and one DST change. */
const RANGE = ['--since', '2026-10-20', '--until', '2026-11-14', '--timezone', 'Europe/Paris'];

beforeAll(async () => {
  if (PG_SKIP_REASON) return;
  server = await startPgServer();
  dbs = seededDatabases();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-team-report-'));
  env = { HOME: home, PATH: process.env.PATH, BGTELEMETRY_DB: path.join(home, 'unused.db') };
  markBackfilled(dbs.alice);
  url = await server.freshDatabase();
  expect((await runCli(['team', 'setup', '--url', url], { cwd: home, env })).code).toBe(0);
  for (const db of [dbs.alice, dbs.bob]) {
    const synced = await runCli(['sync', '--url', url, '--db', db], { cwd: home, env });
    expect(synced.stderr).toBe('');
    expect(synced.code).toBe(0);
  }
}, 120_000);
/** One call from a transcript backfill, so that --by phase has both phases. */
function markBackfilled(file: string): void {
  const db = openDatabase(file, { busyTimeoutMs: 1000 });
  db.prepare("UPDATE bash_calls SET backfilled = 1 WHERE tool_use_id = 'c1'").run();
  db.close();
}

afterAll(async () => {
  await server?.close();
  for (const dir of [dbs?.dir, home]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function reportJson(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Report> {
  const r = await runCli(['report', '--json', ...RANGE, ...args], { cwd: home, env: { ...env, ...extraEnv } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

/** The figures: what differs between two runs (when, from where, tasks' ages) left out. */
function figures(r: Report): unknown {
  const { generatedAt, databases, unchecked, ...rest } = r;
  return { ...rest, unchecked: unchecked.map(({ ageMs, ...t }) => t) };
}

describe.skipIf(PG_SKIP_REASON)('report from the team store', () => {
  it.each(GROUPINGS)(
    '--by %s: every figure equal to the same data read from SQLite',
    async (by) => {
      const local = await reportJson(['--by', by, '--db', dbs.alice, '--db', dbs.bob]);
      const team = await reportJson(['--by', by, '--db', url]);
      expect(local.totals.bashCalls).toBe(15);
      expect(local.rows.length).toBeGreaterThan(1);
      expect(figures(team)).toEqual(figures(local));
      expect(team.databases).toEqual([url]);
    },
    60_000,
  );

  it('--lead: every figure of the lead view equal to SQLite; --team alone gives the lead report', async () => {
    const local = await reportJson(['--lead', '--db', dbs.alice, '--db', dbs.bob]);
    const team = await reportJson(['--lead', '--db', url]);
    const lead = local.lead!;
    // In Paris, alice's calls of 23:30 UTC on the 11th fall on the 12th, with bob's: 2 days.
    expect(lead.sample).toEqual({ calls: 15, sessions: 3, daysWithData: 2, developers: 2 });
    expect(lead.ignoredAdvice.map((a) => [a.signature, a.blockedMs])).toEqual([
      ['cargo build', 120_000],
      ['tsc', 2_000],
    ]);
    expect(lead.uncheckedByDeveloper.map((u) => u.unchecked)).toEqual([3, 1]);
    expect(lead.days.length).toBeLessThan(10);
    expect(lead.trend.currentWeek).not.toBeNull();
    expect(figures(team)).toEqual(figures(local));
    const natural = await reportJson(['--team'], { BGTELEMETRY_TEAM_URL: url });
    expect(natural.by).toBe('developer');
    expect(figures(natural)).toEqual(figures(team));
  }, 60_000);

  it('advice_facts holds what advice_outcomes judges, rows arriving in any order and twice', async () => {
    const store = await server.freshDatabase();
    expect((await runCli(['team', 'setup', '--url', store], { cwd: home, env })).code).toBe(0);
    const c = new pg.Client({ connectionString: store });
    await c.connect();
    try {
      const push = (table: string, rows: object[]) => c.query(`SELECT bgt_push_${table}($1::jsonb)`, [JSON.stringify(rows)]);
      const advice = (call: string, at: number) => ({
        event_id: `pre:s1:${call}`,
        session_id: 's1',
        prompt_id: 'p1',
        tool_use_id: call,
        at,
        hook: 'PreToolUse',
        kind: 'slow-foreground',
        signature: 'npm test',
        text: 'bgtelemetry: npm test is slow',
        chars: 29,
        deferred: 0,
      });
      const call = (id: string, at: number, extra: object) => ({
        session_id: 's1',
        tool_use_id: id,
        prompt_id: 'p1',
        started_at: at,
        signature: 'npm test',
        threshold_ms: 5000,
        ...extra,
      });
      const task = { session_id: 's1', id: 't2', tool_use_id: 'c2', started_at: 2000, status: 'running' };
      const facts = async () => {
        const kept = await c.query('SELECT event_id, project_id, followed, "right", call_fg_ms FROM advice_facts ORDER BY 1');
        const judged = await c.query(
          `SELECT a.event_id, COALESCE(b.project_id, s.project_id) AS project_id, a.followed, a."right", CASE WHEN COALESCE(b.background, 0) <> 1 THEN b.duration_ms END AS call_fg_ms
           FROM advice_outcomes a LEFT JOIN bash_calls b ON b.session_id = a.session_id AND b.tool_use_id = a.tool_use_id
           LEFT JOIN sessions s ON s.id = a.session_id ORDER BY 1`,
        );
        expect(kept.rows).toEqual(judged.rows);
        return kept.rows.map((r) => [r.event_id, r.project_id, r.followed, r.right, r.call_fg_ms === null ? null : Number(r.call_fg_ms)]);
      };
      // The advice before its session and calls; c1 in the foreground, then c2 of the same prompt in the background.
      await push('advice', [advice('c1', 1000), advice('c2', 2000)]);
      expect(await facts()).toEqual([
        ['pre:s1:c1', null, 0, null, null],
        ['pre:s1:c2', null, 0, null, null],
      ]);
      await push('sessions', [{ id: 's1', project: 'app', project_id: 'github.com/acme/app' }]);
      await push('bash_calls', [call('c1', 1000, { background: 0, duration_ms: 9000 })]);
      await push('bash_calls', [call('c2', 2000, { background: 1, task_id: 't2', duration_ms: 100 })]);
      await push('tasks', [task]);
      // The task ends; everything pushed again.
      await push('tasks', [{ ...task, status: 'completed', finished_at: 12_000 }]);
      await push('bash_calls', [call('c1', 1000, { background: 0, duration_ms: 9000 })]);
      await push('advice', [advice('c1', 1000), advice('c2', 2000)]);
      expect(await facts()).toEqual([
        ['pre:s1:c1', 'github.com/acme/app', 1, 1, 9000],
        ['pre:s1:c2', 'github.com/acme/app', 0, 1, null],
      ]);
    } finally {
      await c.end();
    }
  }, 60_000);

  it('the narrow call rollups hold what call_hours holds, as calls arrive, change class, come again and go', async () => {
    const store = await server.freshDatabase();
    expect((await runCli(['team', 'setup', '--url', store], { cwd: home, env })).code).toBe(0);
    const c = new pg.Client({ connectionString: store });
    await c.connect();
    try {
      const push = (rows: object[]) => c.query('SELECT bgt_push_bash_calls($1::jsonb)', [JSON.stringify(rows)]);
      const call = (id: string, session: string, extra: object) => ({
        session_id: session,
        tool_use_id: id,
        started_at: 3_600_000 * 10 + Number(id.slice(1)) * 60_000,
        signature: Number(id.slice(1)) % 2 ? 'npm test' : 'git status',
        project: 'app',
        project_id: 'github.com/acme/app',
        backfilled: 0,
        threshold_ms: 5000,
        ...extra,
      });
      const same = async () => {
        for (const [table, columns] of Object.entries(CALL_ROLLUPS)) {
          const sums = async (from: string) =>
            (
              await c.query(
                `SELECT ${columns.join(', ')}, sum(n)::bigint AS n, sum(ms)::bigint AS ms FROM ${from} GROUP BY ${columns.join(', ')}
                 HAVING sum(n) <> 0 OR sum(ms) <> 0 ORDER BY ${columns.join(', ')}`,
              )
            ).rows;
          const kept = await sums(table);
          expect(kept.length, table).toBeGreaterThan(0);
          expect(kept, table).toEqual(await sums('call_hours'));
        }
      };
      const calls = Array.from({ length: 8 }, (_, k) => call(`c${k}`, `s${k % 3}`, { duration_ms: 1000 * k, background: 0 }));
      await push(calls);
      await same();
      // Pushed again, then a class change (slow, in the background), a moved hour, a call without a signature.
      await push(calls);
      await push([call('c1', 's1', { duration_ms: 9000, background: 1 }), call('c2', 's2', { started_at: 3_600_000 * 30 })]);
      await push([call('c8', 's0', { signature: null, duration_ms: 20 })]);
      await same();
      await c.query("DELETE FROM bash_calls WHERE tool_use_id IN ('c3', 'c8')");
      await same();
      await c.query('DELETE FROM bash_calls');
      const left = await c.query(
        'SELECT (SELECT count(*) FROM call_session_hours WHERE n <> 0) + (SELECT count(*) FROM call_signature_hours WHERE n <> 0) AS n',
      );
      expect(Number(left.rows[0].n)).toBe(0);
    } finally {
      await c.end();
    }
  }, 60_000);

  it('task_facts holds each task as the rows say, as tasks, checks, calls and session ends arrive in any order and twice', async () => {
    const store = await server.freshDatabase();
    expect((await runCli(['team', 'setup', '--url', store], { cwd: home, env })).code).toBe(0);
    const c = new pg.Client({ connectionString: store });
    await c.connect();
    try {
      const push = (table: string, rows: object[]) => c.query(`SELECT bgt_push_${table}($1::jsonb)`, [JSON.stringify(rows)]);
      const task = (id: string, start: number, extra: object = {}) => ({
        session_id: 's1',
        id,
        tool_use_id: `c${id}`,
        started_at: start,
        signature: 'npm test',
        command: 'npm test',
        status: 'running',
        ...extra,
      });
      const same = async () => {
        // Values as text: count(*) is a bigint where the column is an integer.
        const rows = async (text: string) =>
          ((await c.query({ text, rowMode: 'array' })).rows as unknown[][]).map((r) => r.map((v) => (v === null ? null : String(v))));
        const kept = await rows(`SELECT ${TASK_FACT_COLUMNS} FROM task_facts ORDER BY 1, 2`);
        expect(kept).toEqual(await rows(`${taskFactRows('TRUE')} ORDER BY 1, 2`));
        // id, running, state, project_id
        return kept.map((r) => [r[1], Number(r[4]), r[5], r[10]]);
      };
      // Three tasks of one session, the first still running when the others start; no session or calls yet.
      await push('tasks', [task('t1', 1000), task('t2', 2000), task('t3', 3000, { status: 'completed', finished_at: 4000 })]);
      expect(await same()).toEqual([
        ['t1', 1, 'unchecked-running', null],
        ['t2', 2, 'unchecked-running', null],
        ['t3', 3, 'unchecked-finished', null],
      ]);
      // t1 ends before t2 starts, t2 is checked, the calls and the session (which ends) arrive; all pushed again.
      await push('tasks', [task('t1', 1000, { status: 'completed', finished_at: 1500 })]);
      await push('task_checks', [{ session_id: 's1', tool_use_id: 'k2', task_id: 't2', at: 2500, tool: 'TaskOutput', blocking: 0 }]);
      await push('bash_calls', [
        { session_id: 's1', tool_use_id: 'ct3', started_at: 3000, project: 'app', project_id: 'github.com/acme/app' },
      ]);
      await push('sessions', [{ id: 's1', project: 'web', project_id: 'github.com/acme/web', ended_at: 2800 }]);
      await push('tasks', [task('t1', 1000, { status: 'completed', finished_at: 1500 }), task('t2', 2000)]);
      expect(await same()).toEqual([
        ['t1', 1, 'unchecked-finished', 'github.com/acme/web'],
        ['t2', 1, 'checked', 'github.com/acme/web'],
        ['t3', 1, 'unchecked-finished', 'github.com/acme/app'],
      ]);
      await c.query("DELETE FROM tasks WHERE id = 't2'");
      expect((await same()).map((r) => r[0])).toEqual(['t1', 't3']);
    } finally {
      await c.end();
    }
  }, 60_000);

  it('--by phase sees the backfilled call', async () => {
    const team = await reportJson(['--by', 'phase', '--db', url]);
    expect(team.rows.find((r) => r.key === 'before bgtelemetry')?.bashCalls).toBe(1);
  });

  it('--project, --session and CSV give the same as from SQLite', async () => {
    for (const filter of [
      ['--project', 'github.com/acme/widget'],
      ['--session', 's1'],
    ]) {
      // The lead's groupings: read in one pass from the store, as three reports from the two files.
      for (const grouping of [['--by', 'signature'], ['--lead']]) {
        const local = await reportJson([...grouping, ...filter, '--db', dbs.alice, '--db', dbs.bob]);
        const team = await reportJson([...grouping, ...filter, '--db', url]);
        expect(local.totals.bashCalls).toBeGreaterThan(0);
        expect(figures(team)).toEqual(figures(local));
      }
    }
    const csv = (db: string[]) => runCli(['report', '--csv', '--by', 'developer', ...RANGE, ...db], { cwd: home, env });
    const [local, team] = [await csv(['--db', dbs.alice, '--db', dbs.bob]), await csv(['--db', url])];
    expect(team.code).toBe(0);
    expect(team.stdout).toBe(local.stdout);
  }, 60_000);

  it('--team reads BGTELEMETRY_TEAM_URL; JSON names the store with its password masked, HTML not at all', async () => {
    const withPassword = new URL(url);
    withPassword.password = 'pw-not-needed';
    const team = await reportJson(['--by', 'week', '--team'], { BGTELEMETRY_TEAM_URL: withPassword.toString() });
    expect(figures(team)).toEqual(figures(await reportJson(['--by', 'week', '--db', url])));
    expect(JSON.stringify(team)).not.toContain('pw-not-needed');
    expect(team.databases[0]).toMatch(/^postgresql:\/\/postgres:\*\*\*@/);
    const html = path.join(home, 'team.html');
    const text = await runCli(['report', '--team', ...RANGE, '--html', html], {
      cwd: home,
      env: { ...env, BGTELEMETRY_TEAM_URL: withPassword.toString() },
    });
    expect(text.code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toContain('<div class="value">15</div>');
    expect(fs.readFileSync(html, 'utf8')).not.toContain('pw-not-needed');
  }, 60_000);

  it('a server that is down: exit 1, one line, the password masked', async () => {
    const down = 'postgresql://lead:s3cret-pw@127.0.0.1:1/telemetry';
    const r = await runCli(['report', '--db', down], { cwd: home, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('postgresql://lead:***@127.0.0.1:1/telemetry');
    expect(r.stderr).not.toContain('s3cret-pw');
    expect(r.stderr.split('\n')[0]).toMatch(/^bgtelemetry: team store .*ECONNREFUSED/);
  }, 60_000);

  it('refuses the team store with other databases, and --team with --db', async () => {
    const mixed = await runCli(['report', '--db', url, '--db', dbs.alice], { cwd: home, env });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('reads the team store alone');
    const both = await runCli(['report', '--team', '--db', dbs.alice], { cwd: home, env: { ...env, BGTELEMETRY_TEAM_URL: url } });
    expect(both.code).toBe(2);
  });

  it('a store at schema 1 (no backfilled column, no views): refused until team setup upgrades it, then the same figures', async () => {
    const old = await server.freshDatabase();
    expect((await runCli(['team', 'setup', '--url', old], { cwd: home, env })).code).toBe(0);
    // Back to what migration 1 left: migration 2 is the views and the column, 3 the store id, 4 the rollups, 5 advice_facts, 6 the narrow call rollups, 7 task_facts.
    const c = new pg.Client({ connectionString: old });
    await c.connect();
    await c.query(
      'DROP FUNCTION bgt_call_hours, bgt_hook_hours, bgt_advice_facts_advice, bgt_advice_facts_advice_gone, bgt_advice_facts_call, bgt_advice_facts_task, bgt_advice_facts_session, bgt_call_rollups, bgt_task_facts_task, bgt_task_facts_check, bgt_task_facts_session, bgt_task_facts_call, bgt_task_facts_rebuild CASCADE; DROP TABLE call_hours, hook_hours, advice_facts, call_session_hours, call_signature_hours, task_facts, team_meta; DROP INDEX advice_by_prompt; DROP VIEW advice_outcomes, task_states; DROP INDEX tasks_by_time, task_checks_by_task, advice_by_call; ALTER TABLE bash_calls DROP COLUMN backfilled; DELETE FROM schema_version WHERE version >= 2',
    );
    await c.end();
    const refused = await runCli(['report', '--db', old], { cwd: home, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`schema version 1, this bgtelemetry needs ${TEAM_SCHEMA_VERSION}.*\n.*team setup`, 's'));
    const upgraded = await runCli(['team', 'setup', '--url', old], { cwd: home, env });
    expect(upgraded.stderr).toBe('');
    expect(upgraded.stdout).toContain(`schema migrated to version ${TEAM_SCHEMA_VERSION}`);
    // Copies never synced: the fixture's files have pushed their rows to the other store already.
    const fresh = seededDatabases();
    try {
      markBackfilled(fresh.alice);
      for (const db of [fresh.alice, fresh.bob])
        expect((await runCli(['sync', '--url', old, '--db', db], { cwd: home, env })).code).toBe(0);
    } finally {
      fs.rmSync(fresh.dir, { recursive: true, force: true });
    }
    const local = await reportJson(['--by', 'phase', '--db', dbs.alice, '--db', dbs.bob]);
    expect(figures(await reportJson(['--by', 'phase', '--db', old]))).toEqual(figures(local));
  }, 60_000);

  it('nothing in the range: one line naming the store, zeros in JSON', async () => {
    const r = await runCli(['report', '--json', '--since', '2026-01-01', '--until', '2026-01-02', '--db', url], { cwd: home, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^bgtelemetry: note: Nothing recorded in postgresql:.* it holds calls outside that/);
    expect((JSON.parse(r.stdout) as Report).totals.bashCalls).toBe(0);
  });
});
