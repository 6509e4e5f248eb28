/**
 * `bgtelemetry report` over two hand-made databases (tests/unit/report-fixture.ts lists every
 * row). Each expected number is worked out from that list in the comments beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { registerReport } from '../../src/cli/commands/report.js';
import { CliError } from '../../src/console/errors.js';
import { makeColors } from '../../src/console/colors.js';
import { buildReport } from '../../src/report/build.js';
import { METRIC_FIELDS, type Metrics, type Report } from '../../src/report/model.js';
import { renderText } from '../../src/report/table.js';
import { TABLES } from '../../src/admin/tables.js';
import { openDatabase, type DB } from '../../src/store/open.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { spooledFiles, spoolEvent } from '../../src/store/spool.js';
import { at, seededDatabases } from './report-fixture.js';

let dbs: ReturnType<typeof seededDatabases>;
beforeAll(() => {
  dbs = seededDatabases();
});
afterAll(() => {
  fs.rmSync(dbs.dir, { recursive: true, force: true });
});

/** Runs `bgtelemetry report ARGS` in this process; returns what it printed. */
async function report(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ stdout: string; stderr: string; error?: CliError }> {
  const program = new Command('bgtelemetry').exitOverride();
  registerReport(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    await program.parseAsync(['node', 'bgtelemetry', 'report', ...args]);
    return { stdout, stderr };
  } catch (error) {
    if (error instanceof CliError) return { stdout, stderr, error };
    throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

async function json(args: string[]): Promise<Report> {
  const { stdout, error } = await report([...args, '--json']);
  if (error) throw error;
  return JSON.parse(stdout) as Report;
}

/** Both databases, 10 to 12 November 2026 inclusive, in UTC. */
const BOTH = ['--db', '', '--db', '', '--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC'];
const both = () => BOTH.map((v, k) => (k === 1 ? dbs.alice : k === 3 ? dbs.bob : v));

const ratio = z.number().min(0).max(1).nullable();
const count = z.number().int().min(0);
const metrics = z.strictObject({
  days: count,
  bashCalls: count,
  backgroundCalls: count,
  backgroundRatio: ratio,
  slowCalls: count,
  slowBackgroundCalls: count,
  slowBackgroundRatio: ratio,
  foregroundSlowMs: z.number().min(0),
  timedOutCalls: count,
  tasksStarted: count,
  tasksChecked: count,
  tasksUnchecked: count,
  tasksOrphaned: count,
  tasksStopped: count,
  estimatedSavedMs: z.number().min(0),
  estimatedSavedMsPerDay: z.number().min(0).nullable(),
  sessionsWithTasks: count,
  parallelTasksPerSession: z.number().min(1).nullable(),
  maxParallelTasks: count,
  adviceShown: count,
  suggestionsShown: count,
  suggestionsFollowed: count,
  suggestionsFollowedRatio: ratio,
  suggestionsJudged: count,
  suggestionsRight: count,
  suggestionsRightRatio: ratio,
  hookRuns: count,
  hookP50Ms: z.number().min(0).nullable(),
  hookP95Ms: z.number().min(0).nullable(),
});
const contract = z.strictObject({
  generatedAt: z.iso.datetime(),
  range: z.strictObject({ since: z.iso.datetime(), until: z.iso.datetime(), timezone: z.string().min(1), days: z.number().int().min(1) }),
  by: z.enum(['day', 'week', 'session', 'project', 'signature', 'developer', 'machine']),
  filters: z.strictObject({ project: z.string().nullable(), session: z.string().nullable() }),
  databases: z.array(z.string()).min(1),
  duplicatesMerged: count,
  targets: z.strictObject({
    slowBackgroundRatio: z.literal(0.3),
    estimatedSavedMsPerDay: z.literal(300_000),
    parallelTasksPerSession: z.literal(2),
  }),
  totals: metrics,
  rows: z.array(metrics.extend({ key: z.string() })),
  topForegroundSlow: z.array(z.strictObject({ signature: z.string(), calls: z.number().int().min(1), blockedMs: z.number().min(0) })),
  unchecked: z.array(
    z.strictObject({
      session: z.string(),
      id: z.string(),
      command: z.string().nullable(),
      signature: z.string().nullable(),
      startedAt: z.number().int(),
      ageMs: z.number().min(0),
      state: z.enum(['unchecked-finished', 'orphaned', 'unchecked-running']),
    }),
  ),
});

describe('report --json over both databases', () => {
  it('matches the contract', async () => {
    for (const by of ['day', 'week', 'session', 'project', 'signature', 'developer', 'machine'])
      contract.parse(await json([...both(), '--by', by]));
  });

  it('computes every headline number as worked out by hand', async () => {
    const r = await json(both());
    expect(r.range).toEqual({ since: '2026-11-10T00:00:00.000Z', until: '2026-11-13T00:00:00.000Z', timezone: 'UTC', days: 3 });
    expect(r.totals).toEqual({
      days: 3, // 10, 11 and 12 November
      bashCalls: 15, // c1–c11 (alice) + c12–c15 (bob)
      backgroundCalls: 7, // c3, c6, c8, c9, c10, c13, c14
      backgroundRatio: 7 / 15,
      slowCalls: 12, // c2 c3 c5 c6 c9 c10 c12 c13 c14 c15 by verdict + c4 (8 s) and c8 (60 s) by duration
      slowBackgroundCalls: 7, // the seven background calls are all slow
      slowBackgroundRatio: 7 / 12,
      foregroundSlowMs: 180_000, // c2 30 s + c4 8 s + c5 120 s + c12 20 s + c15 2 s
      timedOutCalls: 2, // c5 timed out, c8 was moved to the background by its timeout
      tasksStarted: 7, // T1–T7
      tasksChecked: 2, // T1, T6
      tasksUnchecked: 4, // T3 (orphaned), T4, T7 (finished), T5 (running)
      tasksOrphaned: 1, // T3
      tasksStopped: 1, // T2
      estimatedSavedMs: 540_000, // finished by themselves: T1 120 s + T4 180 s + T6 120 s + T7 120 s
      estimatedSavedMsPerDay: 180_000, // 540 s / 3 days
      sessionsWithTasks: 3, // s1, s2, s3
      parallelTasksPerSession: 5 / 3, // s1: T3 started while T2 ran → 2; s2: T5 while T4 → 2; s3: T7 started as T6 ended (10:04) → 1; (2 + 2 + 1) / 3
      maxParallelTasks: 2,
      adviceShown: 6, // a1 a2 a3 a5 a6 a7; a4 was held back and never delivered
      suggestionsShown: 5, // a1 a2 a5 a6 a7 (a3 is an intent nudge)
      suggestionsFollowed: 3, // a1 (c3), a5 (c9), a6 (c13)
      suggestionsFollowedRatio: 3 / 5,
      suggestionsJudged: 4, // a1 a2 a6 a7 (a parallel suggestion is never judged)
      suggestionsRight: 3, // a1 30 s, a2 timed out, a6 20 s; a7 took 2 s < 5 s
      suggestionsRightRatio: 3 / 4,
      hookRuns: 12, // 10 (alice) + 2 (bob)
      hookP50Ms: 125, // sorted 100 105 110 115 120 125 130 135 140 200 210 300: rank ceil(0.5 × 12) = 6 → 125
      hookP95Ms: 300, // rank ceil(0.95 × 12) = 12 → 300
    });
    // Blocked time by signature: cargo build 120 s; npm test 30 + 20 s; pytest 8 s; tsc 2 s.
    expect(r.topForegroundSlow).toEqual([
      { signature: 'cargo build', calls: 1, blockedMs: 120_000 },
      { signature: 'npm test', calls: 2, blockedMs: 50_000 },
      { signature: 'pytest', calls: 1, blockedMs: 8_000 },
      { signature: 'tsc', calls: 1, blockedMs: 2_000 },
    ]);
    // Newest first: T7 (12th 10:04), T5 (11th 23:31), T4 (23:30), T3 (10th 09:40).
    expect(r.unchecked.map((t) => [t.id, t.state, t.command])).toEqual([
      ['T7', 'unchecked-finished', 'go test --run c14'],
      ['T5', 'unchecked-running', 'npm test --run c10'],
      ['T4', 'unchecked-finished', 'npm test --run c9'],
      ['T3', 'orphaned', 'make --run c8'],
    ]);
  });

  it('splits them by day, each row worked out by hand', async () => {
    const r = await json([...both(), '--by', 'day']);
    expect(r.rows.map((row) => row.key)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    const [d10, d11, d12] = r.rows;
    expect(d10).toEqual({
      key: '2026-11-10',
      days: 1,
      bashCalls: 8, // c1–c8
      backgroundCalls: 3, // c3 c6 c8
      backgroundRatio: 3 / 8,
      slowCalls: 6, // c2 c3 c4 c5 c6 c8
      slowBackgroundCalls: 3,
      slowBackgroundRatio: 3 / 6,
      foregroundSlowMs: 158_000, // 30 + 8 + 120 s
      timedOutCalls: 2, // c5, c8
      tasksStarted: 3, // T1 T2 T3
      tasksChecked: 1,
      tasksUnchecked: 1,
      tasksOrphaned: 1,
      tasksStopped: 1,
      estimatedSavedMs: 120_000, // T1
      estimatedSavedMsPerDay: 120_000,
      sessionsWithTasks: 1,
      parallelTasksPerSession: 2, // T2 and T3
      maxParallelTasks: 2,
      adviceShown: 3, // a1 a2 a3
      suggestionsShown: 2, // a1 a2
      suggestionsFollowed: 1, // a1
      suggestionsFollowedRatio: 1 / 2,
      suggestionsJudged: 2,
      suggestionsRight: 2,
      suggestionsRightRatio: 1,
      hookRuns: 10,
      hookP50Ms: 120, // rank ceil(5) = 5 of 100…140, 300
      hookP95Ms: 300, // rank ceil(9.5) = 10
    });
    expect(d11).toMatchObject({
      bashCalls: 2, // c9 c10 (23:30, 23:31 UTC)
      backgroundCalls: 2,
      slowCalls: 2,
      slowBackgroundRatio: 1,
      foregroundSlowMs: 0,
      tasksStarted: 2, // T4 T5
      tasksUnchecked: 2,
      estimatedSavedMs: 180_000, // T4
      parallelTasksPerSession: 2,
      suggestionsShown: 1, // a5
      suggestionsFollowed: 1,
      suggestionsJudged: 0,
      suggestionsRightRatio: null,
      hookRuns: 0,
      hookP50Ms: null,
    });
    expect(d12).toMatchObject({
      bashCalls: 5, // c11 (alice, 00:30) + c12–c15 (bob)
      backgroundCalls: 2, // c13 c14
      slowCalls: 4, // c12–c15
      slowBackgroundRatio: 2 / 4,
      foregroundSlowMs: 22_000, // c12 20 s + c15 2 s
      tasksStarted: 2, // T6 T7
      tasksChecked: 1,
      tasksUnchecked: 1,
      estimatedSavedMs: 240_000, // T6 + T7
      parallelTasksPerSession: 1,
      suggestionsShown: 2, // a6 a7
      suggestionsFollowed: 1,
      suggestionsRight: 1,
      hookRuns: 2,
      hookP50Ms: 200, // rank 1 of 200, 210
      hookP95Ms: 210, // rank ceil(1.9) = 2
    });
    // Rows add up to the totals wherever a sum makes sense.
    for (const f of [
      'bashCalls',
      'slowCalls',
      'foregroundSlowMs',
      'tasksStarted',
      'estimatedSavedMs',
      'suggestionsShown',
      'hookRuns',
    ] as const) {
      expect(r.rows.reduce((sum, row) => sum + row[f], 0)).toBe(r.totals[f]);
    }
  });

  it('groups by project, session and signature', async () => {
    const byProject = await json([...both(), '--by', 'project']);
    // alice blocked 158 s, bob 22 s: most blocked time first.
    expect(byProject.rows.map((r) => [r.key, r.bashCalls, r.foregroundSlowMs, r.tasksStarted, r.suggestionsShown])).toEqual([
      // alice's rows predate project ids: her folder's name, never the path /p/alice.
      ['alice', 11, 158_000, 5, 3],
      ['github.com/acme/widget', 4, 22_000, 2, 2],
    ]);
    // Hook runs belong to the machine: only totals and day or week rows carry them.
    expect(byProject.rows[0].hookRuns).toBe(0);
    expect(byProject.totals.hookRuns).toBe(12);
    const bySession = await json([...both(), '--by', 'session']);
    expect(bySession.rows.map((r) => [r.key, r.bashCalls, r.parallelTasksPerSession])).toEqual([
      ['s1', 8, 2],
      ['s3', 4, 1],
      ['s2', 3, 2],
    ]);
    const bySignature = await json([...both(), '--by', 'signature']);
    const npmTest = bySignature.rows.find((r) => r.key === 'npm test')!;
    // c2 c3 c9 c10 c12 c13; background c3 c9 c10 c13; blocked c2 + c12; tasks T1 T4 T5 T6; advice a1 a6.
    expect(npmTest).toMatchObject({
      bashCalls: 6,
      slowBackgroundCalls: 4,
      foregroundSlowMs: 50_000,
      tasksStarted: 4,
      suggestionsShown: 2,
      suggestionsFollowed: 2,
    });
    expect(bySignature.rows[0].key).toBe('cargo build'); // 120 s blocked
  });
});

describe('developer, machine and portable project', () => {
  it('gives one row per developer and per machine over two databases', async () => {
    const byDeveloper = await json([...both(), '--by', 'developer']);
    expect(
      byDeveloper.rows.map((r) => [r.key, r.bashCalls, r.foregroundSlowMs, r.tasksStarted, r.tasksUnchecked, r.suggestionsShown]),
    ).toEqual([
      ['a11ce0000001', 11, 158_000, 5, 3, 3],
      ['b0b000000002', 4, 22_000, 2, 1, 2],
    ]);
    const byMachine = await json([...both(), '--by', 'machine']);
    // Hook overhead belongs to the machine: alice's ten runs (p50 120 ms), bob's two.
    expect(byMachine.rows.map((r) => [r.key, r.bashCalls, r.hookRuns, r.hookP50Ms])).toEqual([
      ['alice-laptop', 11, 10, 120],
      ['bob-desktop', 4, 2, 200],
    ]);
    for (const rows of [byDeveloper.rows, byMachine.rows]) {
      expect(rows.reduce((n, r) => n + r.bashCalls, 0)).toBe(byDeveloper.totals.bashCalls);
    }
    const text = await report([...both(), '--by', 'developer']);
    expect(text.stdout).toMatch(/^By developer\n\s+developer\s+calls\b/m);
    expect(text.stdout).toMatch(/^\s+a11ce0000001\s+11\s+8\b/m);
    const [header, ...lines] = (await report([...both(), '--by', 'machine', '--csv'])).stdout
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','));
    const calls = header.indexOf('bashCalls');
    expect(lines.map((r) => [r[0], r[1], r[calls]])).toEqual([
      ['machine', 'alice-laptop', '11'],
      ['machine', 'bob-desktop', '4'],
      ['total', '', '15'],
    ]);
  });

  it('lines up one repository cloned to different paths on two machines', async () => {
    const clone = path.join(dbs.dir, 'alice-widget.db');
    fs.copyFileSync(dbs.alice, clone);
    const db = openDatabase(clone, { busyTimeoutMs: 100 });
    db.prepare("UPDATE sessions SET project_id = 'github.com/acme/widget'").run();
    db.prepare("UPDATE bash_calls SET project_id = 'github.com/acme/widget'").run();
    db.close();
    const byProject = await json(['--db', clone, '--db', dbs.bob, ...both().slice(4), '--by', 'project']);
    expect(byProject.rows.map((r) => [r.key, r.bashCalls, r.tasksStarted, r.suggestionsShown])).toEqual([
      ['github.com/acme/widget', 15, 7, 5],
    ]);
    expect(JSON.stringify(byProject.rows)).not.toContain('/p/');
  });

  it('--project takes a portable id, or a clone here whose remote names the repository recorded elsewhere', async () => {
    const byId = await json([...both(), '--project', 'github.com/acme/widget']);
    expect(byId.totals.bashCalls).toBe(4); // bob's, recorded under /p/bob
    const clone = path.join(dbs.dir, 'my-clone');
    fs.mkdirSync(path.join(clone, '.git'), { recursive: true });
    fs.writeFileSync(path.join(clone, '.git', 'config'), '[remote "origin"]\n\turl = git@github.com:acme/widget.git\n');
    const byClone = await json([...both(), '--project', clone]);
    expect(byClone.totals.bashCalls).toBe(4);
    expect(byClone.filters.project).toBe(clone);
    // The local path still matches what was recorded under it.
    expect((await json([...both(), '--project', '/p/alice'])).totals.bashCalls).toBe(11);
  });
});

describe('--db given twice', () => {
  it('reads a file named twice (the same path, or a link to it) once, and says so', async () => {
    const once = await json(both());
    const link = path.join(dbs.dir, 'alice-link.db');
    fs.symlinkSync(dbs.alice, link);
    const args = [...both(), '--db', dbs.alice, '--db', link];
    const twice = JSON.parse((await report([...args, '--json'])).stdout) as Report;
    expect(twice.totals).toEqual(once.totals);
    expect((await report([...args, '--json'])).stderr).toContain(`--db ${dbs.alice} is the same file as --db ${dbs.alice}: read once`);
  });

  it('merges by recomputing over the union, never averaging', async () => {
    const alice = await json(['--db', dbs.alice, '--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC']);
    const bob = await json(['--db', dbs.bob, '--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC']);
    const merged = await json(both());
    expect(alice.totals).toMatchObject({
      bashCalls: 11,
      slowCalls: 8,
      slowBackgroundRatio: 5 / 8,
      parallelTasksPerSession: 2,
      hookP50Ms: 120,
    });
    expect(bob.totals).toMatchObject({
      bashCalls: 4,
      slowCalls: 4,
      slowBackgroundRatio: 2 / 4,
      parallelTasksPerSession: 1,
      hookP50Ms: 200,
    });
    // Counts and times add up; ratios, averages, maxima and percentiles are recomputed (below).
    const additive = [
      'bashCalls',
      'backgroundCalls',
      'slowCalls',
      'slowBackgroundCalls',
      'foregroundSlowMs',
      'timedOutCalls',
      'tasksStarted',
      'tasksChecked',
      'tasksUnchecked',
      'tasksOrphaned',
      'tasksStopped',
      'estimatedSavedMs',
      'sessionsWithTasks',
      'adviceShown',
      'suggestionsShown',
      'suggestionsFollowed',
      'suggestionsJudged',
      'suggestionsRight',
      'hookRuns',
    ] as const;
    for (const f of additive) expect(merged.totals[f], f).toBe(alice.totals[f] + bob.totals[f]);
    // 7/12, not the mean of 5/8 and 2/4; (2 + 2 + 1) / 3 sessions, not the mean of 2 and 1.
    expect(merged.totals.slowBackgroundRatio).toBe(7 / 12);
    expect(merged.totals.parallelTasksPerSession).toBe(5 / 3);
    // The percentile of all twelve runs (125), which neither file has alone.
    expect(merged.totals.hookP50Ms).toBe(125);
    expect(merged.databases).toEqual([dbs.alice, dbs.bob]);
  });

  /** A new file in the fixture's directory holding `fill`'s rows; `fill` gets an open database. */
  function makeDatabase(name: string, fill: (db: DB) => void): string {
    const file = path.join(dbs.dir, name);
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    fill(db);
    db.close();
    return file;
  }

  /** Every row of `from` into `db` (same schema). */
  const copyRows = (db: DB, from: string) => {
    db.prepare('ATTACH DATABASE ? AS other').run(from);
    for (const t of TABLES) db.exec(`INSERT INTO ${t.name} SELECT * FROM other.${t.name}`);
    db.exec('DETACH DATABASE other');
  };
  const RANGE = ['--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC'];

  it('counts a copy of a database (another file, the same rows) once, and says how many rows it merged', async () => {
    const copy = path.join(dbs.dir, 'alice-copy.db');
    fs.copyFileSync(dbs.alice, copy);
    const alone = await json(['--db', dbs.alice, ...RANGE]);
    const twice = await json(['--db', dbs.alice, '--db', copy, ...RANGE]);
    expect(alone.duplicatesMerged).toBe(0);
    expect(twice.totals).toEqual(alone.totals);
    expect(twice.rows).toEqual(alone.rows);
    const listed = (r: Report) => r.unchecked.map(({ ageMs: _, ...t }) => t); // ages differ by the time between runs
    expect(listed(twice)).toEqual(listed(alone));
    // alice's rows of the range: 11 calls, 5 tasks (T1–T5), 4 pieces of advice shown (a4 never was), 10 hook runs.
    expect(twice.duplicatesMerged).toBe(11 + 5 + 4 + 10);
    const text = await report(['--db', dbs.alice, '--db', copy, ...RANGE], { COLUMNS: '200', NO_COLOR: '1' });
    expect(text.stdout).toContain('2 databases, 30 rows found in more than one database, counted once');
    const csv = await report(['--db', dbs.alice, '--db', copy, ...RANGE, '--csv']);
    expect(csv.stderr).toContain('30 rows found in more than one database, counted once');
    const page = path.join(dbs.dir, 'merged.html');
    await report(['--db', dbs.alice, '--db', copy, ...RANGE, '--html', page]);
    expect(fs.readFileSync(page, 'utf8')).toContain('2 databases · 30 rows found in more than one database, counted once');
    expect((await report(['--db', dbs.alice, '--db', dbs.bob, ...RANGE, '--csv'])).stderr).not.toContain('more than one database');
  });

  it('merges by identity, not by file: alice, bob and a database holding both count each row once', async () => {
    const union = makeDatabase('union.db', (db) => {
      copyRows(db, dbs.alice);
      copyRows(db, dbs.bob);
    });
    const once = await json(both());
    for (const order of [
      [dbs.alice, dbs.bob, union],
      [union, dbs.bob, dbs.alice],
    ]) {
      const merged = await json([...order.flatMap((f) => ['--db', f]), ...RANGE]);
      expect(merged.totals).toEqual(once.totals);
      expect(merged.rows).toEqual(once.rows);
      expect(merged.topForegroundSlow).toEqual(once.topForegroundSlow);
      // alice's 30 rows and bob's 4 calls, 2 tasks, 2 pieces of advice and 2 hook runs, each seen a second time.
      expect(merged.duplicatesMerged).toBe(30 + 10);
    }
  });

  it('keeps apart two sessions whose calls share a tool_use_id', async () => {
    // Another session (a replay, another machine) whose only call is named c1, like alice's first.
    const twin = makeDatabase('twin.db', (db) => {
      db.prepare("INSERT INTO sessions (id, project, started_at) VALUES ('s9', '/p/carol', ?)").run(at('2026-11-10T09:00:00'));
      db.prepare(
        `INSERT INTO bash_calls (tool_use_id, session_id, project, started_at, ended_at, signature, command, verdict, background, duration_ms, threshold_ms)
         VALUES ('c1', 's9', '/p/carol', ?, ?, 'git status', 'git status', 'foreground', 0, 200, 5000)`,
      ).run(at('2026-11-10T09:00:00'), at('2026-11-10T09:00:00') + 200);
    });
    const merged = await json(['--db', dbs.alice, '--db', twin, ...RANGE, '--by', 'project']);
    expect(merged.totals.bashCalls).toBe(12);
    expect(merged.duplicatesMerged).toBe(0);
    expect(merged.rows.find((r) => r.key === 'carol')?.bashCalls).toBe(1);
  });

  it('refuses more databases than SQLite can attach, saying how to merge them', async () => {
    const files = Array.from({ length: 12 }, (_, i) => {
      const file = path.join(dbs.dir, `bob-${i}.db`);
      fs.copyFileSync(dbs.bob, file);
      return file;
    });
    expect((await json([...files.slice(0, 11).flatMap((f) => ['--db', f]), ...RANGE])).totals.bashCalls).toBe(4);
    const { error } = await report([...files.flatMap((f) => ['--db', f]), ...RANGE]);
    expect(error?.message).toMatch(/at most 11 databases/);
    expect(error?.exitCode).toBe(2);
    expect(error?.hint).toMatch(/bgtelemetry import/);
  });

  it('opens them read-only and says what to do about a missing file', async () => {
    const before = fs.statSync(dbs.alice).mtimeMs;
    await json(both());
    expect(fs.statSync(dbs.alice).mtimeMs).toBe(before);
    const { error } = await report(['--db', path.join(dbs.dir, 'nope.db')]);
    expect(error?.message).toMatch(/nope\.db: no such file/);
    expect(error?.hint).toMatch(/check the path/);
  });
});

describe('--since, --until and --timezone', () => {
  it('include --since and exclude --until, to the millisecond', async () => {
    // [23:30, 23:31) holds c9 only: c10 starts at --until, a5 (23:29) before --since.
    const r = await json(['--db', dbs.alice, '--since', '2026-11-11T23:30', '--until', '2026-11-11T23:31', '--timezone', 'UTC']);
    expect(r.totals).toMatchObject({ bashCalls: 1, tasksStarted: 1, suggestionsShown: 0 });
    expect(r.range.until).toBe('2026-11-11T23:31:00.000Z');
  });

  it('take a bare --until date as the end of that day in the zone', async () => {
    const utc = await json(['--db', dbs.alice, '--since', '2026-11-10', '--until', '2026-11-11', '--timezone', 'UTC']);
    expect(utc.totals.bashCalls).toBe(10); // c1–c10; c11 is on the 12th
    // In Paris (UTC+1) the 11th ends at 23:00 UTC: c9 and c10 (23:30, 23:31 UTC) fall on the 12th.
    const paris = await json(['--db', dbs.alice, '--since', '2026-11-10', '--until', '2026-11-11', '--timezone', 'Europe/Paris']);
    expect(paris.range).toMatchObject({ since: '2026-11-09T23:00:00.000Z', until: '2026-11-11T23:00:00.000Z', timezone: 'Europe/Paris' });
    expect(paris.totals.bashCalls).toBe(8);
  });

  it('draw day boundaries in the zone', async () => {
    const rows = async (zone: string) =>
      (await json([...both(), '--timezone', zone])).rows.map((r) => [r.key, r.bashCalls, r.tasksStarted]);
    expect(await rows('UTC')).toEqual([
      ['2026-11-10', 8, 3],
      ['2026-11-11', 2, 2],
      ['2026-11-12', 5, 2],
    ]);
    // Paris: c9, c10, T4, T5 move to the 12th, with c11 and bob's calls.
    expect(await rows('Europe/Paris')).toEqual([
      ['2026-11-10', 8, 3],
      ['2026-11-11', 0, 0],
      ['2026-11-12', 7, 4],
    ]);
    // Los Angeles (UTC−8): alice's 09:00–09:40 UTC calls are still on the 10th (01:00–01:40), c9–c11 on the
    // 11th (15:30–16:30), bob's 10:00 UTC calls on the 12th (02:00).
    expect(await rows('America/Los_Angeles')).toEqual([
      ['2026-11-10', 8, 3],
      ['2026-11-11', 3, 2],
      ['2026-11-12', 4, 2],
    ]);
  });

  it('follow a daylight-saving change: 25 hours on the day clocks go back', async () => {
    const r = await json(['--db', dbs.alice, '--since', '2026-10-24', '--until', '2026-10-26', '--timezone', 'Europe/Paris']);
    expect(r.rows.map((row) => row.key)).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    // 24 Oct 00:00 CEST (UTC+2) to 27 Oct 00:00 CET (UTC+1): 3 days and one hour.
    expect(Date.parse(r.range.until) - Date.parse(r.range.since)).toBe((3 * 24 + 1) * 3_600_000);
  });

  it('reject a zone that does not exist and a range that ends before it starts', async () => {
    expect((await report(['--db', dbs.alice, '--timezone', 'Mars/Olympus'])).error?.message).toMatch(/not an IANA time zone/);
    expect((await report(['--db', dbs.alice, '--since', '2026-11-12', '--until', '2026-11-10'])).error?.message).toMatch(
      /is not before --until/,
    );
    expect((await report(['--db', dbs.alice, '--since', '2026-02-30'])).error?.message).toMatch(/not a valid date/);
  });
});

describe('filters', () => {
  it('--project and --session keep only their rows', async () => {
    const bob = await json([...both(), '--project', '/p/bob']);
    expect(bob.totals).toMatchObject({ bashCalls: 4, tasksStarted: 2, suggestionsShown: 2, hookRuns: 2 });
    const s2 = await json([...both(), '--session', 's2']);
    expect(s2.totals).toMatchObject({ bashCalls: 3, tasksStarted: 2, suggestionsShown: 1, hookRuns: 0 });
  });
});

describe('--csv', () => {
  /** RFC 4180, enough for what the report writes. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      if (quoted) {
        if (ch === '"' && text[k + 1] === '"') {
          cell += '"';
          k++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        row.push(cell);
        cell = '';
      } else if (ch === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else if (ch !== '\r') cell += ch;
    }
    return rows;
  }

  it('parses back to the same numbers as --json', async () => {
    for (const by of ['day', 'project']) {
      const expected = await json([...both(), '--by', by]);
      const { stdout } = await report([...both(), '--by', by, '--csv']);
      const [header, ...lines] = parseCsv(stdout);
      expect(header).toEqual(['by', 'key', ...METRIC_FIELDS]);
      const parsed = lines.map((cells) =>
        Object.fromEntries(header.map((h, k) => [h, h === 'by' || h === 'key' ? cells[k] : cells[k] === '' ? null : Number(cells[k])])),
      );
      expect(parsed).toEqual([
        ...expected.rows.map((r) => ({ by, ...Object.fromEntries(['key', ...METRIC_FIELDS].map((f) => [f, r[f as keyof typeof r]])) })),
        { by: 'total', key: '', ...Object.fromEntries(METRIC_FIELDS.map((f) => [f, expected.totals[f]])) },
      ]);
    }
  });

  it('quotes keys that hold commas or quotes', async () => {
    const dir = fs.mkdtempSync(path.join(dbs.dir, 'q-'));
    const file = path.join(dir, 'q.db');
    const db = openDatabase(file, { busyTimeoutMs: 100 });
    db.prepare(
      "INSERT INTO bash_calls (tool_use_id, session_id, project, started_at, signature, verdict, threshold_ms) VALUES ('x', 's', '/p/a,\"b\"', ?, 'ls', 'foreground', 5000)",
    ).run(at('2026-11-10T10:00:00'));
    db.close();
    const { stdout } = await report([
      '--db',
      file,
      '--by',
      'project',
      '--since',
      '2026-11-10',
      '--until',
      '2026-11-10',
      '--timezone',
      'UTC',
      '--csv',
    ]);
    expect(parseCsv(stdout)[1].slice(0, 3)).toEqual(['project', 'a,"b"', '1']);
  });
});

describe('text', () => {
  const build = async () => json(both());

  it('fits the width, keeps to ASCII bars, and has no colour under NO_COLOR', async () => {
    const r = await build();
    for (const width of [60, 80, 120, 200]) {
      const text = renderText(r, makeColors({ NO_COLOR: '1' }, true), width);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looks for terminal escape sequences
      expect(text).not.toMatch(/\x1b\[/);
      expect(text).not.toMatch(/[\u2500-\u257f\u2580-\u259f]/); // no box-drawing or block characters
      for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(width);
    }
    const narrow = renderText(r, makeColors({ NO_COLOR: '1' }, true), 80);
    const wide = renderText(r, makeColors({ NO_COLOR: '1' }, true), 200);
    // Compact below 100 columns: the essentials only.
    expect(narrow).not.toMatch(/hook p95/);
    expect(wide).toMatch(/hook p95/);
    // On the 10th, 3 of 6 slow calls ran in the background: five of ten cells, past the 30% mark.
    expect(wide).toMatch(/2026-11-10 .* 50% {2}#####\.\.\.\.\. /);
    expect(wide).toMatch(/Slow calls in background\s+58%\s+target 30%: met/);
    expect(wide).toMatch(/Parallel tasks\/session\s+1\.7\s+target 2: not met/);
    expect(wide).toMatch(/go test --run c14\s+T7/);
  });

  it('colours when FORCE_COLOR asks, even piped', async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looks for terminal escape sequences
    expect(renderText(await build(), makeColors({ FORCE_COLOR: '1' }, false), 120)).toMatch(/\x1b\[/);
  });
});

describe('the default database', () => {
  it('takes in spooled events before reading', async () => {
    const home = fs.mkdtempSync(path.join(dbs.dir, 'home-'));
    const file = path.join(home, 'telemetry.db');
    fs.copyFileSync(dbs.bob, file);
    const base = { session: 's3', wallMs: 150, generation: '2.1' as const, cwd: '/p/bob', project: '/p/bob', promptId: 'p4' };
    const facts = {
      toolUseId: 'late',
      command: 'npm test',
      signature: 'npm test',
      verdict: 'suggest-background',
      category: 'test',
      estimateS: 30,
      estimateSource: 'catalogue',
      requestedBackground: false,
      thresholdMs: 5000,
    };
    spoolEvent(path.join(home, 'spool'), {
      ...base,
      ...facts,
      id: 'pre:s3:late',
      at: at('2026-11-12T10:30:00'),
      hook: 'PreToolUse',
      kind: 'bash-pre',
    } as TelemetryEvent);
    spoolEvent(path.join(home, 'spool'), {
      ...base,
      ...facts,
      id: 'post:s3:late',
      at: at('2026-11-12T10:30:40'),
      hook: 'PostToolUse',
      kind: 'bash-post',
      outcome: 'ok',
      background: false,
    } as TelemetryEvent);
    const env = { BGTELEMETRY_HOME: home, BGTELEMETRY_DB: undefined, CLAUDE_PROJECT_DIR: home };
    const { stdout, error } = await report(['--since', '2026-11-12', '--until', '2026-11-12', '--timezone', 'UTC', '--json'], env);
    expect(error).toBeUndefined();
    // bob's 4 calls + the spooled one, which blocked 40 s on top of c12's 20 s and c15's 2 s.
    expect(JSON.parse(stdout).totals).toMatchObject({ bashCalls: 5, foregroundSlowMs: 62_000, hookRuns: 4 });
    expect(spooledFiles(path.join(home, 'spool'))).toEqual([]);
  });

  it('notes spooled events it could not replay, and reports the rest', async () => {
    const home = fs.mkdtempSync(path.join(dbs.dir, 'bad-spool-'));
    fs.copyFileSync(dbs.bob, path.join(home, 'telemetry.db'));
    fs.mkdirSync(path.join(home, 'spool'));
    fs.writeFileSync(path.join(home, 'spool', 'broken.json'), '{ not json');
    const env = { BGTELEMETRY_HOME: home, BGTELEMETRY_DB: undefined, CLAUDE_PROJECT_DIR: home };
    const { stdout, stderr, error } = await report(['--since', '2026-11-12', '--until', '2026-11-12', '--timezone', 'UTC', '--json'], env);
    expect(error).toBeUndefined();
    expect(stderr).toMatch(/^bgtelemetry: note: 1 spooled events could not be replayed; see .*spool$/m);
    expect(JSON.parse(stdout).totals.bashCalls).toBe(4); // bob's c12–c15
  });

  it('says how to start when there is none, and creates nothing', async () => {
    const home = fs.mkdtempSync(path.join(dbs.dir, 'empty-'));
    const { stdout, stderr, error } = await report([], { BGTELEMETRY_HOME: home, BGTELEMETRY_DB: undefined, CLAUDE_PROJECT_DIR: home });
    expect(error).toBeUndefined();
    expect(stdout).toBe(
      `Nothing recorded yet in ${path.join(home, 'telemetry.db')}: install the hooks (bgtelemetry install) if you have not, then work a session in Claude Code.\n`,
    );
    expect(stderr).toBe('');
    expect(fs.readdirSync(home)).toEqual([]);
  });
});

describe('nothing to report', () => {
  type Env = Record<string, string | undefined>;
  interface Case {
    name: string;
    args: () => string[];
    env?: () => Env;
    /** The one line every form gives. */
    line: () => string;
  }
  const yet = (where: string) =>
    `Nothing recorded yet in ${where}: install the hooks (bgtelemetry install) if you have not, then work a session in Claude Code.`;
  let home: string;
  let fresh: string;
  beforeAll(() => {
    home = fs.mkdtempSync(path.join(dbs.dir, 'nothing-'));
    // What a SessionStart hook alone leaves: the schema, a session, its hook run.
    fresh = path.join(dbs.dir, 'fresh.db');
    const db = openDatabase(fresh, { busyTimeoutMs: 100 });
    db.prepare("INSERT INTO sessions (id, project, cwd, started_at, source) VALUES ('s9', '/p/new', '/p/new', ?, 'startup')").run(
      at('2026-11-11T09:00:00'),
    );
    db.prepare("INSERT INTO hook_runs (event_id, hook, at, wall_ms) VALUES ('start:s9:startup:1', 'SessionStart', ?, 80)").run(
      at('2026-11-11T09:00:00'),
    );
    db.close();
  });
  const RANGE = ['--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC'];
  const cases: Case[] = [
    {
      name: 'no database file yet',
      args: () => RANGE,
      env: () => ({ BGTELEMETRY_HOME: home, BGTELEMETRY_DB: undefined, CLAUDE_PROJECT_DIR: home }),
      line: () => yet(path.join(home, 'telemetry.db')),
    },
    { name: 'a database with no call (a SessionStart alone)', args: () => ['--db', fresh, ...RANGE], line: () => yet(fresh) },
    {
      name: 'a --since still to come',
      args: () => ['--db', dbs.alice, '--since', '2099-01-01', '--timezone', 'UTC'],
      line: () =>
        `Nothing recorded in ${dbs.alice} from 2099-01-01 to 2099-01-01 (UTC); it holds calls outside that: change --since/--until.`,
    },
    {
      name: 'a --project matching nothing',
      args: () => [...both(), '--project', '/p/nobody'],
      line: () =>
        `Nothing recorded in ${dbs.alice}, ${dbs.bob} from 2026-11-10 to 2026-11-12 (UTC), project /p/nobody; they hold calls outside that: change --since/--until or --project.`,
    },
  ];
  /** What no output may hold with zero data: a division by zero or a missing value let through. */
  const BROKEN = /NaN|undefined|Infinity|null/;

  describe.each(cases)('$name', (c) => {
    const run = (extra: string[]) => report([...c.args(), ...extra], c.env?.() ?? {});

    it('says so in one line, exit 0', async () => {
      const { stdout, stderr, error } = await run([]);
      expect(error).toBeUndefined();
      expect(stdout).toBe(`${c.line()}\n`);
      expect(stderr).toBe('');
    });

    it('--json: the same document, with zeros and nulls; the line on stderr', async () => {
      const { stdout, stderr, error } = await run(['--json']);
      expect(error).toBeUndefined();
      expect(stderr).toBe(`bgtelemetry: note: ${c.line()}\n`);
      const r = contract.parse(JSON.parse(stdout));
      expect(r.totals).toMatchObject({
        bashCalls: 0,
        slowCalls: 0,
        tasksStarted: 0,
        adviceShown: 0,
        foregroundSlowMs: 0,
        estimatedSavedMs: 0,
      });
      expect(r.totals).toMatchObject({
        backgroundRatio: null,
        slowBackgroundRatio: null,
        parallelTasksPerSession: null,
        suggestionsFollowedRatio: null,
        suggestionsRightRatio: null,
      });
      expect(r.topForegroundSlow).toEqual([]);
      expect(r.unchecked).toEqual([]);
      for (const row of [r.totals, ...r.rows]) expectRatiosOfNothingNull(row);
    });

    it('--csv: the header, the rows and the total; empty cells for ratios of nothing', async () => {
      const { stdout, stderr, error } = await run(['--csv']);
      expect(error).toBeUndefined();
      expect(stderr).toBe(`bgtelemetry: note: ${c.line()}\n`);
      const lines = stdout.trimEnd().split('\r\n');
      expect(lines[0]).toBe(['by', 'key', ...METRIC_FIELDS].join(','));
      expect(lines.at(-1)).toMatch(/^total,,\d+,0,0,,0,0,,0,/);
      expect(stdout).not.toMatch(BROKEN);
    });

    it('--html FILE: a page that says so, without charts of nothing', async () => {
      const file = path.join(dbs.dir, `nothing-${cases.indexOf(c)}.html`);
      const { stdout, error } = await run(['--html', file]);
      expect(error).toBeUndefined();
      expect(stdout).toBe(`${c.line()}\nwrote ${file}\n`);
      const html = fs.readFileSync(file, 'utf8');
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">[\s\S]*<\/body><\/html>\n$/);
      expect(html).toContain(`<p id="nothing">${c.line()}</p>`);
      expect(html).not.toMatch(/<svg|id="headline"|<table/);
      expect(html).not.toMatch(BROKEN);
    });

    it('--by each grouping: the line, and rows for the days, weeks and machines of the range only', async () => {
      for (const by of ['day', 'week', 'session', 'project', 'signature', 'developer', 'machine']) {
        expect((await run(['--by', by])).stdout).toBe(`${c.line()}\n`);
        const { stdout } = await run(['--by', by, '--json']);
        const r = contract.parse(JSON.parse(stdout));
        if (by === 'day') expect(r.rows).toHaveLength(r.range.days);
        // Hook runs belong to the machine: a machine that ran hooks has its row.
        else if (by !== 'week' && by !== 'machine') expect(r.rows).toEqual([]);
        for (const row of r.rows) expect(row).toMatchObject({ bashCalls: 0, tasksStarted: 0, slowBackgroundRatio: null });
      }
    });
  });

  it('a --since still to come covers the rest of its day', async () => {
    const r = await json(['--db', dbs.alice, '--since', '2099-01-01T12:00', '--timezone', 'UTC']);
    expect(r.range).toEqual({ since: '2099-01-01T12:00:00.000Z', until: '2099-01-02T00:00:00.000Z', timezone: 'UTC', days: 1 });
    expect(r.rows.map((row) => row.key)).toEqual(['2099-01-01']);
  });

  it('an explicit --db that does not exist is a mistake, and is not created', async () => {
    const missing = path.join(home, 'typo.db');
    for (const form of [[], ['--json'], ['--csv']]) {
      const { stdout, error } = await report(['--db', missing, ...form]);
      expect(error?.message).toBe(`--db ${missing}: no such file`);
      expect(error?.exitCode).toBe(1);
      expect(stdout).toBe('');
    }
    expect(fs.existsSync(missing)).toBe(false);
  });
});

