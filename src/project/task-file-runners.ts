/**
 * Runner rows for the task files beside package.json (Makefile, justfile, Taskfile.yml, deno.json,
 * composer.json, pyproject.toml, tox.ini, noxfile.py, Rakefile): ONE ROW PER RUNNER, its file
 * names and parser from task-files/index.ts, and how its command line names tasks. A command line
 * that only lists, shows or dry-runs tasks names none: the catalogue judges it as before.
 */
import { readArgs, type OptionSpec } from './command-line.js';
import type { RunnerRow, TaskCall } from './runner-row.js';
import { expandMakeVariables, TASK_FILE_KINDS } from './task-files/index.js';

/** Flags after which a runner runs nothing of the project (lists, explains, dry-runs), per runner. */
const wordSet = (list: string) => new Set(list.split(' '));
const MAKE_INFO = wordSet('-n --dry-run --just-print --recon -q --question -p --print-data-base -h --help -v --version');
const JUST_INFO = wordSet(
  '-n --dry-run -l --list --summary -s --show --evaluate --choose --edit --init --dump --fmt --groups --variables -h --help -V --version',
);
const RAKE_INFO = wordSet('-n --dry-run -T --tasks -D --describe -P --prereqs -W --where -h --help -V --version');
const TASK_INFO = wordSet('-l --list -a --list-all --summary -n --dry -i --init --status -h --help --version');
const WATCHING = 'task --watch reruns it on every change until stopped';
const POE_INFO = wordSet('-h --help --version -d --dry-run');
/** tox and nox: also selections by keyword or tag, which the task file does not say how to match. */
const ENV_INFO = wordSet('-l --list --list-sessions -a --listenvs-all --listenvs -h --help --version -k --keywords -t --tags -m --notest');

/**
 * A runner whose first positional words name tasks (`make a b`, `rake t`, `just r args`); none
 * named runs the default (tasks: []). `firstOnly`: later words are the task's arguments.
 */
function namedTasks(spec: OptionSpec, firstOnly: boolean, infoFlags: ReadonlySet<string>) {
  return (args: readonly string[]): TaskCall | undefined => {
    const r = readArgs(args, spec);
    if ([...r.flags].some((f) => infoFlags.has(f))) return undefined;
    // `make VAR=value`, `rake spec[arg]`: assignments are not tasks; rake's bracketed arguments are not part of the name.
    const words = r.positionals.filter((w) => !/^[A-Za-z_][\w.]*=/.test(w)).map((w) => w.replace(/\[.*\]$/, ''));
    const tasks = firstOnly ? words.slice(0, 1) : words;
    const extra = firstOnly ? [...words.slice(1), ...r.passed] : r.passed;
    return { tasks, extra, dir: r.dir, file: r.file };
  };
}

/** `deno task X`, `pdm run X`, `hatch run env:X`, `poetry run X`: a subcommand, then the task and its arguments. */
function subcommandTask(subcommands: readonly string[], spec: OptionSpec, bare?: ReadonlySet<string>) {
  return (args: readonly string[]): TaskCall | undefined => {
    const r = readArgs(args, spec);
    const [sub, task, ...rest] = r.positionals;
    if (sub && subcommands.includes(sub))
      return task ? { tasks: [task], extra: [...rest, ...r.passed], dir: r.dir, file: r.file } : undefined;
    // Runners where a script's own name is a command too (`composer test`, `pdm lint`), unless it is theirs.
    if (bare && sub && !bare.has(sub)) return { tasks: [sub], extra: [task, ...rest, ...r.passed].filter(Boolean), dir: r.dir };
    return undefined;
  };
}

/**
 * `tox`, `tox run -e a,b`, `nox`, `nox -s a b`: the environments named (comma-separated, and for
 * nox several words), else every one (`*`). Anything else on the line (`tox list`, an option
 * with a value this reading does not know) names nothing.
 */
function environments(options: readonly string[], severalWords: boolean, runSubcommands: readonly string[], values: readonly string[]) {
  return (args: readonly string[]): TaskCall | undefined => {
    const end = args.indexOf('--');
    const own = end < 0 ? args : args.slice(0, end);
    const tasks: string[] = [];
    let naming = false;
    for (let k = 0; k < own.length; k++) {
      const a = own[k];
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (ENV_INFO.has(name)) return undefined;
      if (options.includes(name)) {
        if (eq > 0) tasks.push(...a.slice(eq + 1).split(','));
        naming = eq < 0;
      } else if (a.startsWith('-')) {
        naming = false;
        if (values.includes(name) && eq < 0 && !own[k + 1]?.startsWith('-')) k++;
      } else if (naming) {
        tasks.push(...a.split(','));
        naming = severalWords;
      } else if (!runSubcommands.includes(a) || k > 0) return undefined;
    }
    const named = tasks.filter((t) => t && t !== 'ALL');
    return { tasks: named.length ? named : ['*'], extra: end < 0 ? [] : args.slice(end + 1) };
  };
}

