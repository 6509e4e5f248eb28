/**
 * The operating commands on real files: status, doctor, export/import/prune, config, protocol.
 * Databases are seeded through the store's own event projection; the CLI runs in this process
 * (tests/support/cli-run.ts: the real program, the built hooks in dist/, built by `npm test`
 * first) with every home directory in a temp dir, so nothing of the real user is read or written.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOOKS } from '../../src/hooks/registry.js';
import { liveTasks } from '../../src/admin/status.js';
import { PROTOCOL_MARKER } from '../../src/admin/protocol.js';
import { eventSessionSql, TABLES } from '../../src/admin/tables.js';
import { recordInternalError } from '../../src/runtime/internal-errors.js';
import { applyAdvice, applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { openDatabase, type DB } from '../../src/store/open.js';
import { spoolEvent } from '../../src/store/spool.js';
import { runCli } from '../support/cli-run.js';
import { fakeHomebrew } from './homebrew-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOOKS_DIR = path.join(ROOT, 'dist', 'hooks');
if (!fs.existsSync(path.join(HOOKS_DIR, 'lifecycle.cjs')))
  throw new Error('dist/hooks is missing: run `npm run build` (npm test does it first)');

const MIN = 60_000;
const DAY = 86_400_000;
const SECRET = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';

let home: string;
let project: string;
let data: string;
let dbPath: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-ops-'));
  project = path.join(home, 'project');
  data = path.join(home, 'data');
  fs.mkdirSync(project);
  dbPath = path.join(data, 'telemetry.db');
  env = {
    PATH: process.env.PATH,
    HOME: home,
    CLAUDE_CONFIG_DIR: path.join(home, 'claude'),
    BGTELEMETRY_HOME: data,
    CLAUDE_PROJECT_DIR: project,
    NO_COLOR: '1',
  };
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

/** The CLI in this process (tests/support/cli-run.ts), in the project with only `env`. */
function cli(...args: string[]) {
  return runCli(args, { cwd: project, env });
}

// ------------------------------------------------------------------------------------------
// Seeding through the store's own projection, as the hooks would.

let n = 0;
function base(session: string, at: number, hook: TelemetryEvent['hook'], id: string) {
  return {
    ...{ id, at, session, hook, wallMs: 40 + (n++ % 7), generation: '2.1' as const, cwd: project, project, promptId: `${session}-p1` },
    ...{ projectId: 'github.com/acme/widget', developer: 'ff8d9819fc0e', machine: '0123456789abcdef' },
  };
}

function facts(toolUseId: string, command: string) {
  return {
    toolUseId,
    command,
    signature: command.startsWith('pytest') ? 'pytest' : 'npm test',
    verdict: 'suggest-background' as const,
    category: 'test' as const,
    estimateS: 30,
    estimateSource: 'catalogue' as const,
    requestedBackground: true,
    thresholdMs: 5000,
  };
}

/** A session: a prompt, a background call that started a task, optionally a check and an end. */
function sessionEvents(
  session: string,
  start: number,
  opts: { task: string; command?: string; checkAt?: number; endAt?: number },
): TelemetryEvent[] {
  const call = `${session}-call`;
  const command = opts.command ?? 'npm test';
  const events: TelemetryEvent[] = [
    { ...base(session, start, 'SessionStart', `start:${session}:startup:1`), kind: 'session-start', source: 'startup' },
    {
      ...base(session, start + 1000, 'UserPromptSubmit', `prompt:${session}:${session}-p1`),
      kind: 'prompt',
      promptKind: 'user',
      intents: ['tests'],
      chars: 42,
    },
    { ...base(session, start + 2000, 'PreToolUse', `pre:${session}:${call}`), kind: 'bash-pre', ...facts(call, command) },
    {
      ...base(session, start + 3000, 'PostToolUse', `post:${session}:${call}`),
      kind: 'bash-post',
      ...facts(call, command),
      outcome: 'ok',
      background: true,
      backgroundReason: 'requested',
      taskId: opts.task,
      durationMs: 900,
      durationSource: 'claude',
    },
  ];
  if (opts.checkAt !== undefined) {
    events.push({
      ...base(session, opts.checkAt, 'PostToolUse', `check:${session}:${session}-c1`),
      kind: 'task-check',
      toolUseId: `${session}-c1`,
      taskId: opts.task,
      tool: 'TaskOutput',
      blocking: false,
      statusSeen: 'running',
    });
  }
  if (opts.endAt !== undefined)
    events.push({ ...base(session, opts.endAt, 'SessionEnd', `end:${session}`), kind: 'session-end', reason: 'exit' });
  return events;
}

