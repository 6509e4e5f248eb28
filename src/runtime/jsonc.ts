/**
 * Parses JSON that may carry comments and trailing commas, as Claude Code settings files can.
 * Only for reading; writers that must keep comments edit the text instead.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  /** Index in `out` of a comma that may turn out to be trailing. */
  let pendingComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      pendingComma = -1;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if ((c === '}' || c === ']') && pendingComma >= 0) {
      // A trailing comma: only outside strings, and only before a closing bracket.
      out = out.slice(0, pendingComma) + ' ' + out.slice(pendingComma + 1) + c;
      pendingComma = -1;
    } else {
      if (c === ',') pendingComma = out.length;
      else if (!/\s/.test(c)) pendingComma = -1;
      out += c;
    }
  }
  return out;
}

export function parseJsonc(text: string): unknown {
  return JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
}
