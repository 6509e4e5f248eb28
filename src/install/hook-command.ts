/**
 * How a hook command is read back: its words, and whether it runs one of our hook scripts.
 * Shared by the installer (which removes only exact `node <script>` commands it could have
 * written) and doctor (which reports any command that runs one of our scripts).
 */
import { HOOK_SCRIPTS } from '../hooks/registry.js';

/** Any `dist/hooks/<our script>`, wherever the package lives: a moved clone, an npx cache. */
export const OUR_SCRIPT = new RegExp(`(?:^|[\\\\/])dist[\\\\/]hooks[\\\\/](${HOOK_SCRIPTS.map((s) => s.replace(/[.]/g, '\\.')).join('|')})$`);

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

/** The registry script a command runs, when the command is exactly `node <…/dist/hooks/script>`. */
export function ourScript(command: unknown): string | null {
  if (typeof command !== 'string') return null;
  const words = commandWords(command);
  if (!words || words.length !== 2) return null;
  const program = words[0].split(/[\\/]/).pop() ?? '';
  if (!/^node(?:\.exe)?$/i.test(program)) return null;
  return OUR_SCRIPT.exec(words[1])?.[1] ?? null;
}

/**
 * Where a command runs one of our scripts, in any form (`node "$CLAUDE_PROJECT_DIR/…"`, extra
 * words): the script's index among the words, or -1.
 */
export function scriptWordIndex(words: readonly string[]): number {
  return words.findIndex((w) => OUR_SCRIPT.test(w));
}
