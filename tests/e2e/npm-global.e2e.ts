/**
 * The npm tarball where users get it: `npm install -g bgtelemetry` with npm 12 (the registry's
 * `latest` npm, which blocks dependencies' install scripts) on Node 24 and on Node 22 (the
 * project's own). The repository is packed with `npm pack`, the tarball inspected, then
 * installed globally into a temporary prefix with npm's default settings (no npm_config_*, a
 * temporary HOME and npm cache). From a temporary git project, `bgtelemetry install --scope
 * project` wires the hooks; recorded Claude Code payloads run through exactly the commands it
 * wrote; `report`, `doctor` and `--version` then run from another directory.
 *
 * Node 24 and npm 12 come from the npm registry, cached in node_modules/.cache/bgt-toolchains/
 * (tests/support/toolchains.ts): the first run provisions them (about 10 s), later runs reuse them.
 * The figures (tarball size and files, install time, installed size) are printed at the end.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecording } from '../../src/demo/replay.js';
import { commandWords } from '../../src/install/hook-command.js';
import { type DaemonAnnouncement, readAnnouncement } from '../../src/runtime/daemon-files.js';
import { prebuildTarget } from '../../src/store/native-binding.js';
import { replayThroughSettings, type EntryRun, type Settings } from '../support/settings-hooks.js';
import { stopDaemonIn } from '../support/stop-daemon.js';
import {
  projectNode,
  provisionNode,
  provisionNpm,
  ROOT,
  withoutNpmSettings,
  type NodeRelease,
  type NpmRelease,
} from '../support/toolchains.js';

const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const KEEP = process.env.BGT_E2E_KEEP === '1';

/** Real payloads captured from Claude Code 2.1.197: shared/ beside the checkout, else the repo's copy. */
const PAYLOAD_FILES = [
  join(ROOT, '..', 'shared', 'claude-code', 'payloads', 'claude-code-2.1.197.hooks.jsonl'),
  join(ROOT, 'src', 'demo', 'recordings', 'claude-code-2.1.197.hooks.jsonl'),
];
const PAYLOADS = PAYLOAD_FILES.find((f) => existsSync(f))!;

const work = mkdtempSync(join(tmpdir(), 'bgt-npm-global-'));
const figures: string[] = [];
const figure = (line: string) => figures.push(line);

afterAll(() => {
  console.log(['[bgt-npm-global] figures', `  payloads: ${PAYLOADS}`, ...figures.map((f) => `  ${f}`)].join('\n'));
  if (KEEP) console.log(`[bgt-npm-global] kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

/** PATH for a toolchain: its node first, then the machine's directories (not this repo's node_modules/.bin). */
function pathFor(node: NodeRelease): string {
  const machine = (process.env.PATH ?? '').split(delimiter).filter((d) => d && !d.startsWith(ROOT));
  return [node.binDir, ...machine].join(delimiter);
}

/** npm with default settings: no npm_config_*, and a HOME and cache of its own under `dir`. */
function npm(tool: { node: NodeRelease; npm: NpmRelease }, dir: string, args: string[]): SpawnSyncReturns<string> {
  const home = join(dir, 'npm-home');
  mkdirSync(home, { recursive: true });
  const env = { ...withoutNpmSettings(), HOME: home, PATH: pathFor(tool.node) };
  return spawnSync(tool.node.node, [tool.npm.cli, ...args, '--cache', join(dir, 'npm-cache')], {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
}

/** Bytes of every file under `dir`, symlinks not followed. */
function treeSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += lstatSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function isOneJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

interface PackResult {
  filename: string;
  unpackedSize: number;
}

let npm12: NpmRelease;
let node22: NodeRelease;
let tarball: string;
let tarEntries: string[];

beforeAll(() => {
  const started = performance.now();
  npm12 = provisionNpm(12);
  node22 = projectNode();
  const node24 = provisionNode(24);
  figure(
    `toolchains: npm ${npm12.version}, Node ${node24.version} and ${node22.version} (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  // dist/ as `npm run test:e2e` just built it; `prepare` would only build it again.
  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  const packed = npm({ node: node22, npm: npm12 }, packDir, ['pack', ROOT, '--ignore-scripts', '--json', '--pack-destination', packDir]);
  if (packed.status !== 0) throw new Error(`npm pack failed (${packed.status}): ${packed.stderr}`);
  // npm 12 prints an object keyed by package name; npm 11 printed an array.
  const result = JSON.parse(packed.stdout) as Record<string, PackResult> | PackResult[];
  const pack = Object.values(result)[0];
  tarball = join(packDir, pack.filename);
  const listed = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  tarEntries = listed.stdout.split('\n').filter(Boolean);
  figure(
    `tarball: ${kib(lstatSync(tarball).size)} (${kib(pack.unpackedSize)} unpacked), ${tarEntries.filter((e) => !e.endsWith('/')).length} files`,
  );
});

describe('the packed tarball', () => {
  it('holds the CLI and the hooks (the Claude Code plugin is installed from git, not from npm)', () => {
    expect(tarEntries).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/dist/cli.mjs',
        'package/dist/hooks/pre-tool-use.cjs',
        'package/dist/hooks/pre-tool-use.bundle.cjs',
        'package/dist/hooks/bundles.json',
        'package/settings.example.json',
      ]),
    );
    expect(tarEntries.filter((e) => e.startsWith('package/plugin/'))).toEqual([]);
  });

  it('ships no V8 code cache: it is valid for one Node version only', () => {
    expect(tarEntries.filter((e) => e.endsWith('.v8') || e.split('/').includes('code-cache'))).toEqual([]);
  });

  it('ships no tests, sources or node_modules', () => {
    const unwanted = /^package\/(tests|src|node_modules)\/|\/node_modules\/|\.(test|e2e)\.[cm]?[jt]s$/;
    expect(tarEntries.filter((e) => unwanted.test(e))).toEqual([]);
  });
});

