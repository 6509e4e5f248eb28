/**
 * The SQLite binding as the hooks load it, by the Node the hooks run, in a child process: that
 * Node may not be this one, and a load that crashes must not take doctor down (the crash is the
 * finding). Hooks use Node's built-in node:sqlite where it loads (src/store/open.ts); only where
 * it does not, better-sqlite3's addon, found for a hooks directory with the hooks' own search
 * (src/store/native-binding.ts).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DriverName } from '../../store/connection.js';
import { findAddon, loadFailure, MIN_NODE_MAJOR, nodeTooOld } from '../../store/native-binding.js';
import { section, type Problem, type Section } from './section.js';

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Runs in the hooks' Node (and environment) with the addon's path (empty: none found) and the
 * minimum Node major: prints its version and, as a hook decides, node:sqlite's SQLite version
 * when that loads, else whether the addon loaded (and its SQLite version). A Node too old for the
 * addon is not made to load it, as the hooks do not (on Node 20 it loads, then crashes the process).
 */
const PROBE = `const [path, min] = process.argv.slice(1);
const out = { version: process.version };
const version = (db) => db.prepare('SELECT sqlite_version() AS v').get().v;
process.removeAllListeners('warning');
try {
  const sqlite = process.env.BGTELEMETRY_SQLITE_DRIVER === 'better-sqlite3' ? undefined : process.getBuiltinModule('node:sqlite');
  if (sqlite) out.nodeSqlite = version(new sqlite.DatabaseSync(':memory:'));
} catch {}
if (!out.nodeSqlite && path && Number(process.versions.node.split('.')[0]) >= Number(min)) {
  try { const m = { exports: {} }; process.dlopen(m, path); out.loaded = typeof m.exports.Database === 'function';
    try { out.sqlite = version(new (require(path.replace(/[\\/](prebuilds|build[\\/]Release)[\\/][^\\/]+$/, '')))(':memory:', { nativeBinding: m.exports })); } catch {} }
  catch (e) { out.error = String((e && e.message) || e); }
}
process.stdout.write(JSON.stringify(out));`;

/** Why the binding does not load, each with its own fix. */
export type BindingCause = 'node' | 'old-node' | 'no-addon' | 'dlopen' | 'crash';

export interface BindingProbe {
  /** The Node program that was run. */
  node: string;
  version?: string;
  /** What the hooks use: node:sqlite where that Node has it, else better-sqlite3. */
  driver?: DriverName;
  /** The SQLite library's version in that driver, when it could be read. */
  sqlite?: string;
  /** The addon file found (loaded, unless there is a problem). */
  path?: string;
  problem?: { cause: BindingCause; text: string };
}

/** What a fix says for one install: a checkout or npm package, or a plugin copy. */
export interface InstallFixes {
  /** Where its node_modules belong. */
  root: string;
  /** How to get a fresh copy of its files, better-sqlite3 included. */
  reinstall: string;
  /** How to make its hooks run another Node. */
  useNode: string;
}

const COMPILE = 'needs python3, make and a C++ compiler';
const SPOOLED = 'the hooks put every event in the spool instead of the database';

/** What each cause does to the hooks. */
const EFFECTS: Record<BindingCause, string> = {
  node: 'the hooks cannot run at all',
  'old-node': SPOOLED,
  'no-addon': SPOOLED,
  dlopen: SPOOLED,
  crash: 'the hooks die the same way, before they record anything',
};

const FIXES: Record<BindingCause, (node: string, w: InstallFixes) => string> = {
  node: (node, w) => `make ${node} a working Node ${MIN_NODE_MAJOR} or newer, or ${w.useNode}`,
  'old-node': (_node, w) => `install Node ${MIN_NODE_MAJOR} or newer and ${w.useNode}`,
  'no-addon': (_node, w) =>
    `${w.reinstall} (npm installs better-sqlite3 with its prebuilt addons); where none fits this platform, \`npm rebuild better-sqlite3\` in ${w.root} compiles one (${COMPILE})`,
  dlopen: (_node, w) =>
    `the addon does not fit this system: \`npm rebuild better-sqlite3\` in ${w.root} compiles one that does (${COMPILE}), or ${w.reinstall}`,
  crash: (_node, w) => `use Node ${MIN_NODE_MAJOR} or newer (${w.useNode}); if it persists, ${w.reinstall}`,
};

