/**
 * Two people's databases with every case the report counts, small enough to work out by hand.
 * Rows are inserted directly, as the store would have projected them. Times are UTC; the
 * expected figures live beside the tests that check them (tests/unit/report.test.ts).
 *
 * alice (/p/alice; developer a11ce0000001 on machine alice-laptop; rows without a portable
 *        project id, as recorded before schema 5: reports show the folder's name, alice)
 *   session s1, 2026-11-10 09:00–12:00, threshold 5 s everywhere
 *     c1 09:00 git status   foreground verdict, 0.2 s                       not slow
 *     c2 09:01 npm test     suggest-background, foreground, 30 s            slow, blocked 30 s
 *     c3 09:02 npm test     suggest-background, background → T1            slow, background
 *     c4 09:03 pytest       foreground verdict but measured 8 s             slow (measured), blocked 8 s
 *     c5 09:10 cargo build  suggest-background, timed out after 120 s       slow, blocked 120 s, timed out
 *     c6 09:20 npm run dev  must-background, background → T2                slow, background
 *     c7 09:30 ls           foreground verdict, no PostToolUse (background and duration unknown)
 *     c8 09:40 make         foreground verdict, moved to background by its timeout after 60 s → T3
 *                                                                            slow (measured), background, timed out
 *     T1 09:02–09:04 completed (ran 120 s), checked 09:05      → checked
 *     T2 09:20, stopped 09:50 (TaskStop)                       → stopped
 *     T3 09:40, still running when s1 ended at 12:00           → orphaned
 *     advice a1 09:01 slow-foreground npm test on c2 (c3 ran it in the background, same prompt) followed, right
 *            a2 09:10 slow-foreground cargo build on c5: not followed, right (timed out)
 *            a3 09:00 intent (a nudge, not a suggestion)
 *            a4 09:20 never-ends on c6, held back (2.0.x) and never delivered: not shown
 *     hook runs 09:00–09:09: 100, 105, 110, 115, 120, 125, 130, 135, 140, 300 ms
 *   session s2, from 2026-11-11 23:29, not ended
 *     c9  23:30 npm test  suggest-background, background → T4
 *     c10 23:31 npm test  suggest-background, background → T5
 *     c11 2026-11-12 00:30 git diff  foreground verdict, 0.3 s
 *     T4 23:30–23:33 completed (ran 180 s), never checked      → unchecked-finished
 *     T5 23:31, still running                                  → unchecked-running
 *     advice a5 23:29 parallel (c9 then ran in the background in that prompt): followed, right unknown
 * bob (/p/bob; developer b0b000000002 on machine bob-desktop; project github.com/acme/widget)
 *   session s3, 2026-11-12 10:00–11:00
 *     c12 10:00 npm test  suggest-background, foreground, 20 s       slow, blocked 20 s
 *     c13 10:02 npm test  suggest-background, background → T6
 *     c14 10:04 go test   suggest-background, background → T7
 *     c15 10:10 tsc       suggest-background, foreground, 2 s        slow (the verdict), blocked 2 s
 *     T6 10:02–10:04 completed (ran 120 s), checked              → checked
 *     T7 10:04–10:06 failed (ran 120 s), never checked; it started as T6 ended: never both running
 *                                                                → unchecked-finished
 *     advice a6 10:00 slow-foreground npm test on c12: followed (c13), right (20 s)
 *            a7 10:10 slow-foreground tsc on c15: not followed, wrong (2 s < 5 s)
 *     hook runs 10:00, 10:01: 200, 210 ms
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { openDatabase, type DB } from '../../src/store/open.js';

export const at = (iso: string) => Date.parse(`${iso}Z`);
const MIN = 60_000;

interface Call {
  id: string;
  session: string;
  prompt: string;
  project: string;
  t: string;
  signature: string;
  verdict: string;
  durationMs?: number | null;
  background?: number | null;
  reason?: string;
  outcome?: string | null;
  task?: string;
}

function insertCall(db: DB, c: Call): void {
  const start = at(c.t);
  const duration = c.durationMs === undefined ? 100 : c.durationMs;
  db.prepare(
    `INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, project, started_at, ended_at, signature, command, verdict, category,
       background, background_reason, outcome, duration_ms, task_id, threshold_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, 5000)`,
  ).run(
    c.id,
    c.session,
    c.prompt,
    c.project,
    start,
    duration === null ? null : start + duration,
    c.signature,
    `${c.signature} --run ${c.id}`,
    c.verdict,
    c.background === undefined ? 0 : c.background,
    c.reason ?? null,
    c.outcome === undefined ? 'ok' : c.outcome,
    duration,
    c.task ?? null,
  );
}

interface Task {
  session: string;
  id: string;
  call: string;
  t: string;
  signature: string;
  status: string;
  finished?: string;
  stopped?: string;
  checked?: string;
}

function insertTask(db: DB, t: Task): void {
  db.prepare(
    `INSERT INTO tasks (session_id, id, tool_use_id, started_at, signature, command, category, status, finished_at, stopped_at, stopped_by)
     VALUES (?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?)`,
  ).run(
    t.session,
    t.id,
    t.call,
    at(t.t),
    t.signature,
    `${t.signature} --run ${t.call}`,
    t.status,
    t.finished ? at(t.finished) : null,
    t.stopped ? at(t.stopped) : null,
    t.stopped ? 'TaskStop' : null,
  );
  if (t.checked)
    db.prepare("INSERT INTO task_checks (tool_use_id, session_id, task_id, at, tool) VALUES (?, ?, ?, ?, 'TaskOutput')").run(
      `check-${t.id}`,
      t.session,
      t.id,
      at(t.checked),
    );
}

function insertAdvice(
  db: DB,
  a: { id: string; session: string; prompt: string; call?: string; t: string; kind: string; signature?: string; deferred?: boolean },
): void {
  db.prepare(
    `INSERT INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars, deferred)
     VALUES (?, ?, ?, ?, ?, 'PreToolUse', ?, ?, 'bgtelemetry: advice', 19, ?)`,
  ).run(a.id, a.session, a.prompt, a.call ?? null, at(a.t), a.kind, a.signature ?? null, a.deferred ? 1 : 0);
}

function insertHooks(db: DB, session: string, start: string, walls: number[]): void {
  const insert = db.prepare("INSERT INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, 'PreToolUse', ?, ?)");
  for (const [k, ms] of walls.entries()) insert.run(`pre:${session}:h${k}`, at(start) + k * MIN, ms);
}

/** Who recorded a session, as the hooks name them (docs/telemetry.md, "Identity"). */
const PEOPLE = {
  '/p/alice': { developer: 'a11ce0000001', machine: 'alice-laptop' },
  '/p/bob': { developer: 'b0b000000002', machine: 'bob-desktop' },
} as const;

