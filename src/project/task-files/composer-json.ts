/**
 * composer.json: its `scripts`, each a command or a list of them. Composer's own forms: `@name`
 * runs another script (leading references become dependencies, later ones the command
 * `composer run-script name` in their place), `@php` and `@composer` are those programs,
 * `@putenv` sets a variable, and a PHP callback (`Vendor\Class::method`) runs inside Composer:
 * kept as written, an opaque command the analysis cannot place.
 */
import { emptyTaskTable, type TaskDefinition, type TaskTable } from '../task-table.js';
import { parseJsonObject } from './json-object.js';

/** `@php x` → `php x`; the same for the other programs Composer names with `@`. */
const PROGRAM_REFERENCES = new Set(['php', 'composer']);

function readScript(entries: string[]): TaskDefinition {
  const task: TaskDefinition = { commands: [], dependencies: [] };
  for (const raw of entries) {
    const entry = raw.trim();
    const reference = /^@([^\s]+)(?:\s+(.*))?$/.exec(entry);
    if (!reference) {
      if (entry) task.commands.push(entry);
      continue;
    }
    const [, name, args] = reference;
    if (PROGRAM_REFERENCES.has(name)) task.commands.push(args ? `${name} ${args}` : name);
    else if (name === 'putenv') continue;
    else if (task.commands.length === 0 && !args) task.dependencies.push(name);
    else task.commands.push(`composer run-script ${name}${args ? ` -- ${args}` : ''}`);
  }
  return task;
}

export function parseComposerJson(text: string): TaskTable {
  const table = emptyTaskTable('composer');
  const scripts = parseJsonObject(text)?.scripts;
  if (!scripts || typeof scripts !== 'object' || Array.isArray(scripts)) return table;
  for (const [name, value] of Object.entries(scripts as Record<string, unknown>)) {
    const entries =
      typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    table.tasks.set(name, readScript(entries));
  }
  return table;
}
