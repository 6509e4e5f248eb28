/**
 * Stored text (commands, ids, paths, prompts) made safe for a terminal: control characters and
 * bidi controls are shown as escapes, so a recorded command cannot retitle or clear the terminal,
 * nor reorder what is printed after it. Every text output of stored text goes through here;
 * JSON and CSV are data and escape in their own way.
 */

/**
 * C0 controls, DEL, C1 controls, and the bidi embeddings, overrides, isolates and marks
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `\x1B` for the controls that fit a byte, `\u202E` for the rest: visible, and readable. */
function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * The text with every unsafe character shown as an escape. `layout: true` keeps newlines and
 * tabs (multi-line messages); cells and one-line renderings escape those too.
 */
export function printable(text: string, { layout = false }: { layout?: boolean } = {}): string {
  return text.replace(UNSAFE, (ch) => (layout && (ch === '\n' || ch === '\t') ? ch : shown(ch)));
}
