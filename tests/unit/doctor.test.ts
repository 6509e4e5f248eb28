/**
 * `bgtelemetry doctor`'s checks of what makes hooks record or not: the SQLite binding as the hooks
 * load it, a compiled hook run end to end, the installed plugin copies, the data directory, and
 * the spool's cause. The CLI runs in this process (tests/support/cli-run.ts, with the hooks built in
 * dist/) with every home directory in a temp dir, and without the start-up timing (--no-timing:
 * tests/unit/ops.test.ts times once); plugin copies are laid out as Claude Code 2.1.197 lays them out.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOOKS } from '../../src/hooks/registry.js';
import { pluginHooksText } from '../../src/install/plugin-hooks.js';
import { runTestHook } from '../../src/admin/doctor/hook-run.js';
import { checkSpool } from '../../src/admin/doctor/spool.js';
import { prebuildTarget } from '../../src/store/native-binding.js';
import { migrationFailurePath } from '../../src/store/background-migration.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/schema.js';
import { spoolEvent } from '../../src/store/spool.js';
import { sessionStart } from '../support/session-start.js';
import { runCli } from '../support/cli-run.js';
import { stopDaemonIn } from '../support/stop-daemon.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOOKS_DIR = path.join(ROOT, 'dist', 'hooks');
if (!fs.existsSync(path.join(HOOKS_DIR, 'post-tool-use.cjs')))
  throw new Error('dist/hooks is missing: run `npm run build` (npm test does it first)');

/** The system's Node, when it is one too old for the binding (this machine's /usr/bin/node is 20). */
const OLD_NODE = (() => {
  const r = spawnSync('/usr/bin/node', ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return r.status === 0 && Number(r.stdout.split('.')[0]) < 22 ? '/usr/bin/node' : null;
})();
const isRoot = process.getuid?.() === 0;

let home: string;
let project: string;
let data: string;
let claude: string;
let tmp: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'bgt-doctor-test-'));
  project = path.join(home, 'project');
  data = path.join(home, 'data');
  claude = path.join(home, 'claude');
  tmp = path.join(home, 'tmp');
  for (const dir of [project, claude, tmp]) fs.mkdirSync(dir);
  // TMPDIR: doctor's throw-away directories land here, so the tests can see they are removed.
  // The hooks' better-sqlite3 fallback, whose binding has the most to check; node:sqlite has its own tests.
  env = {
    BGTELEMETRY_SQLITE_DRIVER: 'better-sqlite3',
    PATH: process.env.PATH,
    HOME: home,
    CLAUDE_CONFIG_DIR: claude,
    BGTELEMETRY_HOME: data,
    CLAUDE_PROJECT_DIR: project,
    NO_COLOR: '1',
    TMPDIR: tmp,
  };
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function doctor(...args: string[]) {
  return runCli(['doctor', '--no-timing', ...args], { cwd: project, env });
}

interface JsonSection {
  title: string;
  facts: string[];
  problems: { text: string; fix?: string; details?: string[] }[];
}
async function doctorJson(): Promise<{ code: number; sections: Map<string, JsonSection> }> {
  const r = await doctor('--json');
  const parsed = JSON.parse(r.stdout) as { sections: JsonSection[] };
  return { code: r.code, sections: new Map(parsed.sections.map((s) => [s.title, s])) };
}

/** Every hook registered in the user settings, run by `node`. */
function register(node: string = process.execPath): void {
  const hooks: Record<string, unknown[]> = {};
  for (const h of HOOKS) {
    (hooks[h.event] ??= []).push({
      ...(h.matcher ? { matcher: h.matcher } : {}),
      hooks: [{ type: 'command', command: `"${node}" "${path.join(HOOKS_DIR, h.script)}"`, timeout: h.timeout }],
    });
  }
  writeJson(path.join(claude, 'settings.json'), { hooks });
}

