/**
 * What a project's task file defines, in one shape for every runner (package.json scripts,
 * Makefile targets, justfile recipes, Taskfile tasks, …): the resolver walks these tables to find
 * what `npm test` or `make check` really runs. Parsers are pure (text in, table out) so each can be
 * tested on its own; reading files, bounds and caching belong to the resolver.
 */

/** One task: what it runs and which tasks of the same file run before it. */
export interface TaskDefinition {
  /** Shell command lines it runs, in order (continuation lines joined, runner prefixes like make's `@`/`-` removed). */
  commands: string[];
  /** Tasks of the same table that run first (Makefile prerequisites, just/Taskfile deps, npm `pre` scripts). */
  dependencies: string[];
  /** Tasks that run after it (npm `post` scripts). */
  after?: string[];
  /** Why it runs until stopped whatever its commands (a Taskfile task's `watch: true`). */
  endless?: string;
}

export interface TaskTable {
  /** The runner that reads this file: 'npm', 'make', 'just', 'task', 'deno', 'composer', 'pdm', … */
  runner: string;
  tasks: Map<string, TaskDefinition>;
  /** The task run when none is named (make's first target, just's first recipe). */
  defaultTask?: string;
  /** Variables the file defines (`CARGO = cargo`, `x := "y"`), to resolve `$(CARGO) test` in its commands. */
  variables: Map<string, string>;
  /** Other task files it includes, as written (relative to the including file's folder). */
  includes: string[];
  /** Task files included under a namespace (Taskfile's `includes:`): `task ns:x` runs task x of that file. */
  namespaces?: Map<string, string>;
}

/** Turns a task file's text into its table; never throws (what does not parse is left out). */
export type TaskFileParser = (text: string) => TaskTable;

export function emptyTaskTable(runner: string): TaskTable {
  return { runner, tasks: new Map(), variables: new Map(), includes: [] };
}
