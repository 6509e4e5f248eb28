/**
 * nx's project.json (a project's `name` and `targets`) and nx.json (`targetDefaults`). A target
 * runs: `nx:run-commands` its `options.command`/`commands` (in the workspace root, or
 * `options.cwd`), `nx:run-script` its package.json script, a known executor the command it
 * amounts to (nx-executors.ts); `dependsOn` entries naming the project's own targets run first
 * (`^build`, other projects' targets, is not followed); `continuous: true` runs until stopped.
 */
import { executorCommand } from './nx-executors.js';
import { emptyTaskTable, type TaskTable } from '../task-table.js';
import { parseJsonObject } from './json-object.js';

export interface NxTarget {
  /** Shell commands; empty when the executor is not known (the target is then judged by its name). */
  commands: string[];
  /** Whether the executor is one this reading knows (an `nx:noop` runs nothing, knowingly). */
  known: boolean;
  /** Own targets that run first; undefined: none said (nx.json's targetDefaults may say). */
  dependsOn?: string[];
  /** nx says the target never ends (a server, a watcher). */
  continuous: boolean;
  /** run-commands' `parallel` (its default) for several commands. */
  parallel: boolean;
  /** Where the commands run, relative to the workspace root; undefined: the project's folder. */
  cwd?: string;
}

export interface NxProjectFile {
  name?: string;
  targets: Map<string, NxTarget>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string');

/** `["build", "^build", {target: "lint"}, {target: "x", dependencies: true}]` → the own ones: build, lint. */
function ownDependencies(dependsOn: unknown): string[] | undefined {
  if (!Array.isArray(dependsOn)) return undefined;
  return dependsOn.flatMap((d) => {
    if (typeof d === 'string') return d.startsWith('^') ? [] : [d];
    if (isObject(d) && typeof d.target === 'string' && !d.projects && !d.dependencies) return [d.target];
    return [];
  });
}

function readTarget(target: Record<string, unknown>): NxTarget {
  const options = isObject(target.options) ? target.options : {};
  const executor = typeof target.executor === 'string' ? target.executor : target.command ? 'nx:run-commands' : undefined;
  const base = { dependsOn: ownDependencies(target.dependsOn), continuous: target.continuous === true, parallel: false };
  if (executor === 'nx:run-commands') {
    // The shorthand `"command": "…"` on the target, or options.command / options.commands (strings or `{ command }`).
    const listed = Array.isArray(options.commands) ? options.commands.map((c) => (isObject(c) ? c.command : c)) : [];
    const commands = strings([target.command ?? options.command, ...listed].filter(Boolean));
    const cwd = typeof options.cwd === 'string' ? options.cwd : '.';
    return { ...base, commands, known: true, parallel: options.parallel !== false && commands.length > 1, cwd };
  }
  if (executor === 'nx:run-script')
    return { ...base, commands: typeof options.script === 'string' ? [`npm run ${options.script}`] : [], known: true };
  const command = executor ? executorCommand(executor, options) : undefined;
  return { ...base, commands: command ? [command] : [], known: command !== undefined };
}

/** The targets of a `targets` (project.json) or `targetDefaults` (nx.json) object. */
function readTargets(value: unknown): Map<string, NxTarget> {
  const targets = new Map<string, NxTarget>();
  if (isObject(value)) for (const [name, target] of Object.entries(value)) if (isObject(target)) targets.set(name, readTarget(target));
  return targets;
}

export function parseProjectJson(text: string): NxProjectFile | undefined {
  const json = parseJsonObject(text);
  if (!json) return undefined;
  return { name: typeof json.name === 'string' ? json.name : undefined, targets: readTargets(json.targets) };
}

/**
 * nx.json, the workspace root: its `targetDefaults` (keyed by target name; those keyed by executor
 * are not read) as tasks whose dependencies a target without its own `dependsOn` takes.
 */
export function parseNxJson(text: string): TaskTable {
  const table = emptyTaskTable('nx');
  for (const [name, target] of readTargets(parseJsonObject(text)?.targetDefaults))
    table.tasks.set(name, { commands: [], dependencies: target.dependsOn ?? [] });
  return table;
}
