/**
 * Matches one resolved simple command against the catalogue and returns the row that decides
 * it, with the positional words and the command's signature (`npm run build`, `pytest`).
 */
import { compileEntry, type CatalogueEntry, type CompiledEntry } from './catalogue/entry.js';
import { CATALOGUE_INDEX, GENERIC_ROWS, SCRIPT_ROWS, VALUE_OPTIONS, VARIABLE_ROWS } from './catalogue/index.js';
import { SCRIPT_FILE } from './catalogue/prefixes.js';
import type { Resolved } from './resolve.js';

export interface Match {
  entry?: CompiledEntry;
  positionals: string[];
  signature: string;
}

const ALONE_HELP = new Set(['-h', '-V', 'help', 'version', '-help', '-version', 'ver']);
/** Where a lone `-v` prints the version; elsewhere it means verbose (`pytest -v`). */
const SHORT_V_IS_VERSION = new Set([
  'node',
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'deno',
  'npx',
  'ruby',
  'php',
  'perl',
  'jest',
  'eslint',
  'tsc',
  'vite',
  'next',
  'gcc',
  'g++',
  'clang',
  'docker',
  'terraform',
  'tofu',
  'nvm',
  'composer',
  'rails',
  'bundle',
  'gem',
  'swift',
  'mvn',
  'java',
  'nest',
  'ng',
  'turbo',
  'nx',
  'vitest',
  'mocha',
  'prettier',
  'webpack',
  'rollup',
  'esbuild',
  'go',
  'cmake',
  'make',
  'git',
  'gh',
  'aws',
  'uv',
  'pip',
  'pip3',
  'poetry',
]);

/** `--help` anywhere; `--version` unless it takes a value (`dotnet add package X --version 3.1`). */
function asksForHelp(program: string, args: readonly string[], positionals: readonly string[]): boolean {
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--help') return true;
    if (args[k] === '--version' && (k === args.length - 1 || args[k + 1].startsWith('-'))) return true;
  }
  if (args.length === 1 && (ALONE_HELP.has(args[0]) || (args[0] === '-v' && SHORT_V_IS_VERSION.has(program)))) return true;
  return positionals[0] === 'help';
}
/** Words that may appear in a signature: subcommand-like, never paths, files or values. */
const SIGNATURE_WORD = /^[a-z][a-z0-9:_-]{0,23}$/i;
/** Dotted subcommands (`mix deps.get`) count only where a row named them: elsewhere they are files. */
const DOTTED_SUBCOMMAND = /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/i;

const HELP_ENTRY: CompiledEntry = compileEntry({
  programs: [],
  effect: 'work',
  category: 'query',
  estimate: 0.5,
  reason: 'asks for help or a version: fast',
});

/** Positional words, with the index in the arguments of each (flags and option values skipped). */
export type Positionals = string[] & { argIndex: number[] };

function positionalWords(args: readonly string[], valueOptions: readonly string[] | undefined): Positionals {
  const out = Object.assign([] as string[], { argIndex: [] as number[] });
  let literal = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!literal && a === '--') {
      literal = true;
      continue;
    }
    if (!literal && a.length > 1 && a.startsWith('-')) {
      if (valueOptions?.includes(a)) i++;
      continue;
    }
    out.push(a);
    out.argIndex.push(i);
  }
  return out;
}

/** Short-flag bundles are short (`-dit`, `-xvf`); `-owide` or `-psecret` is an option and its value. */
const SHORT_BUNDLE = /^-[a-zA-Z]{2,4}$/;

/**
 * `--watch` matches `--watch` and `--watch=…`; `-d` also matches bundled short flags (`-dit`).
 * Only arguments from index `from` on are looked at.
 */
function hasFlag(args: readonly string[], flag: string, from = 0): boolean {
  const short = flag.length === 2 && flag[0] === '-' && flag[1] !== '-';
  for (let k = from; k < args.length; k++) {
    const a = args[k];
    if (a === flag) return true;
    if (a.startsWith(flag + '=')) return true;
    if (short && SHORT_BUNDLE.test(a) && a.includes(flag[1])) return true;
  }
  return false;
}

interface Facts {
  stdinFed: boolean;
  outputCaptured?: boolean;
  env: readonly string[];
}

function fits(
  entry: CompiledEntry,
  args: readonly string[],
  positionals: readonly string[] & { argIndex?: number[] },
  facts: Facts,
): boolean {
  if (entry.unlessStdin && facts.stdinFed) return false;
  if (entry.unlessOutputCaptured && facts.outputCaptured) return false;
  if (entry.unlessEnv?.some((v) => facts.env.includes(v))) return false;
  const m = entry.argMatchers;
  if (positionals.length < m.length) return false;
  for (let k = 0; k < m.length; k++) if (!m[k](positionals[k])) return false;
  if (entry.noMoreArgs && positionals.length > m.length) return false;
  if (entry.maxArgs !== undefined && positionals.length > m.length + entry.maxArgs) return false;
  if (entry.bare && args.length > m.length) return false;
  // A flag that switches a row on belongs to the subcommand the row names: in
  // `docker compose -f x.yml logs`, the `-f` before `logs` is compose's file, not `logs -f`.
  const after = m.length && positionals.argIndex ? positionals.argIndex[m.length - 1] + 1 : 0;
  if (entry.ifFlags && !entry.ifFlags.some((f) => hasFlag(args, f, after))) return false;
  if (entry.unlessFlags?.some((f) => hasFlag(args, f))) return false;
  if (entry.anyArgMatcher) {
    let found = false;
    for (let k = m.length; k < positionals.length && !found; k++) found = entry.anyArgMatcher(positionals[k]);
    if (!found) return false;
  }
  const none = entry.noArgMatcher;
  if (none) for (let k = m.length; k < positionals.length; k++) if (none(positionals[k])) return false;
  return true;
}

