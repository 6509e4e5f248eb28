/**
 * What an nx command line asks to run, as `project:target` names: `nx run web:build[:prod]`,
 * `nx build web`, `nx web:build`, `nx build` (the project of the directory: `:build`),
 * `nx run-many -t build test [-p a,b]` and `nx affected -t test` (every project: `*:test`).
 * Flags nx does not know go on to the target's command (`nx test web --watch`), as nx does.
 */
import type { TaskCall } from '../runner-row.js';

/** nx's own commands: they run no target. */
const NX_COMMANDS = new Set(
  'add affected:graph connect daemon exec format format:check format:write g generate graph import init list login logout mcp migrate print-affected release repair report reset show sync sync:check view-logs watch'.split(
    ' ',
  ),
);
/** nx's own options that take a value (as the next word when not written `--x=v`). */
const NX_VALUES = new Set([
  '-c',
  '--configuration',
  '--exclude',
  '--base',
  '--head',
  '--files',
  '--output-style',
  '--runner',
  '--maxParallel',
  '--max-parallel',
]);
/** nx's own flags: not handed on to the target. */
const NX_FLAGS = new Set(
  '--parallel --skip-nx-cache --skipNxCache --verbose --nxBail --nx-bail --nxIgnoreCycles --nx-ignore-cycles --graph --exclude-task-dependencies --excludeTaskDependencies --uncommitted --untracked --all --prod --tui --no-tui --batch --skipSync --skip-sync --dte --no-dte --cloud --no-cloud --no-agents --quiet'.split(
    ' ',
  ),
);
const NX_INFO = new Set(['-h', '--help', '-v', '--version', '--dry-run']);
const LISTS = { targets: ['-t', '--target', '--targets'], projects: ['-p', '--projects', '--project', '--focus'] };

export function nxCall(args: readonly string[]): TaskCall | undefined {
  const words: string[] = [];
  const extra: string[] = [];
  const targets: string[] = [];
  const projects: string[] = [];
  let parallel = true;
  // `-t build test -p a b`: a list option takes the words after it until the next option.
  let list: string[] | undefined;
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const eq = a.indexOf('=');
    const name = a.startsWith('-') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (eq > 0 && a.startsWith('-') ? a.slice(eq + 1) : (args[++k] ?? ''));
    if (a === '--') {
      extra.push(...args.slice(k + 1));
      break;
    }
    if (NX_INFO.has(name)) return undefined;
    if (!a.startsWith('-') && list) {
      list.push(...a.split(','));
      continue;
    }
    list = undefined;
    const into = LISTS.targets.includes(name) ? targets : LISTS.projects.includes(name) ? projects : undefined;
    if (into) {
      into.push(...value().split(','));
      if (eq < 0) list = into;
    } else if (NX_VALUES.has(name)) value();
    else if (name === '--parallel') parallel = eq < 0 || !/^(false|1)$/.test(a.slice(eq + 1));
    else if (NX_FLAGS.has(name)) continue;
    else if (a.startsWith('-')) extra.push(a);
    else words.push(a);
  }
  const [sub, ...rest] = words;
  if (!sub || NX_COMMANDS.has(sub)) return undefined;
  if (sub === 'run-many' || sub === 'affected') {
    // `affected` runs the target in the projects a change touches: at most every project that has it.
    // Option-named targets come after the command's own words (`nx affected --target=test`).
    const asked = [...targets, ...(sub === 'affected' && rest[0] && !targets.length ? [rest[0]] : [])];
    const names = asked.flatMap((t) => (projects.length ? projects.map((p) => `${p}:${t}`) : [`*:${t}`]));
    return names.length ? { tasks: names, extra, parallel } : undefined;
  }
  // `run proj:target[:configuration]` and `proj:target`; `run target` and `target [project]`.
  const spec = sub === 'run' ? rest.shift() : sub;
  if (!spec) return undefined;
  const [first, second] = spec.split(':');
  const task = spec.includes(':') ? `${first}:${second}` : `${rest[0] ?? projects[0] ?? ''}:${spec}`;
  return { tasks: [task], extra: [...(spec.includes(':') ? rest : rest.slice(1)), ...extra] };
}
