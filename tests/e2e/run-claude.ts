/**
 * Runs one scenario through a real Claude Code binary: a temporary HOME and git project, the
 * hooks installed the way a user installs them, the API stand-in on loopback, then everything
 * the tests assert on: exit code, Claude Code's JSON result, the requests the model was sent,
 * and the bgtelemetry database.
 *
 * BGT_E2E_KEEP=1 keeps the temporary directory (its path is printed) with the stand-in's request
 * log and Claude Code's stdout/stderr in it; BGT_E2E_DEBUG=1 adds Claude Code's debug log.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ApiStandin, type LoggedRequest, type ScenarioScript } from './api-standin.js';
import { stopDaemonIn } from '../support/stop-daemon.js';
import { type DaemonAnnouncement, readAnnouncement } from '../../src/runtime/daemon-files.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

let packageDir: string | undefined;
/**
 * The package as npm would ship it (package.json `files`), copied once per test run: sessions
 * install the hooks from there, so a rebuild of dist/ during the run cannot swap a hook file
 * under a running session. node_modules is linked, as an installed package finds its
 * dependencies.
 */
function packageRoot(): string {
  if (packageDir) return packageDir;
  const dir = mkdtempSync(join(tmpdir(), 'bgt-e2e-package-'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
  for (const entry of ['package.json', ...manifest.files]) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return (packageDir = dir);
}

let pluginDir: string | undefined;
/**
 * The plugin (plugin/) copied once per test run, for `--plugin-dir`, with the checkout's
 * node_modules linked where a marketplace install puts the plugin's own.
 */
function pluginRoot(): string {
  if (pluginDir) return pluginDir;
  const dir = mkdtempSync(join(tmpdir(), 'bgt-e2e-plugin-'));
  cpSync(join(ROOT, 'plugin'), dir, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return (pluginDir = dir);
}

/** Removes the package and plugin copies (kept with BGT_E2E_KEEP=1); the next call makes new ones. */
export function removePackageRoot(): void {
  for (const dir of [packageDir, pluginDir]) if (dir && process.env.BGT_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  packageDir = pluginDir = undefined;
}
const cli = () => join(packageRoot(), 'dist', 'cli.mjs');

/** The build version written into the installed shim, which its daemon announces. */
export function builtShimVersion(): string {
  return /^version=(\S+)$/m.exec(readFileSync(join(packageRoot(), 'dist', 'hooks', 'shim.sh'), 'utf8'))?.[1] ?? '';
}

export type Generation = '2.1' | '2.0';

/** The Claude Code releases under test, one per tool generation (package.json devDependencies). */
export const GENERATIONS: Record<Generation, { version: string; command: () => { file: string; args: string[] } }> = {
  '2.1': {
    version: '2.1.197',
    // The native binary ships in a per-platform optional package; bin/claude.exe is only a copy
    // made by a postinstall script, which npm may skip, so go to the platform package directly.
    command: () => {
      const wrapper = require.resolve('@anthropic-ai/claude-code/package.json');
      const platform = join(wrapper, '..', '..', `claude-code-${process.platform}-${process.arch}`, 'claude');
      return { file: existsSync(platform) ? platform : join(wrapper, '..', 'bin', 'claude.exe'), args: [] };
    },
  },
  '2.0': {
    version: '2.0.77',
    // 2.0.x is plain JavaScript, installed under the npm alias claude-code-2-0.
    command: () => ({ file: process.execPath, args: [join(require.resolve('claude-code-2-0/package.json'), '..', 'cli.js')] }),
  },
};

export interface Scenario extends ScenarioScript {
  /** File name without extension; also names the temporary directory. */
  name: string;
  /** BGTELEMETRY_MODE for the session. */
  mode?: 'suggest' | 'auto' | 'enforce' | 'off';
  /** Written to <BGTELEMETRY_HOME>/config.json (user configuration). */
  config?: Record<string, unknown>;
  /**
   * The project's .claude/settings.local.json (say, `permissions.allow` rules), beside the
   * .claude/settings.json that `bgtelemetry install` writes.
   */
  localSettings?: Record<string, unknown>;
  /**
   * `install` (default): `bgtelemetry install --scope project`; `plugin`: `--plugin-dir <plugin/>`;
   * `marketplace`: `claude plugin marketplace add <marketplace>`, then `claude plugin install`;
   * `none`: no hooks at all (the baseline of bench/sessions.ts).
   */
  wiring?: 'install' | 'plugin' | 'marketplace' | 'none';
  /** `install --transport`; by default install chooses (the daemon where bash runs the hooks). */
  transport?: 'daemon' | 'node';
  /**
   * With the daemon transport: start the daemon before the session, as doctor does (the shim with
   * an empty event), so that the session meets it running, as a user's later sessions do.
   */
  daemonUp?: boolean;
  /** With `marketplace` wiring: the marketplace source (a git URL or a directory). */
  marketplace?: string;
  /** Leave BGTELEMETRY_HOME unset: the hooks use the default data directory (~/.claude/bgtelemetry). */
  defaultDataDir?: boolean;
  /**
   * `install --hook-form`, whatever the binary runs; by default install is told the binary's
   * version (--claude-version), since the `claude` on PATH is 2.1.197 for both generations.
   */
  hookForm?: 'exec' | 'shell';
  /** Overrides the default --allowedTools list. */
  allowedTools?: string;
  /**
   * Called once before the stand-in answers turn N of the main conversation, between two tool
   * calls' hooks (tests/e2e/daemon.e2e.ts stops the daemon there); `data` is the data directory.
   */
  beforeTurn?: (turn: number, session: { data: string }) => Promise<void>;
  timeoutMs?: number;
}

/** Runs the packaged `bgtelemetry` CLI. */
export function bgtelemetry(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [cli(), ...args], { env, encoding: 'utf8' });
}

export interface RunResult {
  generation: Generation;
  version: string;
  dir: string;
  project: string;
  dbPath: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** `--output-format json` result, when stdout parsed. */
  result: { type?: string; subtype?: string; is_error?: boolean; result?: string; session_id?: string } | undefined;
  requests: LoggedRequest[];
  mainRequests: LoggedRequest[];
  unknownPaths: string[];
  /** bgtelemetry's own error log (empty when the hooks had no problem). */
  errorsLog: string;
  /** The daemon announced in the data directory when the session ended (then the harness stopped it). */
  daemonAtEnd: DaemonAnnouncement | null;
  /** Rows of a read-only query on the telemetry database. */
  query: <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => T[];
  /** `bgtelemetry report --json --db <db>`. */
  report: (...extraArgs: string[]) => unknown;
  /** Removes the temporary directory, unless BGT_E2E_KEEP=1. */
  cleanup: () => void;
}

/**
 * The project's scripts run real-looking tools (the hooks read package.json and judge what a
 * script runs, not its name), which are stand-ins in node_modules/.bin that finish within
 * seconds. `jest` and `webpack` take 3 s so that, started in the background, they outlive a
 * 2.0.x session's last turn (a task ending mid-session makes 2.0.77's print mode fail, see the
 * test file).
 */
const PACKAGE_JSON = {
  name: 'shop-api',
  version: '1.0.0',
  private: true,
  scripts: {
    test: 'jest',
    build: 'webpack',
    lint: 'eslint .',
    typecheck: 'tsc --noEmit',
    'test:slow': 'mocha',
    broken: 'echo boom >&2 && exit 3',
    dev: 'vite',
  },
};

/** The stand-ins: what each tool prints and how long it takes; `vite` never ends by itself, like a dev server (60 s cap against a leak). */
const STAND_INS: Record<string, string> = {
  jest: 'sleep 3 && echo tests-ok',
  webpack: 'sleep 3 && echo built',
  eslint: 'sleep 1 && echo lint-ok',
  tsc: 'sleep 1 && echo types-ok',
  mocha: 'sleep 6 && echo slow-ok',
  vite: 'exec node -e "setInterval(()=>{},1000); setTimeout(()=>process.exit(0),60000)"',
};

function writeStandIns(project: string): void {
  const bin = join(project, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  for (const [name, body] of Object.entries(STAND_INS)) writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
}

/** The variables through which a machine reaches the npm registry: CA bundles, proxies, registry. */
const NETWORK_ENV = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'npm_config_registry',
  'NPM_CONFIG_REGISTRY',
  'npm_config_cafile',
  'NPM_CONFIG_CAFILE',
];

const DEFAULT_ALLOWED_TOOLS = 'Bash,TaskOutput,BashOutput,TaskStop,KillShell,Read';

export function pluginAvailable(): boolean {
  return existsSync(join(ROOT, 'plugin', '.claude-plugin', 'plugin.json')) && existsSync(join(ROOT, 'plugin', 'hooks', 'hooks.json'));
}

function sh(cwd: string, env: NodeJS.ProcessEnv, file: string, args: string[]): string {
  const r = spawnSync(file, args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Like sh, without blocking this process's event loop (which may be serving the marketplace). */
async function shAsync(cwd: string, env: NodeJS.ProcessEnv, file: string, args: string[]): Promise<string> {
  const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((res) => child.on('close', res));
  if (code !== 0) throw new Error(`${file} ${args.join(' ')} failed (${code}): ${out}`);
  return out;
}

/** Temporary HOME, Claude config dir, bgtelemetry data dir and a git project with the hooks wired. */
async function prepare(scenario: Scenario, generation: Generation, apiUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), `bgt-e2e-${scenario.name}-${generation}-`));
  const home = join(dir, 'home');
  const claudeDir = join(home, '.claude');
  const data = scenario.defaultDataDir ? join(claudeDir, 'bgtelemetry') : join(dir, 'bgtelemetry');
  const project = join(dir, 'shop-api');
  const tmp = join(dir, 'tmp');
  // The default data directory is left for the hooks to create, as on a new machine.
  for (const d of [claudeDir, project, tmp, ...(scenario.defaultDataDir ? [] : [data])]) mkdirSync(d, { recursive: true });

  // A clean environment: nothing of the machine's own Claude Code or bgtelemetry set-up leaks in.
  // Only how this machine reaches the npm registry (its CA and proxy) is kept: a marketplace
  // install runs npm.
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(NETWORK_ENV.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    PATH: process.env.PATH,
    LANG: process.env.LANG ?? 'C.UTF-8',
    TERM: 'dumb',
    HOME: home,
    TMPDIR: tmp,
    CLAUDE_CONFIG_DIR: claudeDir,
    ...(scenario.defaultDataDir ? {} : { BGTELEMETRY_HOME: data }),
    ANTHROPIC_BASE_URL: apiUrl,
    ANTHROPIC_API_KEY: 'sk-ant-e2e-dummy',
    DISABLE_AUTOUPDATER: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    // npm would otherwise ask the registry for a newer npm and print a notice into tool results.
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    GIT_AUTHOR_NAME: 'e2e',
    GIT_AUTHOR_EMAIL: 'e2e@example.invalid',
    GIT_COMMITTER_NAME: 'e2e',
    GIT_COMMITTER_EMAIL: 'e2e@example.invalid',
    ...(scenario.mode ? { BGTELEMETRY_MODE: scenario.mode } : {}),
  };

  writeFileSync(join(project, 'package.json'), JSON.stringify(PACKAGE_JSON, null, 2) + '\n');
  writeStandIns(project);
  sh(project, env, 'git', ['init', '-q']);
  sh(project, env, 'git', ['add', '.']);
  sh(project, env, 'git', ['commit', '-q', '-m', 'init']);

  if (scenario.config) {
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'config.json'), JSON.stringify(scenario.config, null, 2));
  }
  if (scenario.localSettings) {
    mkdirSync(join(project, '.claude'), { recursive: true });
    writeFileSync(join(project, '.claude', 'settings.local.json'), JSON.stringify(scenario.localSettings, null, 2));
  }

  const extraArgs: string[] = [];
  if (scenario.wiring === 'plugin') {
    extraArgs.push('--plugin-dir', pluginRoot());
  } else if (scenario.wiring === 'marketplace') {
    // As a user does it: the CLI's plugin commands, which copy the plugin and install its dependencies.
    const { file, args } = GENERATIONS[generation].command();
    await shAsync(project, env, file, [...args, 'plugin', 'marketplace', 'add', scenario.marketplace!]);
    await shAsync(project, env, file, [...args, 'plugin', 'install', 'bgtelemetry@bgtelemetry']);
  } else if (scenario.wiring !== 'none') {
    // The way a user installs: the installer is under test too, so no hand-written fallback.
    const form = scenario.hookForm ? ['--hook-form', scenario.hookForm] : ['--claude-version', GENERATIONS[generation].version];
    const transport = scenario.transport ? ['--transport', scenario.transport] : [];
    sh(project, env, process.execPath, [cli(), 'install', '--scope', 'project', ...form, ...transport]);
    if (scenario.daemonUp) await startDaemon(data, project, env);
  }
  return { dir, data, project, env, extraArgs };
}

