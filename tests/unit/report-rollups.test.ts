/**
 * The hourly rollups (store/rollups.ts) against the raw rows they stand for. Events go through
 * the store's own projection (applyEvent), some twice, some out of order, some rows pruned; then
 * every report read with rollups must equal the same report read from raw rows alone (a copy of
 * the file without the rollup tables), over ranges with partial hours at both edges, in zones
 * whose midnight is not on an hour (Asia/Kathmandu, +5:45) and across a daylight-saving change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, reportFromFacts } from '../../src/report/build.js';
import { queriesFor } from '../../src/report/lead.js';
import { GROUPINGS, type ReportQuery } from '../../src/report/model.js';
import { planRollup } from '../../src/report/rollup-plan.js';
import { readDatabase } from '../../src/report/sqlite-source.js';
import { portableProject } from '../../src/store/advice-facts.js';
import { applyAdvice, applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { openDatabase, type DB } from '../../src/store/open.js';
import { CALL_ROLLUPS } from '../../src/store/call-rollups.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { TASK_FACT_COLUMNS, taskFactRows } from '../../src/store/task-facts.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-10-28T00:00:00Z');
const SIGNATURES = [
  ['npm test', 'suggest-background'],
  ['git status', 'foreground'],
  ['cargo build', 'suggest-background'],
  ['npm run dev', 'must-background'],
  ['pytest', 'foreground'],
] as const;

// Deterministic: the same events on every run.
let seed = 7;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;

/** Ten days of calls by three developers (pre and post, or only one of them), with advice and hook runs. */
function events(): TelemetryEvent[] {
  const out: TelemetryEvent[] = [];
  let k = 0;
  for (let s = 0; s < 60; s++) {
    const dev = s % 3;
    const session = `s${s}`;
    const who = {
      session,
      developer: `dev${dev}`,
      machine: `m${dev}`,
      project: `/p/${dev}`,
      projectId: dev ? `github.com/acme/p${dev}` : undefined,
    };
    let t = START + Math.floor(rand() * 10 * 24 * HOUR);
    for (let c = 0; c < 25; c++) {
      const [signature, verdict] = SIGNATURES[Math.floor(rand() * SIGNATURES.length)];
      const toolUseId = `toolu_${++k}`;
      const facts = {
        toolUseId,
        command: `${signature} ${c}`,
        signature,
        verdict,
        category: 'test',
        estimateS: 10,
        estimateSource: 'catalogue',
        requestedBackground: false,
        thresholdMs: 5000,
      } as const;
      const backfilled = rand() < 0.1;
      const durationMs = Math.floor(rand() * 20_000);
      const background = verdict !== 'foreground' && rand() < 0.4;
      const shape = rand();
      const pre = {
        ...who,
        ...facts,
        id: `pre:${session}:${toolUseId}`,
        kind: 'bash-pre',
        hook: 'PreToolUse',
        at: t,
        wallMs: Math.round(rand() * 50) / 10 + 100,
        backfilled,
      } as TelemetryEvent;
      const post = {
        ...who,
        ...facts,
        id: `post:${session}:${toolUseId}`,
        kind: 'bash-post',
        hook: 'PostToolUse',
        at: t + durationMs,
        wallMs: Math.round(rand() * 50) / 10 + 90,
        backfilled,
        outcome: rand() < 0.05 ? 'timed-out' : 'ok',
        background,
        backgroundReason: background ? (rand() < 0.2 ? 'timeout' : 'requested') : undefined,
        durationMs: rand() < 0.2 ? undefined : durationMs,
        ...(background && { taskId: `task${k}` }),
      } as TelemetryEvent;
      // Both in order, the post before the pre (spool replay), or only one of them.
      if (shape < 0.6) out.push(pre, post);
      else if (shape < 0.8) out.push(post, pre);
      else out.push(shape < 0.9 ? pre : post);
      // A check that sees the task finish (which judges its advice right or not), now and then before the post.
      if (background && rand() < 0.7) {
        const check = {
          ...who,
          id: `check:${session}:${toolUseId}`,
          kind: 'task-check',
          hook: 'PostToolUse',
          at: t + durationMs + 60_000,
          wallMs: 100,
          toolUseId: `check_${k}`,
          taskId: `task${k}`,
          tool: 'TaskOutput',
          blocking: false,
          statusSeen: rand() < 0.8 ? 'completed' : 'failed',
        } as TelemetryEvent;
        if (rand() < 0.2) out.splice(out.length - 1, 0, check);
        else out.push(check);
      } else if (background && rand() < 0.3)
        out.push({
          ...who,
          id: `stop:${session}:${toolUseId}`,
          kind: 'task-stop',
          hook: 'PostToolUse',
          at: t + durationMs + 30_000,
          wallMs: 100,
          toolUseId: `stop_${k}`,
          taskId: `task${k}`,
          tool: 'TaskStop',
        } as TelemetryEvent);
      if (verdict !== 'foreground' && rand() < 0.5)
        pre.advice = { kind: 'slow-foreground', text: `bgtelemetry: ${signature} is slow`, signature, toolUseId };
      t += durationMs + Math.floor(rand() * 40 * 60_000);
    }
    // Most sessions end (their running tasks then count as ended), a few before their last events arrive.
    if (s % 3) {
      const end = { ...who, id: `end:${session}`, kind: 'session-end', hook: 'SessionEnd', at: t, wallMs: 80 } as TelemetryEvent;
      if (s % 5 === 1) out.splice(out.length - 3, 0, end);
      else out.push(end);
    }
  }
  return out;
}

