/**
 * The CLI as a process: what only the built binary shows (dist/cli.mjs, built by `npm test`
 * first). Its shebang and mode, exit codes and messages as a shell sees them, a reader that
 * closes the pipe early, install run by another node binary, and a FIFO (mkfifo) at each path a
 * command reads or writes: opening one with no writer waits forever, so only a process killed
 * after a while shows the hang. Everything else about the commands runs in-process in tests/unit
 * (tests/support/cli-run.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { parseJsonc } from '../../src/runtime/jsonc.js';
import { applyEvent } from '../../src/store/apply.js';
import { openDatabase } from '../../src/store/open.js';
import { sessionStart } from '../support/session-start.js';
import { fakeHomebrew } from '../unit/homebrew-fixture.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.mjs');
/** node_modules/.bin: the project's node and the real Claude Code 2.1.197 as `claude`. */
const BIN = join(ROOT, 'node_modules', '.bin');
if (!existsSync(CLI)) throw new Error('dist/cli.mjs is missing: run `npm run build` (npm test does it first)');

let home: string;
let project: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'bgt cli process '));
  project = join(home, 'project');
  mkdirSync(project);
  env = {
    PATH: `${BIN}:${process.env.PATH}`,
    HOME: home,
    CLAUDE_CONFIG_DIR: join(home, '.claude'),
    BGTELEMETRY_HOME: join(home, 'data'),
    CLAUDE_PROJECT_DIR: project,
    NO_COLOR: '1',
  };
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

