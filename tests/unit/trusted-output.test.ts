/**
 * Output a user can trust: stored text cannot drive the terminal (control and bidi characters
 * shown as escapes), CSV cells cannot run as spreadsheet formulas, errors are one line with the
 * documented exit code, and prune asks before it deletes. The real CLI in this process
 * (tests/support/cli-run.ts) on real databases in a temp dir.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField } from '../../src/admin/export-csv.js';
import { printable } from '../../src/console/printable.js';
import { applyEvent } from '../../src/store/apply.js';
import type { TelemetryEvent } from '../../src/store/events.js';
import { openDatabase } from '../../src/store/open.js';
import { runCli } from '../support/cli-run.js';

const MIN = 60_000;
const DAY = 86_400_000;
/** Sets the terminal's title, clears the screen, rings the bell, and reverses what follows. */
const HOSTILE = 'npm test \x1b]0;pwned\x07\x1b[2J\x9b1m \u202Eevil\u2066';
// biome-ignore lint/suspicious/noControlCharactersInRegex: what no text output may contain
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

let home: string;
let project: string;
let dbPath: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-trust-'));
  project = path.join(home, 'project');
  fs.mkdirSync(project);
  dbPath = path.join(home, 'data', 'telemetry.db');
  env = { PATH: process.env.PATH, HOME: home, BGTELEMETRY_HOME: path.join(home, 'data'), CLAUDE_PROJECT_DIR: project, NO_COLOR: '1' };
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCli(args, { cwd: project, env });

/** A session that never ended, whose one Bash call started background task `task`. */
function seedSession(session: string, at: number, command: string, task: string): void {
  const base = (dt: number, hook: TelemetryEvent['hook'], id: string) => ({
    id,
    at: at + dt,
    session,
    hook,
    wallMs: 40,
    generation: '2.1' as const,
    cwd: project,
    project,
  });
  const call = {
    toolUseId: `${session}-call`,
    command,
    signature: 'npm test',
    verdict: 'suggest-background' as const,
    category: 'test' as const,
    estimateS: 30,
    estimateSource: 'catalogue' as const,
    requestedBackground: true,
    thresholdMs: 5000,
  };
  const events: TelemetryEvent[] = [
    { ...base(0, 'SessionStart', `start:${session}:startup:1`), kind: 'session-start', source: 'startup' },
    { ...base(1000, 'PreToolUse', `pre:${session}:c`), kind: 'bash-pre', ...call },
    {
      ...base(2000, 'PostToolUse', `post:${session}:c`),
      kind: 'bash-post',
      ...call,
      outcome: 'ok',
      background: true,
      backgroundReason: 'requested',
      taskId: task,
      durationMs: 900,
      durationSource: 'claude',
    },
  ];
  const db = openDatabase(dbPath, { busyTimeoutMs: 1000 });
  db.transaction(() => {
    for (const e of events) applyEvent(db, e);
  })();
  db.close();
}

