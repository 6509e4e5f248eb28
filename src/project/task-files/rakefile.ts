/**
 * Rakefile: plain tasks only (`task :name => [:deps] do … end`, `task name: :dep`, `task "name"`),
 * their `sh "…"`/`system("…")` calls with literal strings as commands. Anything else in a body
 * (Ruby code, interpolated strings) is left out; namespaces are not followed. `rake` alone runs
 * the task named `default`.
 */
import { emptyTaskTable, type TaskTable } from '../task-table.js';

/** `task :a`, `task "a"`, `task a:` (a Ruby 1.9 hash key), then whatever follows. */
const TASK = /^[ \t]*task[ \t(]+(?::([\w:?!-]+)|(['"])([\w:?!-]+)\2|([\w?!]+):(?!:))(.*)$/;
const SHELL_CALL = /\b(?:sh|system)[ \t(]+(['"])((?:\\.|(?!\1).)*)\1/g;

/** Task names in `:a`, `'a'`, `[:a, :b]` and `%i[a b]` / `%w[a b]`, comments dropped. */
function symbols(text: string): string[] {
  const code = text.replace(/#.*$/, '');
  const words = /%[iw][[(]([^\])]*)[\])]/.exec(code);
  if (words) return words[1].split(/\s+/).filter(Boolean);
  return [...code.matchAll(/:([\w?!]+)|(['"])([\w:?!-]+)\2/g)].map((m) => m[1] ?? m[3]);
}

export function parseRakefile(text: string): TaskTable {
  const table = emptyTaskTable('rake');
  let current: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    const task = TASK.exec(line);
    if (task) {
      const name = task[1] ?? task[3] ?? task[4];
      // Dependencies: after `=>` (or the hash key's value), up to a `do` block.
      const rest = task[5].replace(/\bdo\b.*$/, '');
      const arrow = rest.indexOf('=>');
      const depsText = task[4] ? rest : arrow >= 0 ? rest.slice(arrow + 2) : '';
      const definition = { commands: [] as string[], dependencies: symbols(depsText) };
      table.tasks.set(name, definition);
      current = definition.commands;
      continue;
    }
    if (/^[ \t]*(namespace|def|rule|file)\b/.test(line)) current = undefined;
    if (current) for (const m of line.matchAll(SHELL_CALL)) if (!m[2].includes('#{')) current.push(m[2]);
  }
  if (table.tasks.has('default')) table.defaultTask = 'default';
  return table;
}
