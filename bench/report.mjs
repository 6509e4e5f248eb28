#!/usr/bin/env node
// `bgtelemetry report` on a large synthetic database: 1,000,000 Bash calls by 50 people (one
// project each) over 90 days, two sessions per person and day, ~20% slow calls, a third of
// those in the background with their tasks, checks, advice and hook runs. The schema comes from
// the compiled hooks (a SessionStart run creates the file); rows are inserted directly, in big
// transactions (the schema's triggers fill the rollups as they go). Then times whole
// `node dist/cli.mjs report` processes over ranges of 7, 30 and 90 days and an odd one, and the
// lead's report (`--lead`) over 7 and 90 days. Each session has its person's developer and machine.
// A reused --db of an older schema is migrated first (the heavy migrations included), timed.
// With --pg URL, the same reports from a team store (PostgreSQL): an empty one is set up and
// filled first by `bgtelemetry sync` (timed: the sync throughput); one holding calls is reused.
// Usage: node bench/report.mjs [--calls N] [--runs N] [--db FILE (reused if it exists)] [--pg URL]
//        [--cli FILE (another build's cli.mjs)] [--json]
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const CALLS = Number(arg('--calls', 1_000_000));
const RUNS = Number(arg('--runs', 5));
const asJson = args.includes('--json');
const given = arg('--db');
const cli = arg('--cli', join(root, 'dist/cli.mjs'));
const pgUrl = arg('--pg');
const home = mkdtempSync(join(tmpdir(), 'bgt-bench-report-'));
const file = given ?? join(home, 'telemetry.db');

const PEOPLE = 50;
const DAYS = 90;
const SESSIONS_PER_DAY = 2;
const DAY = 86_400_000;
const THRESHOLD = 5000;

/** Signatures with their share of calls, duration range (s) and verdict. */
const SIGNATURES = [
  ['git status', 14, 0.05, 0.4, 'foreground'],
  ['git diff', 10, 0.05, 0.8, 'foreground'],
  ['ls', 10, 0.01, 0.2, 'foreground'],
  ['cat', 9, 0.01, 0.2, 'foreground'],
  ['grep', 8, 0.05, 1.5, 'foreground'],
  ['rg', 7, 0.05, 1, 'foreground'],
  ['sed', 5, 0.01, 0.3, 'foreground'],
  ['find', 5, 0.1, 3, 'foreground'],
  ['git log', 4, 0.05, 0.5, 'foreground'],
  ['git commit', 3, 0.2, 2, 'state-change'],
  ['node', 3, 0.1, 4, 'foreground'],
  ['npm test', 5, 8, 120, 'suggest-background'],
  ['pytest', 3, 5, 200, 'suggest-background'],
  ['npm run build', 3, 10, 90, 'suggest-background'],
  ['cargo build', 2, 20, 300, 'suggest-background'],
  ['npm install', 2, 10, 120, 'suggest-background'],
  ['docker compose up', 1, 30, 600, 'must-background'],
  ['npm run dev', 1, 30, 900, 'must-background'],
  ['make', 1.5, 5, 180, 'suggest-background'],
  ['go test', 1.5, 5, 60, 'suggest-background'],
  ['tsc', 1, 4, 40, 'suggest-background'],
];
/** Hooks record their wall time to 0.1 ms. */
const wall = (ms) => Math.round(ms * 10) / 10;
const TOTAL_WEIGHT = SIGNATURES.reduce((a, s) => a + s[1], 0);

// Deterministic: the same database every time for the same --calls.
let seed = 42;
const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = () => {
  let r = rand() * TOTAL_WEIGHT;
  for (const s of SIGNATURES) if ((r -= s[1]) < 0) return s;
  return SIGNATURES[0];
};

