/**
 * The public shape of a command analysis. `Verdict` names are a public contract
 * (`classify --json`, tests, stored telemetry): never rename them.
 */
export const VERDICTS = [
  'must-background',
  'suggest-background',
  'interactive',
  'state-change',
  'already-background',
  'foreground',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What running a command does, as the catalogue describes it; the verdict follows from it. */
export const EFFECTS = [
  'work', // finishes by itself; slow or fast depends on its estimate
  'never-ends', // servers, watchers, followers
  'interactive', // needs a terminal or input
  'state-change', // changes the calling shell itself
  'self-background', // detaches by itself
] as const;
export type Effect = (typeof EFFECTS)[number];

export const CATEGORIES = [
  'test',
  'build',
  'install',
  'lint',
  'typecheck',
  'server',
  'watch',
  'follow',
  'migration',
  'download',
  'clone',
  'sync',
  'container',
  'infra',
  'script',
  'sleep',
  'search',
  'editor',
  'pager',
  'repl',
  'remote',
  'prompt',
  'shell-state',
  'detached',
  'query',
  'vcs',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where an estimate came from: the built-in catalogue, user config, or measured history. */
export type EstimateSource = 'catalogue' | 'config' | 'history' | 'argument' | 'unknown';

/** Analysis of one simple command (after prefixes were unwrapped). */
export interface PartAnalysis {
  /** The simple command as written (prefixes included), for display. */
  text: string;
  /** program plus subcommand, e.g. `npm test`, `cargo build`, `docker compose up`. */
  signature: string;
  verdict: Verdict;
  effect: Effect;
  category: Category;
  reason: string;
  /** Typical duration in seconds; null when it never ends by itself or waits for input. */
  estimateSeconds: number | null;
  estimateSource: EstimateSource;
  /** A non-interactive or backgrounded alternative, when the catalogue knows one. */
  alternative?: string;
  /** Prefixes that were unwrapped (`sudo`, `timeout 30`, `FOO=1`, `cd app`). */
  prefixes: string[];
  /** True when this part runs under a trailing `&`, `nohup … &`, `setsid`, etc. */
  backgrounded: boolean;
  /** Directory this part runs in when a `cd DIR &&` before it was followed. */
  cwd?: string;
  /** Nesting: `bash -c`, `eval`, `$(…)`, heredoc fed to a shell. */
  via?: string;
}

export interface Analysis {
  command: string;
  verdict: Verdict;
  category: Category;
  reason: string;
  /** The part that decided the verdict, by its index in `parts`; -1 when there are none. */
  decidingPart: number;
  signature: string;
  /** Estimated duration of the whole command in seconds; null when it never ends by itself. */
  estimateSeconds: number | null;
  estimateSource: EstimateSource;
  alternative?: string;
  /** False when the parser had to guess: unbalanced quotes, truncated input, unknown syntax. */
  exact: boolean;
  /** Why the parse is not exact, when it is not. */
  notes: string[];
  parts: PartAnalysis[];
}

/** Settings that change classification; defaults come from config. */
/** Measured durations of one signature in one project. */
export interface HistoryEntry {
  /** Median duration in seconds. */
  seconds: number;
  samples: number;
  /** At least one run ended by itself (not only timeouts or interrupts). */
  completes: boolean;
}

export interface AnalysisOptions {
  slowThresholdSeconds: number;
  /**
   * Timings measured in this project, by signature; they override the catalogue's estimates.
   * A function is asked only for the signatures the command really has (one lookup each).
   */
  history?: ReadonlyMap<string, HistoryEntry> | ((signature: string) => HistoryEntry | undefined);
  /** User catalogue entries, consulted before the built-in ones. */
  extraEntries?: readonly import('./catalogue/entry.js').CatalogueEntry[];
  /**
   * What the project defines (package.json scripts, scripts named by path): a simple command it
   * defines is analysed as what it runs. Implemented with I/O outside analysis (src/project/).
   */
  project?: ProjectLookup;
  /**
   * Values of variables defined outside the command (a Makefile's `GO = go`), for programs
   * named by a variable (`$(GO) vet`). Assignments in the command itself take precedence.
   */
  variables?: Readonly<Record<string, string>>;
}

/** A simple command as the analysis found it, for a project lookup. */
export interface ProjectInvocation {
  /** The program word as written (`npm`, `./scripts/x.sh`, `node_modules/.bin/run-s`). */
  program: string;
  args: readonly string[];
  /** The directory it runs in when the command changed it (`cd DIR &&`), relative to the lookup's own. */
  dir?: string;
  /** The interpreter named before a script (`bash` in `bash scripts/x.sh`). */
  interpreter?: string;
}

/** What a project-defined command runs: a shell script, analysed as a command list. */
export interface ProjectExpansion {
  script: string;
  /** How the chain names it: `npm run check`, `./scripts/ci.sh`. */
  via: string;
  /** The directory the script runs in (absolute). */
  dir: string;
  /** Names this task or file uniquely (path and task): a key seen twice in one chain is a cycle. */
  key: string;
  /** Why it runs until stopped whatever its script says (nx's `continuous: true`). */
  endless?: string;
}

export interface ProjectLookup {
  expand(call: ProjectInvocation): ProjectExpansion | undefined;
}

export const DEFAULT_SLOW_THRESHOLD_SECONDS = 5;