function apply(db: DB | Database.Database, list: readonly TelemetryEvent[]): void {
  db.transaction(() => {
    for (const e of list) if (applyEvent(db, e)) applyAdvice(db, e, e.advice, []);
  })();
}

let dir: string;
let rolled: DB;
let raw: DB;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-rollups-'));
  rolled = openDatabase(path.join(dir, 'rolled.db'), { busyTimeoutMs: 1000 });
  const all = events();
  apply(rolled, all);
  // Applied twice (a replayed spool, a re-import): nothing may count twice.
  apply(
    rolled,
    all.filter(() => rand() < 0.3),
  );
  // Pruned rows leave the rollups too.
  rolled.exec("DELETE FROM bash_calls WHERE tool_use_id IN ('toolu_3', 'toolu_400', 'toolu_1001')");
  rolled.exec("DELETE FROM hook_runs WHERE event_id LIKE 'post:s7:%'");
  rolled.exec(`VACUUM INTO '${path.join(dir, 'raw.db')}'`);
  raw = openDatabase(path.join(dir, 'raw.db'), { busyTimeoutMs: 1000 });
  raw.exec(
    'DROP TABLE call_hours; DROP TABLE hook_hours; DROP TABLE advice_facts; DROP TABLE call_session_hours; DROP TABLE call_signature_hours; DROP TABLE task_facts',
  );
});

