/**
 * The project lookup the analysis asks (AnalysisOptions.project): turns a command the project
 * defines into the shell script it runs. Finds the runner's task file from the command's
 * directory upward, reads it through ProjectFiles (bounded), parses it once per lookup, and
 * writes the tasks out as a script; scripts named by path are read and returned as they are.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { ProjectExpansion, ProjectInvocation, ProjectLookup } from '../analysis/types.js';
import { PROJECT_LIMITS, ProjectFiles } from './files.js';
import type { RunnerRow, TaskCall } from './runner-row.js';
import { runnerFor } from './runners.js';
import { scriptFile } from './script-file.js';
import { joinCommands } from './script-text.js';
import type { TaskFileParser, TaskTable } from './task-table.js';
import { parsePnpmWorkspace } from './task-files/pnpm-workspace.js';

interface Found {
  path: string;
  table: TaskTable;
}

/** A lookup for commands run in `baseDir`; it never throws (anything unexpected: not defined). */
export function projectLookup(baseDir: string, files = new ProjectFiles()): ProjectLookup {
  // One table per parser and path: pyproject.toml holds a different table for each of four runners.
  const tables = new Map<TaskFileParser, Map<string, TaskTable>>();
  const read = (row: RunnerRow, path: string, includeDepth = 0): TaskTable | undefined => {
    const byPath = tables.get(row.parse) ?? new Map<string, TaskTable>();
    tables.set(row.parse, byPath);
    const known = byPath.get(path);
    if (known) return known;
    const text = files.text(path, PROJECT_LIMITS.taskFileBytes);
    if (text === null) return undefined;
    const table = row.parse(text);
    byPath.set(path, table);
    if (row.mergesIncludes && includeDepth < PROJECT_LIMITS.includeDepth) mergeIncludes(row, path, table, includeDepth);
    return table;
  };
  /** make's `include a.mk`: the file's own definitions win; names with variables or globs are not read. */
  const mergeIncludes = (row: RunnerRow, path: string, table: TaskTable, depth: number) => {
    for (const name of table.includes.slice(0, PROJECT_LIMITS.includesPerFile)) {
      if (/[$*?[]/.test(name)) continue;
      const included = read(row, resolve(dirname(path), name), depth + 1);
      if (!included || included === table) continue;
      for (const [task, definition] of included.tasks) if (!table.tasks.has(task)) table.tasks.set(task, definition);
      for (const [variable, value] of included.variables) if (!table.variables.has(variable)) table.variables.set(variable, value);
      table.defaultTask ??= included.defaultTask;
    }
  };
  /** The nearest task file of `row` from `dir` upward. */
  const nearest = (row: RunnerRow, dir: string): Found | undefined => {
    let at = dir;
    const levels = row.searchesUpward === false ? 1 : PROJECT_LIMITS.upwardLevels;
    for (let level = 0; level < levels; level++) {
      for (const name of row.files) {
        const path = join(at, name);
        const table = read(row, path);
        if (table) return { path, table };
      }
      const up = dirname(at);
      if (up === at) break;
      at = up;
    }
    return undefined;
  };

  const expand = (call: ProjectInvocation): ProjectExpansion | undefined => {
    const dir = call.dir ? resolve(baseDir, call.dir.replace(/^~(?=\/|$)/, process.env.HOME ?? '~')) : baseDir;
    const path = call.interpreter || call.program.includes('/') ? scriptFile(call, dir, files) : undefined;
    if (path) return path;
    const row = runnerFor(basename(call.program));
    const asked = row?.call(call.args);
    if (!row || !asked) return undefined;
    const via = [basename(call.program), ...call.args].join(' ');
    if (asked.commands) return { script: joinCommands(asked.commands, asked.parallel), via, dir, key: `${dir}#${via}` };
    const start = asked.dir ? resolve(dir, asked.dir) : dir;
    const named = asked.file && resolve(start, asked.file);
    const namedTable = named && read(row, named);
    const found = named ? namedTable && { path: named, table: namedTable } : nearest(row, start);
    if (!found) return undefined;
    if (row.resolveCall) return row.resolveCall(found, asked, start, via, files);
    const home = dirname(found.path);
    if (asked.workspace) {
      const ws = workspaceDirs(found, files).find((d) => d === resolve(home, asked.workspace!) || nameOf(row, d) === asked.workspace);
      const inWs = ws && read(row, join(ws, row.files[0]));
      if (!ws || !inWs) return undefined;
      return taskScript(row, { path: join(ws, row.files[0]), table: inWs }, asked, via);
    }
    if (asked.everyWorkspace) {
      const lines: string[] = [];
      for (const ws of workspaceDirs(found, files)) {
        const table = read(row, join(ws, row.files[0]));
        const tasks = asked.tasks.filter((t) => table?.tasks.has(t));
        if (tasks.length) lines.push(`cd '${ws}' && ${tasks.map((t) => `${row.invoke} ${t}`).join(' && ')}`);
      }
      return lines.length ? { script: lines.join('\n'), via, dir: home, key: `${found.path}#*${asked.tasks.join(',')}` } : undefined;
    }
    return throughNamespace(row, found, asked, via) ?? taskScript(row, found, asked, via);
  };

  /** Taskfile's `task ns:x`: task x of the file included as ns, run by name from that file. */
  const throughNamespace = (row: RunnerRow, found: Found, asked: TaskCall, via: string): ProjectExpansion | undefined => {
    const [task] = asked.tasks;
    if (asked.tasks.length !== 1 || found.table.tasks.has(task)) return undefined;
    const colon = task.indexOf(':');
    const written = found.table.namespaces?.get(task.slice(0, colon));
    if (colon < 0 || !written) return undefined;
    // An include names a file, or a folder holding one of the runner's file names.
    const target = resolve(dirname(found.path), written);
    const path = [target, ...row.files.map((name) => join(target, name))].find((p) => read(row, p));
    if (!path) return undefined;
    const extra = asked.extra.length ? ` -- ${asked.extra.join(' ')}` : '';
    const script = `${row.invoke} ${row.fileOption ?? '-f'} '${path}' ${task.slice(colon + 1)}${extra}`;
    return { script, via, dir: dirname(found.path), key: `${found.path}#${task}`, ...endlessOf(asked.endless) };
  };

  const nameOf = (row: RunnerRow, wsDir: string) => read(row, join(wsDir, row.files[0]))?.variables.get('name');

  return {
    expand(call) {
      try {
        return expand(call);
      } catch {
        return undefined;
      }
    },
  };
}

/** The script a task call runs in the folder of its task file. */
function taskScript(row: RunnerRow, found: Found, asked: TaskCall, via: string): ProjectExpansion | undefined {
  const { table, path } = found;
  const asks = asked.tasks.length ? asked.tasks : table.defaultTask ? [table.defaultTask] : [];
  const names = asks.flatMap((t) => (t.includes('*') || isRegex(t) ? [...table.tasks.keys()].filter((k) => namePattern(t)(k)) : [t]));
  const defines = (t: string) =>
    table.tasks.has(t) || (names.length > 1 && t.includes(':') && !!table.namespaces?.has(t.slice(0, t.indexOf(':'))));
  if (!names.length || !names.every(defines)) return undefined;
  const dir = dirname(path);
  const key = `${path}#${names.join(',')}`;
  // A file named on the command line is named again when a task is run by name.
  const invoke = asked.file ? `${row.invoke} ${row.fileOption ?? '-f'} '${path}'` : row.invoke;
  // Several tasks: each is run again by name, so its own dependencies and cycles resolve as usual.
  // pnpm runs the scripts a regex selects at once.
  if (names.length > 1)
    return {
      script: joinCommands(
        names.map((t) => `${invoke} ${t}`),
        asked.parallel || asks.some(isRegex),
      ),
      via,
      dir,
      key,
      ...endlessOf(asked.endless),
    };
  const task = table.tasks.get(names[0])!;
  // A task whose body this reading cannot see (a Rakefile task in Ruby, a bare make target) says
  // nothing about what it runs: its name is judged instead.
  if (!task.commands.length && !task.dependencies.some((t) => table.tasks.has(t) || row.dependenciesAreTasks) && !task.after?.length)
    return undefined;
  const lines: string[] = [];
  const around = (list: readonly string[] | undefined) => {
    // Only tasks of the table (a make prerequisite that is a file is not run), unless the runner's
    // dependencies are always tasks, defined in files this reading does not see (rake's tasks/*.rake).
    if (row.runsDependencies) for (const t of list ?? []) if (table.tasks.has(t) || row.dependenciesAreTasks) lines.push(`${invoke} ${t}`);
  };
  around(task.dependencies);
  const extra = asked.extra.length ? ` ${asked.extra.join(' ')}` : '';
  const commands = row.expandCommand ? task.commands.map((c) => row.expandCommand!(c, table.variables, dir)) : task.commands;
  lines.push(...commands.slice(0, -1), `${commands.at(-1) ?? ''}${extra}`);
  around(task.after);
  return { script: lines.join('\n'), via, dir, key, ...endlessOf(asked.endless ?? task.endless) };
}

const endlessOf = (endless: string | undefined) => (endless ? { endless } : {});

const isRegex = (t: string) => t.length > 2 && t.startsWith('/') && t.endsWith('/');

/**
 * Task names a pattern selects: npm-run-all globs (`*` within one `:`-separated segment, `**`
 * across them) or pnpm's `/regex/` (`pnpm run '/^dev:.*$/'`, which runs them at once).
 */
function namePattern(pattern: string): (name: string) => boolean {
  if (isRegex(pattern)) {
    try {
      const regex = new RegExp(pattern.slice(1, -1));
      return (name) => regex.test(name);
    } catch {
      return () => false;
    }
  }
  const glob = pattern
    .split('**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^:]*'))
    .join('.*');
  const regex = new RegExp(`^${glob}$`);
  return (name) => regex.test(name);
}

/**
 * Folders named by the workspaces patterns of a task file (`packages/*` or a plain folder), or
 * when it names none, by pnpm-workspace.yaml beside it.
 */
function workspaceDirs(found: Found, files: ProjectFiles): string[] {
  const home = dirname(found.path);
  const out: string[] = [];
  const yaml = found.table.includes.length ? null : files.text(join(home, 'pnpm-workspace.yaml'), PROJECT_LIMITS.taskFileBytes);
  for (const pattern of yaml ? parsePnpmWorkspace(yaml) : found.table.includes) {
    if (pattern.startsWith('!')) continue;
    const star = pattern.indexOf('*');
    if (star < 0) out.push(resolve(home, pattern));
    else if (pattern.endsWith('/*') && star === pattern.length - 1) {
      const parent = resolve(home, pattern.slice(0, -2));
      for (const name of files.folders(parent)) out.push(join(parent, name));
    }
  }
  return out.slice(0, PROJECT_LIMITS.workspaceEntries);
}
