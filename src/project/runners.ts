/**
 * The runners whose tasks a project defines: ONE ROW PER RUNNER, with the programs that start
 * it, the task files it reads (nearest first, found upward from the directory), their parser, and
 * how its command line names tasks. A new task file kind (Makefile, justfile, …) is one more row.
 */
import type { RunnerRow, TaskCall } from './runner-row.js';
import { readArgs, type OptionSpec } from './command-line.js';
import { parsePackageJson } from './task-files/package-json.js';
import { TASK_FILE_RUNNERS } from './task-file-runners.js';
import { nxCall } from './nx/command-line.js';
import { nxExpansion } from './nx/workspace.js';
import { parseNxJson } from './task-files/project-json.js';

/** npm's own names for running a script. */
const NPM_RUN = new Set(['run', 'run-script', 'rum', 'urn']);
const NPM_LIFECYCLE: Record<string, string> = { test: 'test', t: 'test', tst: 'test', start: 'start', stop: 'stop', restart: 'restart' };
/** Built-in commands of pnpm, yarn and bun that a script of the same name does not replace. */
const PM_BUILTINS = new Set(
  'add audit bin cache config create dedupe deploy dlx env exec fetch help import info init install i link list ls outdated pack patch prune publish rebuild remove rm store unlink up update upgrade why workspaces set plugin npm version'.split(
    ' ',
  ),
);

function npmCall(args: readonly string[]): TaskCall | undefined {
  const r = readArgs(args, {
    dir: ['--prefix', '-C'],
    workspace: ['-w', '--workspace'],
    every: ['--workspaces', '-ws'],
    values: ['--loglevel'],
  });
  const [sub, ...rest] = r.positionals;
  const task = NPM_RUN.has(sub) ? rest.shift() : NPM_LIFECYCLE[sub];
  if (!task) return undefined;
  return { tasks: [task], extra: [...rest, ...r.passed], dir: r.dir, workspace: r.workspace, everyWorkspace: r.every };
}

/** pnpm, yarn and bun: `X` or `run X` runs a script unless X is one of their own commands. */
function packageManagerCall(spec: OptionSpec, bareRuns: boolean) {
  return (args: readonly string[]): TaskCall | undefined => {
    const r = readArgs(args, spec);
    let words = r.positionals;
    let workspace = r.workspace;
    if (words[0] === 'workspace' && words.length > 2) {
      workspace = words[1];
      words = words.slice(2);
    }
    let task: string | undefined;
    if (words[0] === 'run') task = words[1];
    else if (bareRuns && words[0] && !PM_BUILTINS.has(words[0])) task = words[0];
    if (!task) return undefined;
    const extra = [...words.slice(words[0] === 'run' ? 2 : 1), ...r.passed];
    return { tasks: [task], extra, dir: r.dir, workspace, everyWorkspace: r.every };
  };
}

/** npm-run-all, run-s, run-p: the scripts (or globs) to run, one after another or at once. */
function runAllCall(parallelByDefault: boolean) {
  return (args: readonly string[]): TaskCall | undefined => {
    const r = readArgs(args, { values: ['--npm-path', '-r', '--race', '--max-parallel'] });
    if (!r.positionals.length) return undefined;
    const parallel = parallelByDefault || r.flags.has('-p') || r.flags.has('--parallel');
    return { tasks: r.positionals, extra: [], parallel };
  };
}

/** turbo and lerna run a task in every workspace that has it (or in the one filtered). */
function monorepoCall(workspaceOptions: readonly string[]) {
  return (args: readonly string[]): TaskCall | undefined => {
    const r = readArgs(args, { workspace: workspaceOptions, values: ['--concurrency', '--cache-dir', '--output-logs'] });
    const tasks = r.positionals[0] === 'run' ? r.positionals.slice(1) : r.positionals;
    if (!tasks.length || PM_BUILTINS.has(tasks[0]) || tasks[0] === 'prune' || tasks[0] === 'login') return undefined;
    return { tasks, extra: r.passed, workspace: r.workspace, everyWorkspace: !r.workspace };
  };
}