function session(db: DB, id: string, project: keyof typeof PEOPLE, start: string, end?: string): void {
  db.prepare(
    "INSERT INTO sessions (id, project, cwd, started_at, ended_at, generation, developer, machine) VALUES (?, ?, ?, ?, ?, '2.1', ?, ?)",
  ).run(id, project, project, at(start), end ? at(end) : null, PEOPLE[project].developer, PEOPLE[project].machine);
}

function seedAlice(db: DB): void {
  const p = '/p/alice' as const;
  session(db, 's1', p, '2026-11-10T09:00:00', '2026-11-10T12:00:00');
  const s1 = { session: 's1', prompt: 'p1', project: p };
  insertCall(db, { ...s1, id: 'c1', t: '2026-11-10T09:00:00', signature: 'git status', verdict: 'foreground', durationMs: 200 });
  insertCall(db, { ...s1, id: 'c2', t: '2026-11-10T09:01:00', signature: 'npm test', verdict: 'suggest-background', durationMs: 30_000 });
  insertCall(db, {
    ...s1,
    id: 'c3',
    t: '2026-11-10T09:02:00',
    signature: 'npm test',
    verdict: 'suggest-background',
    background: 1,
    reason: 'requested',
    task: 'T1',
  });
  insertCall(db, { ...s1, id: 'c4', t: '2026-11-10T09:03:00', signature: 'pytest', verdict: 'foreground', durationMs: 8_000 });
  insertCall(db, {
    ...s1,
    id: 'c5',
    t: '2026-11-10T09:10:00',
    signature: 'cargo build',
    verdict: 'suggest-background',
    durationMs: 120_000,
    outcome: 'timed-out',
  });
  insertCall(db, {
    ...s1,
    id: 'c6',
    t: '2026-11-10T09:20:00',
    signature: 'npm run dev',
    verdict: 'must-background',
    background: 1,
    reason: 'requested',
    task: 'T2',
  });
  insertCall(db, {
    ...s1,
    id: 'c7',
    t: '2026-11-10T09:30:00',
    signature: 'ls',
    verdict: 'foreground',
    durationMs: null,
    background: null,
    outcome: null,
  });
  insertCall(db, {
    ...s1,
    id: 'c8',
    t: '2026-11-10T09:40:00',
    signature: 'make',
    verdict: 'foreground',
    durationMs: 60_000,
    background: 1,
    reason: 'timeout',
    task: 'T3',
  });
  insertTask(db, {
    session: 's1',
    id: 'T1',
    call: 'c3',
    t: '2026-11-10T09:02:00',
    signature: 'npm test',
    status: 'completed',
    finished: '2026-11-10T09:04:00',
    checked: '2026-11-10T09:05:00',
  });
  insertTask(db, {
    session: 's1',
    id: 'T2',
    call: 'c6',
    t: '2026-11-10T09:20:00',
    signature: 'npm run dev',
    status: 'killed',
    stopped: '2026-11-10T09:50:00',
  });
  insertTask(db, { session: 's1', id: 'T3', call: 'c8', t: '2026-11-10T09:40:00', signature: 'make', status: 'running' });
  insertAdvice(db, {
    id: 'a1',
    session: 's1',
    prompt: 'p1',
    call: 'c2',
    t: '2026-11-10T09:01:00',
    kind: 'slow-foreground',
    signature: 'npm test',
  });
  insertAdvice(db, {
    id: 'a2',
    session: 's1',
    prompt: 'p1',
    call: 'c5',
    t: '2026-11-10T09:10:00',
    kind: 'slow-foreground',
    signature: 'cargo build',
  });
  insertAdvice(db, { id: 'a3', session: 's1', prompt: 'p1', t: '2026-11-10T09:00:00', kind: 'intent' });
  insertAdvice(db, {
    id: 'a4',
    session: 's1',
    prompt: 'p1',
    call: 'c6',
    t: '2026-11-10T09:20:00',
    kind: 'never-ends',
    signature: 'npm run dev',
    deferred: true,
  });
  insertHooks(db, 's1', '2026-11-10T09:00:00', [100, 105, 110, 115, 120, 125, 130, 135, 140, 300]);

  session(db, 's2', p, '2026-11-11T23:29:00');
  const s2 = { session: 's2', prompt: 'p3', project: p };
  insertCall(db, {
    ...s2,
    id: 'c9',
    t: '2026-11-11T23:30:00',
    signature: 'npm test',
    verdict: 'suggest-background',
    background: 1,
    reason: 'requested',
    task: 'T4',
  });
  insertCall(db, {
    ...s2,
    id: 'c10',
    t: '2026-11-11T23:31:00',
    signature: 'npm test',
    verdict: 'suggest-background',
    background: 1,
    reason: 'requested',
    task: 'T5',
  });
  insertCall(db, { ...s2, id: 'c11', t: '2026-11-12T00:30:00', signature: 'git diff', verdict: 'foreground', durationMs: 300 });
  insertTask(db, {
    session: 's2',
    id: 'T4',
    call: 'c9',
    t: '2026-11-11T23:30:00',
    signature: 'npm test',
    status: 'completed',
    finished: '2026-11-11T23:33:00',
  });
  insertTask(db, { session: 's2', id: 'T5', call: 'c10', t: '2026-11-11T23:31:00', signature: 'npm test', status: 'running' });
  insertAdvice(db, { id: 'a5', session: 's2', prompt: 'p3', t: '2026-11-11T23:29:00', kind: 'parallel' });
}

