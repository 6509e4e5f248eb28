/**
 * pyproject.toml task runners, one table per runner: [tool.pdm.scripts] (pdm), hatch's
 * [tool.hatch.envs.<env>.scripts] (hatch: `env:script`, and the plain name for the default env),
 * [tool.poe.tasks] (poe) and [tool.poetry.scripts] (poetry). TOML through smol-toml (16.8 KB
 * minified): the resolver is expected to load this module only when a pyproject.toml is read.
 */
import { parse } from 'smol-toml';
import { emptyTaskTable, type TaskDefinition, type TaskTable } from '../task-table.js';

type Table = Record<string, unknown>;

const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const at = (root: Table, path: string[]): Table | undefined =>
  path.reduce<Table | undefined>((t, key) => (t && isTable(t[key]) ? (t[key] as Table) : undefined), root);

function readToml(text: string): Table {
  try {
    return parse(text) as Table;
  } catch {
    return {};
  }
}

/** pdm: a string, `{cmd}` (string or list), `{shell}`, `{composite = [other or command …]}`. */
function pdmScript(value: unknown, names: Set<string>): TaskDefinition | undefined {
  if (typeof value === 'string') return { commands: [value], dependencies: [] };
  if (!isTable(value)) return undefined;
  if (Array.isArray(value.cmd)) return { commands: [strings(value.cmd).join(' ')], dependencies: [] };
  const single = strings(value.cmd ?? value.shell);
  if (single.length > 0) return { commands: single, dependencies: [] };
  // A composite entry naming another script runs it (as `pdm run name`); anything else is a command.
  const composite = strings(value.composite).map((step) => (names.has(step.split(/\s+/)[0]) ? `pdm run ${step}` : step));
  return composite.length > 0 ? { commands: composite, dependencies: [] } : undefined;
}

/** poe: a string, `{cmd}`, `{shell}`, `{sequence = [...]}` (names or `{cmd}` tables), `{ref}`. */
function poeTask(value: unknown): TaskDefinition | undefined {
  if (typeof value === 'string') return { commands: [value], dependencies: [] };
  if (Array.isArray(value))
    return {
      commands: value
        .map((v) => (typeof v === 'string' ? `poe ${v}` : strings(isTable(v) ? (v.cmd ?? v.shell) : undefined)[0]))
        .filter(Boolean),
      dependencies: [],
    };
  if (!isTable(value)) return undefined;
  if (value.sequence !== undefined) return poeTask(value.sequence);
  if (typeof value.ref === 'string') return { commands: [`poe ${value.ref}`], dependencies: [] };
  const commands = strings(value.cmd ?? value.shell);
  return commands.length > 0 ? { commands, dependencies: strings(value.deps) } : undefined;
}

export function parsePdmScripts(text: string): TaskTable {
  const table = emptyTaskTable('pdm');
  const scripts = at(readToml(text), ['tool', 'pdm', 'scripts']) ?? {};
  const names = new Set(Object.keys(scripts));
  for (const [name, value] of Object.entries(scripts)) {
    const task = name === '_' ? undefined : pdmScript(value, names);
    if (task) table.tasks.set(name, task);
  }
  return table;
}

export function parseHatchScripts(text: string): TaskTable {
  const table = emptyTaskTable('hatch');
  for (const [env, config] of Object.entries(at(readToml(text), ['tool', 'hatch', 'envs']) ?? {})) {
    if (!isTable(config) || !isTable(config.scripts)) continue;
    for (const [name, value] of Object.entries(config.scripts)) {
      const task = { commands: strings(value), dependencies: [] };
      table.tasks.set(`${env}:${name}`, task);
      if (env === 'default') table.tasks.set(name, task);
    }
  }
  return table;
}

export function parsePoeTasks(text: string): TaskTable {
  const table = emptyTaskTable('poe');
  for (const [name, value] of Object.entries(at(readToml(text), ['tool', 'poe', 'tasks']) ?? {})) {
    const task = poeTask(value);
    if (task) table.tasks.set(name, task);
  }
  return table;
}

/**
 * poetry: [tool.poetry.scripts] are console entry points `module:function`, run with `poetry run
 * name`. Kept as `python -m module`: the nearest command the analysis can judge (it runs Python
 * code of the project), though the function, not the module's main, is what runs.
 */
export function parsePoetryScripts(text: string): TaskTable {
  const table = emptyTaskTable('poetry');
  for (const [name, value] of Object.entries(at(readToml(text), ['tool', 'poetry', 'scripts']) ?? {})) {
    const reference =
      typeof value === 'string' ? value : isTable(value) && typeof value.reference === 'string' ? value.reference : undefined;
    if (reference) table.tasks.set(name, { commands: [`python -m ${reference.split(':')[0]}`], dependencies: [] });
  }
  return table;
}
