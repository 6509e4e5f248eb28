/**
 * Words that run another command: prefixes (`sudo`, `timeout 30`, `uv run`), shells that take a
 * script string (`bash -c`), and interpreters that take a script file or module. Data only; the
 * resolver walks these tables.
 */

export interface PrefixSpec {
  /** Options of the prefix that take a value. */
  valueOptions?: readonly string[];
  /** Positional words the prefix itself consumes before the command (`timeout 30`, `flock FILE`). */
  positionals?: number;
  /** `VAR=value` words may follow (`env`, `cross-env`). */
  assignments?: boolean;
  /** The first consumed positional bounds how long the command may run (`timeout`). */
  boundsDuration?: boolean;
  /** The command is detached from the calling shell (`setsid`). */
  detaches?: boolean;
  /** Options that make the word a query of its own rather than a prefix (`command -v x`). */
  notPrefixWith?: readonly string[];
}

export const PREFIXES: Readonly<Record<string, PrefixSpec>> = {
  sudo: { valueOptions: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group'], notPrefixWith: ['-v', '-l', '-k', '-K', '-V', '-i', '-s'] },
  doas: { valueOptions: ['-u', '-C'] },
  env: { assignments: true, valueOptions: ['-u', '--unset', '-C', '--chdir'] },
  'cross-env': { assignments: true },
  time: { valueOptions: ['-f', '-o', '--format', '--output'] },
  timeout: { valueOptions: ['-s', '-k', '--signal', '--kill-after'], positionals: 1, boundsDuration: true },
  gtimeout: { valueOptions: ['-s', '-k', '--signal', '--kill-after'], positionals: 1, boundsDuration: true },
  nice: { valueOptions: ['-n', '--adjustment'] },
  ionice: { valueOptions: ['-c', '-n', '-p', '--class', '--classdata'] },
  nohup: {},
  // `sshpass -p PW ssh host cmd`: the password is redacted; the command is what ssh or scp runs.
  sshpass: { valueOptions: ['-p', '-f', '-d', '-P'] },
  setsid: { detaches: true },
  command: { notPrefixWith: ['-v', '-V'] },
  builtin: {},
  exec: { valueOptions: ['-a'] },
  xargs: {
    valueOptions: ['-n', '-P', '-I', '-L', '-d', '-E', '-s', '-a', '--max-args', '--max-procs', '--replace', '--delimiter', '--arg-file', '--max-lines'],
  },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  unbuffer: {},
  chronic: {},
  caffeinate: {},
  flock: { valueOptions: ['-w', '-E', '--timeout'], positionals: 1 },
  strace: { valueOptions: ['-o', '-e', '-p', '-s'] },
  ltrace: { valueOptions: ['-o', '-e'] },
  dotenv: { valueOptions: ['-e', '-c', '-v', '-p'] },
  npx: { valueOptions: ['-p', '--package', '-c', '--call'] },
  bunx: { valueOptions: ['-p', '--package'] },
  pnpx: {},
  'npm:exec': { valueOptions: ['-p', '--package', '-w', '--workspace', '-c', '--call'] },
  'pnpm:exec': { valueOptions: ['-C', '--dir', '--filter', '-F'] },
  'pnpm:dlx': { valueOptions: ['--package'] },
  'yarn:dlx': { valueOptions: ['-p', '--package'] },
  'yarn:exec': {},
  'bun:x': {},
  'uv:run': {
    valueOptions: ['--with', '--python', '-p', '--extra', '--group', '--only-group', '--no-group', '--package', '--env-file', '--directory', '--project', '--with-requirements', '--with-editable', '--index', '--index-url'],
  },
  uvx: { valueOptions: ['--from', '--with', '--with-requirements', '--with-editable', '--python', '-p', '--index', '--index-url'] },
  'poetry:run': {},
  'pipenv:run': {},
  'rye:run': {},
  'conda:run': { valueOptions: ['-n', '--name', '-p', '--prefix'] },
  'mamba:run': { valueOptions: ['-n', '--name', '-p', '--prefix'] },
  'micromamba:run': { valueOptions: ['-n', '--name', '-p', '--prefix'] },
  'bundle:exec': {},
  'opam:exec': { valueOptions: ['--switch', '--root'] },
  // `fvm flutter build` runs the project's pinned Flutter; fvm's own commands are not prefixes.
  fvm: { notPrefixWith: ['install', 'use', 'global', 'releases', 'list', 'ls', 'doctor', 'remove', 'config', 'spawn', 'api', 'fork', 'exec', 'destroy', '--version', '--help'] },
};

/** Programs that run the string after `-c` as a script of their own. */
export const SHELLS: ReadonlySet<string> = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'fish', 'ash', 'busybox']);

