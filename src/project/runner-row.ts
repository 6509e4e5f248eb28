/**
 * The shape of one runner row (runners.ts, task-file-runners.ts): which programs start it, the
 * task files it reads, and what a command line asks it to run.
 */
import type { ProjectExpansion } from '../analysis/types.js';
import type { ProjectFiles } from './files.js';
import type { TaskFileParser, TaskTable } from './task-table.js';

/** What a command line asks a runner to run. */
export interface TaskCall {
  /** Tasks named, in order (an entry may be a glob like `build:*`); none: the file's default task. */
  tasks: string[];
  /** Arguments handed on to the (single) task's command. */
  extra: string[];
  /** The tasks run at once (`run-p`, `concurrently`): the command lasts as long as the longest. */
  parallel?: boolean;
  /** Directory named by the runner's own option (`--prefix`, `-C`, `--cwd`, `--dir`). */
  dir?: string;
  /** One workspace (`--workspace`, `--filter`, `yarn workspace X`), by name or folder. */
  workspace?: string;
  /** Every workspace that defines the task (`-r`, `--workspaces`, `turbo run`, `lerna run`). */
  everyWorkspace?: boolean;
  /** Shell commands named on the command line itself (`concurrently "tsc -w" "npm:serve"`). */
  commands?: string[];
  /** The task file named by the runner's own option (`make -f build.mk`), instead of looking for one. */
  file?: string;
  /** Why the call runs until stopped whatever its tasks run (`task --watch`). */
  endless?: string;
}

export interface RunnerRow {
  runner: string;
  programs: readonly string[];
  /** Task file names, tried in each folder from the command's directory upward. */
  files: readonly string[];
  parse: TaskFileParser;
  /** The tasks a command line names; undefined when it names none (`npm install`). */
  call: (args: readonly string[]) => TaskCall | undefined;
  /**
   * A task's `dependencies` and `after` (npm's `preX`/`postX`, make's prerequisites, just's deps)
   * run around it, each run again by name through `invoke`, so theirs resolve in turn.
   */
  runsDependencies: boolean;
  /** How a generated script runs one task again (each then resolves its own pre/post). */
  invoke: string;
  /** Rewrites a command line with the file's variables (make's `$(GO) vet` → `go vet`); `dir` is the task file's folder. */
  expandCommand?: (line: string, variables: Map<string, string>, dir: string) => string;
  /** The files a task file includes add their tasks and variables to it (make's `include x.mk`). */
  mergesIncludes?: boolean;
  /** Dependencies are tasks even when this reading did not find them (rake's come from files it loads). */
  dependenciesAreTasks?: boolean;
  /** false: the task file is looked for in the command's directory only (make, nox), not upward. */
  searchesUpward?: boolean;
  /** How `invoke` names a task file given on the command line (`-f` unless said). */
  fileOption?: string;
  /**
   * A runner whose tasks live in many files (nx: a project.json per project) resolves a call
   * itself, from the root file found (nx.json) and the command's directory.
   */
  resolveCall?: (
    root: { path: string; table: TaskTable },
    asked: TaskCall,
    start: string,
    via: string,
    files: ProjectFiles,
  ) => ProjectExpansion | undefined;
}
