/**
 * The catalogue's row format. Every ecosystem file is a plain array of these rows; the matcher
 * reads them in order and the first row that fits a command decides it. Rows are data: a new
 * tool is a new row, never a new branch of code.
 */
import type { Category, Effect } from '../types.js';

/**
 * A word pattern: `test` exact, `test*` prefix, `*:test` suffix, `a|b|c` alternatives, `*` any
 * word, or a RegExp.
 */
export type WordPattern = string | RegExp | SerializedRegExp;

/** A RegExp as the build embeds it in JSON; turned back into a RegExp when first used. */
export interface SerializedRegExp {
  $re: string;
  $flags: string;
}

export interface CatalogueEntry {
  /** Program names as typed (basename; `python3` and `python` are listed separately). */
  programs: readonly string[];
  /** Patterns for the first positional words after the program, in order. */
  args?: readonly WordPattern[];
  /** Some positional word after `args` must match. */
  anyArg?: WordPattern;
  /** No positional word after `args` may match (`./...`: every package, not one). */
  noArg?: WordPattern;
  /** The row applies only when at most this many positional words follow `args` (one package, one file). */
  maxArgs?: number;
  /** The row applies only when one of these options is present (`--watch` also matches `--watch=x`). */
  ifFlags?: readonly string[];
  /** The row does not apply when one of these options is present. */
  unlessFlags?: readonly string[];
  /** The row applies only when nothing positional follows `args`. */
  noMoreArgs?: boolean;
  /** The row applies only when the command has no arguments at all after `args` (flags included). */
  bare?: boolean;
  /** The row does not apply when something feeds the command's stdin (a pipe, `<`, a heredoc). */
  unlessStdin?: boolean;
  /** The row does not apply when the command's output goes to a pipe or a file (`git log | less` acts like `cat`). */
  unlessOutputCaptured?: boolean;
  /** The row does not apply when the command sets one of these variables (`GIT_EDITOR=true git …`). */
  unlessEnv?: readonly string[];
  /** Generic rows only: the program name must match (`create-*` scaffolders, MCP servers). */
  programMatch?: RegExp;
  effect: Effect;
  category: Category;
  /** Typical duration in seconds, for `work` rows. */
  estimate?: number;
  /** Read the duration from the positional word at this index (`sleep 30`). */
  estimateFromArg?: number;
  reason: string;
  /** What to run instead: the non-interactive form, or how to background it. */
  alternative?: string;
  /** Rows from the user's configuration say so; their estimates are reported as `config`. */
  source?: 'config';
}

/** Options that take a value, per program: their value is not a positional word. */
export type ValueOptions = Readonly<Record<string, readonly string[]>>;

export interface CompiledEntry extends CatalogueEntry {
  argMatchers: ((word: string) => boolean)[];
  anyArgMatcher?: (word: string) => boolean;
  noArgMatcher?: (word: string) => boolean;
}

function compilePattern(p: WordPattern): (word: string) => boolean {
  if (typeof p === 'object' && '$re' in p) p = new RegExp(p.$re, p.$flags);
  if (p instanceof RegExp) {
    const re = p;
    return (w) => re.test(w);
  }
  if (p === '*') return () => true;
  const alts = p.split('|').map((alt) => {
    if (alt.length > 1 && alt.endsWith('*')) {
      const prefix = alt.slice(0, -1);
      return (w: string) => w.startsWith(prefix);
    }
    if (alt.length > 1 && alt.startsWith('*')) {
      const suffix = alt.slice(1);
      return (w: string) => w.endsWith(suffix);
    }
    return (w: string) => w === alt;
  });
  return alts.length === 1 ? alts[0] : (w) => alts.some((f) => f(w));
}

export function compileEntry(e: CatalogueEntry): CompiledEntry {
  // Matchers are built when the matcher first reaches the row: a lookup usually stops after a
  // few rows of a program, and a hook process looks up two or three programs.
  let args: ((word: string) => boolean)[] | undefined;
  let anyArg: ((word: string) => boolean) | null | undefined;
  let noArg: ((word: string) => boolean) | null | undefined;
  return {
    ...e,
    // A REPL or prompt reads its input from a pipe or file just as well as from a person.
    unlessStdin: e.unlessStdin ?? (e.effect === 'interactive' && (e.category === 'repl' || e.category === 'prompt')),
    get argMatchers() {
      return (args ??= (e.args ?? []).map(compilePattern));
    },
    get anyArgMatcher() {
      if (anyArg === undefined) anyArg = e.anyArg === undefined ? null : compilePattern(e.anyArg);
      return anyArg ?? undefined;
    },
    get noArgMatcher() {
      if (noArg === undefined) noArg = e.noArg === undefined ? null : compilePattern(e.noArg);
      return noArg ?? undefined;
    },
  };
}

/** Where the rows for one program come from: the whole table, or shards loaded on demand. */
export interface RowSource {
  rowsFor(program: string): readonly CatalogueEntry[] | undefined;
}

/** A row source over the whole table in memory. */
export function tableSource(rows: readonly CatalogueEntry[]): RowSource {
  const byProgram = new Map<string, CatalogueEntry[]>();
  for (const row of rows) {
    for (const program of row.programs) {
      let list = byProgram.get(program);
      if (!list) byProgram.set(program, (list = []));
      list.push(row);
    }
  }
  return { rowsFor: (program) => byProgram.get(program) };
}

/**
 * Rows by program name, in declaration order, compiled on first lookup: a hook process looks
 * up a handful of programs, so compiling every row at start-up would be wasted work.
 */
export class CatalogueIndex {
  private readonly compiled = new Map<string, CompiledEntry[] | null>();

  constructor(private readonly source: RowSource) {}

  has(program: string): boolean {
    return this.source.rowsFor(program) !== undefined;
  }

  get(program: string): readonly CompiledEntry[] | undefined {
    let list = this.compiled.get(program);
    if (list === undefined) {
      const raw = this.source.rowsFor(program);
      list = raw ? raw.map(compileEntry) : null;
      this.compiled.set(program, list);
    }
    return list ?? undefined;
  }

  /** Raw rows of a program, uncompiled (for questions about the table itself). */
  rows(program: string): readonly CatalogueEntry[] {
    return this.source.rowsFor(program) ?? [];
  }
}