export interface InterpreterSpec {
  /** Option that runs a library module as the program (`python -m pytest`). */
  moduleFlag?: string;
  /** Options whose value is inline code. */
  codeFlags?: readonly string[];
  /** Other options taking a value. */
  valueOptions?: readonly string[];
  /** A subcommand that precedes the script (`deno run app.ts`). */
  runSub?: string;
  /** Has subcommands of its own (`bun test`): a word is a script only if it looks like a file. */
  subcommands?: boolean;
  /** Options that make the interpreter do something of its own (`php -S`, `php -m`): no script, no REPL. */
  ownModeFlags?: readonly string[];
  /** Inline code is matched against the interpreter's own rows (`Rscript -e 'devtools::test()'`). */
  codeRows?: boolean;
  /** What to run instead of the bare interpreter (its REPL). */
  replAlternative: string;
}

export const INTERPRETERS: Readonly<Record<string, InterpreterSpec>> = {
  python: { moduleFlag: '-m', codeFlags: ['-c'], valueOptions: ['-W', '-X', '-Q'], ownModeFlags: ['-V', '--version'], replAlternative: "python -c '…' or python script.py" },
  python3: { moduleFlag: '-m', codeFlags: ['-c'], valueOptions: ['-W', '-X', '-Q'], replAlternative: "python3 -c '…' or python3 script.py" },
  python2: { moduleFlag: '-m', codeFlags: ['-c'], replAlternative: "python2 -c '…'" },
  pypy3: { moduleFlag: '-m', codeFlags: ['-c'], replAlternative: "pypy3 -c '…'" },
  node: { codeFlags: ['-e', '-p', '--eval', '--print', '-c', '--check'], valueOptions: ['-r', '--require', '--import', '--loader', '--env-file', '--max-old-space-size', '--inspect-port'], replAlternative: "node -e '…' or node script.js" },
  tsx: { codeFlags: ['-e', '--eval', '-p', '--print'], replAlternative: "tsx -e '…' or tsx script.ts" },
  'ts-node': { codeFlags: ['-e', '--eval', '-p', '--print'], replAlternative: "ts-node -e '…'" },
  deno: { runSub: 'run', subcommands: true, codeFlags: [], replAlternative: "deno eval '…'" },
  bun: { runSub: 'run', subcommands: true, valueOptions: ['--cwd', '--filter', '-F'], codeFlags: ['-e', '--eval', '-p', '--print'], replAlternative: "bun -e '…'" },
  ruby: { codeFlags: ['-e'], valueOptions: ['-I', '-r'], replAlternative: "ruby -e '…'" },
  perl: { codeFlags: ['-e', '-E'], valueOptions: ['-I', '-M'], replAlternative: "perl -e '…'" },
  php: { codeFlags: ['-r'], valueOptions: ['-c', '-d', '-t', '-z'], ownModeFlags: ['-S', '-m', '-i', '--ini', '-l', '--rf', '--rc', '--re', '--ri'], replAlternative: "php -r '…'" },
  Rscript: { codeFlags: ['-e'], codeRows: true, replAlternative: "Rscript -e '…'" },
  julia: { codeFlags: ['-e', '-E', '--eval', '--print'], codeRows: true, valueOptions: ['-t', '--threads', '-p', '--procs', '-J', '--sysimage', '-L', '--load'], replAlternative: "julia -e '…' or julia FILE.jl" },
  lua: { codeFlags: ['-e'], replAlternative: "lua -e '…'" },
};

/** `python3.11`, `python3.12` are `python`. */
export const VERSIONED_PYTHON = /^python\d+(\.\d+)*$/;

/** File names that look like scripts an interpreter would run. */
export const SCRIPT_FILE = /\.(py|js|mjs|cjs|ts|mts|cts|tsx|jsx|rb|pl|php|sh|bash|zsh|R|r|lua)$/;