export function probeBinding(hooksDir: string, node: string, env: NodeJS.ProcessEnv): BindingProbe {
  // The resolver a hook entry in hooksDir has: require.resolve from that directory.
  const found = findAddon(hooksDir, createRequire(join(hooksDir, 'entry.cjs')).resolve);
  const r = spawnSync(node, ['-e', PROBE, found.path ?? '', String(MIN_NODE_MAJOR)], { env, encoding: 'utf8', timeout: PROBE_TIMEOUT_MS });
  const probe: BindingProbe = { node, path: found.path };
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
    return {
      ...probe,
      problem: { cause: 'crash', text: `loading ${found.path} with ${node} did not finish in ${PROBE_TIMEOUT_MS / 1000} s` },
    };
  if (r.error) return { ...probe, problem: { cause: 'node', text: `${node} cannot be run: ${r.error.message}` } };
  if (r.signal)
    return { ...probe, problem: { cause: 'crash', text: `${node} was killed by ${r.signal} loading ${found.path ?? 'nothing'}` } };
  let out: { version?: string; nodeSqlite?: string; loaded?: boolean; sqlite?: string; error?: string };
  try {
    out = JSON.parse(r.stdout) as typeof out;
  } catch {
    out = {};
  }
  if (r.status !== 0 || !out.version)
    return {
      ...probe,
      problem: {
        cause: 'node',
        text: `${node} does not run a script (exit ${r.status}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n')[0]}` : ''})`,
      },
    };
  probe.version = out.version;
  if (out.nodeSqlite) return { ...probe, driver: 'node:sqlite', sqlite: out.nodeSqlite };
  Object.assign(probe, { driver: 'better-sqlite3', sqlite: out.sqlite });
  const old = nodeTooOld(out.version);
  if (old) return { ...probe, problem: { cause: 'old-node', text: `${old} (the hooks run ${node})` } };
  if (!found.path) return { ...probe, problem: { cause: 'no-addon', text: found.error ?? 'no addon found' } };
  if (out.error || !out.loaded)
    return { ...probe, problem: { cause: 'dlopen', text: loadFailure(found.path, out.error ?? 'it has no Database class', out.version) } };
  return probe;
}

/** A probe as doctor shows it: a fact when the binding loads, else a problem with its fix. */
export function bindingFinding(probe: BindingProbe, fixes: InstallFixes): { fact: string } | { problem: Problem } {
  const sqlite = probe.sqlite ? `SQLite ${probe.sqlite}` : 'SQLite';
  if (!probe.problem)
    return {
      fact:
        probe.driver === 'node:sqlite'
          ? `${probe.node} (Node ${probe.version}) runs the hooks on node:sqlite, built into Node (${sqlite}): no addon to load`
          : `${probe.node} (Node ${probe.version}) runs the hooks on better-sqlite3 (${sqlite}): loads ${probe.path}`,
    };
  return {
    problem: {
      text: `SQLite cannot be loaded: ${probe.problem.text}; ${EFFECTS[probe.problem.cause]}`,
      fix: FIXES[probe.problem.cause](probe.node, fixes),
    },
  };
}

export interface BindingCheck {
  section: Section;
  /** The Nodes that load it (all of them: nothing wrong). */
  loading: string[];
}

/** This bgtelemetry's hooks, with each Node that runs them (`registered`: in some settings file). */
export function checkBinding(
  hooksDir: string,
  nodes: readonly string[],
  registered: boolean,
  env: NodeJS.ProcessEnv,
  fixes: InstallFixes,
): BindingCheck {
  const s = section('SQLite binding');
  s.facts.push(
    `as the hooks in ${hooksDir} load it${registered ? '' : ' (no settings file registers them: as `bgtelemetry install` would)'}`,
  );
  if (!nodes.length) s.facts.push('no Node to load it with (see Node.js above)');
  const loading: string[] = [];
  for (const node of nodes) {
    const finding = bindingFinding(probeBinding(hooksDir, node, env), fixes);
    if ('fact' in finding) {
      s.facts.push(finding.fact);
      loading.push(node);
    } else s.problems.push(finding.problem);
  }
  return { section: s, loading };
}
