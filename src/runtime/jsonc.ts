/**
 * Parses JSON that may carry comments and trailing commas, as Claude Code settings files can.
 * Only for reading; writers that must keep comments edit the text instead.
 */
export function stripJsonComments(text: string): string {
  // Pieces, not one string: blanking a trailing comma is then one assignment, not a copy of all
  // that came before (which made text with many trailing commas quadratic).
  const out: string[] = [];
  let inString = false;
  /** Index in `out` of a comma that may turn out to be trailing. */
  let pendingComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out.push(c);
      if (c === '\\') out.push(text[++i] ?? '');
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      pendingComma = -1;
      out.push(c);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out.push('\n');
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out.push(' ');
    } else if ((c === '}' || c === ']') && pendingComma >= 0) {
      // A trailing comma: only outside strings, and only before a closing bracket.
      out[pendingComma] = ' ';
      out.push(c);
      pendingComma = -1;
    } else {
      if (c === ',') pendingComma = out.length;
      else if (!/\s/.test(c)) pendingComma = -1;
      out.push(c);
    }
  }
  return out.join('');
}

export function parseJsonc(text: string): unknown {
  return JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
}