/** Every hook registered through the daemon's shim, falling back to `node`. */
function registerShim(node: string = process.execPath): void {
  const hooks: Record<string, unknown[]> = {};
  for (const h of HOOKS) {
    const command = `bash "${path.join(HOOKS_DIR, 'shim.sh')}" ${h.script.replace(/\.cjs$/, '')} "${node}"`;
    (hooks[h.event] ??= []).push({
      ...(h.matcher ? { matcher: h.matcher } : {}),
      hooks: [{ type: 'command', command, timeout: h.timeout }],
    });
  }
  writeJson(path.join(claude, 'settings.json'), { hooks });
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

let n = 0;
function spoolSome(count: number): void {
  for (let k = 0; k < count; k++)
    spoolEvent(path.join(data, 'spool'), sessionStart(`start:s-spool:${++n}`, 's-spool', Date.now(), project));
}

function once(key: string): string {
  const file = path.join(data, 'once', key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  return file;
}

describe('doctor: the transport', () => {
  it('node hooks: says so', async () => {
    register();
    expect((await doctorJson()).sections.get('Transport')!.facts).toEqual(['node: a Node process per hook event']);
  });

  it('daemon hooks: starts the daemon as a hook would, and shows its pid, build, uptime, RSS and a test event', async () => {
    registerShim();
    try {
      const { sections } = await doctorJson();
      const transport = sections.get('Transport')!;
      expect(transport.problems).toEqual([]);
      expect(transport.facts[1]).toMatch(/^daemon pid \d+, build [0-9a-f]{16}, up [\d:]+, RSS \d+ MB$/);
      expect(transport.facts[2]).toMatch(/^answered a test event in \d+ ms$/);
    } finally {
      await stopDaemonIn(data);
    }
  });

  it('daemon hooks whose daemon cannot start: a problem, with the reason from the error log', async () => {
    registerShim();
    // A secret that is not a file: the daemon refuses to run with it.
    fs.mkdirSync(path.join(data, 'daemon.secret'), { recursive: true });
    const { code, sections } = await doctorJson();
    const [problem] = sections.get('Transport')!.problems;
    expect(problem.text).toContain('the daemon is not running and could not be started');
    expect(problem.details?.join('\n')).toContain('daemon.secret is not a file of this user');
    expect(code).toBe(1);
  });
});

describe('doctor: SQLite binding and a hook run', () => {
  it('names the addon file and Node version the hooks load, and records a Bash call with a real hook', async () => {
    register();
    const { code, sections } = await doctorJson();
    const binding = sections.get('SQLite binding')!;
    expect(binding.problems).toEqual([]);
    expect(binding.facts.join('\n')).toMatch(
      new RegExp(
        `${process.execPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(Node ${process.version}\\) runs the hooks on better-sqlite3 \\(SQLite 3\\.\\d+\\.\\d+\\): loads .*better[-_]sqlite3.*\\.node`,
      ),
    );
    const run = sections.get('Hook test run')!;
    expect(run.problems).toEqual([]);
    expect(run.facts).toEqual([expect.stringMatching(/^post-tool-use\.cjs with .*: recorded a Bash call in \d+ ms$/)]);
    expect(sections.get('Data directory')!.problems).toEqual([]);
    expect(sections.get('Claude Code plugin')!.facts).toEqual([expect.stringContaining('not installed as a plugin')]);
    expect(code).toBe(0);
    // The throw-away data directories are gone, and nothing reached the user's.
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.existsSync(path.join(data, 'telemetry.db'))).toBe(false);
  });

  it('on node:sqlite: names the driver and SQLite version, and a copy with no better-sqlite3 still records', async () => {
    delete env.BGTELEMETRY_SQLITE_DRIVER;
    register();
    const { sections } = await doctorJson();
    const binding = sections.get('SQLite binding')!;
    expect(binding.problems).toEqual([]);
    expect(binding.facts.join('\n')).toMatch(
      /\(Node v2\d[.\d]*\) runs the hooks on node:sqlite, built into Node \(SQLite 3\.\d+\.\d+\): no addon to load/,
    );
    expect(sections.get('Hook test run')!.problems).toEqual([]);
    const hooksDir = path.join(home, 'elsewhere', 'dist', 'hooks');
    fs.cpSync(HOOKS_DIR, hooksDir, { recursive: true });
    expect(runTestHook(hooksDir, process.execPath, { PATH: process.env.PATH, TMPDIR: tmp }, 'reinstall')).toEqual({
      fact: expect.stringMatching(/recorded a Bash call/),
    });
  });

  it.skipIf(!OLD_NODE)('says a hook Node older than 22 cannot load it, and does not run the hook with it', async () => {
    register(OLD_NODE!);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /problem: SQLite cannot be loaded: Node v20\.\d+\.\d+ is too old: bgtelemetry needs Node 22 or newer \(the hooks run \/usr\/bin\/node\)/,
    );
    expect(r.stdout).toContain('fix: install Node 22 or newer and run `bgtelemetry install` with it');
    expect(r.stdout).toContain('not run with /usr/bin/node: it cannot load the SQLite binding');
  });

  it('reports a Node that crashes loading the addon', async () => {
    // A hook "node" that dies of a signal running a script (the load), as Node 20 does inside
    // better-sqlite3 13; asked for its version, it is this Node.
    const crashing = path.join(home, 'bin', 'node');
    fs.mkdirSync(path.dirname(crashing));
    fs.writeFileSync(crashing, `#!/bin/sh\n[ "$1" = "-e" ] && kill -SEGV $$\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
    register(crashing);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`SQLite cannot be loaded: ${crashing} was killed by SIGSEGV loading .*\\.node`));
  });

  it('a hook that cannot load SQLite: the run shows the spooled event and the error log line', () => {
    // This repository's compiled hooks, copied where no better-sqlite3 can be found.
    const hooksDir = path.join(home, 'elsewhere', 'dist', 'hooks');
    fs.cpSync(HOOKS_DIR, hooksDir, { recursive: true });
    const result = runTestHook(
      hooksDir,
      process.execPath,
      { PATH: process.env.PATH, TMPDIR: tmp, BGTELEMETRY_SQLITE_DRIVER: 'better-sqlite3' },
      'reinstall',
    );
    expect('problem' in result).toBe(true);
    const problem = (result as { problem: { text: string; details?: string[]; fix?: string } }).problem;
    expect(problem.text).toContain('1 event went to the spool instead');
    expect(problem.text).toContain('the call is not in the database');
    expect(problem.details).toEqual([
      expect.stringMatching(/^errors\.log: store: SQLite cannot be loaded: no better-sqlite3 native addon/),
    ]);
    expect(problem.fix).toBe('reinstall');
  });

  it('a hook bundle that does not compile: exit code and stderr', () => {
    const hooksDir = path.join(home, 'copy', 'dist', 'hooks');
    fs.cpSync(HOOKS_DIR, hooksDir, { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(home, 'copy', 'node_modules'));
    const bundle = path.join(hooksDir, 'post-tool-use.bundle.cjs');
    fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').slice(0, 5000)); // cut short, as by a failed copy
    const result = runTestHook(hooksDir, process.execPath, { PATH: process.env.PATH, TMPDIR: tmp }, 'reinstall');
    const text = (result as { problem: { text: string } }).problem.text;
    expect(text).toMatch(/it exited with 1; it wrote to stderr: .*SyntaxError/);
  });
});

describe('doctor: plugin copies', () => {
  const plugins = () => path.join(claude, 'plugins');

  /** A copy as `claude plugin install` leaves it (dist/hooks from this build, node_modules linked), or without either. */
  function makeCopy(version: string, complete: boolean): string {
    const copy = path.join(plugins(), 'cache', 'bgtelemetry', 'bgtelemetry', version);
    writeJson(path.join(copy, '.claude-plugin', 'plugin.json'), { name: 'bgtelemetry', version });
    writeJson(path.join(copy, 'package.json'), {
      name: 'bgtelemetry-plugin',
      private: true,
      dependencies: { 'better-sqlite3': '^13.2.0' },
    });
    fs.mkdirSync(path.join(copy, 'hooks'), { recursive: true });
    fs.writeFileSync(path.join(copy, 'hooks', 'hooks.json'), pluginHooksText());
    if (complete) {
      fs.cpSync(HOOKS_DIR, path.join(copy, 'dist', 'hooks'), { recursive: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    }
    return copy;
  }

  function installed(entries: Record<string, unknown>[], enabled: Record<string, boolean> = { 'bgtelemetry@bgtelemetry': true }): void {
    writeJson(path.join(plugins(), 'installed_plugins.json'), { version: 2, plugins: { 'bgtelemetry@bgtelemetry': entries } });
    writeJson(path.join(claude, 'settings.json'), { enabledPlugins: enabled });
  }

  const entry = (scope: string, copy: string, version: string, projectPath?: string) => ({
    scope,
    installPath: copy,
    version,
    installedAt: '2026-01-01T00:00:00.000Z',
    lastUpdated: '2026-01-01T00:00:00.000Z',
    ...(projectPath ? { projectPath } : {}),
  });

  it('checks a complete copy end to end and names what a copy without bundles or node_modules lacks', async () => {
    const good = makeCopy('0.2.0', true);
    const broken = makeCopy('0.1.0', false);
    installed([
      entry('user', good, '0.2.0'),
      entry('project', broken, '0.1.0', project),
      entry('local', good, '0.2.0', path.join(home, 'other-project')),
    ]);
    const { code, sections } = await doctorJson();
    const plugin = sections.get('Claude Code plugin')!;
    const facts = plugin.facts.join('\n');
    expect(facts).toContain(`bgtelemetry@bgtelemetry 0.2.0 (user scope): ${good}`);
    expect(facts).toMatch(
      new RegExp(
        `binding: .*\\(Node v2\\d[.\\d]*\\) runs the hooks on better-sqlite3 .*: loads ${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/node_modules/better-sqlite3/.*\\.node`,
      ),
    );
    expect(facts).toMatch(/test run: post-tool-use\.cjs with .*: recorded a Bash call/);
    expect(facts).toContain(`0.2.0 (local scope): installed for ${path.join(home, 'other-project')}, not this project; not checked`);

    const texts = plugin.problems.map((p) => p.text);
    expect(texts).toEqual([
      expect.stringMatching(
        /^bgtelemetry@bgtelemetry 0\.1\.0 \(project scope\): 4 of the 4 hook scripts its hooks\.json names are missing, so every call of those hooks fails: dist\/hooks\/pre-tool-use\.cjs, /,
      ),
      expect.stringMatching(/^bgtelemetry@bgtelemetry 0\.1\.0 \(project scope\): SQLite cannot be loaded: no better-sqlite3 native addon/),
    ]);
    expect(plugin.problems[0].fix).toContain(
      `reinstall the plugin (in ${project}): claude plugin uninstall bgtelemetry@bgtelemetry --scope project && claude plugin install bgtelemetry@bgtelemetry --scope project`,
    );
    expect(plugin.problems[1].details).toEqual([
      expect.stringContaining(
        `${path.join(broken, 'node_modules')} is missing: Claude Code's \`npm ci --ignore-scripts\` installed nothing`,
      ),
    ]);
    expect(plugin.problems[1].fix).toContain(`npm install --omit=dev --ignore-scripts --prefix ${broken}`);
    expect(code).toBe(1);
  });

  it('leaves a disabled plugin alone, and says when an enabled one has no copy', async () => {
    installed([entry('user', makeCopy('0.1.0', false), '0.1.0')], { 'bgtelemetry@bgtelemetry': false });
    let plugin = (await doctorJson()).sections.get('Claude Code plugin')!;
    expect(plugin.problems).toEqual([]);
    expect(plugin.facts).toContain('bgtelemetry@bgtelemetry 0.1.0 (user scope): not enabled here; not checked');

    fs.rmSync(plugins(), { recursive: true });
    writeJson(path.join(claude, 'settings.json'), { enabledPlugins: { 'bgtelemetry@bgtelemetry': true } });
    plugin = (await doctorJson()).sections.get('Claude Code plugin')!;
    expect(plugin.problems.map((p) => p.text)).toEqual([
      expect.stringContaining('bgtelemetry@bgtelemetry is enabled in the settings, but'),
    ]);
  });

  it('names an addon that exists but does not load, with the rebuild fix', async () => {
    const copy = makeCopy('0.2.0', false);
    fs.cpSync(HOOKS_DIR, path.join(copy, 'dist', 'hooks'), { recursive: true });
    const pkg = path.join(copy, 'node_modules', 'better-sqlite3');
    writeJson(path.join(pkg, 'package.json'), { name: 'better-sqlite3', version: '13.2.0' });
    fs.mkdirSync(path.join(pkg, 'prebuilds'));
    fs.writeFileSync(path.join(pkg, 'prebuilds', `${prebuildTarget()}.node`), 'not a shared object');
    installed([entry('user', copy, '0.2.0')]);
    const plugin = (await doctorJson()).sections.get('Claude Code plugin')!;
    expect(plugin.problems).toHaveLength(1);
    expect(plugin.problems[0].text).toContain(
      `SQLite cannot be loaded: ${path.join(pkg, 'prebuilds', `${prebuildTarget()}.node`)} does not load on Node v2`,
    );
    expect(plugin.problems[0].fix).toContain(`\`npm rebuild better-sqlite3\` in ${copy} compiles one that does`);
  });
});