/** The schema as the shipped code creates it: one SessionStart through the compiled hook. */
function createSchema() {
  const env = { ...process.env, BGTELEMETRY_HOME: join(home, 'data'), BGTELEMETRY_DB: file, CLAUDE_CONFIG_DIR: join(home, 'claude') };
  const payload = { session_id: 'schema', transcript_path: '/nonexistent', cwd: home, hook_event_name: 'SessionStart', source: 'startup' };
  const r = spawnSync(process.execPath, [join(root, 'dist/hooks/lifecycle.cjs')], { env, input: JSON.stringify(payload) });
  if (r.status !== 0 || !existsSync(file)) throw new Error(`could not create the schema: ${r.stderr}`);
  const db = new Database(file);
  for (const t of ['applied_events', 'sessions', 'hook_runs', 'claims']) db.exec(`DELETE FROM ${t}`);
  return db;
}

/** A person's developer (as hooks store it: a hash of the e-mail) and machine. */
const identity = (k) => [`sha256:dev${k}`, `host-${k}`];

/** Files made before sessions had a developer: each session gets its person's, from the project path `/home/devN/…`. */
function giveDevelopers() {
  const db = new Database(file);
  const unnamed = db.prepare('SELECT COUNT(*) AS n FROM sessions WHERE developer IS NULL').get().n;
  if (unnamed) {
    const name = db.prepare('UPDATE sessions SET developer = ?, machine = ? WHERE developer IS NULL AND project = ?');
    db.transaction(() => {
      for (let k = 0; k < PEOPLE; k++) name.run(...identity(k), `/home/dev${k}/project-${k}`);
    })();
  }
  db.close();
  return unnamed;
}