function seed(file: string, events: TelemetryEvent[]): void {
  const db = openDatabase(file, { busyTimeoutMs: 1000 });
  db.transaction(() => {
    for (const e of events) applyEvent(db, e);
    // Advice and its claim, as a hook gives them.
    const first = events.find((e) => e.kind === 'bash-pre');
    if (first)
      applyAdvice(db, first, { kind: 'slow-foreground', text: 'bgtelemetry: run it in the background', signature: 'npm test' }, [
        `slow:npm test`,
      ]);
  })();
  db.close();
}

/** Every row of every table, in primary-key order: two databases with equal snapshots hold the same data. */
function snapshot(file: string): Record<string, unknown[]> {
  const db = openDatabase(file, { busyTimeoutMs: 1000, readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t.name, db.prepare(`SELECT * FROM ${t.name} ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

function withDb<T>(file: string, f: (db: DB) => T): T {
  const db = openDatabase(file, { busyTimeoutMs: 1000 });
  try {
    return f(db);
  } finally {
    db.close();
  }
}

// ------------------------------------------------------------------------------------------

describe('status', () => {
  it('lists only the tasks of sessions that have not ended, with their age and last check', async () => {
    const now = Date.now();
    seed(dbPath, [
      ...sessionEvents('live-a', now - 30 * MIN, { task: 'task-unchecked' }),
      ...sessionEvents('live-b', now - 10 * MIN, { task: 'task-checked', checkAt: now - 2 * MIN }),
      ...sessionEvents('over', now - 60 * MIN, { task: 'task-of-ended', endAt: now - 40 * MIN }),
    ]);
    const tasks = withDb(dbPath, (db) => liveTasks(db, now));
    expect(tasks.map((t) => t.taskId)).toEqual(['task-unchecked', 'task-checked']);
    const [unchecked, checked] = tasks;
    expect(unchecked).toMatchObject({
      session: 'live-a',
      command: 'npm test',
      state: 'unchecked-running',
      ageMs: 30 * MIN - 3000,
      lastCheckedAt: null,
      sinceCheckMs: null,
    });
    expect(checked).toMatchObject({ session: 'live-b', state: 'checked', ageMs: 10 * MIN - 3000, sinceCheckMs: 2 * MIN });

    const r = await cli('status');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/task-unchecked\s+unchecked-running\s+30 min\s+never\s+npm test/);
    expect(r.stdout).toMatch(/task-checked\s+checked\s+10 min\s+2 min ago\s+npm test/);
    expect(r.stdout).not.toContain('task-of-ended');
  });

  it('replays spooled events first, and says so plainly when nothing was recorded', async () => {
    expect((await cli('status')).stdout).toContain(`Nothing recorded yet in ${dbPath}`);
    for (const e of sessionEvents('spooled', Date.now() - 5 * MIN, { task: 'task-from-spool' })) spoolEvent(path.join(data, 'spool'), e);
    const r = await cli('status', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((t: { taskId: string }) => t.taskId)).toEqual(['task-from-spool']);
    expect(fs.readdirSync(path.join(data, 'spool')).filter((f) => f.endsWith('.json'))).toEqual([]);
  });
});

describe('before anything was recorded, report, status and export agree', () => {
  const yet = () =>
    `Nothing recorded yet in ${dbPath}: install the hooks (bgtelemetry install) if you have not, then work a session in Claude Code.`;
  const note = () => `bgtelemetry: note: ${yet()}\n`;
  const CSV_HEADER = /^started_at,ended_at,session_id,.*,task_state\n$/;

  /** Every reading command, in every form, on the default database: exit 0, the one line, output of the usual shape. */
  async function expectNothingYet(jsonlRows: number): Promise<void> {
    for (const args of [['report'], ['status']]) {
      const r = await cli(...args);
      expect([r.code, r.stdout, r.stderr], args.join(' ')).toEqual([0, `${yet()}\n`, '']);
    }
    const status = await cli('status', '--json');
    expect([status.code, status.stdout, status.stderr]).toEqual([0, '[]\n', note()]);
    const report = await cli('report', '--json');
    expect([report.code, report.stderr]).toEqual([0, note()]);
    expect(JSON.parse(report.stdout)).toMatchObject({
      databases: [dbPath],
      totals: { bashCalls: 0, slowBackgroundRatio: null },
      topForegroundSlow: [],
      unchecked: [],
    });
    const csv = await cli('export', '--format', 'csv');
    expect([csv.code, csv.stderr]).toEqual([0, note()]);
    expect(csv.stdout).toMatch(CSV_HEADER);
    const jsonl = await cli('export');
    expect(jsonl.code).toBe(0);
    expect(jsonl.stdout.split('\n').filter(Boolean)).toHaveLength(jsonlRows);
    // jsonl is a copy of every row: a session start is one, and is not "nothing".
    expect(jsonl.stderr).toBe(jsonlRows ? '' : note());
  }

  it('with no database file, and create none', async () => {
    await expectNothingYet(0);
    const out = path.join(home, 'calls.csv');
    const r = await cli('export', '--format', 'csv', '--out', out);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `wrote 0 Bash calls to ${out}\n`, note()]);
    expect(fs.readFileSync(out, 'utf8')).toMatch(CSV_HEADER);
    expect(fs.existsSync(data)).toBe(false);
  });

  it('with a database a SessionStart hook created', async () => {
    const payload = {
      session_id: 'first',
      transcript_path: path.join(project, 't.jsonl'),
      cwd: project,
      hook_event_name: 'SessionStart',
      source: 'startup',
    };
    const hook = spawnSync(process.execPath, [path.join(HOOKS_DIR, 'lifecycle.cjs')], {
      input: JSON.stringify(payload),
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect([hook.status, hook.stderr]).toEqual([0, '']);
    expect(withDb(dbPath, (db) => db.prepare('SELECT id FROM sessions').all())).toEqual([{ id: 'first' }]);
    await expectNothingYet(3); // the session, its hook run, its applied event
  });

  it('but a --db that does not exist is a mistake: exit 1, and no file made', async () => {
    const typo = path.join(home, 'typo.db');
    for (const args of [['report'], ['report', '--json'], ['status'], ['status', '--json'], ['export'], ['export', '--format', 'csv']]) {
      const r = await cli(...args, '--db', typo);
      expect([r.code, r.stdout, r.stderr], args.join(' ')).toEqual([
        1,
        '',
        `bgtelemetry: --db ${typo}: no such file\n  check the path, or leave out --db to read your own database\n`,
      ]);
    }
    expect(fs.existsSync(typo)).toBe(false);
  });

  it('while with calls outside the range, export says so on stderr and exits 0', async () => {
    seed(dbPath, sessionEvents('old', Date.now() - 30 * DAY, { task: 'old-task' }));
    const r = await cli('export', '--format', 'csv', '--since', '7d');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(CSV_HEADER);
    expect(r.stderr).toMatch(
      new RegExp(`^bgtelemetry: note: Nothing recorded in ${dbPath} from \\d{4}-.*Z; it holds calls outside that: change --since\\.\n$`),
    );
    expect((await cli('status')).stdout).toMatch(/old-task/); // a session never ended: its task is listed
  });
});

describe('a database of an older schema named with --db', () => {
  it('is read as it is by status and export, and left unmigrated', async () => {
    const old = path.join(home, 'old.db');
    seed(old, sessionEvents('old-schema', Date.now() - 5 * MIN, { task: 'old-task' }));
    withDb(old, (db) => {
      // What migrations 1 → 2 and 2 → 3 add: indexes only.
      for (const index of ['hook_runs_by_time_wall', 'advice_by_time', 'tasks_by_time', 'bash_calls_by_prompt', 'tasks_by_signature'])
        db.exec(`DROP INDEX ${index}`);
      db.pragma('user_version = 1');
    });
    const status = await cli('status', '--db', old, '--json');
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout).map((t: { taskId: string }) => t.taskId)).toEqual(['old-task']);
    const exported = await cli('export', '--db', old);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('"task_id":"old-task"');
    const db = new Database(old, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

// ------------------------------------------------------------------------------------------

describe('doctor', () => {
  /** A setup as `install` leaves it: every hook registered in the user settings, a database. */
  function healthy({ form = 'shell', node = process.execPath }: { form?: 'exec' | 'shell'; node?: string } = {}): void {
    const hooks: Record<string, unknown[]> = {};
    for (const h of HOOKS) {
      const script = path.join(HOOKS_DIR, h.script);
      const run = form === 'exec' ? { command: node, args: [script] } : { command: `"${node}" "${script}"` };
      (hooks[h.event] ??= []).push({
        ...(h.matcher ? { matcher: h.matcher } : {}),
        hooks: [{ type: 'command', ...run, timeout: h.timeout }],
      });
    }
    fs.mkdirSync(path.join(home, 'claude'), { recursive: true });
    fs.writeFileSync(path.join(home, 'claude', 'settings.json'), `// user settings\n${JSON.stringify({ hooks }, null, 2)}\n`);
    seed(dbPath, sessionEvents('s1', Date.now() - 5 * MIN, { task: 't1' }));
  }

  /** Doctor without its start-up timing (15 hook processes); the first test times them. */
  async function doctor(timed = false) {
    const r = await cli('doctor', ...(timed ? [] : ['--no-timing']));
    return { ...r, out: r.stdout + r.stderr };
  }

  it('exits 0 on a healthy setup, in words when piped', async () => {
    healthy();
    const r = await doctor(true);
    expect(r.out).toContain('No problems found');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok\s+Node\.js/m);
    expect(r.stdout).toContain('quick_check: ok');
    expect(r.stdout).toMatch(/pre-tool-use\.cjs: \d+ ms/);
    expect(r.stdout).toMatch(/code cache: used by every hook/);
    expect(r.stdout).not.toMatch(/[✓✗]/);
  });

  it('names bad permissions and how to fix them', async () => {
    healthy();
    fs.chmodSync(dbPath, 0o644);
    fs.chmodSync(data, 0o755);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`the file ${dbPath} has mode 0644; expected 0600`);
    expect(r.stdout).toContain(`fix: chmod 600 ${dbPath}`);
    expect(r.stdout).toContain(`fix: chmod 700 ${data}`);
  });

  it('tells what happened to a quarantined database', async () => {
    healthy();
    const aside = `${dbPath}.corrupt-2026-01-02T03-04-05-678Z`;
    fs.writeFileSync(aside, 'not a database');
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`on 2026-01-02T03:04:05.678Z ${dbPath} was not a usable SQLite database`);
    expect(r.stdout).toContain(`moved aside, a new database was started; the old file is kept at ${aside}`);
  });

  it('replays a spool backlog and reports it', async () => {
    healthy();
    const late = sessionEvents('s2', Date.now() - MIN, { task: 't2' });
    for (const e of late) spoolEvent(path.join(data, 'spool'), e);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${late.length} events waiting`);
    expect(r.stdout).toContain(`Replayed now: ${late.length} applied, 0 already recorded`);
    expect(withDb(dbPath, (db) => db.prepare("SELECT id FROM tasks WHERE session_id = 's2'").all())).toEqual([{ id: 't2' }]);
    expect((await doctor()).code).toBe(0); // the backlog is gone
  });

  it('shows recorded internal errors grouped by where', async () => {
    healthy();
    recordInternalError('store', 'cannot open telemetry.db: disk I/O error', env);
    recordInternalError('PreToolUse', new Error('exceeded 900 ms budget'), env);
    recordInternalError('store', 'writing bash-pre: database is locked', env);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 recorded since');
    expect(r.stdout).toMatch(/store: 2\n.*disk I\/O error\n.*database is locked/);
    expect(r.stdout).toContain('PreToolUse: 1');
  });

  it('names a settings file that is not valid JSON', async () => {
    healthy();
    fs.mkdirSync(path.join(project, '.claude'));
    fs.writeFileSync(path.join(project, '.claude', 'settings.json'), '{\n  "hooks": {\n    "Stop": [\n  }\n');
    const r = await doctor();
    expect(r.code).toBe(1);
    // Worded as install words it, not as jsonc-parser's enum name (ValueExpected).
    expect(r.stdout).toMatch(/project settings .*settings\.json: not valid JSON: value expected at line 4, column 3/);
  });

  it('names a registered hook script that does not exist', async () => {
    healthy();
    // A moved clone: the path names bgtelemetry, so the hook is bgtelemetry's (ownership.ts).
    const missing = path.join(home, 'bgtelemetry-old', 'dist', 'hooks', 'pre-tool-use.cjs');
    fs.mkdirSync(path.join(project, '.claude'));
    fs.writeFileSync(
      path.join(project, '.claude', 'settings.local.json'),
      JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: `node "${missing}"` }] }] } }),
    );
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`local settings run ${missing}, which does not exist`);
  });

  describe('a hook that only looks like ours (same file name, another tool)', () => {
    /** `node <home>/opt/other/dist/hooks/pre-tool-use.cjs`, an existing script, in the project settings. */
    function lookalike(): string {
      const script = path.join(home, 'opt', 'other', 'dist', 'hooks', 'pre-tool-use.cjs');
      fs.mkdirSync(path.dirname(script), { recursive: true });
      fs.writeFileSync(script, '');
      fs.mkdirSync(path.join(project, '.claude'), { recursive: true });
      fs.writeFileSync(
        path.join(project, '.claude', 'settings.json'),
        JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: `node ${script}` }] }] } }),
      );
      return script;
    }

    it('beside this installation\u2019s hooks: ours are counted, the look-alike is another tool\u2019s', async () => {
      healthy();
      const script = lookalike();
      const r = await doctor();
      expect(r.out).toContain('No problems found');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/user settings: .*registers PreToolUse \(Bash\) → pre-tool-use\.cjs, /);
      expect(r.stdout).toMatch(/project settings: .*settings\.json: no bgtelemetry hooks/);
      expect(r.stdout).toContain(
        `project settings: another tool's hooks, named like bgtelemetry's but neither this installation's nor in a bgtelemetry directory (not counted): ${script}`,
      );
      expect(r.stdout).not.toContain('registered in 2 files');
    });

    it('alone: nothing of bgtelemetry is registered', async () => {
      lookalike();
      const r = await doctor();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('no settings file registers the bgtelemetry hooks: nothing is advised or recorded');
      expect(r.stdout).not.toMatch(/registers PreToolUse/);
    });
  });

  describe('exec-form hooks', () => {
    /** A `claude` first on PATH that answers with this version. */
    function claudeOnPath(version: string): void {
      const bin = path.join(home, 'claude-bin');
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'claude'), `#!/bin/sh\necho "${version} (Claude Code)"\n`);
      fs.chmodSync(path.join(bin, 'claude'), 0o755);
      env.PATH = `${bin}:${process.env.PATH}`;
    }

    it('are recognised as ours: every hook registered, no problem with a Claude Code that runs them', async () => {
      healthy({ form: 'exec' });
      claudeOnPath('2.1.197');
      const r = await doctor();
      expect(r.out).toContain('No problems found');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/user settings: .*registers PreToolUse \(Bash\) → pre-tool-use\.cjs, .* \(exec form\)/);
      expect(r.stdout).toContain(`hooks run ${process.execPath}, Node ${process.version}`);
    });

    it('are a problem when the Claude Code on PATH predates them', async () => {
      healthy({ form: 'exec' });
      claudeOnPath('2.0.77');
      const r = await doctor();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'register hooks in exec form, but the Claude Code on PATH is 2.0.77: versions before 2.1.139 run them without their script, so they record nothing',
      );
      expect(r.stdout).toContain('fix: run `bgtelemetry install` (it writes the form that version runs)');
    });

    it('name a node that is gone or cannot run, and how to fix it', async () => {
      const gone = path.join(home, 'Cellar', 'node', '24.1.0', 'bin', 'node');
      healthy({ form: 'exec', node: gone });
      claudeOnPath('2.1.197');
      let r = await doctor();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`hooks run "${gone}", which no longer exists`);
      expect(r.stdout).toMatch(/fix: .*run `bgtelemetry install`/);
      // There, but not executable.
      fs.mkdirSync(path.dirname(gone), { recursive: true });
      fs.writeFileSync(gone, '');
      r = await doctor();
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`hooks run "${gone}", which is not executable`);
    });
  });

  it('warns about a node in a versioned directory and names the stable path to use', async () => {
    const brew = fakeHomebrew(path.join(home, 'homebrew'), { bin: true });
    healthy({ node: brew.cellarNode });
    env.PATH = `${path.join(brew.prefix, 'bin')}:${process.env.PATH}`;
    let r = await doctor();
    expect(r.stdout).toContain(
      `warning: hooks run ${brew.cellarNode}, in a Homebrew directory for one Node version, deleted by \`brew upgrade\` and \`brew cleanup\`; the hooks then fail to start. ${brew.binNode} is the same node and survives upgrades: run \`bgtelemetry install\` again to use it`,
    );
    // A warning, not a problem: the hooks work today.
    expect(r.code).toBe(0);
    fs.rmSync(brew.binNode);
    r = await doctor();
    expect(r.stdout).toContain(
      'No path on PATH outside it leads to this node: add one (Homebrew: its bin directory) and run `bgtelemetry install` again.',
    );
  });

  it('says when no settings file registers the hooks', async () => {
    seed(dbPath, []);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no settings file registers the bgtelemetry hooks');
    expect(r.stdout).toContain('bgtelemetry install');
  });
});