/** Distinct Bash calls in the recording: what the report must count. */
function bashCallIds(steps: ReturnType<typeof parseRecording>): string[] {
  const ids = steps.flatMap((s) =>
    'hook' in s && s.hook.tool_name === 'Bash' && typeof s.hook.tool_use_id === 'string' ? [s.hook.tool_use_id] : [],
  );
  return [...new Set(ids)];
}

const TOOLCHAINS: { label: string; node: () => NodeRelease }[] = [
  { label: 'Node 24 (npm package node@24)', node: () => provisionNode(24) },
  { label: 'Node 22 (node_modules/.bin/node)', node: projectNode },
];

describe.each(TOOLCHAINS)('npm 12 on $label: npm install -g <tarball>', ({ label, node: nodeOf }) => {
  let node: NodeRelease;
  let dir: string;
  let prefix: string;
  let install: SpawnSyncReturns<string>;
  let home: string;
  let project: string;
  let env: NodeJS.ProcessEnv;
  let settings: Settings;
  let runs: EntryRun[];
  let daemon: DaemonAnnouncement | null;
  const steps = parseRecording(readFileSync(PAYLOADS, 'utf8'));
  const bgtelemetry = (cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
    spawnSync(join(prefix, 'bin', 'bgtelemetry'), args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });

  beforeAll(async () => {
    node = nodeOf();
    dir = mkdtempSync(join(work, `node${node.version.split('.')[0].slice(1)}-`));
    prefix = join(dir, 'prefix');
    const started = performance.now();
    install = npm({ node, npm: npm12 }, dir, ['install', '-g', '--prefix', prefix, tarball]);
    const seconds = (performance.now() - started) / 1000;
    if (install.status !== 0)
      throw new Error(`npm install -g failed (${install.status ?? install.error?.message}):\n${install.stderr}${install.stdout}`);
    figure(`${label}, ${node.version}: installed in ${seconds.toFixed(1)} s, prefix ${mib(treeSize(prefix))}`);
    const warnings = install.stderr.split('\n').filter((l) => /^npm warn install-scripts {3}/.test(l));
    if (warnings.length) figure(`  npm said: ${warnings.map((w) => w.replace(/^npm warn install-scripts\s+/, '')).join('; ')}`);

    // The user's side: a HOME, a Claude Code config directory, a git project; nothing of this machine's.
    home = join(dir, 'home');
    project = join(dir, 'project');
    mkdirSync(join(home, '.claude'), { recursive: true });
    mkdirSync(project);
    env = { PATH: pathFor(node), HOME: home, CLAUDE_CONFIG_DIR: join(home, '.claude'), LANG: process.env.LANG ?? 'C.UTF-8' };
    if (spawnSync('git', ['init', '-q'], { cwd: project, env }).status !== 0) throw new Error(`git init failed in ${project}`);
    const wired = bgtelemetry(project, ['install', '--scope', 'project']);
    if (wired.status !== 0) throw new Error(`bgtelemetry install failed (${wired.status}): ${wired.stderr}${wired.stdout}`);
    settings = JSON.parse(readFileSync(join(project, '.claude', 'settings.json'), 'utf8')) as Settings;

    const transcript = join(home, 'transcript.jsonl');
    writeFileSync(transcript, '');
    runs = await replayThroughSettings(steps, {
      settings,
      cwd: project,
      env,
      transcriptPath: transcript,
      rewrite: (p) => ({ ...p, cwd: project, transcript_path: transcript }),
    });
    // The first event's Node fallback started the daemon, which answered the later ones.
    daemon = readAnnouncement(env);
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    figure(
      `  hooks: ${runs.length} runs, median ${ms[Math.floor(ms.length / 2)]?.toFixed(0)} ms, slowest ${ms.at(-1)?.toFixed(0)} ms (through sh -c)`,
    );
  });

  it('npm reports the install ok, with better-sqlite3 prebuilt for this platform and no dependency script blocked', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stdout).toMatch(/added \d+ packages/);
    // npm 12 lists the tarball's own `prepare` (a build for git checkouts) as blocked, although it
    // does not run it for a tarball even when allowed; no dependency may need a script.
    const blocked = [...install.stderr.matchAll(/^npm warn install-scripts {3}(\S+) \(/gm)].map((m) => m[1]);
    expect(blocked.filter((p) => p !== `${PACKAGE.name}@${PACKAGE.version}`)).toEqual([]);
    const addon = join(
      prefix,
      'lib',
      'node_modules',
      PACKAGE.name,
      'node_modules',
      'better-sqlite3',
      'prebuilds',
      `${prebuildTarget()}.node`,
    );
    expect(existsSync(addon), addon).toBe(true);
  });

  // The hooks (and doctor) started the daemon in this HOME's data directory: stopped with the HOME.
  afterAll(() => stopDaemonIn(join(home, '.claude', 'bgtelemetry'), 0));

  it("bgtelemetry install registers every hook through the installed package's daemon shim, falling back to this Node", () => {
    const entries = Object.values(settings.hooks ?? {}).flatMap((groups) => groups.flatMap((g) => g.hooks ?? []));
    expect(entries.length).toBeGreaterThan(0);
    const hooksDir = join(prefix, 'lib', 'node_modules', PACKAGE.name, 'dist', 'hooks');
    for (const e of entries) {
      // The default transport where bash runs the hooks: bash <hooks>/shim.sh <hook> <node>.
      const [bash, shim, hook, fallback] = (Array.isArray(e.args) ? [e.command, ...e.args] : commandWords(e.command)) ?? [];
      expect(basename(bash ?? '')).toBe('bash');
      expect(shim).toBe(join(hooksDir, 'shim.sh'));
      expect(existsSync(join(dirname(shim ?? ''), `${hook}.cjs`)), hook).toBe(true);
      expect(fallback).toBe(node.node);
    }
    expect(daemon, 'a daemon announced after the payloads ran').not.toBeNull();
  });

  it('every recorded payload runs through those commands: exit 0, nothing or one JSON object, no stderr', () => {
    // One run per payload: every event of the recording has one hook, except PreToolUse of other tools than Bash.
    const payloads = steps.flatMap((s) => ('hook' in s ? [s.hook] : []));
    expect(runs.length).toBe(payloads.filter((p) => !(p.hook_event_name === 'PreToolUse' && p.tool_name !== 'Bash')).length);
    for (const r of runs) {
      const what = `${r.event} ${String(r.payload.tool_name ?? '')} ${String(r.payload.tool_use_id ?? '')}`;
      expect({ what, exitCode: r.exitCode, signal: r.signal, stderr: r.stderr }).toEqual({ what, exitCode: 0, signal: null, stderr: '' });
      expect(r.stdout === '' || isOneJsonObject(r.stdout), `${what}: ${r.stdout}`).toBe(true);
    }
    // Written by the hooks themselves: no problem logged, nothing left waiting in the spool.
    const data = join(home, '.claude', 'bgtelemetry');
    expect(existsSync(join(data, 'telemetry.db'))).toBe(true);
    expect(existsSync(join(data, 'errors.log')) ? readFileSync(join(data, 'errors.log'), 'utf8') : '').toBe('');
    expect(existsSync(join(data, 'spool')) ? readdirSync(join(data, 'spool')) : []).toEqual([]);
  });

  it('report --json, run from another directory, counts the Bash calls sent', () => {
    const r = bgtelemetry(home, ['report', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { totals: { bashCalls: number; hookRuns: number } };
    expect(report.totals.bashCalls).toBe(bashCallIds(steps).length);
    // Each hook process recorded its own run.
    expect(report.totals.hookRuns).toBe(runs.length);
  });

  it('doctor --json prints JSON and loads the SQLite binding', () => {
    const r = bgtelemetry(home, ['doctor', '--json'], { CLAUDE_PROJECT_DIR: project });
    expect([0, 1], r.stderr).toContain(r.status);
    const doctor = JSON.parse(r.stdout) as { sections: { title: string; facts: string[]; problems: { text: string }[] }[] };
    const problems = doctor.sections.flatMap((s) => s.problems.map((p) => p.text));
    if (problems.length) console.log(`[bgt-npm-global] doctor on ${label} found: ${problems.join('; ')}`);
    expect(problems.filter((p) => /sqlite|binding|addon/i.test(p))).toEqual([]);
    // The database was opened and checked: the CLI loaded the binding.
    expect(doctor.sections.flatMap((s) => s.facts)).toContain('quick_check: ok');
  });

  it('--version prints the package version', () => {
    const r = bgtelemetry(home, ['--version']);
    expect({ status: r.status, stdout: r.stdout.trim(), stderr: r.stderr }).toEqual({ status: 0, stdout: PACKAGE.version, stderr: '' });
  });
});
