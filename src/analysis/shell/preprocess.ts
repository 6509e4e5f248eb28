/**
 * A quote-aware pass that turns a multi-line script into one line shell-quote can tokenize:
 * line continuations are joined, comments dropped, heredoc bodies and command substitutions
 * lifted out (each leaves a placeholder word), and unquoted newlines become `;` unless the line
 * ended in an operator. Substitutions are lifted only where the shell would run them: unquoted
 * or inside double quotes, never inside single quotes or when escaped. shell-quote alone would
 * swallow every line after a `#`, read heredoc bodies as commands, and split `$( … )` apart.
 */
export interface Heredoc {
  delimiter: string;
  body: string;
}

export interface Preprocessed {
  text: string;
  heredocs: Heredoc[];
  /** Texts of `$( … )` and backquote substitutions, in placeholder order. */
  substitutions: string[];
  notes: string[];
}

export const HEREDOC_PLACEHOLDER = '__bgt_heredoc_';
export const SUBSTITUTION_PLACEHOLDER = '__bgt_subst_';
export const SUBSTITUTION_WORD = /__bgt_subst_(\d+)__/g;
const ARITHMETIC_PLACEHOLDER = '__bgt_arith__';

const NEEDS_WORK = /[\n#\\'"`]|<<|\$\(/;

export function preprocess(input: string): Preprocessed {
  if (!NEEDS_WORK.test(input)) return { text: input, heredocs: [], substitutions: [], notes: [] };
  const heredocs: Heredoc[] = [];
  const substitutions: string[] = [];
  const notes: string[] = [];
  const pending: (PendingHeredoc & { index: number })[] = [];
  // Output is built from slices of the input between the places that change: far faster than
  // appending one character at a time.
  let out = '';
  // The last character of `out` that is not a blank, kept as `out` grows: looking back through
  // `out` at each newline made a run of blank lines quadratic.
  let last = '';
  const emit = (piece: string) => {
    out += piece;
    last = lastSignificant(piece) || last;
  };
  let from = 0;
  const flush = (to: number) => {
    if (to > from) emit(input.slice(from, to));
  };
  let quote: '' | "'" | '"' | "$'" = '';
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
    if ((quote === '' || quote === '"') && (c === '`' || (c === '$' && input[i + 1] === '('))) {
      // A command substitution: the shell runs it, so it is lifted out and analysed too.
      const arithmetic = c === '$' && input[i + 2] === '(';
      const open = c === '`' ? i + 1 : i + (arithmetic ? 3 : 2);
      let end = c === '`' ? closingBackquote(input, open) : scanToClose(input, open);
      if (arithmetic && end >= 0) end = input[end + 1] === ')' ? end + 1 : scanToClose(input, end + 1);
      if (end < 0) {
        notes.push(c === '`' ? 'unclosed backquote' : 'unclosed $(');
        end = n;
      }
      flush(i);
      if (arithmetic) emit(ARITHMETIC_PLACEHOLDER);
      else {
        const inner = input.slice(open, Math.min(end, n));
        substitutions.push(c === '`' ? inner.replace(/\\([`$\\])/g, '$1') : inner);
        emit(`${SUBSTITUTION_PLACEHOLDER}${substitutions.length - 1}__`);
      }
      i = end + 1;
      from = i;
      continue;
    }
    if (quote) {
      if ((quote === '"' && c === '"') || (quote === "$'" && c === "'")) quote = '';
      i++;
      continue;
    }
    // Unquoted from here on.
    if (c === "'" || c === '"') {
      quote = c === "'" && i > 0 && input[i - 1] === '$' ? "$'" : c;
      i++;
      continue;
    }
    if (c === '#') {
      flush(i);
      if (i === 0 || /[\s;&|()]/.test(input[i - 1])) {
        while (i < n && input[i] !== '\n') i++; // a comment
      } else {
        // Inside a word (`a#b`): shell-quote would start a comment here, so escape it.
        emit('\\#');
        i++;
      }
      from = i;
      continue;
    }
    if (c === '<' && input[i + 1] === '<' && input[i + 2] !== '<') {
      const h = heredocAt(input, i);
      if (h) {
        flush(i);
        pending.push({ delimiter: h.delimiter, stripTabs: h.stripTabs, index: heredocs.length + pending.length });
        emit(`<< ${HEREDOC_PLACEHOLDER}${heredocs.length + pending.length - 1} `);
        i += h.length;
        from = i;
        continue;
      }
    }
    if (c === '\n') {
      flush(i);
      i++;
      if (pending.length) i = readHeredocBodies(input, i, pending, heredocs, notes);
      emit(last === '' || '|&;({'.includes(last) ? ' ' : ' ; ');
      from = i;
      continue;
    }
    i++;
  }
  flush(n);
  if (quote) notes.push(`unterminated quote (${quote})`);
  if (pending.length) {
    for (const p of pending) heredocs[p.index] = { delimiter: p.delimiter, body: '' };
    notes.push('heredoc without a body');
  }
  return { text: out, heredocs, substitutions, notes };
}

function lastSignificant(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) {
    const ch = s[k];
    if (ch !== ' ' && ch !== '\t') return ch;
  }
  return '';
}

/** `<<EOF`, `<<-EOF`, `<< 'EOF'`, `<<"EOF"`, `<<\\EOF` (not `<<<`). */
const HEREDOC_OPENER = /^<<(-?)[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|<>()'"]+))/;

interface PendingHeredoc {
  delimiter: string;
  stripTabs: boolean;
}

function heredocAt(input: string, i: number): (PendingHeredoc & { length: number }) | null {
  const m = HEREDOC_OPENER.exec(input.slice(i, i + 300));
  return m ? { delimiter: m[2] ?? m[3] ?? m[4] ?? '', stripTabs: m[1] === '-', length: m[0].length } : null;
}

/** One heredoc body from `start` up to its delimiter line. */
function readHeredocBody(input: string, start: number, p: PendingHeredoc): { body: string; next: number; closed: boolean } {
  const lines: string[] = [];
  let i = start;
  while (i < input.length) {
    let end = input.indexOf('\n', i);
    if (end < 0) end = input.length;
    let line = input.slice(i, end);
    i = end + 1;
    if (p.stripTabs) line = line.replace(/^\t+/, '');
    if (line.trimEnd() === p.delimiter) return { body: lines.join('\n'), next: Math.min(i, input.length), closed: true };
    lines.push(line);
  }
  return { body: lines.join('\n'), next: input.length, closed: false };
}

/** Reads the bodies of every heredoc opened on the line just ended; returns the next index. */
function readHeredocBodies(
  input: string,
  start: number,
  pending: (PendingHeredoc & { index: number })[],
  heredocs: Heredoc[],
  notes: string[],
): number {
  let i = start;
  for (const p of pending) {
    const r = readHeredocBody(input, i, p);
    if (!r.closed) notes.push(`heredoc ${p.delimiter} is not terminated`);
    heredocs[p.index] = { delimiter: p.delimiter, body: r.body };
    i = r.next;
  }
  pending.length = 0;
  return i;
}

/**
 * Index of the `)` that closes a `$(` whose body starts at `start`, or -1. Skips quotes, nested
 * parentheses and substitutions, comments, and heredoc bodies (which may hold any `)`).
 */
function scanToClose(input: string, start: number): number {
  let depth = 0;
  const heredocs: PendingHeredoc[] = [];
  for (let i = start; i < input.length; i++) {
    const c = input[i];
    if (c === '\\') {
      i++;
    } else if (c === "'") {
      const close = input.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '"') {
      for (i++; i < input.length && input[i] !== '"'; i++) {
        if (input[i] === '\\') i++;
        else if (input[i] === '$' && input[i + 1] === '(') {
          i = scanToClose(input, i + 2);
          if (i < 0) return -1;
        } else if (input[i] === '`') {
          i = closingBackquote(input, i + 1);
          if (i < 0) return -1;
        }
      }
    } else if (c === '`') {
      i = closingBackquote(input, i + 1);
      if (i < 0) return -1;
    } else if (c === '$' && input[i + 1] === '(') {
      i = scanToClose(input, i + 2);
      if (i < 0) return -1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '#' && (i === start || /[\s;&|(]/.test(input[i - 1]))) {
      while (i + 1 < input.length && input[i + 1] !== '\n') i++;
    } else if (c === '<' && input[i + 1] === '<' && input[i + 2] !== '<') {
      const h = heredocAt(input, i);
      if (h) {
        heredocs.push(h);
        i += h.length - 1;
      }
    } else if (c === '\n' && heredocs.length) {
      for (const h of heredocs.splice(0)) i = readHeredocBody(input, i + 1, h).next - 1;
    }
  }
  return -1;
}

/** Index of the backquote closing one opened just before `start`, or -1. */
function closingBackquote(input: string, start: number): number {
  for (let i = start; i < input.length; i++) {
    if (input[i] === '\\') i++;
    else if (input[i] === '`') return i;
  }
  return -1;
}