/** A ratio, average or percentile is null exactly when what it divides by is 0. */
const DIVIDED_BY = {
  backgroundRatio: 'bashCalls',
  slowBackgroundRatio: 'slowCalls',
  estimatedSavedMsPerDay: 'days',
  parallelTasksPerSession: 'sessionsWithTasks',
  suggestionsFollowedRatio: 'suggestionsShown',
  suggestionsRightRatio: 'suggestionsJudged',
  hookP50Ms: 'hookRuns',
  hookP95Ms: 'hookRuns',
} as const satisfies Partial<Record<keyof Metrics, keyof Metrics>>;

function expectRatiosOfNothingNull(m: Metrics): void {
  for (const [field, whole] of Object.entries(DIVIDED_BY) as [keyof typeof DIVIDED_BY, keyof Metrics][]) {
    expect(m[field] === null, `${field} over ${whole} = ${m[whole]}`).toBe(m[whole] === 0);
  }
}

describe('ratios of nothing', () => {
  // 13 November holds no call: a day row with a denominator of 0 beside days with data.
  const RANGE = ['--since', '2026-11-10', '--until', '2026-11-13', '--timezone', 'UTC'];
  const withEmptyDay = () => [...both().slice(0, 4), ...RANGE];

  it('are null in --json, in totals and in every row, whatever the grouping', async () => {
    for (const by of ['day', 'week', 'session', 'project', 'signature', 'developer', 'machine']) {
      const r = await json([...withEmptyDay(), '--by', by]);
      for (const row of [r.totals, ...r.rows]) expectRatiosOfNothingNull(row);
    }
  });

  it('read n/a on screen and in the page, never 0% or NaN; the page draws no bar for them', async () => {
    const r = await json(withEmptyDay());
    const text = renderText(r, makeColors({ NO_COLOR: '1' }, true), 200);
    // Columns: day, calls, bg, slow, slow bg, bar, blocked, saved, tasks, unchecked, parallel, …
    expect(text).toMatch(/^ {2}2026-11-13 +0 +n\/a +0 +n\/a +0 s +0 s +0 +0 +n\/a +0 +0 +n\/a +n\/a +n\/a$/m);
    expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
    const file = path.join(dbs.dir, 'empty-day.html');
    await report([...withEmptyDay(), '--html', file]);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/NaN|undefined|Infinity|null/);
    const ratioChart = /<svg id="slow-ratio"[\s\S]*?<\/svg>/.exec(html)![0];
    expect([...ratioChart.matchAll(/<rect [^>]*data-key="([^"]+)"/g)].map((m) => m[1])).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    expect(ratioChart).toMatch(/>n\/a<\/text>/);
  });
});

