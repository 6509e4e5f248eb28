/**
 * Makefile (GNUmakefile, makefile, Makefile, included *.mk): targets, their prerequisites and
 * recipes, variables and includes. A line-by-line reading of GNU make's syntax, not an evaluator:
 * conditionals are read through (both branches), functions are left in the text.
 */
import { emptyTaskTable, type TaskDefinition, type TaskTable } from '../task-table.js';

/** `NAME op value`; the operator decides how make stores it (here: `+=` appends, `?=` keeps a value). */
const ASSIGNMENT = /^([A-Za-z0-9_.\-/]+)[ \t]*(:::=|::=|:=|\?=|\+=|!=|=)[ \t]*(.*)$/;
const DIRECTIVE = /^(ifdef|ifndef|ifeq|ifneq|else|endif|vpath|unexport)\b/;
const INCLUDE = /^(-include|sinclude|include)[ \t]+(.*)$/;

/** Physical lines with `\`-newline continuations joined (recipe continuations lose the next line's tab). */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  // Pieces of the line being continued, joined once at its end: re-reading a growing joined
  // string at every continuation would be quadratic.
  let pieces: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const piece = pieces.length === 0 ? raw : raw.replace(/^\t/, '').trimStart();
    if (piece.endsWith('\\') && !piece.endsWith('\\\\')) pieces.push(piece.slice(0, -1).trimEnd());
    else {
      pieces.push(piece);
      lines.push(pieces.join(' '));
      pieces = [];
    }
  }
  if (pieces.length > 0) lines.push(pieces.join(' '));
  return lines;
}

/** The `#` comment of a make line, outside a recipe (make has no quoting there; `\#` is a literal). */
function withoutComment(line: string): string {
  for (let i = 0; i < line.length; i++) if (line[i] === '#' && line[i - 1] !== '\\') return line.slice(0, i);
  return line;
}

/** Make's own recipe prefixes: `@` silent, `-` ignore errors, `+` run even under -n. */
function recipeCommand(line: string): string {
  return line.replace(/^[\t ]*[@+-]*[\t ]*/, '').trim();
}

const wordSet = (list: string) => new Set(list.split(' '));

/** GNU make's special targets: they set how make behaves, they are not tasks. */
const SPECIAL_TARGETS = wordSet(
  '.PHONY .SUFFIXES .DEFAULT .PRECIOUS .INTERMEDIATE .NOTINTERMEDIATE .SECONDARY .SECONDEXPANSION .DELETE_ON_ERROR .IGNORE .LOW_RESOLUTION_TIME .SILENT .EXPORT_ALL_VARIABLES .NOTPARALLEL .ONESHELL .POSIX .WAIT',
);

/** make's default suffixes: `.c:` alone is a single-suffix rule, not a file named `.c`. */
const SUFFIXES = wordSet(
  '.out .a .ln .o .c .cc .C .cpp .p .f .F .m .r .y .l .s .S .mod .sym .def .h .info .dvi .tex .texinfo .texi .txinfo .w .ch .web .sh .elc .el',
);

/**
 * Targets make never takes as a task: special ones (`.PHONY`), suffix rules (`.c.o`, `.c`),
 * patterns (`%.o`). A stamp file like `.develop` is a target a task may depend on.
 */
function isTaskTarget(target: string): boolean {
  const special = SPECIAL_TARGETS.has(target) || SUFFIXES.has(target) || /^\.[^./-]+\.[^./-]+$/.test(target);
  return target.length > 0 && !special && !target.includes('%');
}

function assign(variables: Map<string, string>, name: string, op: string, value: string): void {
  if (op === '+=') {
    const before = variables.get(name);
    variables.set(name, before ? `${before} ${value}` : value);
  } else if (op === '?=') {
    if (!variables.has(name)) variables.set(name, value);
  } else if (op !== '!=') variables.set(name, value); // `!=` runs a shell at parse time: unknown here
}