// ------------------------------------------------------------------------------------------

describe('export, import, prune', () => {
  const now = Date.now();

  it('know every table of the schema (a migration that adds one must add it to src/admin/tables.ts)', () => {
    const tables = withDb(
      dbPath,
      (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[],
    );
    // The rollups and advice outcomes are derived: kept by triggers, never exported (store/rollups.ts, call-rollups.ts, advice-facts.ts, task-facts.ts).
    const derived = ['call_hours', 'hook_hours', 'advice_facts', 'call_session_hours', 'call_signature_hours', 'task_facts'];
    expect(
      tables
        .map((t) => t.name)
        .filter((name) => !derived.includes(name))
        .sort(),
    ).toEqual(TABLES.map((t) => t.name).sort());
  });

  it('find the session inside an event id, as src/policy writes them', () => {
    const ids = ['pre:s1:call-1', 'start:s1:startup:1', 'end:s1', 'pre::call-1', 'no-session'];
    const sessionOf = (db: DB, id: string) =>
      (db.prepare(`SELECT ${eventSessionSql('id')} AS session FROM (SELECT ? AS id)`).get(id) as { session: string | null }).session;
    expect(withDb(dbPath, (db) => ids.map((id) => sessionOf(db, id)))).toEqual(['s1', 's1', 's1', '', null]);
  });

  const all = () => [
    ...sessionEvents('old', now - 120 * DAY, { task: 'old-task', checkAt: now - 120 * DAY + MIN, endAt: now - 119 * DAY }),
    ...sessionEvents('quiet', now - 100 * DAY, { task: 'quiet-task' }), // never ended, silent since
    ...sessionEvents('recent', now - 2 * DAY, { task: 'recent-task', checkAt: now - 2 * DAY + MIN, endAt: now - DAY }),
    ...sessionEvents('live', now - 10 * MIN, { task: 'live-task', command: 'pytest -x "tests, with commas"' }),
  ];

  it('export then import into an empty database reproduces every row; a second import changes nothing', async () => {
    seed(dbPath, all());
    const file = path.join(home, 'export.jsonl');
    const out = await cli('export', '--format', 'jsonl', '--out', file);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /^wrote \d+ rows \(sessions 4, prompts 4, bash_calls 4, tasks 4, task_checks 2, advice 1, claims 1, hook_runs \d+, applied_events \d+\)/,
    );
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const lines = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].table).toBe('sessions');
    expect([...new Set(lines.map((l) => l.table))]).toEqual(TABLES.map((t) => t.name));
    // Identity travels with the rows (docs/telemetry.md, "Identity").
    expect(lines[0].row).toMatchObject({ developer: 'ff8d9819fc0e', machine: '0123456789abcdef', project_id: 'github.com/acme/widget' });
    expect(lines.find((l) => l.table === 'bash_calls').row.project_id).toBe('github.com/acme/widget');

    const copy = path.join(home, 'copy', 'telemetry.db');
    const first = await cli('import', file, '--db', copy);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`${lines.length} rows added, 0 already there`);
    expect(snapshot(copy)).toEqual(snapshot(dbPath));

    const again = await cli('import', file, '--db', copy);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`0 rows added, ${lines.length} already there`);
    expect(snapshot(copy)).toEqual(snapshot(dbPath));
  });

  /** A session whose call and check carry the ids another session's carry too (a replay, another machine). */
  const sharingIds = (session: string, start: number) =>
    sessionEvents(session, start, { task: `${session}-task`, checkAt: start + MIN }).map((e) =>
      'toolUseId' in e ? { ...e, toolUseId: e.kind === 'task-check' ? 'toolu_check' : 'toolu_shared' } : e,
    );

  it('import merges by identity: an export of one session into a database holding another sharing its tool_use_ids keeps both', async () => {
    const other = path.join(home, 'other.db');
    seed(dbPath, sharingIds('mine', now - 2 * DAY));
    seed(other, sharingIds('theirs', now - DAY));
    const file = path.join(home, 'theirs.jsonl');
    expect((await cli('export', '--db', other, '--out', file)).code).toBe(0);

    const first = await cli('import', file);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/ 0 already there/);
    const calls = (file: string) =>
      withDb(file, (db) => db.prepare('SELECT session_id, tool_use_id, task_id FROM bash_calls ORDER BY session_id').all());
    const checks = (file: string) =>
      withDb(file, (db) => db.prepare('SELECT session_id, tool_use_id FROM task_checks ORDER BY session_id').all());
    expect(calls(dbPath)).toEqual([
      { session_id: 'mine', tool_use_id: 'toolu_shared', task_id: 'mine-task' },
      { session_id: 'theirs', tool_use_id: 'toolu_shared', task_id: 'theirs-task' },
    ]);
    expect(checks(dbPath)).toEqual([
      { session_id: 'mine', tool_use_id: 'toolu_check' },
      { session_id: 'theirs', tool_use_id: 'toolu_check' },
    ]);

    const merged = snapshot(dbPath);
    const again = await cli('import', file);
    expect(again.stdout).toMatch(/: 0 rows added/);
    expect(snapshot(dbPath)).toEqual(merged);
  });

  it('import keeps the row already present when an export holds the same identity with other values', async () => {
    seed(dbPath, sharingIds('same', now - DAY));
    const file = path.join(home, 'edited.jsonl');
    const out = await cli('export', '--out', file);
    expect(out.code).toBe(0);
    const edited = fs.readFileSync(file, 'utf8').replace(/"duration_ms":900/g, '"duration_ms":123456');
    fs.writeFileSync(file, edited);
    expect(edited).toContain('"duration_ms":123456');
    const r = await cli('import', file);
    expect(r.stdout).toMatch(/: 0 rows added/);
    expect(withDb(dbPath, (db) => db.prepare('SELECT duration_ms FROM bash_calls').all())).toEqual([{ duration_ms: 900 }]);
  });

  it('exports whole sessions active in a range', async () => {
    seed(dbPath, all());
    const r = await cli('export', '--since', '7d');
    const sessions = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => l.table === 'sessions')
      .map((l) => l.row.id);
    expect(sessions.sort()).toEqual(['live', 'recent']);
    expect(r.stdout).not.toContain('old-task');
  });

  it('writes the Bash calls as CSV with a header', async () => {
    seed(dbPath, all());
    const r = await cli('export', '--format', 'csv', '--since', '7d');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^started_at,ended_at,session_id,.*,command,.*,task_id,task_state$/);
    expect(lines).toHaveLength(3);
    expect(r.stdout).toContain('"pytest -x ""tests, with commas"""');
    expect(r.stdout).toMatch(/,live-task,unchecked-running$/m);
  });

  it('never lets a secret out, even one stored before redaction knew it', async () => {
    const leaky = `GITHUB_TOKEN=${SECRET} npm test`;
    seed(dbPath, sessionEvents('leaky', now - MIN, { task: 'leaky-task', command: leaky }));
    expect(JSON.stringify(snapshot(dbPath))).toContain(SECRET); // stored raw, bypassing the hooks
    for (const format of ['jsonl', 'csv']) {
      const r = await cli('export', '--format', format);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('GITHUB_TOKEN=<redacted:');
      expect(r.stdout).not.toContain(SECRET);
    }
  });

  it('refuses to import anything but a jsonl export, saying what it expects', async () => {
    seed(dbPath, all());
    const csv = path.join(home, 'calls.csv');
    fs.writeFileSync(csv, (await cli('export', '--format', 'csv')).stdout);
    const r = await cli('import', csv, '--db', path.join(home, 'other.db'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${csv} is not a bgtelemetry jsonl export: line 1 is not JSON`);
    const odd = path.join(home, 'odd.jsonl');
    fs.writeFileSync(odd, '{"table":"secrets","row":{"id":"x"}}\n');
    expect((await cli('import', odd, '--db', path.join(home, 'other.db'))).stderr).toContain('line 1: unknown table "secrets"');
  });

  it('prune removes exactly the sessions quiet since before the cutoff, with all their rows', async () => {
    seed(dbPath, all());
    const before = snapshot(dbPath);
    const dry = await cli('prune', '--older-than', '90d', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would remove 2 sessions');
    expect(snapshot(dbPath)).toEqual(before);

    const r = await cli('prune', '--older-than', '90d', '--yes');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('removed 2 sessions');
    expect(r.stdout).toMatch(/bash_calls\s+2 rows/);
    const after = snapshot(dbPath);
    const gone = new Set(['old', 'quiet']);
    // Event ids are `<kind>:<session>:…`.
    const sessionOf = (table: string, row: Record<string, string>) =>
      table === 'sessions'
        ? row.id
        : table === 'hook_runs'
          ? row.event_id.split(':')[1]
          : table === 'applied_events'
            ? row.id.split(':')[1]
            : row.session_id;
    for (const t of TABLES)
      expect(after[t.name], t.name).toEqual(
        (before[t.name] as Record<string, string>[]).filter((row) => !gone.has(sessionOf(t.name, row))),
      );
    expect(after.sessions.map((s) => (s as { id: string }).id).sort()).toEqual(['live', 'recent']);
  });
});

// ------------------------------------------------------------------------------------------

describe('config', () => {
  it('set, get and list round-trip, with where each value comes from', async () => {
    expect((await cli('config', 'set', 'nudges.uncheckedMax', '3')).code).toBe(0);
    expect((await cli('config', 'set', 'mode', 'auto')).code).toBe(0);
    expect((await cli('config', 'set', 'slowThresholdSeconds', '12', '--project')).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(data, 'config.json'), 'utf8'))).toEqual({ nudges: { uncheckedMax: 3 }, mode: 'auto' });
    expect((await cli('config', 'get', 'nudges.uncheckedMax')).stdout).toBe('3\n');
    expect((await cli('config', 'get', 'mode')).stdout).toBe('auto\n');
    expect((await cli('config', 'get', 'slowThresholdSeconds')).stdout).toBe('12\n');
    const list = (await cli('config', 'list')).stdout;
    expect(list).toMatch(/^mode\s+auto\s+user file$/m);
    expect(list).toMatch(/^slowThresholdSeconds\s+12\s+project file$/m);
    expect(list).toMatch(/^nudges\.uncheckedMax\s+3\s+user file$/m);
    expect(list).toMatch(/^nudges\.pollingSeconds\s+10\s+default$/m);
    env.BGTELEMETRY_MODE = 'off';
    expect((await cli('config', 'list')).stdout).toMatch(/^mode\s+off\s+environment$/m);
  });

  it('rejects unknown keys and bad values, naming the key, and leaves the file alone', async () => {
    await cli('config', 'set', 'mode', 'auto');
    const file = path.join(data, 'config.json');
    const before = fs.readFileSync(file, 'utf8');
    for (const [args, message] of [
      [['set', 'nudges.bogus', '1'], 'nudges.bogus: unknown key'],
      [['set', 'colour', 'red'], 'colour: unknown key'],
      [['set', 'mode', 'turbo'], 'mode: expected one of'],
      [['set', 'nudges.uncheckedMax', '-1'], 'nudges.uncheckedMax: must be at least 0'],
      [['set', 'slowThresholdSeconds', 'soon'], 'slowThresholdSeconds: expected number'],
      [['get', 'nope'], 'nope: unknown key'],
    ] as const) {
      const r = await cli('config', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0].startsWith(`bgtelemetry: ${message}`), r.stderr).toBe(true);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});

// ------------------------------------------------------------------------------------------

describe('protocol', () => {
  it('prints the section, and appends it once', async () => {
    const printed = (await cli('protocol')).stdout;
    expect(printed.startsWith(PROTOCOL_MARKER)).toBe(true);
    for (const word of ['run_in_background', 'TaskOutput', 'TaskStop', 'BashOutput', 'KillShell', 'parallel'])
      expect(printed).toContain(word);

    const file = path.join(project, 'CLAUDE.md');
    fs.writeFileSync(file, '# My project\n\nUse pnpm.\n');
    expect((await cli('protocol', '--append', file)).stdout).toContain('appended');
    const once = fs.readFileSync(file, 'utf8');
    expect(once).toBe(`# My project\n\nUse pnpm.\n\n${printed}`);
    expect((await cli('protocol', '--append', file)).stdout).toContain('already has');
    expect(fs.readFileSync(file, 'utf8')).toBe(once);

    const fresh = path.join(project, 'sub', 'CLAUDE.md');
    expect((await cli('protocol', '--append', fresh)).stdout).toContain('created');
    expect(fs.readFileSync(fresh, 'utf8')).toBe(printed);
  });
});