describe('buildReport', () => {
  it('reads a database of schema version 1 as it is', () => {
    const file = path.join(dbs.dir, 'v1.db');
    fs.copyFileSync(dbs.alice, file);
    const raw = openDatabase(file, { busyTimeoutMs: 100 });
    for (const index of ['hook_runs_by_time_wall', 'advice_by_time', 'tasks_by_time', 'bash_calls_by_prompt'])
      raw.exec(`DROP INDEX ${index}`);
    raw.pragma('user_version = 1');
    raw.close();
    return report(['--db', file, '--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC', '--json']).then(
      ({ stdout, error }) => {
        expect(error).toBeUndefined();
        expect(JSON.parse(stdout).totals).toMatchObject({ bashCalls: 11, hookP50Ms: 120 });
      },
    );
  });

  it('reads a database from before schema 5 (no backfilled column) as all "with bgtelemetry"', () => {
    const file = path.join(dbs.dir, 'v3.db');
    fs.copyFileSync(dbs.alice, file);
    const raw = openDatabase(file, { busyTimeoutMs: 100 });
    // Nor the derived tables of schemas 7 to 10, whose triggers and view read the column.
    for (const { name } of raw.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[])
      raw.exec(`DROP TRIGGER ${name}`);
    raw.exec(
      'DROP TABLE call_hours; DROP TABLE hook_hours; DROP TABLE advice_facts; DROP TABLE call_session_hours; DROP TABLE call_signature_hours; DROP VIEW task_fact_rows; DROP TABLE task_facts',
    );
    raw.exec('ALTER TABLE bash_calls DROP COLUMN backfilled');
    raw.pragma('user_version = 3');
    raw.close();
    return report(['--db', file, '--since', '2026-11-10', '--until', '2026-11-12', '--timezone', 'UTC', '--by', 'phase', '--json']).then(
      ({ stdout, error }) => {
        expect(error).toBeUndefined();
        expect(JSON.parse(stdout).rows.map((r: { key: string; bashCalls: number }) => [r.key, r.bashCalls])).toEqual([
          ['with bgtelemetry', 11],
        ]);
      },
    );
  });

  it('gives a range with nothing in it empty rows, not errors', () => {
    const db = openDatabase(dbs.alice, { busyTimeoutMs: 100, readonly: true });
    const r = buildReport([{ path: dbs.alice, db }], {
      since: at('2027-01-01T00:00:00'),
      until: at('2027-01-03T00:00:00'),
      timezone: 'UTC',
      by: 'day',
      project: null,
      session: null,
      now: at('2027-01-03T00:00:00'),
    });
    db.close();
    expect(r.rows.map((row) => [row.key, row.bashCalls, row.slowBackgroundRatio])).toEqual([
      ['2027-01-01', 0, null],
      ['2027-01-02', 0, null],
    ]);
    expect(r.totals).toMatchObject({ bashCalls: 0, parallelTasksPerSession: null, hookP50Ms: null, estimatedSavedMsPerDay: 0 });
  });
});