function seedBob(db: DB): void {
  const p = '/p/bob' as const;
  session(db, 's3', p, '2026-11-12T10:00:00', '2026-11-12T11:00:00');
  const s3 = { session: 's3', prompt: 'p4', project: p };
  insertCall(db, { ...s3, id: 'c12', t: '2026-11-12T10:00:00', signature: 'npm test', verdict: 'suggest-background', durationMs: 20_000 });
  insertCall(db, {
    ...s3,
    id: 'c13',
    t: '2026-11-12T10:02:00',
    signature: 'npm test',
    verdict: 'suggest-background',
    background: 1,
    reason: 'requested',
    task: 'T6',
  });
  insertCall(db, {
    ...s3,
    id: 'c14',
    t: '2026-11-12T10:04:00',
    signature: 'go test',
    verdict: 'suggest-background',
    background: 1,
    reason: 'requested',
    task: 'T7',
  });
  insertCall(db, { ...s3, id: 'c15', t: '2026-11-12T10:10:00', signature: 'tsc', verdict: 'suggest-background', durationMs: 2_000 });
  insertTask(db, {
    session: 's3',
    id: 'T6',
    call: 'c13',
    t: '2026-11-12T10:02:00',
    signature: 'npm test',
    status: 'completed',
    finished: '2026-11-12T10:04:00',
    checked: '2026-11-12T10:06:00',
  });
  insertTask(db, {
    session: 's3',
    id: 'T7',
    call: 'c14',
    t: '2026-11-12T10:04:00',
    signature: 'go test',
    status: 'failed',
    finished: '2026-11-12T10:06:00',
  });
  insertAdvice(db, {
    id: 'a6',
    session: 's3',
    prompt: 'p4',
    call: 'c12',
    t: '2026-11-12T10:00:00',
    kind: 'slow-foreground',
    signature: 'npm test',
  });
  insertAdvice(db, {
    id: 'a7',
    session: 's3',
    prompt: 'p4',
    call: 'c15',
    t: '2026-11-12T10:10:00',
    kind: 'slow-foreground',
    signature: 'tsc',
  });
  insertHooks(db, 's3', '2026-11-12T10:00:00', [200, 210]);
  db.prepare("UPDATE sessions SET project_id = 'github.com/acme/widget'").run();
  db.prepare("UPDATE bash_calls SET project_id = 'github.com/acme/widget'").run();
}