afterAll(() => {
  rolled.close();
  raw.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CALL_CLASSES = `COALESCE(started_at, ended_at) / ${HOUR}, session_id, project, project_id, signature, backfilled,
  CASE WHEN verdict IN ('suggest-background', 'must-background') OR COALESCE(duration_ms, 0) >= threshold_ms THEN 1 ELSE 0 END,
  background, CASE WHEN outcome = 'timed-out' OR background_reason = 'timeout' THEN 1 ELSE 0 END`;

/** Each call's rollup columns (as call_hours classes it) and its duration. */
const CALL_ROWS = `SELECT COALESCE(started_at, ended_at) / ${HOUR} AS hour, session_id, project, project_id, signature, backfilled,
  CASE WHEN verdict IN ('suggest-background', 'must-background') OR COALESCE(duration_ms, 0) >= threshold_ms THEN 1 ELSE 0 END AS slow,
  background, CASE WHEN outcome = 'timed-out' OR background_reason = 'timeout' THEN 1 ELSE 0 END AS timed_out, duration_ms
  FROM bash_calls WHERE COALESCE(started_at, ended_at) IS NOT NULL`;

/** The rollups worked out afresh from the rows (`rows`), and as kept (`kept`). */
function rollupsOf(rows: DB, kept: DB) {
  const ordered = (sql: string, keys: number) => `${sql} ORDER BY ${Array.from({ length: keys }, (_, k) => k + 1).join(', ')}`;
  const narrow = (table: keyof typeof CALL_ROLLUPS) => {
    const columns = CALL_ROLLUPS[table].join(', ');
    const keys = CALL_ROLLUPS[table].length;
    return {
      afresh: rows
        .prepare(ordered(`SELECT ${columns}, COUNT(*), COALESCE(SUM(duration_ms), 0) FROM (${CALL_ROWS}) GROUP BY ${columns}`, keys))
        .raw()
        .all(),
      kept: kept
        .prepare(ordered(`SELECT ${columns}, n, ms FROM ${table}`, keys))
        .raw()
        .all(),
    };
  };
  return {
    sessionCalls: narrow('call_session_hours'),
    signatureCalls: narrow('call_signature_hours'),
    calls: rows
      .prepare(
        ordered(
          `SELECT ${CALL_CLASSES}, COUNT(*), COALESCE(SUM(duration_ms), 0) FROM bash_calls WHERE COALESCE(started_at, ended_at) IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
          9,
        ),
      )
      .raw()
      .all(),
    keptCalls: kept.prepare(ordered('SELECT * FROM call_hours', 9)).raw().all(),
    hooks: rows
      .prepare(ordered(`SELECT at / ${HOUR}, wall_ms, COUNT(*) FROM hook_runs GROUP BY 1, 2`, 2))
      .raw()
      .all(),
    keptHooks: kept.prepare(ordered('SELECT * FROM hook_hours', 2)).raw().all(),
  };
}

describe('the rollup tables', () => {
  it('hold each call and hook run once, in its current class, after duplicates, upserts out of order and deletes', () => {
    const r = rollupsOf(raw, rolled);
    expect(r.calls.length).toBeGreaterThan(100);
    expect(r.keptCalls).toEqual(r.calls);
    expect(r.keptHooks).toEqual(r.hooks);
    for (const { afresh, kept } of [r.sessionCalls, r.signatureCalls]) {
      expect(afresh.length).toBeGreaterThan(50);
      expect(kept).toEqual(afresh);
    }
  });

  it('keep up with call_hours rows moved by hand (a key changed) or deleted, and calls pruned', () => {
    const file = path.join(dir, 'narrow.db');
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    try {
      apply(db, events().slice(0, 400));
      db.exec(
        `UPDATE call_hours SET hour = hour + 1, signature = 'moved' WHERE rowid IN (SELECT rowid FROM call_hours ORDER BY rowid LIMIT 5)`,
      );
      db.exec('DELETE FROM call_hours WHERE rowid IN (SELECT rowid FROM call_hours ORDER BY rowid DESC LIMIT 5)');
      const fromHours = (table: keyof typeof CALL_ROLLUPS) => {
        const columns = CALL_ROLLUPS[table].join(', ');
        return {
          afresh: db.prepare(`SELECT ${columns}, SUM(n), SUM(ms) FROM call_hours GROUP BY ${columns} ORDER BY ${columns}`).raw().all(),
          kept: db.prepare(`SELECT ${columns}, n, ms FROM ${table} ORDER BY ${columns}`).raw().all(),
        };
      };
      const same = () => {
        for (const table of ['call_session_hours', 'call_signature_hours'] as const) {
          const { afresh, kept } = fromHours(table);
          expect(kept).toEqual(afresh);
        }
      };
      same();
      db.exec('DELETE FROM bash_calls');
      same();
      db.exec('DELETE FROM call_hours');
      expect(
        db.prepare('SELECT (SELECT COUNT(*) FROM call_session_hours) + (SELECT COUNT(*) FROM call_signature_hours) AS n').get(),
      ).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

/** Each advice row as advice_outcomes judges it now, and as advice_facts holds it. */
function adviceOf(db: DB) {
  const judged = `SELECT a.event_id, a.session_id, a.at, CASE WHEN a.deferred = 0 OR a.delivered_at IS NOT NULL THEN 1 ELSE 0 END, a.kind, a.signature,
      COALESCE(c.project, s.project), COALESCE(${portableProject('c')}, ${portableProject('s')}), a.followed, a."right", CASE WHEN COALESCE(c.background, 0) <> 1 THEN c.duration_ms END
    FROM advice_outcomes a LEFT JOIN bash_calls c ON c.session_id = a.session_id AND c.tool_use_id = a.tool_use_id LEFT JOIN sessions s ON s.id = a.session_id
    ORDER BY 1`;
  return { judged: db.prepare(judged).raw().all(), kept: db.prepare('SELECT * FROM advice_facts ORDER BY 1').raw().all() };
}

/** Each task as task_facts would hold it if built now from the rows, and as kept. */
function tasksOf(db: DB) {
  return {
    fresh: db
      .prepare(`${taskFactRows('TRUE')} ORDER BY 1, 2`)
      .raw()
      .all(),
    kept: db.prepare(`SELECT ${TASK_FACT_COLUMNS} FROM task_facts ORDER BY 1, 2`).raw().all(),
  };
}

describe('task_facts', () => {
  it('holds each task as the rows say now, after checks, ends and calls arrive later, twice, out of order or deleted', () => {
    const { fresh, kept } = tasksOf(rolled);
    const column = (k: number) => new Set(fresh.map((r) => (r as unknown[])[k]));
    // Every state, tasks running two or more at once, and tasks still running: what the triggers must keep up with.
    expect(column(5).size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...(column(4) as Set<number>))).toBeGreaterThanOrEqual(2);
    expect(kept).toEqual(fresh);
  });

  it("follows a session's end, a task's check and stop, a call's project, and deletes", () => {
    const db = openDatabase(path.join(dir, 'task-moves.db'), { busyTimeoutMs: 1000 });
    try {
      apply(db, events().slice(0, 300));
      const [task] = db
        .prepare(
          'SELECT session_id, id, tool_use_id FROM tasks WHERE started_at IS NOT NULL AND tool_use_id IS NOT NULL ORDER BY started_at LIMIT 1',
        )
        .all() as {
        session_id: string;
        id: string;
        tool_use_id: string;
      }[];
      db.prepare('UPDATE sessions SET ended_at = (SELECT MAX(started_at) FROM tasks) WHERE id = ?').run(task.session_id);
      db.prepare("INSERT INTO task_checks (tool_use_id, session_id, task_id, at, tool) VALUES ('late-check', ?, ?, 1, 'TaskOutput')").run(
        task.session_id,
        task.id,
      );
      db.prepare('UPDATE tasks SET stopped_at = started_at + 1 WHERE session_id = ? AND id <> ?').run(task.session_id, task.id);
      db.prepare(
        "UPDATE bash_calls SET project = '/moved', project_id = 'github.com/acme/moved' WHERE session_id = ? AND tool_use_id = ?",
      ).run(task.session_id, task.tool_use_id);
      const { fresh, kept } = tasksOf(db);
      expect(kept.some((r) => (r as unknown[])[10] === 'github.com/acme/moved')).toBe(true);
      expect(kept).toEqual(fresh);
      db.prepare("DELETE FROM task_checks WHERE tool_use_id = 'late-check'").run();
      db.prepare('DELETE FROM sessions WHERE id = ?').run(task.session_id);
      db.exec('DELETE FROM tasks WHERE id IN (SELECT id FROM tasks ORDER BY id LIMIT 3)');
      expect(tasksOf(db).kept).toEqual(tasksOf(db).fresh);
    } finally {
      db.close();
    }
  });
});

describe('unchecked tasks from task_facts', () => {
  it('lists the same newest 50 as the rows, tasks started at the same instant at the edge of the list included', () => {
    const file = path.join(dir, 'ties.db');
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    try {
      const add = db.prepare("INSERT INTO tasks (session_id, id, started_at, command, status) VALUES (?, ?, ?, 'npm test', 'running')");
      // 60 unchecked tasks, ten of them at once around the 50th newest, in sessions and ids out of order.
      for (let k = 0; k < 60; k++) add.run(`s${(k * 7) % 11}`, `t${(k * 13) % 60}`, START + (k >= 5 && k < 15 ? 10 : k) * 60_000);
      db.exec(`VACUUM INTO '${path.join(dir, 'ties-raw.db')}'`);
      const rows = openDatabase(path.join(dir, 'ties-raw.db'), { busyTimeoutMs: 1000 });
      rows.exec('DROP TABLE task_facts');
      const q: ReportQuery = {
        since: START,
        until: START + HOUR * 24,
        timezone: 'UTC',
        by: 'day',
        project: null,
        session: null,
        now: START + HOUR * 24,
      };
      const read = (from: DB) => buildReport([{ path: 'telemetry.db', db: from }], q).unchecked;
      expect(read(db)).toHaveLength(50);
      expect(read(db)).toEqual(read(rows));
      rows.close();
    } finally {
      db.close();
    }
  });
});

describe('advice_facts', () => {
  it("holds each advice row's outcome as the view judges it, after calls, posts and task ends arrive later, twice or deleted", () => {
    const { judged, kept } = adviceOf(rolled);
    const outcomes = new Set(judged.map((r) => JSON.stringify((r as unknown[]).slice(8, 10))));
    // Followed and not, right and not and unknown: every outcome the triggers must keep up with.
    expect(outcomes.size).toBeGreaterThanOrEqual(5);
    expect(kept).toEqual(judged);
  });

  it('follows a session whose project arrives after its advice, and a deleted task', () => {
    const file = path.join(dir, 'moves.db');
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    try {
      apply(db, events().slice(0, 200));
      // s2's calls lose their project: its advice falls back to the session's, which then moves.
      db.exec("UPDATE bash_calls SET project = NULL, project_id = NULL WHERE session_id = 's2'");
      db.exec("UPDATE sessions SET project = '/moved', project_id = 'github.com/acme/moved' WHERE id = 's2'");
      db.exec("DELETE FROM tasks WHERE session_id = 's3'");
      const { judged, kept } = adviceOf(db);
      expect(kept.some((r) => (r as unknown[])[7] === 'github.com/acme/moved')).toBe(true);
      expect(kept).toEqual(judged);
    } finally {
      db.close();
    }
  });
});

describe('migrations 6 → 7 → 8 → 9 → 10', () => {
  it('fills the rollups from the rows a version 6 database holds, as the triggers would have', () => {
    const file = path.join(dir, 'v6.db');
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, 6)) old.exec(m.sql);
    old.pragma('user_version = 6');
    apply(old, events());
    old.close();
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    try {
      const r = rollupsOf(db, db);
      expect(r.calls.length).toBeGreaterThan(100);
      expect(r.keptCalls).toEqual(r.calls);
      expect(r.keptHooks).toEqual(r.hooks);
      // Migration 8 → 9 filled the narrow rollups from call_hours.
      for (const { afresh, kept } of [r.sessionCalls, r.signatureCalls]) {
        expect(afresh.length).toBeGreaterThan(50);
        expect(kept).toEqual(afresh);
      }
      // Migration 9 → 10 filled task_facts from the same rows.
      const tasks = tasksOf(db);
      expect(tasks.kept.length).toBeGreaterThan(50);
      expect(tasks.kept).toEqual(tasks.fresh);
      // Migration 7 → 8 filled advice_facts from the same rows.
      const advice = adviceOf(db);
      expect(advice.kept.length).toBeGreaterThan(100);
      expect(advice.kept).toEqual(advice.judged);
    } finally {
      db.close();
    }
  });
});

const at = (iso: string) => Date.parse(iso);
const RANGES = [
  ['whole', at('2026-10-27T00:00:00Z'), at('2026-11-09T00:00:00Z')],
  ['partial hours at both edges', at('2026-10-29T05:17:31Z'), at('2026-11-05T19:42:10Z')],
  ['within one hour', at('2026-10-30T10:05:00Z'), at('2026-10-30T10:55:00Z')],
] as const;
const ZONES = ['UTC', 'Asia/Kathmandu', 'America/New_York'];

describe('a report read with rollups', () => {
  const cases = RANGES.flatMap(([name, since, until]) => ZONES.map((timezone) => ({ name, since, until, timezone })));
  it.each(cases)('equals the raw rows: $name, $timezone, every grouping', ({ since, until, timezone }) => {
    for (const by of GROUPINGS) {
      const q: ReportQuery = { since, until, timezone, by, project: null, session: null, now: until };
      const read = (db: DB) => buildReport([{ path: 'telemetry.db', db }], q);
      expect(read(rolled), by).toEqual(read(raw));
    }
  });

  it.each(cases)("equals the raw rows in the lead's view: $name, $timezone", ({ since, until, timezone }) => {
    const q: ReportQuery = { since, until, timezone, by: 'developer', project: null, session: null, now: until, lead: true };
    const read = (db: DB) => buildReport([{ path: 'telemetry.db', db }], q);
    expect(read(rolled).lead, 'the lead view is built').toBeDefined();
    expect(read(rolled)).toEqual(read(raw));
  });

  it('equals the raw rows with --project and --session', () => {
    const [, since, until] = RANGES[1];
    // The session with the most calls in the range.
    const busiest = rolled
      .prepare('SELECT session_id AS id FROM bash_calls WHERE started_at >= ? AND started_at < ? GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1')
      .get(since, until) as { id: string };
    for (const filter of [{ project: '/p/1', projectId: 'github.com/acme/p1' }, { project: '/p/0' }, { session: busiest.id }]) {
      const q: ReportQuery = { since, until, timezone: 'Asia/Kathmandu', by: 'day', project: null, session: null, now: until, ...filter };
      const read = (db: DB) => buildReport([{ path: 'telemetry.db', db }], q);
      expect(read(rolled).totals.bashCalls).toBeGreaterThan(0);
      expect(read(rolled)).toEqual(read(raw));
    }
  });

  it('reads whole hours from them (a changed rollup changes the report), raw rows only at the edges', () => {
    const [, since, until] = RANGES[1];
    const q: ReportQuery = { since, until, timezone: 'Asia/Kathmandu', by: 'day', project: null, session: null, now: until };
    const plan = planRollup(q);
    // 05:17:31 to 06:00, then each hour holding a local midnight (18:15 UTC), the last one with the partial hour after it.
    expect(plan.raw[0]).toEqual([since, at('2026-10-29T06:00:00Z')]);
    expect(plan.raw.slice(1, -1).map(([a, b]) => [new Date(a).getUTCHours(), b - a])).toEqual(Array(7).fill([18, HOUR]));
    expect(plan.raw[plan.raw.length - 1]).toEqual([at('2026-11-05T18:00:00Z'), until]);
    const before = buildReport([{ path: 'telemetry.db', db: rolled }], q).totals;
    rolled.exec(
      `UPDATE call_hours SET n = n + 1000 WHERE hour = ${at('2026-11-01T12:00:00Z') / HOUR} AND rowid = (SELECT MIN(rowid) FROM call_hours WHERE hour = ${at('2026-11-01T12:00:00Z') / HOUR})`,
    );
    try {
      const after = buildReport([{ path: 'telemetry.db', db: rolled }], q).totals;
      expect(after.bashCalls - before.bashCalls).toBe(1000);
    } finally {
      rolled.exec(`UPDATE call_hours SET n = n - 1000 WHERE hour = ${at('2026-11-01T12:00:00Z') / HOUR} AND n > 1000`);
    }
  });

  it('reads the narrowest rollup that holds what the grouping and filters need', () => {
    const [, since, until] = RANGES[1];
    const hour = at('2026-11-01T12:00:00Z') / HOUR;
    const calls = (by: ReportQuery['by'], filter: Partial<ReportQuery> = {}) =>
      buildReport([{ path: 'telemetry.db', db: rolled }], {
        since,
        until,
        timezone: 'UTC',
        by,
        project: null,
        session: null,
        now: until,
        ...filter,
      }).totals.bashCalls;
    const groupings = ['day', 'signature', 'developer', 'project'] as const;
    const before = groupings.map((by) => calls(by));
    const filtered = calls('developer', { project: '/p/1' });
    // Written straight into one table (no trigger moves it on): only the reads of that table see it.
    const bump = (table: string, n: number) =>
      rolled.exec(`UPDATE ${table} SET n = n + ${n} WHERE rowid = (SELECT MIN(rowid) FROM ${table} WHERE hour = ${hour})`);
    try {
      bump('call_signature_hours', 1000);
      bump('call_session_hours', 10);
      expect(groupings.map((by) => calls(by) - before[groupings.indexOf(by)])).toEqual([1000, 1000, 10, 10]);
      expect(calls('developer', { project: '/p/1' })).toBe(filtered);
    } finally {
      bump('call_signature_hours', -1000);
      bump('call_session_hours', -10);
    }
  });
});

describe("a lead's report read in one pass", () => {
  // A copy in which two sessions moved half their calls to another project: a session's groups then span projects.
  let moved: DB;
  beforeAll(() => {
    rolled.exec(`VACUUM INTO '${path.join(dir, 'moved.db')}'`);
    moved = openDatabase(path.join(dir, 'moved.db'), { busyTimeoutMs: 1000 });
    moved.exec(
      "UPDATE bash_calls SET project = '/p/9', project_id = 'github.com/acme/p9' WHERE session_id IN ('s4', 's5') AND CAST(substr(tool_use_id, 7) AS INTEGER) % 2 = 0",
    );
  });
  afterAll(() => moved.close());

  /** The report from one database, its lead's groupings read in one pass or as three reports. */
  const read = (db: DB, q: ReportQuery, onePass: boolean) => {
    const facts = readDatabase(db, queriesFor(q), [], true, onePass);
    return {
      facts,
      report: reportFromFacts(
        facts.map((f) => [f]),
        ['telemetry.db'],
        q,
      ),
    };
  };

  const cases = RANGES.flatMap(([name, since, until]) => ZONES.map((timezone) => ({ name, since, until, timezone })));
  it.each(cases)('equals the one built from the developer, project and week reports: $name, $timezone', ({ since, until, timezone }) => {
    for (const db of [rolled, moved]) {
      const q: ReportQuery = { since, until, timezone, by: 'developer', project: null, session: null, now: until, lead: true };
      const one = read(db, q, true);
      // Only the one pass counts the unchecked commands in SQL.
      expect(one.facts[0]!.uncheckedCommands).toBeDefined();
      expect(one.report.lead).toBeDefined();
      expect(one.report).toEqual(read(db, q, false).report);
    }
  });

  it('equals them with --project and --session, and over a project a moved session shares', () => {
    const [, since, until] = RANGES[0];
    for (const filter of [{ project: '/p/1', projectId: 'github.com/acme/p1' }, { project: '/p/9' }, { session: 's4' }]) {
      const q: ReportQuery = {
        since,
        until,
        timezone: 'Asia/Kathmandu',
        by: 'developer',
        project: null,
        session: null,
        now: until,
        lead: true,
        ...filter,
      };
      const one = read(moved, q, true).report;
      expect(one.totals.bashCalls).toBeGreaterThan(0);
      expect(one).toEqual(read(moved, q, false).report);
    }
  });
});