describe('stored text on a terminal', () => {
  it('printable shows control and bidi characters as escapes, keeping newlines and tabs only for layouts', () => {
    expect(printable('a\x1b[2Jb\x07\x7f\x9b\u202E\u2066\u200F\u061C')).toBe('a\\x1B[2Jb\\x07\\x7F\\x9B\\u202E\\u2066\\u200F\\u061C');
    expect(printable('one\ttwo\nthree')).toBe('one\\x09two\\x0Athree');
    expect(printable('one\ttwo\nthree', { layout: true })).toBe('one\ttwo\nthree');
    expect(printable('npm test — ünïcode ✓')).toBe('npm test — ünïcode ✓');
  });

  it('status and report show a hostile command and task id as escapes; --json keeps the data', async () => {
    seedSession('live\x1b[2J', Date.now() - 5 * MIN, HOSTILE, 'task\x1b]0;x\x07');
    for (const args of [['status'], ['report'], ['report', '--by', 'session']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(UNSAFE);
    }
    const status = (await cli('status')).stdout;
    expect(status).toContain('npm test \\x1B]0;pwned\\x07\\x1B[2J\\x9B1m \\u202Eevil\\u2066');
    expect(status).toContain('task\\x1B]0;x\\x07');
    expect(JSON.parse((await cli('status', '--json')).stdout)[0].command).toBe(HOSTILE);
  });

  it('install --dry-run shows the diff of a settings file holding a bidi control as escapes', async () => {
    const settings = path.join(home, 'claude', 'settings.json');
    fs.mkdirSync(path.dirname(settings));
    const foreign = { type: 'command', command: 'echo \u202Eevil' };
    fs.writeFileSync(settings, `${JSON.stringify({ hooks: { PreToolUse: [{ matcher: 'Bash', hooks: [foreign] }] } }, null, 2)}\n`);
    env.CLAUDE_CONFIG_DIR = path.join(home, 'claude');
    const r = await cli('install', '--dry-run', '--hook-form', 'shell');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('echo \\u202Eevil');
    expect(r.stdout).not.toMatch(UNSAFE);
  });

  it('an error message naming a hostile path shows it as escapes', async () => {
    const r = await cli('status', '--db', path.join(home, 'no\x1b]0;pwned\x07.db'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no\\x1B]0;pwned\\x07.db');
    expect(r.stderr).not.toMatch(UNSAFE);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it('text starting with = + - @ tab or CR gets a leading quote and is quoted; numbers stay numbers', () => {
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual([
      `"'=1+2"`,
      `"'+1"`,
      `"'-1"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ]);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect([csvField(-1), csvField(0.5), csvField('npm test'), csvField('a,b'), csvField(null)]).toEqual([
      '-1',
      '0.5',
      'npm test',
      '"a,b"',
      '',
    ]);
  });

  it('export --format csv and report --csv neutralise them', async () => {
    seedSession('=HYPERLINK("http://evil")', Date.now() - 5 * MIN, '=cmd|" /C calc"!A0', 'task-1');
    const exported = await cli('export', '--format', 'csv');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(exported.stdout).toContain(`"'=cmd|"" /C calc""!A0"`);
    const report = await cli('report', '--csv', '--by', 'session');
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(`session,"'=HYPERLINK(""http://evil"")",`);
    expect(report.stdout.split('\r\n').every((line) => !/(^|,)[=+@-]/.test(line))).toBe(true);
  });
});

describe('errors end in one line with the documented code', () => {
  it('protocol --append onto a directory', async () => {
    const r = await cli('protocol', '--append', project);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `bgtelemetry: --append ${project}: is a directory\n  name a file, in a directory you can write to\n`,
    });
  });

  it('a directory where a file is read: refused in a line, never opened for reading', async () => {
    const r = await cli('import', project);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `bgtelemetry: ${project} is not a regular file (a directory); nothing was read or written there\n`,
    });
  });

  it('an unexpected system error: its message, no stack unless BGTELEMETRY_DEBUG=1', async () => {
    // The data directory is a file: its config.json cannot even be looked for.
    const file = path.join(project, 'not-a-directory');
    fs.writeFileSync(file, '');
    env.BGTELEMETRY_HOME = file;
    const message = `bgtelemetry: ENOTDIR: not a directory, open '${file}/config.json'`;
    const r = await cli('config', 'set', 'mode', 'auto');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${message} (BGTELEMETRY_DEBUG=1 shows where)\n`);
    env.BGTELEMETRY_DEBUG = '1';
    const debug = await cli('config', 'set', 'mode', 'auto');
    expect(debug.code).toBe(1);
    expect(debug.stderr.startsWith(`${message}\nError: ENOTDIR`)).toBe(true);
  });
});

describe('prune', () => {
  it('refuses a bare m (minutes or months?) with the units it takes', async () => {
    const r = await cli('prune', '--older-than', '1m');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown unit "m"');
    expect(r.stderr).toContain('min (minutes)');
    expect(r.stderr).toContain('mo (30 days)');
  });

  it('without a terminal removes nothing unless --yes is given (exit 2), and does with it', async () => {
    seedSession('old', Date.now() - 100 * DAY, 'npm test', 'task-old');
    const refused = await cli('prune', '--older-than', '90d');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'bgtelemetry: prune --older-than 90d removes data: not confirmed\n  there is no terminal to ask on: pass --yes to go ahead\n',
    );
    expect((await cli('prune', '--older-than', '90d', '--dry-run')).stdout).toContain('would remove 1 session ');
    const done = await cli('prune', '--older-than', '90d', '--yes');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('removed 1 session ');
  });
});
