/**
 * Finds the program a simple command really runs: strips assignments and shell keywords,
 * unwraps prefixes (`sudo`, `timeout 30`, `uv run`, `npx`), and turns interpreters running a
 * script or module into that script or module (`python -m pytest` is `pytest`).
 */
import {
  INTERPRETERS,
  PREFIXES,
  SCRIPT_FILE,
  SHELLS,
  VERSIONED_PYTHON,
  type InterpreterSpec,
  type PrefixSpec,
} from './catalogue/prefixes.js';
import { runsKnownProgram, variableName, type Variables } from './variables.js';

export interface Resolved {
  program: string;
  /** The program's word as written (`./scripts/x.sh` where `program` is `x.sh`). */
  word: string;
  args: string[];
  prefixes: string[];
  /** Upper bound on run time from `timeout N`, in seconds. */
  boundSeconds?: number;
  detached: boolean;
  /** A script to analyse recursively instead (`bash -c '…'`, `eval`, a heredoc fed to a shell). */
  script?: { text: string; via: string };
  /** The interpreter when `program` is a script file or module it runs. */
  interpreter?: string;
  /** A bare interpreter with nothing to run: its REPL. */
  repl?: InterpreterSpec;
  /** Inline code (`python -c`, `node -e`). */
  inlineCode?: boolean;
  /** Something feeds its standard input: prompts read from it instead of a terminal. */
  stdinFed: boolean;
  /** Its standard output goes to a pipe or a file: pagers then just copy their input. */
  outputCaptured?: boolean;
  /** Names of variables set for it (`GIT_EDITOR=true git …`, `env CI=1 …`). */
  env: string[];
}

const OPENING_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{']);
const CLOSING_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const HEADER_KEYWORDS = new Set(['for', 'select', 'case', 'function', 'in']);
const TWO_WORD_PREFIX_PROGRAMS = new Set(
  Object.keys(PREFIXES)
    .filter((k) => k.includes(':'))
    .map((k) => k.split(':')[0]),
);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** `./node_modules/.bin/jest` is `jest`; `tsc@5.4` (as npx takes it) is `tsc`. */
function programName(word: string): string {
  let w = word;
  const slash = w.lastIndexOf('/');
  if (slash >= 0 && slash < w.length - 1) w = w.slice(slash + 1);
  const at = w.indexOf('@', 1);
  if (at > 0) w = w.slice(0, at);
  return w;
}

/**
 * @param words the simple command's words
 * @param stdinFed whether something feeds its standard input (pipe, heredoc, `<`): a bare
 *   interpreter then runs that input instead of opening a REPL.
 * @param context where its output goes, and the variables that may name its program.
 */
export function resolve(
  words: readonly string[],
  heredocs: readonly string[],
  stdinFed: boolean,
  context: { outputCaptured?: boolean; variables?: Variables } = {},
): Resolved | null {
  const prefixes: string[] = [];
  const env: string[] = [];
  let boundSeconds: number | undefined;
  let detached = false;
  let i = 0;
  const n = words.length;

  for (let guard = 0; guard < 64 && i < n; guard++) {
    const word = words[i];
    if (ASSIGNMENT.test(word)) {
      env.push(word.slice(0, word.search(/[[+=]/)));
      prefixes.push(word.slice(0, word.indexOf('=') + 1) + '…');
      i++;
      continue;
    }
    if (OPENING_KEYWORDS.has(word)) {
      i++;
      continue;
    }
    if (CLOSING_KEYWORDS.has(word) || HEADER_KEYWORDS.has(word)) return null;
    const name = programName(word);
    const single = PREFIXES[name];
    const twoWord = i + 1 < n && TWO_WORD_PREFIX_PROGRAMS.has(name) ? PREFIXES[`${name}:${words[i + 1]}`] : undefined;
    const spec: PrefixSpec | undefined = twoWord ?? single;
    if (spec && !spec.notPrefixWith?.includes(words[i + 1] ?? '')) {
      const start = i;
      i += twoWord ? 2 : 1;
      const consumed = consumePrefix(words, i, spec, env);
      if (consumed.next === i && spec.positionals) break; // `timeout` with nothing after it
      if (spec.boundsDuration && consumed.positionals[0] !== undefined) {
        const s = parseDuration(consumed.positionals[0]);
        if (s !== undefined) boundSeconds = boundSeconds === undefined ? s : Math.min(boundSeconds, s);
      }
      if (spec.detaches) detached = true;
      if (consumed.next >= n) {
        // A prefix alone (`env`, `time`, `sudo`): it is the program.
        i = start;
        break;
      }
      prefixes.push(
        words.slice(start, twoWord ? start + 2 : start + 1).join(' ') +
          (consumed.positionals.length ? ' ' + consumed.positionals.join(' ') : ''),
      );
      i = consumed.next;
      continue;
    }
    break;
  }
  if (i >= n) return null;
  const variable = context.variables ? variableName(words[i]) : undefined;
  if (variable !== undefined) {
    // `$CARGO test` with CARGO known: resolve the value instead (once: values naming variables stay opaque).
    const value = context.variables?.valueOf(variable);
    if (value)
      return resolve([...words.slice(0, i), ...value, ...words.slice(i + 1)], heredocs, stdinFed, {
        outputCaptured: context.outputCaptured,
      });
    if (runsKnownProgram(words[i + 1])) prefixes.push(words[i++]);
  }

  const program = programName(words[i]);
  const args = words.slice(i + 1);
  const base: Resolved = {
    program,
    word: words[i],
    args,
    prefixes,
    boundSeconds,
    detached,
    stdinFed: stdinFed || heredocs.length > 0,
    env,
    outputCaptured: context.outputCaptured,
  };

  if (program === 'eval') return { ...base, script: { text: args.join(' '), via: 'eval' } };
  if (SHELLS.has(program)) return resolveShell(base, heredocs, stdinFed);
  const interp = INTERPRETERS[program] ?? (VERSIONED_PYTHON.test(program) ? INTERPRETERS.python : undefined);
  if (interp) return resolveInterpreter(base, interp, stdinFed || heredocs.length > 0);
  return base;
}

function consumePrefix(words: readonly string[], from: number, spec: PrefixSpec, env?: string[]): { next: number; positionals: string[] } {
  let i = from;
  const positionals: string[] = [];
  while (i < words.length) {
    const w = words[i];
    if (w === '--') {
      i++;
      break;
    }
    if (spec.assignments && ASSIGNMENT.test(w)) {
      env?.push(w.slice(0, w.search(/[[+=]/)));
      i++;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      i += spec.valueOptions?.includes(w) ? 2 : 1;
      continue;
    }
    if (positionals.length < (spec.positionals ?? 0)) {
      positionals.push(w);
      i++;
      continue;
    }
    break;
  }
  return { next: i, positionals };
}

function resolveShell(base: Resolved, heredocs: readonly string[], stdinFed: boolean): Resolved {
  const { args } = base;
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a)) {
      return { ...base, script: { text: args[k + 1] ?? '', via: `${base.program} -c` } };
    }
    // `bash -s` and `bash -` read the script from stdin.
    if (a === '-' || a === '-s') break;
    if (!a.startsWith('-')) {
      // `bash script.sh args`: the script is the program.
      return { ...base, program: programName(a), word: a, args: args.slice(k + 1), interpreter: base.program };
    }
  }
  if (heredocs.length) return { ...base, script: { text: heredocs.join('\n'), via: `${base.program} <<heredoc` } };
  if (stdinFed) return { ...base, inlineCode: true };
  return { ...base, repl: { replAlternative: `${base.program} -c '…'` } };
}

