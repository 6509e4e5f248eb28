/**
 * Stdin's text to a value, bounded in depth. JSON.parse itself does not recurse, but its cost
 * grows with depth (about a second for 4 MB of `[`), and anything that later walks the value
 * recursively (JSON.stringify included) overflows the stack a few thousand levels down.
 * Claude Code's payloads nest a few levels; a deeper one is refused before it is parsed.
 */

/** Far deeper than any payload, shallow enough for any recursive walk. */
export const MAX_PAYLOAD_DEPTH = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/** True when `text` opens more than `limit` arrays or objects inside each other (strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(c)) depth--;
  }
  return false;
}

/** Parses a hook's stdin; a leading UTF-8 byte order mark is skipped. Throws on bad or too deep JSON. */
export function parsePayload(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestsDeeperThan(body, MAX_PAYLOAD_DEPTH)) throw new Error(`the payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`);
  return JSON.parse(body);
}