const NO_FACTS: Facts = { stdinFed: false, env: [] };

function firstFit(
  rows: readonly CompiledEntry[] | undefined,
  args: readonly string[],
  positionals: readonly string[],
  facts: Facts = NO_FACTS,
): CompiledEntry | undefined {
  if (!rows) return undefined;
  for (const row of rows) if (fits(row, args, positionals, facts)) return row;
  return undefined;
}

/**
 * Package runners also run any installed binary by name (`pnpm astro check`, `pdm run pytest`):
 * the word to skip before the binary, per runner.
 */
const RUNS_BINARIES: ReadonlyMap<string, string> = new Map([
  ['pnpm', ''],
  ['yarn', ''],
  ['bun', ''],
  ['pdm', 'run'],
  ['hatch', 'run'],
  ['pixi', 'run'],
]);

/** Programs whose catalogue rows name subcommands: their signature includes one (`git status`). */
function hasSubcommands(program: string): boolean {
  return CATALOGUE_INDEX.rows(program).some((row) => (row.args?.length ?? 0) > 0 && row.args?.[0] !== '*');
}

function signatureOf(r: Resolved, positionals: Positionals, entry: CompiledEntry | undefined): string {
  const program = r.program.startsWith('$') ? '' : r.program;
  const head = r.interpreter && program !== r.interpreter ? `${r.interpreter} ${program}`.trim() : program || r.program;
  // Known rows contribute the words they matched (`npm run build`); unknown programs their
  // first subcommand-like word (`mytool sync`). Wildcard-matched words (hosts, files) never.
  const want = Math.max(entry ? entry.argMatchers.length : 1, hasSubcommands(r.program) ? 1 : 0);
  const words: string[] = [head];
  for (let k = 0; k < Math.min(want, 2, positionals.length); k++) {
    const w = positionals[k];
    const named = entry?.argMatchers[k] !== undefined && w.length <= 24 && DOTTED_SUBCOMMAND.test(w);
    if (entry?.args?.[k] === '*' || !(SIGNATURE_WORD.test(w) || named) || /\d{4,}/.test(w)) break;
    // Right after an option we cannot place, the word may be its value (`sshpass -p hunter2`):
    // signatures are stored and reported, so such a word never goes in.
    const before = r.args[positionals.argIndex[k] - 1];
    if (before?.startsWith('-') && !entry?.argMatchers[k]) break;
    words.push(w);
  }
  return words.join(' ');
}

export function matchResolved(r: Resolved, extra?: ReadonlyMap<string, CompiledEntry[]>): Match {
  const positionals = positionalWords(r.args, VALUE_OPTIONS[r.program]);
  const args = r.args;
  if (asksForHelp(r.program, args, positionals)) {
    return { entry: HELP_ENTRY, positionals, signature: signatureOf(r, positionals, undefined) };
  }
  const own = CATALOGUE_INDEX.get(r.program);
  let entry =
    firstFit(extra?.get(r.program), args, positionals, r) ??
    firstFit(extra?.get('*'), args, positionals, r) ??
    firstFit(own, args, positionals, r);
  const skip = RUNS_BINARIES.get(r.program);
  if (!entry && skip !== undefined) {
    const at = skip === '' ? 0 : positionals[0] === skip ? 1 : -1;
    const binary = at < 0 ? undefined : positionals[at];
    if (binary && CATALOGUE_INDEX.has(binary)) {
      return matchResolved(
        {
          ...r,
          program: binary,
          args: r.args.slice(positionals.argIndex[at] + 1),
          prefixes: [...r.prefixes, skip ? `${r.program} ${skip}` : r.program],
        },
        extra,
      );
    }
  }
  // Conventions shared by many tools apply only to programs the catalogue does not know:
  // a known program's rows are complete, so `git checkout dev` never looks like a dev server.
  if (!entry && !own) {
    entry = GENERIC_ROWS.find((row) => (!row.programMatch || row.programMatch.test(r.program)) && fits(row, args, positionals, r));
    // A script run through an interpreter or by its path (`./run_tests.sh`), judged by its name and subcommand.
    if (!entry && (r.interpreter || SCRIPT_FILE.test(r.program)))
      entry = firstFit(SCRIPT_ROWS, [r.program, ...args], [r.program, ...positionals]);
    // `$BUILD_CMD build` with an unknown value: judged from the subcommand.
    if (!entry && r.program.startsWith('$')) entry = firstFit(VARIABLE_ROWS, args, positionals, r);
  }
  return { entry, positionals, signature: signatureOf(r, positionals, entry) };
}

/** Builds an index of user-defined rows (from config); `*` rows apply to every program. */
export function indexExtraRows(rows: readonly CatalogueEntry[]): Map<string, CompiledEntry[]> {
  const index = new Map<string, CompiledEntry[]>();
  for (const row of rows) {
    const compiled = compileEntry(row);
    const programs = row.programs.length ? row.programs : ['*'];
    for (const p of programs) {
      const list = index.get(p) ?? [];
      list.push(compiled);
      index.set(p, list);
    }
  }
  return index;
}
