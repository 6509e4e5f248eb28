/**
 * Node.js and npm releases other than the project's own, provisioned from the npm registry and
 * cached under node_modules/.cache/bgt-toolchains/ (so `npm ci` wipes them):
 *
 *   node<major>/node_modules/.bin/node         the registry's `node` package (its preinstall
 *                                              script fetches the real binary for this platform)
 *   npm<major>/node_modules/npm/bin/npm-cli.js run as `<node> <npm-cli.js>`
 *
 * Each is installed into a fresh temporary directory beside its final place and renamed into
 * place only once it runs: a run that dies halfway leaves a temporary directory (removed by a
 * later run), never a broken cache, and two runs provisioning at once both end with one copy.
 *
 * From a shell (for CI): `npx tsx tests/support/toolchains.ts node 24` prints the path of a
 * Node 24 binary, `… npm 12` the path of npm 12's npm-cli.js, provisioning them if needed.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const TOOLCHAIN_CACHE = join(ROOT, 'node_modules', '.cache', 'bgt-toolchains');

export interface NodeRelease {
  /** The binary, symlinks resolved: what `process.execPath` says when it runs. */
  node: string;
  /** A directory holding only that binary: put it first on PATH to make it "node". */
  binDir: string;
  /** `v24.21.0` */
  version: string;
}

export interface NpmRelease {
  /** npm-cli.js, to run as `<node> <cli> …` with any Node it supports. */
  cli: string;
  /** `12.2.2` */
  version: string;
}

/** Temporary directories of runs that died are removed once older than this. */
const STALE_MS = 10 * 60_000;
const INSTALL_TIMEOUT_MS = 300_000;

/** `process.env` without npm's and Node's settings, so the machine's configuration does not leak in. */
export function withoutNpmSettings(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE_OPTIONS' && k !== 'NODE_PATH'));
}

/** `node --version` of a binary, or null when it does not run. */
function versionOf(node: string): string | null {
  if (!existsSync(node)) return null;
  const r = spawnSync(node, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function release(node: string): NodeRelease | null {
  const version = versionOf(node);
  if (!version) return null;
  const real = realpathSync(node);
  return { node: real, binDir: dirname(real), version };
}

let ownNode: NodeRelease | undefined;
/** The project's own Node (devDependency `node`: node_modules/.bin/node). */
export function projectNode(): NodeRelease {
  ownNode ??= release(join(ROOT, 'node_modules', '.bin', 'node')) ?? undefined;
  if (!ownNode) throw new Error('node_modules/.bin/node does not run: run `npm ci` first');
  return ownNode;
}

function run(file: string, args: string[], options: SpawnSyncOptions): void {
  const r = spawnSync(file, args, { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, ...options });
  if (r.status !== 0)
    throw new Error(`${file} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}${r.stdout}`);
}

function removeStale(name: string): void {
  for (const entry of readdirSync(TOOLCHAIN_CACHE)) {
    if (!entry.startsWith(`.${name}-`)) continue;
    const path = join(TOOLCHAIN_CACHE, entry);
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * `<cache>/<name>`: returned as it is when `check` accepts it; otherwise `install` fills a
 * temporary directory, which `check` must accept before it is renamed into place.
 */
function cached<T>(name: string, check: (dir: string) => T | null, install: (dir: string) => void): T {
  const final = join(TOOLCHAIN_CACHE, name);
  const ready = check(final);
  if (ready) return ready;
  mkdirSync(TOOLCHAIN_CACHE, { recursive: true });
  removeStale(name);
  const temp = mkdtempSync(join(TOOLCHAIN_CACHE, `.${name}-`));
  try {
    install(temp);
    if (!check(temp)) throw new Error(`provisioning ${name} in ${temp} gave nothing that runs`);
    // Only a directory that failed its check can be in the way: provisioning never leaves a partial one.
    if (existsSync(final) && !check(final)) rmSync(final, { recursive: true, force: true });
    try {
      renameSync(temp, final);
    } catch (error) {
      // Another run renamed its copy into place first: use that one.
      if (!check(final)) throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const result = check(final);
  if (!result) throw new Error(`${final} does not work after provisioning`);
  return result;
}

/** A package.json of one dependency, and `npm install` in its directory. */
function installPackage(
  dir: string,
  dependency: string,
  range: string,
  npm: (args: string[], options: SpawnSyncOptions) => void,
  allowScripts = false,
): void {
  const manifest = {
    private: true,
    dependencies: { [dependency]: range },
    ...(allowScripts ? { allowScripts: { [dependency]: true } } : {}),
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  npm(['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd: dir });
}

/** npm `<major>` from the registry, installed by the npm on PATH (run with the project's Node). */
export function provisionNpm(major: number): NpmRelease {
  const check = (dir: string): NpmRelease | null => {
    const cli = join(dir, 'node_modules', 'npm', 'bin', 'npm-cli.js');
    if (!existsSync(cli)) return null;
    const r = spawnSync(projectNode().node, [cli, '--version'], { encoding: 'utf8', env: withoutNpmSettings(), timeout: 30_000 });
    const version = r.status === 0 ? r.stdout.trim() : '';
    return version.split('.')[0] === String(major) ? { cli, version } : null;
  };
  return cached(`npm${major}`, check, (dir) => {
    const node = projectNode();
    const env = { ...withoutNpmSettings(), PATH: [node.binDir, process.env.PATH].join(delimiter) };
    installPackage(dir, 'npm', String(major), (args, options) => run('npm', args, { ...options, env }));
  });
}

/**
 * Node `<major>` from the registry's `node` package. npm 12 runs its preinstall script because
 * the package.json written for it allows that one package; the script itself calls `npm` from
 * PATH, which a shim points at the same npm 12.
 */
export function provisionNode(major: number): NodeRelease {
  const check = (dir: string): NodeRelease | null => {
    const found = release(join(dir, 'node_modules', '.bin', 'node'));
    return found?.version.startsWith(`v${major}.`) ? found : null;
  };
  return cached(`node${major}`, check, (dir) => {
    const node = projectNode();
    const npm = provisionNpm(12);
    const shim = mkdtempSync(join(tmpdir(), 'bgt-npm-shim-'));
    try {
      writeFileSync(join(shim, 'npm'), `#!/bin/sh\nexec "${node.node}" "${npm.cli}" "$@"\n`);
      chmodSync(join(shim, 'npm'), 0o755);
      const env = { ...withoutNpmSettings(), PATH: [shim, node.binDir, process.env.PATH].join(delimiter) };
      installPackage(dir, 'node', String(major), (args, options) => run(node.node, [npm.cli, ...args], { ...options, env }), true);
    } finally {
      rmSync(shim, { recursive: true, force: true });
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const [what, major] = process.argv.slice(2);
  if ((what !== 'node' && what !== 'npm') || !/^\d+$/.test(major ?? '')) {
    process.stderr.write('usage: tsx tests/support/toolchains.ts node|npm <major>\n');
    process.exit(2);
  }
  process.stdout.write((what === 'node' ? provisionNode(Number(major)).node : provisionNpm(Number(major)).cli) + '\n');
}