/** Starts the daemon the way doctor does, and waits until it has announced itself. */
async function startDaemon(data: string, project: string, env: NodeJS.ProcessEnv): Promise<void> {
  const shim = join(packageRoot(), 'dist', 'hooks', 'shim.sh');
  spawnSync('bash', [shim, 'lifecycle', process.execPath], { cwd: project, env, input: '{}', timeout: 10_000 });
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const a = readAnnouncement({ BGTELEMETRY_HOME: data });
    if (a && existsSync(`/proc/${a.pid}`)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the daemon did not announce itself in ${data}`);
}

/** Runs `scenario` with one Claude Code generation; never throws for a failed session. */
export async function runScenario(scenario: Scenario, generation: Generation): Promise<RunResult> {
  const standin = new ApiStandin(scenario);
  const apiUrl = await standin.listen();
  const { dir, data, project, env, extraArgs } = await prepare(scenario, generation, apiUrl);
  const beforeTurn = scenario.beforeTurn;
  if (beforeTurn) standin.beforeTurn = (turn) => beforeTurn(turn, { data });
  const keep = process.env.BGT_E2E_KEEP === '1';
  const { file, args } = GENERATIONS[generation].command();
  const argv = [
    ...args,
    '-p',
    scenario.prompt,
    '--allowedTools',
    scenario.allowedTools ?? DEFAULT_ALLOWED_TOOLS,
    '--output-format',
    'json',
    ...extraArgs,
    // Claude Code's own debug log (hooks run, their output, API calls), kept with BGT_E2E_KEEP=1:
    // 2.1.x writes it to a file, 2.0.x (no --debug-file) to $CLAUDE_CONFIG_DIR/debug/.
    ...(process.env.BGT_E2E_DEBUG === '1'
      ? generation === '2.1'
        ? ['--debug', '--debug-file', join(dir, 'claude-debug.log')]
        : ['--debug']
      : []),
  ];
  const started = Date.now();
  const timeoutMs = scenario.timeoutMs ?? 120_000;
  // Own process group, so the session and anything it leaves running can be ended together.
  const child = spawn(file, argv, { cwd: project, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let timedOut = false;
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, timeoutMs);
  const { exitCode, signal } = await new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>((res) => {
    child.on('close', (code, sig) => res({ exitCode: code, signal: sig }));
  });
  clearTimeout(timer);
  const durationMs = Date.now() - started;
  // Hooks still finishing (async ones) get a moment; then whatever the session left behind goes.
  await waitGroupGone(child.pid!, 1_500);
  killGroup();
  // The daemon the hooks started runs in its own session, outside the group: stopped here.
  const daemonAtEnd = readAnnouncement({ BGTELEMETRY_HOME: data });
  await stopDaemonIn(data, 0);
  await standin.close();

  let result: RunResult['result'];
  try {
    result = JSON.parse(stdout);
  } catch {
    result = undefined;
  }
  const dbPath = join(data, 'telemetry.db');
  const errorsPath = join(data, 'errors.log');
  const errorsLog = existsSync(errorsPath) ? readFileSync(errorsPath, 'utf8') : '';

  // Nothing writes the database any more: the session and every process it started are gone.
  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    if (!existsSync(dbPath)) return [];
    const db = new Database(dbPath, { readonly: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  const report = (...extra: string[]): unknown => {
    const r = bgtelemetry(['report', '--json', '--db', dbPath, ...extra], env);
    if (r.status !== 0) throw new Error(`bgtelemetry report failed (${r.status}): ${r.stderr}`);
    return JSON.parse(r.stdout);
  };

  if (keep) {
    writeFileSync(join(dir, 'requests.json'), JSON.stringify(standin.requests, null, 2));
    writeFileSync(join(dir, 'claude.stdout'), stdout);
    writeFileSync(join(dir, 'claude.stderr'), stderr);
    writeFileSync(join(dir, 'command.json'), JSON.stringify({ file, argv, cwd: project, exitCode, signal, timedOut, durationMs }, null, 2));
    process.stderr.write(`[bgt-e2e] ${scenario.name} on ${GENERATIONS[generation].version}: kept ${dir}\n`);
  }

  return {
    generation,
    version: GENERATIONS[generation].version,
    dir,
    project,
    dbPath,
    exitCode,
    signal,
    timedOut,
    durationMs,
    stdout,
    stderr,
    result,
    requests: standin.requests,
    mainRequests: standin.mainRequests,
    unknownPaths: standin.unknownPaths,
    errorsLog,
    daemonAtEnd,
    query,
    report,
    cleanup: () => {
      if (keep) return;
      rmSync(dir, { recursive: true, force: true });
      // 2.0.x keeps shell and task output in /tmp/claude/<project path, `-` for every other
      // character>/, whatever TMPDIR says.
      if (generation === '2.0') rmSync(join('/tmp/claude', project.replace(/[^A-Za-z0-9]/g, '-')), { recursive: true, force: true });
    },
  };
}

/** Resolves when no process of the group is left, or after `ms`. */
async function waitGroupGone(pgid: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Loads tests/e2e/scenarios/<name>.json. */
export function loadScenario(name: string): Scenario {
  const path = join(import.meta.dirname, 'scenarios', `${name}.json`);
  return { name, ...(JSON.parse(readFileSync(path, 'utf8')) as Omit<Scenario, 'name'>) };
}
