/**
 * deno.json / deno.jsonc: its `tasks`, each a command string or `{ command, dependencies }`
 * (a task with only dependencies has no command). Comments and trailing commas are allowed.
 */
import { parseJsonObject } from './json-object.js';
import { emptyTaskTable, type TaskTable } from '../task-table.js';

export function parseDenoJson(text: string): TaskTable {
  const table = emptyTaskTable('deno');
  const tasks = parseJsonObject(text)?.tasks;
  if (!tasks || typeof tasks !== 'object') return table;
  for (const [name, task] of Object.entries(tasks as Record<string, unknown>)) {
    if (typeof task === 'string') table.tasks.set(name, { commands: [task], dependencies: [] });
    else if (task && typeof task === 'object') {
      const { command, dependencies } = task as { command?: unknown; dependencies?: unknown };
      table.tasks.set(name, {
        commands: typeof command === 'string' ? [command] : [],
        dependencies: Array.isArray(dependencies) ? dependencies.filter((d): d is string => typeof d === 'string') : [],
      });
    }
  }
  return table;
}
