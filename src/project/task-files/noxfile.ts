/**
 * noxfile.py: a bounded, regex-level reading, not a Python parser. Each `@nox.session` function
 * is a task (named by the decorator's `name=` or the function); its body's `session.run(…)`,
 * `session.run_always(…)` and `session.install(…)` calls become commands made of their literal
 * string arguments (anything else, like `*session.posargs`, is left out); `session.install` is
 * `pip install`. `session.notify("x")` queues another session: an `after` task.
 */
import { emptyTaskTable, type TaskDefinition, type TaskTable } from '../task-table.js';

const DECORATOR = /^([ \t]*)@nox\.session\b(?:\((.*?)\))?/;
const FUNCTION = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/;
const CALL = /session\.(run_always|run|install|notify)\(/g;
/** How far a call's arguments may reach: keeps an unclosed call from scanning the rest of the file per call. */
const MAX_ARGUMENTS = 4_000;

/** The text inside a call's parentheses, from just after `(`; nested parentheses kept. */
function callArguments(body: string, start: number): string {
  let depth = 1;
  const limit = Math.min(body.length, start + MAX_ARGUMENTS);
  for (let i = start; i < limit; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')' && --depth === 0) return body.slice(start, i);
  }
  return body.slice(start, limit);
}

/**
 * The positional arguments that are one string literal (`"pytest"`), in order: splits at commas
 * outside brackets and quotes, and leaves out keyword arguments (`env={…}`) and expressions.
 */
function stringLiterals(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i <= args.length; i++) {
    const c = args[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if ((c === ',' && depth === 0) || i === args.length) {
      parts.push(args.slice(from, i).trim());
      from = i + 1;
    }
  }
  return parts.flatMap((part) => {
    const literal = /^(['"])((?:\\.|(?!\1).)*)\1$/.exec(part);
    return literal ? [literal[2]] : [];
  });
}

function readBody(body: string): TaskDefinition {
  const task: TaskDefinition = { commands: [], dependencies: [] };
  const calls = new RegExp(CALL.source, 'g');
  for (let m = calls.exec(body); m; m = calls.exec(body)) {
    const method = m[1];
    const args = callArguments(body, m.index + m[0].length);
    // The next call is looked for after these arguments: each character is read once.
    calls.lastIndex = m.index + m[0].length + args.length;
    const literals = stringLiterals(args);
    if (method === 'notify') {
      if (literals[0]) (task.after ??= []).push(literals[0]);
    } else if (literals.length > 0) task.commands.push((method === 'install' ? ['pip', 'install', ...literals] : literals).join(' '));
  }
  return task;
}

export function parseNoxfile(text: string): TaskTable {
  const table = emptyTaskTable('nox');
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const decorator = DECORATOR.exec(lines[i]);
    if (!decorator) continue;
    // The decorated function: the next `def` within a few lines (other decorators may stand between).
    let d = i + 1;
    while (d < lines.length && d < i + 8 && !FUNCTION.test(lines[d])) d++;
    const fn = FUNCTION.exec(lines[d] ?? '');
    if (!fn) continue;
    const indent = decorator[1].length;
    let end = d + 1;
    while (end < lines.length && (lines[end].trim() === '' || /^[ \t]*/.exec(lines[end])![0].length > indent)) end++;
    const name = /\bname[ \t]*=[ \t]*(['"])(.*?)\1/.exec(decorator[2] ?? '')?.[2] ?? fn[1];
    table.tasks.set(name, readBody(lines.slice(d + 1, end).join('\n')));
    i = end - 1;
  }
  return table;
}