describe('doctor: data directory', () => {
  it('flags a data directory that cannot be created because a parent is a file', async () => {
    register();
    fs.writeFileSync(path.join(home, 'a-file'), '');
    env.BGTELEMETRY_HOME = path.join(home, 'a-file', 'bgtelemetry');
    const section = (await doctorJson()).sections.get('Data directory')!;
    expect(section.problems.map((p) => p.text)).toEqual([
      `${env.BGTELEMETRY_HOME} cannot be created: ${path.join(home, 'a-file')} is a file, not a directory; the hooks cannot record there (events go to the fallback spool, below)`,
    ]);
  });

  it.skipIf(isRoot)('flags a data directory this user cannot write (skipped as root, where mode bits do not stop writes)', async () => {
    register();
    fs.mkdirSync(data, { mode: 0o500 });
    try {
      const section = (await doctorJson()).sections.get('Data directory')!;
      expect(section.problems.map((p) => p.text)).toEqual([
        `not writable by this user: ${data}; the hooks cannot record there (events go to the fallback spool, below)`,
      ]);
    } finally {
      fs.chmodSync(data, 0o700);
    }
  });
});

describe('doctor: spool causes and once-markers', () => {
  it.skipIf(!OLD_NODE)('blames the binding, not a lock, when the hooks cannot load SQLite, and keeps its once-marker', async () => {
    register(OLD_NODE!);
    spoolSome(3);
    const marker = once('binding-abc123');
    const r = await doctor();
    expect(r.stdout).toContain('3 events waiting: the hooks cannot load SQLite (see SQLite binding above)');
    expect(r.stdout).not.toMatch(/3 events waiting: .*lock/);
    expect(fs.existsSync(marker)).toBe(true);
  });

  it('once the binding loads: says it failed before, and removes the once-markers so a new failure is recorded', async () => {
    register();
    spoolSome(2);
    const binding = once('binding-abc123');
    const full = once('spool-full');
    const { sections } = await doctorJson();
    const spool = sections.get('Spool')!;
    expect(spool.problems[0].text).toMatch(
      /^2 events waiting: the hooks could not load SQLite \(the error log says when\); it loads now\. Replayed now: 2 applied/,
    );
    expect(sections.get('SQLite binding')!.facts).toContain(
      'it loads now: removed the record that it did not (once/binding-abc123); a new failure will be recorded in the error log again',
    );
    expect(spool.facts).toContain(
      'below its limit now: removed the record that it was full (once/spool-full); a new failure will be recorded in the error log again',
    );
    expect(fs.existsSync(binding)).toBe(false);
    expect(fs.existsSync(full)).toBe(false);
  });

  it('reports a spool at its limit: newer events are dropped', () => {
    spoolSome(3);
    const s = checkSpool(path.join(data, 'spool'), path.join(data, 'telemetry.db'), {
      databaseUsable: false,
      bindingBroken: true,
      env,
      max: 3,
    });
    expect(s.problems[0].text).toBe(
      '3 events waiting: the hooks cannot load SQLite (see SQLite binding above), so every event they see waits here; the spool is at its limit of 3, so the hooks have been dropping newer events. Not replayed, because the database has problems (above)',
    );
  });
});