function resolveInterpreter(base: Resolved, spec: InterpreterSpec, stdinFed: boolean): Resolved {
  const { args } = base;
  if (spec.ownModeFlags && args.some((a) => spec.ownModeFlags!.includes(a))) return base;
  let k = 0;
  if (spec.runSub && args[0] === spec.runSub) k = 1;
  for (; k < args.length; k++) {
    const a = args[k];
    if (spec.moduleFlag && (a === spec.moduleFlag || (a.startsWith(spec.moduleFlag) && a.length > 2 && !a.startsWith('--')))) {
      const mod = a === spec.moduleFlag ? args[k + 1] : a.slice(spec.moduleFlag.length);
      if (!mod) break;
      const rest = a === spec.moduleFlag ? args.slice(k + 2) : args.slice(k + 1);
      return { ...base, program: mod, word: mod, args: [...args.slice(0, k), ...rest], interpreter: base.program };
    }
    if (spec.codeFlags?.includes(a) || spec.codeFlags?.some((f) => f.startsWith('--') && a.startsWith(f + '='))) {
      return spec.codeRows ? base : { ...base, inlineCode: true };
    }
    if (a === '-') return { ...base, inlineCode: true };
    if (a.startsWith('-')) {
      if (spec.valueOptions?.includes(a)) k++;
      continue;
    }
    // Runtimes with subcommands (`bun test`, `deno lint`) run a script only when it looks like one.
    if (spec.subcommands && !SCRIPT_FILE.test(a) && !a.includes('/')) return base;
    // The first positional word is the script; the interpreter's own flags stay visible.
    return { ...base, program: programName(a), word: a, args: [...args.slice(0, k), ...args.slice(k + 1)], interpreter: base.program };
  }
  if (stdinFed) return { ...base, inlineCode: true };
  if (spec.runSub && args[0] === spec.runSub) return base;
  if (args.some((a) => a === '--version' || a === '-V' || a === '-v' || a === '--help' || a === '-h')) return base;
  return { ...base, repl: spec };
}

/** `30`, `30s`, `5m`, `1h`, `2d`, `infinity` in seconds; undefined when it is not a duration. */
export function parseDuration(word: string): number | undefined {
  if (word === 'infinity' || word === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(word);
  if (!m) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}