/** dist/cli.mjs run as a user runs it: by its shebang, not `node dist/cli.mjs`. */
function bin(...args: string[]) {
  const r = spawnSync(CLI, args, { cwd: project, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bin', () => {
  it('is an executable node script that prints its version', () => {
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(CLI, constants.X_OK)).not.toThrow();
    expect(bin('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('exits 2 on a bad command line, 1 on a problem, 0 with help', () => {
    const usage = bin('status', '--bogus');
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toContain("error: unknown option '--bogus'");
    expect(usage.stderr).toContain('(run with --help for usage)');

    const missing = join(home, 'typo.db');
    expect(bin('status', '--db', missing)).toEqual({
      code: 1,
      stdout: '',
      stderr: `bgtelemetry: --db ${missing}: no such file\n  check the path, or leave out --db to read your own database\n`,
    });

    const help = bin('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 success, 1 a problem was found');
  });
});

/** `count` sessions that started `ageMs` ago (and a millisecond apart), each a SessionStart alone. */
function seedSessions(count: number, ageMs: number): void {
  const db = openDatabase(join(home, 'data', 'telemetry.db'), { busyTimeoutMs: 1000 });
  db.transaction(() => {
    for (let k = 0; k < count; k++) applyEvent(db, sessionStart(`start:s${k}:startup:1`, `s${k}`, Date.now() - ageMs - k, project));
  })();
  db.close();
}

function sessionCount(): number {
  const db = openDatabase(join(home, 'data', 'telemetry.db'), { busyTimeoutMs: 1000 });
  try {
    return (db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a reader that stops early', () => {
  it('export into a pipe closed after one line: exit 0, nothing on stderr', async () => {
    // More rows than a pipe holds, so the CLI is still writing when the reader goes.
    seedSessions(3000, 0);
    const child = spawn(CLI, ['export'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const first = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) {
          child.stdout.destroy();
          resolve(out.split('\n')[0]);
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(first)).toMatchObject({ table: 'sessions' });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('a reader already gone', () => {
  it('config list into a closed pipe: exit 0, nothing on stderr', async () => {
    const child = spawn(CLI, ['config', 'list'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('install run by another node binary', () => {
  it('run by Homebrew\u2019s versioned node, writes its stable bin/node instead, or says why it cannot', () => {
    const brew = fakeHomebrew(join(home, 'homebrew'), { bin: true });
    env.PATH = `${join(brew.prefix, 'bin')}:${env.PATH}`;
    const settings = join(project, '.claude', 'settings.json');
    const install = () => spawnSync(brew.cellarNode, [CLI, 'install', '--scope', 'project'], { cwd: project, env, encoding: 'utf8' });
    type Settings = { hooks: Record<string, { hooks: { command: string; args?: string[] }[] }[]> };
    // Exec form: node itself, or (the daemon transport) the node the shim falls back to, its last argument.
    const nodeOf = (h: { command: string; args?: string[] }) => (h.args && h.args.length === 3 ? h.args[2] : h.command);
    const nodes = () => [
      ...new Set(
        Object.values((parseJsonc(readFileSync(settings, 'utf8')) as Settings).hooks).flatMap((groups) =>
          groups.flatMap((g) => g.hooks.map(nodeOf)),
        ),
      ),
    ];

    const stable = install();
    expect(stable.status, stable.stderr).toBe(0);
    expect(stable.stdout).toContain(
      `node: ${brew.binNode} (the same binary as ${brew.cellarNode}, which is deleted by \`brew upgrade\` and \`brew cleanup\`)`,
    );
    expect(nodes()).toEqual([brew.binNode]);

    // Without that link, the Cellar path is all there is: written, with a note.
    rmSync(brew.binNode);
    const versioned = install();
    expect(versioned.status, versioned.stderr).toBe(0);
    expect(nodes()).toEqual([brew.cellarNode]);
    expect(versioned.stdout).toContain(
      `note: ${brew.cellarNode} is in a Homebrew directory for one Node version, deleted by \`brew upgrade\` and \`brew cleanup\``,
    );
  });
});

function mkfifo(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  if (spawnSync('mkfifo', [path]).status !== 0) throw new Error(`mkfifo ${path} failed`);
  return path;
}

const isFifo = (path: string) => lstatSync(path).isFIFO();

/** A hang is killed after this; these commands end in well under a second. */
const KILL_AFTER_MS = 10_000;
const CEILING_MS = 6000;

/** The CLI as a process; `ms` is how long it took (a hang shows as KILL_AFTER_MS and code null). */
function cli(...args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: project, env, encoding: 'utf8', timeout: KILL_AFTER_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** Ended in time with exit 1 and one line (and a hint line at most) naming the FIFO. */
function expectRefused(r: ReturnType<typeof cli>, fifo: string, said = `${fifo} is not a regular file (a FIFO)`) {
  expect(r.ms).toBeLessThan(CEILING_MS);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(said);
  expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(isFifo(fifo)).toBe(true);
}

function someDatabase(): void {
  mkdirSync(join(home, 'data'), { recursive: true });
  openDatabase(join(home, 'data', 'telemetry.db'), { busyTimeoutMs: 1000 }).close();
}

describe('a FIFO at a settings file', () => {
  it('install refuses a FIFO at the settings file', () => {
    const fifo = mkfifo(join(project, '.claude', 'settings.json'));
    expectRefused(cli('install', '--scope', 'project'), fifo);
  });

  it('install --mode refuses a FIFO at the config file it sets the mode in', () => {
    const fifo = mkfifo(join(home, 'data', 'config.json'));
    expectRefused(cli('install', '--mode', 'auto'), fifo);
    expect(existsSync(join(home, '.claude', 'settings.json'))).toBe(false);
  });

  it('uninstall refuses a FIFO at the settings file', () => {
    const fifo = mkfifo(join(home, '.claude', 'settings.json'));
    expectRefused(cli('uninstall'), fifo);
  });

  it('uninstall passes over a FIFO named like a backup, and leaves it', () => {
    expect(cli('install').code).toBe(0);
    const settings = join(home, '.claude', 'settings.json');
    const fifo = mkfifo(`${settings}.bgtelemetry-backup-20260101T000000.000Z`);
    const r = cli('uninstall');
    expect(r.ms).toBeLessThan(CEILING_MS);
    expect(r.code).toBe(0);
    expect(isFifo(fifo)).toBe(true);
    // Not known to be install's own file any more (its backup cannot be read): kept, without our hooks.
    expect(readFileSync(settings, 'utf8')).not.toContain('dist/hooks');
  });
});

describe('a FIFO at a config file', () => {
  it('config set refuses a FIFO at the user file', () => {
    const fifo = mkfifo(join(home, 'data', 'config.json'));
    expectRefused(cli('config', 'set', 'mode', 'auto'), fifo);
  });

  it('config set --project refuses a FIFO at the project file', () => {
    const fifo = mkfifo(join(project, '.claude', 'bgtelemetry.json'));
    expectRefused(cli('config', 'set', '--project', 'mode', 'auto'), fifo);
  });

  it('config list shows the defaults and says the FIFO is ignored', () => {
    mkfifo(join(home, 'data', 'config.json'));
    const r = cli('config', 'list');
    expect(r.ms).toBeLessThan(CEILING_MS);
    expect(r.stdout).toMatch(/mode\s+suggest\s+default/);
    expect(r.stdout).toContain('config.json is not a regular file (a FIFO)');
  });
});

describe('a FIFO named on the command line', () => {
  it('protocol --append refuses a FIFO', () => {
    const fifo = mkfifo(join(project, 'CLAUDE.md'));
    expectRefused(cli('protocol', '--append', fifo), fifo, `--append ${fifo}: is a FIFO`);
  });

  it('import refuses a FIFO', () => {
    someDatabase();
    const fifo = mkfifo(join(home, 'in.jsonl'));
    expectRefused(cli('import', fifo), fifo);
  });

  it('export --out refuses a FIFO, and does not replace it', () => {
    someDatabase();
    const fifo = mkfifo(join(home, 'out.jsonl'));
    expectRefused(cli('export', '--out', fifo), fifo);
  });

  it('report --html refuses a FIFO, and does not replace it', () => {
    someDatabase();
    const fifo = mkfifo(join(home, 'report.html'));
    expectRefused(cli('report', '--html', fifo), fifo, `--html: cannot write ${fifo}: it is a FIFO`);
  });
});

describe('prune asks on a terminal', () => {
  const DAY = 24 * 60 * 60 * 1000;
  /** util-linux `script` runs a command in a pseudo-terminal, relaying its stdin to it. */
  const SCRIPT = spawnSync('script', ['--version']).status === 0;
  if (!SCRIPT) console.warn('script (util-linux) is missing: the prune prompt is not tested in a pseudo-terminal');

  /** `prune --older-than 90d` in a pseudo-terminal, `answer` typed at it; the terminal's output. */
  function pruneOnTerminal(answer: string) {
    const command = [process.execPath, CLI, 'prune', '--older-than', '90d'].map((w) => `'${w}'`).join(' ');
    const started = Date.now();
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: project, env, input: answer, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, out: r.stdout, ms: Date.now() - started };
  }

  it.skipIf(!SCRIPT)('"n" removes nothing', () => {
    seedSessions(2, 100 * DAY);
    const r = pruneOnTerminal('n\n');
    expect(r.ms).toBeLessThan(15_000);
    expect(r.out).toMatch(/remove 2 sessions last active before \S+ from .+telemetry\.db\? \[y\/N\] /);
    expect(r.out).toContain('nothing removed');
    expect(r.code).toBe(0);
    expect(sessionCount()).toBe(2);
  });

  it.skipIf(!SCRIPT)('"y" removes them', () => {
    seedSessions(2, 100 * DAY);
    const r = pruneOnTerminal('y\n');
    expect(r.out).toContain('[y/N] ');
    expect(r.out).toMatch(/removed 2 sessions last active before/);
    expect(r.code).toBe(0);
    expect(sessionCount()).toBe(0);
  });

  it('without a terminal and without --yes: refused with the documented message (exit 2), nothing removed', () => {
    seedSessions(2, 100 * DAY);
    const r = bin('prune', '--older-than', '90d');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'bgtelemetry: prune --older-than 90d removes data: not confirmed\n  there is no terminal to ask on: pass --yes to go ahead\n',
    );
    expect(sessionCount()).toBe(2);
  });
});