describe('doctor: a migration waiting to run in the background', () => {
  function versionThree(): string {
    const file = path.join(data, 'telemetry.db');
    fs.mkdirSync(data, { recursive: true, mode: 0o700 });
    const db = new Database(file);
    for (const m of MIGRATIONS.slice(0, 3)) db.exec(m.sql);
    db.pragma('user_version = 3');
    db.close();
    fs.chmodSync(file, 0o600);
    return file;
  }

  it('says a pending heavy migration is pending, and who will run it', async () => {
    versionThree();
    const { sections } = await doctorJson();
    expect(sections.get('Database')!.facts).toContain(
      `schema version 3; the migration to ${SCHEMA_VERSION} is pending: the next hook starts it in the background, or any bgtelemetry command (status) runs it now`,
    );
  });

  it('reports a failed background migration as a problem, with its message and what to run', async () => {
    const file = versionThree();
    fs.writeFileSync(
      migrationFailurePath(file),
      JSON.stringify({ at: Date.UTC(2026, 0, 2, 3, 4, 5), message: 'database or disk is full' }),
    );
    const { code, sections } = await doctorJson();
    expect(code).toBe(1);
    expect(sections.get('Database')!.problems[0]).toEqual({
      text: `schema version 3; the migration to ${SCHEMA_VERSION} failed in the background at 2026-01-02T03:04:05.000Z: database or disk is full`,
      fix: 'run `bgtelemetry status`: it migrates in the foreground and says what fails; hooks retry 10 minutes after a failure',
    });
  });
});