/** A fresh directory with alice.db and bob.db; remove it with `fs.rmSync(dir, { recursive: true })`. */
export function seededDatabases(): { dir: string; alice: string; bob: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-report-'));
  const alice = path.join(dir, 'alice.db');
  const bob = path.join(dir, 'bob.db');
  for (const [file, seed] of [
    [alice, seedAlice],
    [bob, seedBob],
  ] as const) {
    const db = openDatabase(file, { busyTimeoutMs: 1000 });
    db.transaction(() => seed(db))();
    db.close();
  }
  return { dir, alice, bob };
}

/**
 * A third database, for the lead's report (tests/unit/report-lead.test.ts), Monday 2026-11-02 to
 * Sunday 2026-11-15: carol: 20 slow calls a week, each 60 s; 5 in the background in the first week, 10 in the second;
 * one slow-foreground suggestion per foreground call, never followed. dave: 3 slow calls, all
 * in the background, in the second week: too few for a share.
 */
export function seedTwoWeeks(file: string): void {
  const db = openDatabase(file, { busyTimeoutMs: 1000 });
  const session = (id: string, developer: string, day: string) =>
    db
      .prepare(
        "INSERT INTO sessions (id, project, cwd, started_at, developer, machine, project_id) VALUES (?, '/p/w', '/p/w', ?, ?, 'm', 'github.com/acme/w')",
      )
      .run(id, at(`${day}T08:00:00`), developer);
  const call = (db: DB, id: string, s: string, t: number, background: number) =>
    db
      .prepare(
        `INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, project, project_id, started_at, ended_at, signature, command, verdict, category, background, outcome, duration_ms, threshold_ms)
         VALUES (?, ?, 'p', '/p/w', 'github.com/acme/w', ?, ?, 'make all', 'make all', 'suggest-background', 'build', ?, 'ok', 60000, 5000)`,
      )
      .run(id, s, t, t + 60_000, background);
  db.transaction(() => {
    session('w1', 'carol', '2026-11-03');
    session('w2', 'carol', '2026-11-10');
    session('d2', 'dave', '2026-11-11');
    for (const [s, day, inBackground] of [
      ['w1', '2026-11-03', 5],
      ['w2', '2026-11-10', 10],
    ] as const)
      for (let k = 0; k < 20; k++) {
        const t = at(`${day}T09:00:00`) + k * 120_000;
        const background = k < inBackground ? 1 : 0;
        call(db, `${s}-${k}`, s, t, background);
        if (!background)
          db.prepare(
            "INSERT INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars) VALUES (?, ?, 'p', ?, ?, 'PreToolUse', 'slow-foreground', 'make all', 'advice', 6)",
          ).run(`a-${s}-${k}`, s, `${s}-${k}`, t);
      }
    for (let k = 0; k < 3; k++) call(db, `d2-${k}`, 'd2', at('2026-11-11T09:00:00') + k * 60_000, 1);
  })();
  db.close();
}