function generate() {
  const started = performance.now();
  const db = createSchema();
  db.pragma('synchronous = OFF');
  const ins = {
    session: db.prepare(
      'INSERT INTO sessions (id, project, cwd, started_at, ended_at, end_reason, generation, source, developer, machine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    prompt: db.prepare('INSERT INTO prompts (id, session_id, at, kind, intents, chars) VALUES (?, ?, ?, ?, ?, ?)'),
    call: db.prepare(`INSERT INTO bash_calls (tool_use_id, session_id, prompt_id, message_id, project, started_at, ended_at, signature, command, verdict, category,
      estimate_s, estimate_source, timeout_ms, requested_background, background, background_reason, outcome, exit_code, duration_ms, duration_source, task_id, threshold_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    task: db.prepare(`INSERT INTO tasks (session_id, id, tool_use_id, started_at, signature, command, category, status, exit_code, finished_at, notified_at, stopped_at, stopped_by)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    check: db.prepare(
      'INSERT INTO task_checks (tool_use_id, session_id, task_id, at, tool, blocking, status_seen) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    advice: db.prepare(
      'INSERT INTO advice (event_id, session_id, prompt_id, tool_use_id, at, hook, kind, signature, text, chars) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    hook: db.prepare('INSERT INTO hook_runs (event_id, hook, at, wall_ms) VALUES (?, ?, ?, ?)'),
  };
  const now = Date.now();
  const sessionsTotal = PEOPLE * DAYS * SESSIONS_PER_DAY;
  const perSession = CALLS / sessionsTotal;
  let made = 0;
  let n = 0;
  const day0 = Math.floor(now / DAY) - DAYS + 1;
  const batch = db.transaction((day) => {
    for (let person = 0; person < PEOPLE; person++) {
      const project = `/home/dev${person}/project-${person}`;
      for (let k = 0; k < SESSIONS_PER_DAY; k++) {
        const session = randomUUID();
        const target = Math.round(((day - day0) * PEOPLE * SESSIONS_PER_DAY + person * SESSIONS_PER_DAY + k + 1) * perSession) - made;
        let t = day * DAY + (8 + k * 5) * 3_600_000 + Math.floor(rand() * 3_600_000);
        if (t > now - 60_000) continue;
        const start = t;
        let prompt = null;
        for (let c = 0; c < target; c++) {
          if (c % 8 === 0) {
            prompt = randomUUID();
            ins.prompt.run(prompt, session, t, 'user', c % 24 === 0 ? 'tests' : '', 60 + Math.floor(rand() * 400));
            ins.hook.run(`prompt:${session}:${prompt}`, 'UserPromptSubmit', t, wall(90 + rand() * 40));
            if (c % 24 === 0)
              ins.advice.run(
                `prompt:${session}:${prompt}`,
                session,
                prompt,
                null,
                t,
                'UserPromptSubmit',
                'intent',
                null,
                'bgtelemetry: run the tests in the background',
                44,
              );
            t += 5_000 + Math.floor(rand() * 30_000);
          }
          const [signature, , lo, hi, verdict] = pick();
          const id = `toolu_01${(++n).toString(36).padStart(16, '0')}`;
          const slow = verdict !== 'foreground' && verdict !== 'state-change';
          const runs = lo + rand() * (hi - lo);
          const background = slow && rand() < 0.33;
          const timedOut = slow && !background && rand() < 0.02;
          const ms = background ? 80 + Math.floor(rand() * 100) : timedOut ? 120_000 : Math.round(runs * 1000);
          const taskId = background ? `b${n.toString(36)}` : null;
          const outcome = timedOut ? 'timed-out' : rand() < 0.08 ? 'failed' : 'ok';
          ins.call.run(
            id,
            session,
            prompt,
            `msg_${n}`,
            project,
            t,
            t + ms,
            signature,
            `${signature} --flag value/${c}`,
            verdict,
            slow ? 'test' : 'read',
            runs,
            'catalogue',
            timedOut ? 120_000 : null,
            background ? 1 : 0,
            background ? 1 : 0,
            background ? 'requested' : null,
            outcome,
            outcome === 'ok' ? 0 : 1,
            ms,
            'claude',
            taskId,
            THRESHOLD,
          );
          ins.hook.run(`pre:${session}:${id}`, 'PreToolUse', t, wall(105 + rand() * 40 + (rand() < 0.05 ? 60 : 0)));
          ins.hook.run(`post:${session}:${id}`, 'PostToolUse', t + ms, wall(95 + rand() * 30));
          if (slow && rand() < 0.6)
            ins.advice.run(
              `pre:${session}:${id}`,
              session,
              prompt,
              id,
              t,
              'PreToolUse',
              verdict === 'must-background' ? 'never-ends' : 'slow-foreground',
              signature,
              `bgtelemetry: ${signature} is slow`,
              40,
            );
          if (taskId) {
            const end = t + Math.round(runs * 1000);
            const fate = rand();
            const stopped = fate < 0.1 || verdict === 'must-background';
            const status = stopped ? 'killed' : fate < 0.85 ? 'completed' : 'failed';
            ins.task.run(
              session,
              taskId,
              id,
              t,
              signature,
              `${signature} --flag value/${c}`,
              'test',
              status,
              stopped ? null : status === 'completed' ? 0 : 1,
              stopped ? null : end,
              stopped ? null : end,
              stopped ? end : null,
              stopped ? 'TaskStop' : null,
            );
            if (rand() < 0.7) ins.check.run(`check_${n}`, session, taskId, end + 1000, 'TaskOutput', 0, status);
          }
          t += ms + 2_000 + Math.floor(rand() * 20_000);
        }
        made += target;
        ins.session.run(
          session,
          project,
          project,
          start,
          t > now - 3_600_000 ? null : t + 60_000,
          'prompt_input_exit',
          '2.1',
          'startup',
          ...identity(person),
        );
      }
    }
  });
  for (let day = day0; day < day0 + DAYS; day++) batch(day);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const calls = db.prepare('SELECT COUNT(*) AS n FROM bash_calls').get().n;
  db.close();
  return { calls, seconds: (performance.now() - started) / 1000 };
}

function once(argv) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, ...argv], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Number(process.hrtime.bigint() - start) / 1e6) : reject(new Error(`report exited ${code}: ${err}`)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** A reused file of an older schema is migrated as any CLI command migrates it (not timed with the reports). */
function migrateReused() {
  const db = new Database(file, { readonly: true });
  const version = db.pragma('user_version', { simple: true });
  db.close();
  const started = performance.now();
  const env = { ...process.env, BGTELEMETRY_HOME: join(home, 'data'), BGTELEMETRY_DB: file };
  const r = spawnSync(process.execPath, [cli, 'status'], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`could not migrate ${file}: ${r.stderr}`);
  const after = new Database(file, { readonly: true }).pragma('user_version', { simple: true });
  return after === version ? null : { from: version, to: after, seconds: (performance.now() - started) / 1000 };
}

/** Fills an empty team store from the file with `sync`; null when it holds calls already. */
async function fillTeamStore() {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const held = await client
    .query('SELECT 1 FROM bash_calls LIMIT 1')
    .then((r) => r.rowCount > 0)
    .catch(() => false);
  await client.end();
  if (held) return null;
  const env = { ...process.env, BGTELEMETRY_HOME: join(home, 'data') };
  const setup = spawnSync(process.execPath, [cli, 'team', 'setup', '--url', pgUrl], { env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`team setup failed: ${setup.stderr}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'sync', '--url', pgUrl, '--db', file, '--batch', '5000', '--json'], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`sync failed: ${r.stderr}`);
  return { seconds: (performance.now() - started) / 1000, result: r.stdout.trim().split('\n').at(-1) };
}

/** Medians and maxima of each variant, run interleaved after one warm-up each. */
async function timeAll(variants) {
  const times = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (const v of variants) await once(v.argv); // warm the page cache
  for (let i = 0; i < RUNS; i++) for (const v of variants) times[v.name].push(await once(v.argv));
  return variants.map((v) => ({
    name: v.name,
    medianMs: Math.round(median(times[v.name])),
    maxMs: Math.round(Math.max(...times[v.name])),
    targetMs: v.targetMs ?? null,
  }));
}

try {
  const generated = given && existsSync(given) ? null : generate();
  if (generated && !asJson)
    console.log(`generated ${generated.calls.toLocaleString('en-US')} Bash calls in ${generated.seconds.toFixed(1)} s: ${file}`);
  const named = generated ? 0 : giveDevelopers();
  if (named && !asJson) console.log(`gave ${named.toLocaleString('en-US')} sessions of ${file} their developer`);
  const migrated = generated ? null : migrateReused();
  if (migrated && !asJson)
    console.log(`migrated ${file} from schema ${migrated.from} to ${migrated.to} in ${migrated.seconds.toFixed(1)} s`);
  const synced = pgUrl ? await fillTeamStore() : null;
  if (synced && !asJson) console.log(`synced to the team store in ${synced.seconds.toFixed(1)} s: ${synced.result}`);
  const variants = (store, db) =>
    [
      ['--json'],
      ['--by', 'signature'],
      ['--since', '30d', '--by', 'day', '--json'],
      ['--since', '90d', '--by', 'week', '--json'],
      ['--since', '90d', '--by', 'developer', '--timezone', 'Asia/Kolkata', '--json'],
      ['--since', '2026-09-03', '--until', '2026-10-17', '--by', 'project', '--json'],
      ['--since', '90d', '--lead', '--json'],
      ['--since', '7d', '--lead', '--json'],
    ].map((flags) => ({ name: `${store}: report ${flags.join(' ')}`, argv: ['report', '--db', db, ...flags], targetMs: 1000 }));
  const rows = await timeAll([...variants('sqlite', file), ...(pgUrl ? variants('postgres', pgUrl) : [])]);
  if (asJson) console.log(JSON.stringify({ generated, migrated, synced, runs: RUNS, node: process.version, rows }, null, 2));
  else
    for (const r of rows)
      console.log(
        `${r.name.padEnd(92)} median ${String(r.medianMs).padStart(5)} ms   max ${String(r.maxMs).padStart(5)} ms${r.targetMs ? `   target < ${r.targetMs} ms` : ''}`,
      );
} finally {
  rmSync(home, { recursive: true, force: true });
}