/** `concurrently "tsc -w" "npm:serve"`: commands, with `npm:X` naming a script. */
function concurrentlyCall(args: readonly string[]): TaskCall | undefined {
  const r = readArgs(args, {
    values: ['-n', '--names', '-c', '--prefix-colors', '-p', '--prefix', '-s', '--success', '--max-processes', '-m'],
  });
  if (!r.positionals.length) return undefined;
  const commands = r.positionals.map((c) => (/^(npm|pnpm|yarn|bun):/.test(c) ? c.replace(':', ' run ') : c));
  return { tasks: [], extra: [], parallel: true, commands };
}

/** `start-server-and-test start http://localhost:3000 test`: the server stops when the last command ends. */
function startServerAndTestCall(args: readonly string[]): TaskCall | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  const last = words.at(-1);
  if (words.length < 2 || !last) return undefined;
  return { tasks: [], extra: [], commands: [last.includes(' ') ? last : `npm run ${last}`] };
}

const PACKAGE_JSON = ['package.json'];

const PACKAGE_RUNNERS: readonly RunnerRow[] = [
  {
    runner: 'npm',
    programs: ['npm'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: npmCall,
    runsDependencies: true,
    invoke: 'npm run',
  },
  {
    runner: 'pnpm',
    programs: ['pnpm'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: packageManagerCall({ dir: ['-C', '--dir'], workspace: ['--filter', '-F'], every: ['-r', '--recursive'] }, true),
    runsDependencies: false,
    invoke: 'pnpm run',
  },
  {
    runner: 'yarn',
    programs: ['yarn'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: packageManagerCall({ dir: ['--cwd'] }, true),
    runsDependencies: true,
    invoke: 'yarn run',
  },
  {
    runner: 'bun',
    programs: ['bun'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: packageManagerCall({ dir: ['--cwd'], workspace: ['--filter', '-F'] }, false),
    runsDependencies: true,
    invoke: 'bun run',
  },
  {
    runner: 'npm-run-all',
    programs: ['npm-run-all', 'run-s'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: runAllCall(false),
    runsDependencies: true,
    invoke: 'npm run',
  },
  {
    runner: 'run-p',
    programs: ['run-p'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: runAllCall(true),
    runsDependencies: true,
    invoke: 'npm run',
  },
  {
    runner: 'turbo',
    programs: ['turbo'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: monorepoCall(['--filter', '-F']),
    runsDependencies: false,
    invoke: 'npm run',
  },
  {
    runner: 'lerna',
    programs: ['lerna'],
    files: PACKAGE_JSON,
    parse: parsePackageJson,
    call: monorepoCall(['--scope']),
    runsDependencies: false,
    invoke: 'npm run',
  },
  {
    // nx.json marks the workspace root; the targets are in each project's project.json and package.json.
    runner: 'nx',
    programs: ['nx'],
    files: ['nx.json'],
    parse: parseNxJson,
    call: nxCall,
    runsDependencies: false,
    invoke: 'nx run',
    resolveCall: nxExpansion,
  },
  {
    runner: 'concurrently',
    programs: ['concurrently'],
    files: [],
    parse: parsePackageJson,
    call: concurrentlyCall,
    runsDependencies: false,
    invoke: 'npm run',
  },
  {
    runner: 'start-server-and-test',
    programs: ['start-server-and-test', 'server-test'],
    files: [],
    parse: parsePackageJson,
    call: startServerAndTestCall,
    runsDependencies: false,
    invoke: 'npm run',
  },
];

const RUNNERS = [...PACKAGE_RUNNERS, ...TASK_FILE_RUNNERS];
const BY_PROGRAM = new Map(RUNNERS.flatMap((row) => row.programs.map((p) => [p, row] as const)));

export function runnerFor(program: string): RunnerRow | undefined {
  return BY_PROGRAM.get(program);
}
