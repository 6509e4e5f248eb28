/**
 * The project lookup the analysis asks (AnalysisOptions.project): turns a command the project
 * defines into the shell script it runs. Finds the runner's task file from the command's
 * directory upward, reads it through ProjectFiles (bounded), parses it once per lookup, and
 * writes the tasks out as a script; scripts named by path are read and returned as they are.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { ProjectExpansion, ProjectInvocation, ProjectLookup } from '../analysis/types.js';
import { PROJECT_LIMITS, ProjectFiles } from './files.js';
import { runnerFor, type RunnerRow, type TaskCall } from './runners.js';
import { scriptFile } from './script-file.js';
import type { TaskTable } from './task-table.js';

interface Found {
  path: string;
  table: TaskTable;
}

/** A lookup for commands run in `baseDir`; it never throws (anything unexpected: not defined). */
export function projectLookup(baseDir: string, files = new ProjectFiles()): ProjectLookup {
  const tables = new Map<string, TaskTable>();
  const read = (row: RunnerRow, path: string): TaskTable | undefined => {
    const known = tables.get(path);
    if (known) return known;
    const text = files.text(path, PROJECT_LIMITS.taskFileBytes);
    if (text === null) return undefined;
    const table = row.parse(text);
    tables.set(path, table);
    return table;
  };
  /** The nearest task file of `row` from `dir` upward. */
  const nearest = (row: RunnerRow, dir: string): Found | undefined => {
    let at = dir;
    for (let level = 0; level < PROJECT_LIMITS.upwardLevels; level++) {
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
    const found = nearest(row, start);
    if (!found) return undefined;
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
    return taskScript(row, found, asked, via);
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
  const names = asked.tasks.flatMap((t) => (t.includes('*') ? [...table.tasks.keys()].filter((k) => globMatch(t, k)) : [t]));
  if (!names.length || !names.every((t) => table.tasks.has(t))) return undefined;
  const dir = dirname(path);
  const key = `${path}#${names.join(',')}`;
  // Several tasks: each is run again by name, so its own dependencies and cycles resolve as usual.
  if (names.length > 1)
    return {
      script: joinCommands(
        names.map((t) => `${row.invoke} ${t}`),
        asked.parallel,
      ),
      via,
      dir,
      key,
    };
  const task = table.tasks.get(names[0])!;
  const lines: string[] = [];
  const around = (list: readonly string[] | undefined) => {
    // Only tasks of the table: a make prerequisite that is a file is not run.
    if (row.runsDependencies) for (const t of list ?? []) if (table.tasks.has(t)) lines.push(`${row.invoke} ${t}`);
  };
  around(task.dependencies);
  const extra = asked.extra.length ? ` ${asked.extra.join(' ')}` : '';
  lines.push(...task.commands.slice(0, -1), `${task.commands.at(-1) ?? ''}${extra}`);
  around(task.after);
  return { script: lines.join('\n'), via, dir, key };
}

function joinCommands(commands: readonly string[], parallel?: boolean): string {
  return parallel && commands.length > 1 ? `${commands.map((c) => `{ ${c}; } &`).join('\n')}\nwait` : commands.join('\n');
}

/** npm-run-all globs: `*` within one `:`-separated segment, `**` across them. */
function globMatch(glob: string, name: string): boolean {
  const pattern = glob
    .split('**')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^:]*'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Folders named by the workspaces patterns of a task file (`packages/*` or a plain folder). */
function workspaceDirs(found: Found, files: ProjectFiles): string[] {
  const home = dirname(found.path);
  const out: string[] = [];
  for (const pattern of found.table.includes) {
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
