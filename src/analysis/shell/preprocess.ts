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
  // Output is built from slices of the input between the places that change: far faster than
  // appending one character at a time.
  let out = '';
  let from = 0;
  const flush = (to: number) => {
    if (to > from) out += input.slice(from, to);
  };
  let quote: '' | "'" | '"' | '`' | "$'" = '';
  const n = input.length;
  let i = 0;

  while (i < n) {
    const c = input[i];
    if (quote === "'") {
      const close = input.indexOf("'", i);
      if (close < 0) {
        i = n;
        break;
      }
      quote = '';
      i = close + 1;
      continue;
    }
    if (c === '\\' && i + 1 < n) {
      if (input[i + 1] === '\n') {
        flush(i); // line continuation, also inside double quotes
        i += 2;
        from = i;
        continue;
      }
      i += 2;
      continue;
    }
    if (quote) {
      if ((quote === '"' && c === '"') || (quote === '`' && c === '`') || (quote === "$'" && c === "'")) quote = '';
      i++;
      continue;
    }
    // Unquoted from here on.
    if (c === "'" || c === '"' || c === '`') {
      quote = c === "'" && i > 0 && input[i - 1] === '$' ? "$'" : c;
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || /[\s;&|()]/.test(input[i - 1]))) {
      flush(i);
      while (i < n && input[i] !== '\n') i++;
      from = i;
      continue;
    }
    if (c === '<' && input[i + 1] === '<' && input[i + 2] !== '<') {
      const m = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|<>()'"]+))/.exec(input.slice(i, i + 300));
      if (m) {
        flush(i);
        const delimiter = m[2] ?? m[3] ?? m[4] ?? '';
        pending.push({ delimiter, stripTabs: m[1] === '-', index: heredocs.length + pending.length });
        out += `<< ${HEREDOC_PLACEHOLDER}${heredocs.length + pending.length - 1} `;
        i += m[0].length;
        from = i;
        continue;
      }
    }
    if (c === '\n') {
      flush(i);
      i++;
      if (pending.length) i = readHeredocBodies(input, i, pending, heredocs, notes);
      const last = lastSignificant(out);
      out += last === '' || '|&;({'.includes(last) ? ' ' : ' ; ';
      from = i;
      continue;
    }
    i++;
  }
  flush(n);
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