export function parseMakefile(text: string): TaskTable {
  const table = emptyTaskTable('make');
  const lines = logicalLines(text);
  /** Tasks the recipe lines below belong to: the rule context, ended by a variable or a new rule. */
  let current: TaskDefinition[] | undefined;
  let defineName: string | undefined;
  let defineBody: string[] = [];
  let defaultGoal: string | undefined;
  for (const line of lines) {
    if (defineName !== undefined) {
      if (/^[ \t]*endef\b/.test(line)) {
        table.variables.set(defineName, defineBody.join('\n'));
        defineName = undefined;
      } else defineBody.push(line);
      continue;
    }
    if (line.startsWith('\t') && current) {
      const command = recipeCommand(line);
      if (command && !command.startsWith('#')) for (const task of current) task.commands.push(command);
      continue;
    }
    const statement = withoutComment(line)
      .trim()
      .replace(/^(export|override|private)[ \t]+/, '');
    if (!statement) continue;
    const define = /^define[ \t]+([^\s=:]+)/.exec(statement);
    if (define) {
      defineName = define[1];
      defineBody = [];
      current = undefined;
      continue;
    }
    if (DIRECTIVE.test(statement)) continue;
    const include = INCLUDE.exec(statement);
    if (include) {
      table.includes.push(...include[2].split(/[ \t]+/).filter(Boolean));
      continue;
    }
    const assignment = ASSIGNMENT.exec(statement);
    if (assignment) {
      const [, name, op, value] = assignment;
      if (name === '.DEFAULT_GOAL') defaultGoal = value.trim() || undefined;
      else assign(table.variables, name, op, value.trim());
      current = undefined;
      continue;
    }
    current = readRule(statement, table);
  }
  if (defaultGoal) table.defaultTask = defaultGoal;
  return table;
}

/**
 * A rule line `targets: prerequisites [; recipe]` (or `::`). Returns the tasks its recipe lines
 * belong to, or undefined for lines that start no task (target-specific variables, garbage).
 */
function readRule(statement: string, table: TaskTable): TaskDefinition[] | undefined {
  const colon = statement.indexOf(':');
  if (colon <= 0) return undefined;
  const targets = statement
    .slice(0, colon)
    .split(/[ \t]+/)
    .filter(Boolean);
  let rest = statement.slice(statement[colon + 1] === ':' ? colon + 2 : colon + 1);
  let inline: string | undefined;
  const semicolon = rest.indexOf(';');
  if (semicolon >= 0) {
    inline = recipeCommand(rest.slice(semicolon + 1));
    rest = rest.slice(0, semicolon);
  }
  // `target: VAR = value` sets a variable for that target only; static pattern rules have a second colon.
  if (/^[ \t]*[A-Za-z0-9_.-]+[ \t]*(::?=|\?=|\+=|=)/.test(rest) || rest.includes(':')) return undefined;
  const prerequisites = rest.split(/[ \t]+/).filter((p) => p && p !== '|');
  const tasks: TaskDefinition[] = [];
  for (const target of targets.filter(isTaskTarget)) {
    let task = table.tasks.get(target);
    if (!task) table.tasks.set(target, (task = { commands: [], dependencies: [] }));
    for (const p of prerequisites) if (!task.dependencies.includes(p)) task.dependencies.push(p);
    if (inline) task.commands.push(inline);
    tasks.push(task);
    // make's default goal is the first target that does not start with `.`.
    if (!target.startsWith('.')) table.defaultTask ??= target;
  }
  return tasks.length > 0 ? tasks : undefined;
}

/** Longest text an expansion may produce: nested variables can double it at every level. */
const MAX_EXPANSION = 64 * 1024;

/**
 * Expands `$(VAR)` and `${VAR}` from a table's variables (recursively, at most `depth` levels);
 * `$$` becomes `$`. Variables the table does not define, and function calls (`$(shell …)`), stay
 * as written: the environment or make itself supplies them.
 */
export function expandMakeVariables(line: string, variables: Map<string, string>, depth = 8): string {
  let out = '';
  for (let i = 0; i < line.length && out.length <= MAX_EXPANSION; i++) {
    const c = line[i];
    const open = line[i + 1];
    if (c !== '$') out += c;
    else if (open === '$') {
      out += '$';
      i++;
    } else if (open === '(' || open === '{') {
      const close = line.indexOf(open === '(' ? ')' : '}', i + 2);
      const name = close < 0 ? '' : line.slice(i + 2, close);
      const value = /^[A-Za-z0-9_.-]+$/.test(name) ? variables.get(name) : undefined;
      if (value === undefined) out += c;
      else {
        out += depth > 0 ? expandMakeVariables(value, variables, depth - 1) : value;
        i = close;
      }
    } else out += c;
  }
  return out.slice(0, MAX_EXPANSION);
}
