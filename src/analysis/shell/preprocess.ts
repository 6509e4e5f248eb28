/**
 * A quote-aware pass that turns a multi-line script into one line shell-quote can tokenize:
 * line continuations are joined, comments dropped, heredoc bodies lifted out (their `<<` word
 * becomes a placeholder), and unquoted newlines become `;` unless the line ended in an operator.
 * shell-quote alone would swallow every line after a `#` and read heredoc bodies as commands.
 */
export interface Heredoc {
  delimiter: string;
  body: string;
}

export interface Preprocessed {
  text: string;
  heredocs: Heredoc[];
  notes: string[];
}

export const HEREDOC_PLACEHOLDER = '__bgt_heredoc_';

const NEEDS_WORK = /[\n#\\'"`]|<</;

export function preprocess(input: string): Preprocessed {
  if (!NEEDS_WORK.test(input)) return { text: input, heredocs: [], notes: [] };
  const heredocs: Heredoc[] = [];
  const notes: string[] = [];
  const pending: { delimiter: string; stripTabs: boolean; index: number }[] = [];
  let out = '';
  let quote: '' | "'" | '"' | '`' | "$'" = '';
  const n = input.length;
  let i = 0;

  while (i < n) {
    const c = input[i];
    if (quote === "'") {
      out += c;
      if (c === "'") quote = '';
      i++;
      continue;
    }
    if (c === '\\' && i + 1 < n) {
      if (input[i + 1] === '\n') {
        i += 2; // line continuation, also inside double quotes
        continue;
      }
      out += c + input[i + 1];
      i += 2;
      continue;
    }
    if (quote) {
      out += c;
      if ((quote === '"' && c === '"') || (quote === '`' && c === '`') || (quote === "$'" && c === "'")) quote = '';
      i++;
      continue;
    }
    // Unquoted from here on.
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      if (c === "'" && out.endsWith('$')) quote = "$'";
      out += c;
      i++;
      continue;
    }
    if (c === '#' && (out.length === 0 || /[\s;&|()]/.test(out[out.length - 1]))) {
      while (i < n && input[i] !== '\n') i++;
      continue;
    }
    if (c === '<' && input[i + 1] === '<' && input[i + 2] !== '<') {
      const m = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|<>()'"]+))/.exec(input.slice(i, i + 300));
      if (m) {
        const delimiter = m[2] ?? m[3] ?? m[4] ?? '';
        pending.push({ delimiter, stripTabs: m[1] === '-', index: heredocs.length + pending.length });
        out += `<< ${HEREDOC_PLACEHOLDER}${heredocs.length + pending.length - 1} `;
        i += m[0].length;
        continue;
      }
    }
    if (c === '\n') {
      i++;
      if (pending.length) i = readHeredocBodies(input, i, pending, heredocs, notes);
      const last = lastSignificant(out);
      out += last === '' || '|&;({'.includes(last) ? ' ' : ' ; ';
      continue;
    }
    out += c;
    i++;
  }
  if (quote) notes.push(`unterminated ${quote === '`' ? 'backquote' : 'quote'} (${quote})`);
  if (pending.length) {
    for (const p of pending) heredocs[p.index] = { delimiter: p.delimiter, body: '' };
    notes.push('heredoc without a body');
  }
  return { text: out, heredocs, notes };
}

function lastSignificant(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) {
    const ch = s[k];
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '';
}

/** Reads the bodies of every heredoc opened on the line just ended; returns the next index. */
function readHeredocBodies(
  input: string,
  start: number,
  pending: { delimiter: string; stripTabs: boolean; index: number }[],
  heredocs: Heredoc[],
  notes: string[],
): number {
  let i = start;
  for (const p of pending) {
    const lines: string[] = [];
    let closed = false;
    while (i < input.length) {
      let end = input.indexOf('\n', i);
      if (end < 0) end = input.length;
      let line = input.slice(i, end);
      i = end + 1;
      if (p.stripTabs) line = line.replace(/^\t+/, '');
      if (line === p.delimiter || line.trimEnd() === p.delimiter) {
        closed = true;
        break;
      }
      lines.push(line);
    }
    if (!closed) notes.push(`heredoc ${p.delimiter} is not terminated`);
    heredocs[p.index] = { delimiter: p.delimiter, body: lines.join('\n') };
    if (i > input.length) i = input.length;
  }
  pending.length = 0;
  return i;
}
