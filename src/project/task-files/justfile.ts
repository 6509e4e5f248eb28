/**
 * justfile (justfile, Justfile, .justfile): recipes with their dependencies and bodies, variables,
 * imports and modules. `set` lines, attributes (`[private]`) and comments are read past.
 */
import { emptyTaskTable, type TaskDefinition, type TaskTable } from '../task-table.js';

const VARIABLE = /^(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:?=[ \t]*(.*)$/;
const ALIAS = /^alias[ \t]+([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:=[ \t]*([A-Za-z_][A-Za-z0-9_:-]*)/;
const IMPORT = /^import\??[ \t]+(['"])(.*?)\1/;
const MODULE = /^mod\??[ \t]+([A-Za-z_][A-Za-z0-9_-]*)(?:[ \t]+(['"])(.*?)\2)?/;
const RECIPE = /^@?([A-Za-z_][A-Za-z0-9_-]*)\b([^:]*?):(?!=)(.*)$/;

/** A plain string value without its quotes; expressions (`env('X')`, `a + b`) stay as written. */
function unquote(value: string): string {
  const m = /^(['"])(.*)\1$/.exec(value.trim());
  return m && !m[2].includes(m[1]) ? m[2] : value.trim();
}

/** `b c (d "x") && e`: dependencies before the body, and those after `&&`. */
function readDependencies(text: string): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let target = before;
  const withoutComment = text.replace(/[ \t]#.*$/, '');
  for (const m of withoutComment.matchAll(/&&|\(\s*([A-Za-z_][A-Za-z0-9_:-]*)[^)]*\)|([A-Za-z_][A-Za-z0-9_:-]*)/g)) {
    if (m[0] === '&&') target = after;
    else target.push(m[1] ?? m[2]);
  }
  return { before, after };
}

/** A body's lines as commands: a shebang recipe is one script; otherwise one command a line. */
function bodyCommands(body: string[]): string[] {
  const start = body.findIndex((line) => line.trim() !== '');
  const lines = start < 0 ? [] : body.slice(start);
  const indent = /^[ \t]*/.exec(lines[0] ?? '')![0].length;
  const dedented = lines.map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length)));
  while (dedented.length > 0 && dedented[dedented.length - 1].trim() === '') dedented.pop();
  if (dedented[0]?.startsWith('#!')) return [dedented.join('\n')];
  const commands: string[] = [];
  let pieces: string[] = [];
  const finish = () => {
    // `@` quiet and `-` keep-going prefixes are just's, not the shell's.
    const command = pieces
      .join(' ')
      .replace(/^[@-]+[ \t]*/, '')
      .trim();
    if (command && !command.startsWith('#')) commands.push(command);
    pieces = [];
  };
  for (const line of dedented) {
    const piece = line.trim();
    if (piece.endsWith('\\')) pieces.push(piece.slice(0, -1).trimEnd());
    else {
      pieces.push(piece);
      finish();
    }
  }
  finish();
  return commands;
}

export function parseJustfile(text: string): TaskTable {
  const table = emptyTaskTable('just');
  const lines = text.split(/\r?\n/);
  let marksDefault = false;
  let firstRecipe: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const statement = line.trim();
    if (!statement || statement.startsWith('#') || /^[ \t]/.test(line)) continue;
    if (statement.startsWith('[')) {
      if (/^\[(.*,\s*)?default\b/.test(statement)) marksDefault = true;
      continue;
    }
    if (/^set[ \t]/.test(statement)) continue;
    const imported = IMPORT.exec(statement);
    const module = MODULE.exec(statement);
    const alias = ALIAS.exec(statement);
    const variable = VARIABLE.exec(statement);
    const recipe = RECIPE.exec(statement);
    if (imported) table.includes.push(imported[2]);
    else if (module) table.includes.push(module[3] ?? module[1]);
    else if (alias) table.tasks.set(alias[1], { commands: [], dependencies: [alias[2]] });
    else if (variable) table.variables.set(variable[1], unquote(variable[2]));
    else if (recipe) {
      const body: string[] = [];
      while (i + 1 < lines.length && (/^[ \t]/.test(lines[i + 1]) || lines[i + 1].trim() === '')) body.push(lines[++i]);
      const { before, after } = readDependencies(recipe[3]);
      const task: TaskDefinition = { commands: bodyCommands(body), dependencies: before };
      if (after.length > 0) task.after = after;
      table.tasks.set(recipe[1], task);
      firstRecipe ??= recipe[1];
      if (marksDefault) table.defaultTask = recipe[1];
    }
    marksDefault = false;
  }
  // just runs the first recipe when none is named, unless one carries `[default]`.
  table.defaultTask ??= firstRecipe;
  return table;
}
