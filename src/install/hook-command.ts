/**
 * How a hook registration is read back: the words it runs, and whether it runs one of our hook
 * scripts. A command hook comes in two forms: shell form (`command` is one shell string) and
 * exec form (Claude Code 2.1.139+: `command` is the program, `args` its arguments, no shell).
 * Shared by the installer (which touches only exact `node <script>` hooks of this installation,
 * ownership.ts) and doctor (which finds any hook that runs one of our scripts by name, then counts
 * only this installation's and those in a bgtelemetry directory, ownership.ts).
 */
import { dirname, join } from 'node:path';
import { HOOK_SCRIPTS } from '../hooks/registry.js';

/** The daemon transport's command hook: `bash <…/dist/hooks/shim.sh> <hook> [node]`. */
export const SHIM_SCRIPT = 'shim.sh';
const SHIM_PATH = /(?:^|[\\/])dist[\\/]hooks[\\/]shim\.sh$/;

/** Any `dist/hooks/<our script>`, wherever the package lives: a moved clone, an npx cache. */
export const OUR_SCRIPT = new RegExp(
  `(?:^|[\\\\/])dist[\\\\/]hooks[\\\\/](${HOOK_SCRIPTS.map((s) => s.replace(/[.]/g, '\\.')).join('|')})$`,
);

/**
 * The words of a command, for the simple forms an installer writes: bare, "double" (with
 * `\"`, `\\`, `\$`, `` \` `` escapes) and 'single' quoted. Null when a quote is left open.
 */
export function commandWords(command: string): string[] | null {
  const words: string[] = [];
  let i = 0;
  while (i < command.length) {
    while (i < command.length && /\s/.test(command[i])) i++;
    if (i >= command.length) break;
    let word = '';
    while (i < command.length && !/\s/.test(command[i])) {
      const c = command[i];
      if (c === '"' || c === "'") {
        const close = c;
        i++;
        while (i < command.length && command[i] !== close) {
          if (close === '"' && command[i] === '\\' && '"\\$`'.includes(command[i + 1] ?? '')) i++;
          word += command[i++];
        }
        if (i >= command.length) return null;
        i++;
      } else {
        word += c;
        i++;
      }
    }
    words.push(word);
  }
  return words;
}

/** What a settings entry holds; anything may be missing or of the wrong type. */
interface HookEntry {
  command?: unknown;
  args?: unknown;
}

export type HookForm = 'exec' | 'shell';

/**
 * The program and its arguments a command hook runs, with its form; null when it is not a
 * command we can read (no command, `args` not a list of strings, an open quote). An exec-form
 * `command` is one program name, spaces included, as Claude Code spawns it.
 */
export function hookWords(hook: unknown): { form: HookForm; words: string[] } | null {
  const { command, args } = (hook ?? {}) as HookEntry;
  if (typeof command !== 'string') return null;
  if (args === undefined) {
    const words = commandWords(command);
    return words && { form: 'shell', words };
  }
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return null;
  return { form: 'exec', words: [command, ...args] };
}

/** `node <…/dist/hooks/script>` exactly: the script's name and path, or null. */
function nodeRuns(words: readonly string[]): { script: string; path: string } | null {
  if (words.length !== 2) return null;
  const program = words[0].split(/[\\/]/).pop() ?? '';
  if (!/^node(?:\.exe)?$/i.test(program)) return null;
  const script = OUR_SCRIPT.exec(words[1])?.[1];
  return script ? { script, path: words[1] } : null;
}

/**
 * `bash <…/dist/hooks/shim.sh> <hook> [node]` exactly: the registry script the shim serves, and
 * its path beside the shim (whose directory tells whose installation it is), or null.
 */
function shimRuns(words: readonly string[]): { script: string; path: string } | null {
  if (words.length < 3 || words.length > 4) return null;
  const program = words[0].split(/[\\/]/).pop() ?? '';
  if (program !== 'bash' || !SHIM_PATH.test(words[1])) return null;
  const script = `${words[2]}.cjs`;
  return HOOK_SCRIPTS.includes(script) ? { script, path: join(dirname(words[1]), script) } : null;
}

/**
 * Where a command runs our shim in any form (`bash "$CLAUDE_PROJECT_DIR/…/shim.sh" pre-tool-use`):
 * the script it serves, that script's path beside the shim, and the node it falls back to.
 */
export function shimHook(words: readonly string[]): { script: string; scriptPath: string; node: string } | null {
  const k = words.findIndex((w) => SHIM_PATH.test(w));
  const script = k < 0 ? undefined : `${words[k + 1]}.cjs`;
  if (!script || !HOOK_SCRIPTS.includes(script)) return null;
  return { script, scriptPath: join(dirname(words[k]), script), node: words[k + 2] ?? 'node' };
}

/** One of our hooks, run by node directly or through the daemon's shim. */
const ourRun = (words: readonly string[]) => nodeRuns(words) ?? shimRuns(words);

/** The registry script a shell command runs, when the command is exactly `node <…/dist/hooks/script>` or our shim. */
export function ourScript(command: unknown): string | null {
  if (typeof command !== 'string') return null;
  const words = commandWords(command);
  return (words && ourRun(words)?.script) ?? null;
}

/**
 * The registry script a command hook of either form runs, with its path as written, when it is
 * exactly node and a script of ours by name. Whose installation it is, is for ownership.ts.
 */
export function hookScript(hook: unknown): { script: string; path: string } | null {
  const read = hookWords(hook);
  return read ? ourRun(read.words) : null;
}

/** The registry script a command hook of either form runs, when it is exactly node and our script by name. */
export function ourHookScript(hook: unknown): string | null {
  return hookScript(hook)?.script ?? null;
}

/**
 * Where a command runs one of our scripts, in any form (`node "$CLAUDE_PROJECT_DIR/…"`, extra
 * words): the script's index among the words, or -1.
 */
export function scriptWordIndex(words: readonly string[]): number {
  return words.findIndex((w) => OUR_SCRIPT.test(w));
}