const COMPOSER_COMMANDS = wordSet(
  'about archive audit browse home bump check-platform-reqs clear-cache clearcache cc config create-project depends why diagnose dump-autoload dumpautoload exec fund global help init install i licenses list outdated prohibits why-not reinstall remove rm require r run-script run search self-update selfupdate show info status suggests update u upgrade validate',
);
const PDM_COMMANDS = wordSet(
  'add build cache completion config export fix import info init install list lock outdated publish python py remove run search self show sync update use venv',
);

/** A row per runner; its file names and parser come from the task-file kind of the same runner. */
const CALLS: Record<string, Pick<RunnerRow, 'call' | 'invoke'> & Partial<RunnerRow>> = {
  make: {
    call: namedTasks(
      { dir: ['-C', '--directory'], file: ['-f', '--file', '--makefile'], values: ['-I', '--include-dir', '-o', '-W', '-l'] },
      false,
      MAKE_INFO,
    ),
    invoke: 'make',
    // `$(CURDIR)` is make's own: the folder it runs in.
    expandCommand: (line, variables, dir) =>
      expandMakeVariables(line, variables.has('CURDIR') ? variables : new Map([...variables, ['CURDIR', dir]])),
    mergesIncludes: true,
    searchesUpward: false,
  },
  just: {
    call: namedTasks(
      { dir: ['-d', '--working-directory'], file: ['-f', '--justfile'], values: ['--set', '--shell', '--dotenv-path'] },
      true,
      JUST_INFO,
    ),
    invoke: 'just',
  },
  task: {
    programs: ['task', 'go-task'],
    call: (args) => {
      const call = namedTasks(
        {
          dir: ['-d', '--dir'],
          file: ['-t', '--taskfile'],
          values: ['-o', '--output', '-C', '--concurrency', '-I', '--interval', '--sort', '--output-group-begin', '--output-group-end'],
        },
        false,
        TASK_INFO,
      )(args);
      const watching = args.includes('-w') || args.includes('--watch');
      return call && { ...call, parallel: args.includes('-p') || args.includes('--parallel'), ...(watching ? { endless: WATCHING } : {}) };
    },
    invoke: 'task',
    fileOption: '-t',
    // `deps` and `task:` calls may name tasks of included files (`docs:build`), which this table does not hold.
    dependenciesAreTasks: true,
  },
  deno: { call: subcommandTask(['task'], { dir: ['--cwd'], file: ['-c', '--config'] }), invoke: 'deno task', fileOption: '--config' },
  composer: {
    call: subcommandTask(['run-script', 'run'], { dir: ['-d', '--working-dir'] }, COMPOSER_COMMANDS),
    invoke: 'composer run-script',
  },
  pdm: { call: subcommandTask(['run'], { dir: ['-p', '--project'] }, PDM_COMMANDS), invoke: 'pdm run' },
  hatch: { call: subcommandTask(['run'], {}), invoke: 'hatch run' },
  poe: { call: namedTasks({ dir: ['-C', '--directory', '--root'] }, true, POE_INFO), invoke: 'poe' },
  poetry: { call: subcommandTask(['run'], { dir: ['-C', '--directory'] }), invoke: 'poetry run' },
  tox: {
    call: environments(['-e'], false, ['run', 'r', 'p', 'run-parallel'], ['-c', '--conf', '-p', '--parallel', '-x', '--override']),
    invoke: 'tox -e',
  },
  nox: {
    call: environments(['-s', '--session', '--sessions', '-e'], true, [], ['-f', '--noxfile', '-p', '--python', '--envdir']),
    invoke: 'nox -s',
    searchesUpward: false,
  },
  rake: {
    call: namedTasks(
      { dir: ['-C', '--directory'], file: ['-f', '--rakefile'], values: ['-I', '--libdir', '-r', '--require'] },
      false,
      RAKE_INFO,
    ),
    invoke: 'rake',
    dependenciesAreTasks: true,
  },
};

export const TASK_FILE_RUNNERS: readonly RunnerRow[] = TASK_FILE_KINDS.map((kind) => ({
  runner: kind.runner,
  programs: [kind.runner],
  files: kind.fileNames,
  parse: kind.parse,
  runsDependencies: true,
  ...CALLS[kind.runner],
}));
