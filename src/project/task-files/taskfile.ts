/**
 * Taskfile.yml (go-task): each task's `cmds` (strings, `{cmd: …}`, `{task: other}` which runs
 * another task), `deps`, `dir` and `aliases`; `includes` as namespaces; `{{.VAR}}` replaced where
 * the file (or the task) defines VAR as a plain string. The YAML is read by the bounded subset
 * reader: a file it does not understand has no tasks.
 */
import { emptyTaskTable, type TaskTable } from '../task-table.js';
import { isYamlMap, parseYamlSubset, type YamlMap, type YamlValue } from './yaml-subset.js';

/** go-task's own form for a task of the root Taskfile (`:build`) names it as usual here. */
const taskName = (name: string) => name.replace(/^:/, '');
const str = (value: YamlValue | undefined) => (typeof value === 'string' ? value : undefined);
const list = (value: YamlValue | undefined): YamlValue[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Plain string variables (`sh:` and map-valued ones are left out: their value is not in the file). */
function plainVariables(value: YamlValue | undefined, into = new Map<string, string>()): Map<string, string> {
  if (isYamlMap(value)) for (const [name, v] of Object.entries(value)) if (typeof v === 'string') into.set(name, v);
  return into;
}

/** `{{.NAME}}` (and `{{ .NAME }}`) for the variables known; `{{.CLI_ARGS}}` goes (the resolver appends the arguments). */
function substitute(text: string, variables: ReadonlyMap<string, string>): string {
  return text
    .replace(/\{\{-?\s*\.([A-Za-z_]\w*)\s*-?\}\}/g, (whole, name: string) => (name === 'CLI_ARGS' ? '' : (variables.get(name) ?? whole)))
    .trim();
}

/** One `cmds` entry as a shell command line; `defer:` and entries without a command add none. */
function commandOf(entry: YamlValue): string | undefined {
  if (typeof entry === 'string') return entry;
  if (!isYamlMap(entry)) return undefined;
  const task = str(entry.task);
  return task ? `task ${taskName(task)}` : str(entry.cmd);
}

function readTask(task: YamlValue, globals: ReadonlyMap<string, string>) {
  // A task may be one command or a list of them (`build: go build ./...`).
  const body: YamlMap = isYamlMap(task) ? task : { cmds: task };
  const variables = plainVariables(body.vars, new Map(globals));
  const dir = str(body.dir);
  const cd = dir && !dir.includes('{{') ? `cd '${dir}' && ` : '';
  const commands = [...list(body.cmd), ...list(body.cmds)]
    .map(commandOf)
    .filter((c): c is string => !!c)
    .map((c) => cd + substitute(c, variables));
  const dependencies = list(body.deps)
    .map((d) => (isYamlMap(d) ? str(d.task) : str(d)))
    .filter((d): d is string => !!d)
    .map(taskName);
  // `watch: true`: go-task reruns the task on every change of its sources until stopped.
  const watch = body.watch === 'true' ? { endless: "the task's `watch: true` reruns it on every change until stopped" } : {};
  return {
    definition: { commands, dependencies, ...watch },
    aliases: list(body.aliases).filter((a): a is string => typeof a === 'string'),
  };
}

export function parseTaskfile(text: string): TaskTable {
  const table = emptyTaskTable('task');
  const root = parseYamlSubset(text);
  if (!isYamlMap(root) || !isYamlMap(root.tasks)) return table;
  plainVariables(root.vars, table.variables);
  for (const [name, task] of Object.entries(root.tasks)) {
    const { definition, aliases } = readTask(task, table.variables);
    table.tasks.set(name, definition);
    // An alias runs its task: the same shape as just's aliases.
    for (const alias of aliases) if (!table.tasks.has(alias)) table.tasks.set(alias, { commands: [], dependencies: [name] });
  }
  if (table.tasks.has('default')) table.defaultTask = 'default';
  if (isYamlMap(root.includes)) {
    table.namespaces = new Map();
    for (const [namespace, include] of Object.entries(root.includes)) {
      const path = isYamlMap(include) ? str(include.taskfile) : str(include);
      if (path && !path.includes('{{')) table.namespaces.set(namespace, path);
    }
  }
  return table;
}
