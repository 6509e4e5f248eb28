/**
 * package.json as a task table: each script is a task; `preX`/`postX` run before and after `X`
 * (under npm and yarn 1); the workspace folders it declares are its includes.
 */
import { emptyTaskTable, type TaskTable } from '../task-table.js';

export function parsePackageJson(text: string): TaskTable {
  const table = emptyTaskTable('npm');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return table;
  }
  if (!isObject(value)) return table;
  const scripts = isObject(value.scripts) ? value.scripts : {};
  for (const [name, body] of Object.entries(scripts)) {
    if (typeof body !== 'string') continue;
    const pre = typeof scripts[`pre${name}`] === 'string' ? [`pre${name}`] : [];
    const post = typeof scripts[`post${name}`] === 'string' ? [`post${name}`] : [];
    table.tasks.set(name, { commands: [body], dependencies: pre, ...(post.length ? { after: post } : {}) });
  }
  // `"workspaces": ["packages/*"]` (npm, yarn, bun) or `{ "packages": [...] }` (yarn 1).
  const workspaces = isObject(value.workspaces) ? value.workspaces.packages : value.workspaces;
  if (Array.isArray(workspaces)) for (const w of workspaces) if (typeof w === 'string') table.includes.push(w);
  if (typeof value.name === 'string') table.variables.set('name', value.name);
  return table;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
