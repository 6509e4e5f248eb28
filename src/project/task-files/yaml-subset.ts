/**
 * The YAML that task files use, read without a YAML library (the hook bundles stay small): block
 * mappings and sequences by indentation, plain, single- and double-quoted scalars, `|` and `>`
 * block scalars, one-line flow collections (`[a, b]`, `{task: x}`) and comments. Every scalar is
 * a string. Anything else (anchors, aliases, tags, multi-line flow collections, tabs in the
 * indentation) gives up: the whole document reads as undefined. Each line is visited once.
 */

export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };
export type YamlMap = { [key: string]: YamlValue };

/** Nesting deeper than this gives up (keeps the recursion far from the stack's limit). */
const MAX_DEPTH = 64;

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

interface Line {
  indent: number;
  /** The line from its first non-blank character. */
  text: string;
}

/** Parses a document of the subset; undefined for anything it does not understand. */
export function parseYamlSubset(source: string): YamlValue | undefined {
  try {
    return new Reader(source).document();
  } catch (error) {
    if (error instanceof GiveUp || error instanceof RangeError) return undefined;
    throw error;
  }
}

export const isYamlMap = (value: YamlValue | undefined): value is YamlMap =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Reader {
  private readonly lines: Line[];
  private at = 0;

  constructor(source: string) {
    this.lines = source.split(/\r?\n/).map((raw) => {
      const indent = /^ */.exec(raw)![0].length;
      return { indent, text: raw.slice(indent).trimEnd() };
    });
  }

  document(): YamlValue {
    while (this.at < this.lines.length && /^(---|%|#|$)/.test(this.lines[this.at].text)) this.at++;
    const value = this.next() ? this.node(this.next()!.indent, 0) : null;
    if (this.next() && !/^(---|\.\.\.)/.test(this.next()!.text)) giveUp();
    return value;
  }

  /** The next line with content (blank and comment-only lines are skipped). */
  private next(): Line | undefined {
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.text && !line.text.startsWith('#')) {
        if (line.text.startsWith('\t')) giveUp();
        return line;
      }
      this.at++;
    }
    return undefined;
  }

  private node(indent: number, depth: number): YamlValue {
    if (depth > MAX_DEPTH) giveUp();
    const line = this.next()!;
    return isItem(line.text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private sequence(indent: number, depth: number): YamlValue[] {
    const items: YamlValue[] = [];
    for (let line = this.next(); line && line.indent === indent && isItem(line.text); line = this.next()) {
      const rest = line.text.slice(1).replace(/^ +/, '');
      if (!rest || rest.startsWith('#')) {
        this.at++;
        items.push(this.childOf(indent, depth));
      } else if (keyOf(rest)) {
        // `- key: value`: a mapping whose keys line up with the first one.
        line.indent += line.text.length - rest.length;
        line.text = rest;
        items.push(this.mapping(line.indent, depth + 1));
      } else {
        this.at++;
        items.push(this.value(rest, indent, depth));
      }
    }
    return items;
  }

  private mapping(indent: number, depth: number): YamlMap {
    const map: YamlMap = Object.create(null);
    for (let line = this.next(); line && line.indent === indent && !isItem(line.text); line = this.next()) {
      const entry = keyOf(line.text) ?? giveUp();
      this.at++;
      if (!entry.rest || entry.rest.startsWith('#')) {
        const child = this.next();
        // `key:` followed by `- item` at the same indentation is a sequence too.
        map[entry.key] =
          child && child.indent === indent && isItem(child.text) ? this.sequence(indent, depth + 1) : this.childOf(indent, depth);
      } else map[entry.key] = this.value(entry.rest, indent, depth);
    }
    const after = this.next();
    if (after && after.indent > indent) giveUp();
    return map;
  }

  /** The block nested under a line of `indent`, or null when nothing is. */
  private childOf(indent: number, depth: number): YamlValue {
    const child = this.next();
    return child && child.indent > indent ? this.node(child.indent, depth + 1) : null;
  }

  /** A value written after `key:` or `- `, on a line of `indent`. */
  private value(text: string, indent: number, depth: number): YamlValue {
    if (/^[&*!]/.test(text)) giveUp();
    if (/^[|>]/.test(text)) return this.blockScalar(text, indent);
    if (text.startsWith('[') || text.startsWith('{')) {
      const flow = new Flow(text, depth);
      const value = flow.value();
      flow.end();
      return value;
    }
    if (text.startsWith('"') || text.startsWith("'")) {
      const { value, end } = quoted(text, 0);
      if (!/^\s*(#.*)?$/.test(text.slice(end))) giveUp();
      return value;
    }
    // A plain scalar goes on over more-indented lines, folded into one.
    const pieces = [plainText(text)];
    for (let line = this.next(); line && line.indent > indent && !keyOf(line.text); line = this.next()) {
      pieces.push(plainText(line.text));
      this.at++;
    }
    return pieces.join(' ');
  }

  /** `|` keeps the lines, `>` folds them; `-`/`+` chomping and an indentation digit are read past. */
  private blockScalar(header: string, indent: number): string {
    if (!/^[|>][-+0-9]*\s*(#.*)?$/.test(header)) giveUp();
    const body: string[] = [];
    let inner = -1;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.text && line.indent <= indent) break;
      if (line.text && inner < 0) inner = line.indent;
      body.push(line.text ? ' '.repeat(line.indent - inner) + line.text : '');
      this.at++;
    }
    while (body.length && body.at(-1) === '') body.pop();
    if (header.startsWith('|')) return body.join('\n');
    return body.reduce((out, piece) => (!out ? piece : !piece ? `${out}\n` : out.endsWith('\n') ? out + piece : `${out} ${piece}`), '');
  }
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

/** `key: rest` or `key:` at the start of a line; undefined when the line is no mapping entry. */
function keyOf(text: string): { key: string; rest: string } | undefined {
  if (text.startsWith('"') || text.startsWith("'")) {
    const { value, end } = quoted(text, 0);
    const m = /^\s*:(?:\s+|$)/.exec(text.slice(end));
    return m ? { key: value, rest: text.slice(end + m[0].length) } : undefined;
  }
  if (/^[?[{&*!|>#]/.test(text)) return undefined;
  const m = /:(?:\s+|$)/.exec(text);
  if (!m || /\s#/.test(text.slice(0, m.index))) return undefined;
  return { key: text.slice(0, m.index).trimEnd(), rest: text.slice(m.index + m[0].length) };
}

/** A plain scalar without its trailing comment. */
function plainText(text: string): string {
  const comment = /\s#/.exec(text);
  return (comment ? text.slice(0, comment.index) : text).trim();
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', '0': '\0', r: '\r', ' ': ' ' };

/** A quoted scalar starting at `start`: its value and the index after its closing quote. */
function quoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  for (let k = start + 1; k < text.length; k++) {
    const c = text[k];
    if (quote === "'" && c === "'") {
      if (text[k + 1] !== "'") return { value, end: k + 1 };
      value += "'";
      k++;
    } else if (quote === '"' && c === '"') return { value, end: k + 1 };
    else if (quote === '"' && c === '\\') value += ESCAPES[text[++k]] ?? giveUp();
    else value += c;
  }
  return giveUp();
}

/** A plain scalar inside a flow collection: up to `,`, a bracket, or `: `. Sticky: no copy of the rest of the line. */
const FLOW_PLAIN = /(?:[^,:[\]{}#]|:(?=[^\s,\]}]))+/y;

/** A flow collection on one line: `[a, 'b', {task: c}]`. */
class Flow {
  private k = 0;
  constructor(
    private readonly text: string,
    private readonly depth: number,
  ) {}

  value(depth = this.depth): YamlValue {
    if (depth > MAX_DEPTH) giveUp();
    this.space();
    const c = this.text[this.k];
    if (c === '[' || c === '{') {
      this.k++;
      const list: YamlValue[] = [];
      const map: YamlMap = Object.create(null);
      const close = c === '[' ? ']' : '}';
      for (this.space(); this.text[this.k] !== close; this.space()) {
        const item = this.value(depth + 1);
        this.space();
        if (c === '{') {
          if (this.text[this.k] !== ':' || typeof item !== 'string') giveUp();
          this.k++;
          map[item as string] = this.value(depth + 1);
          this.space();
        } else list.push(item);
        if (this.text[this.k] === ',') this.k++;
        else if (this.text[this.k] !== close) giveUp();
      }
      this.k++;
      return c === '[' ? list : map;
    }
    if (c === '"' || c === "'") {
      const { value, end } = quoted(this.text, this.k);
      this.k = end;
      return value;
    }
    if (c === undefined || /[&*!\]}]/.test(c)) giveUp();
    FLOW_PLAIN.lastIndex = this.k;
    const m = FLOW_PLAIN.exec(this.text) ?? giveUp();
    this.k += m[0].length;
    return m[0].trim();
  }

  /** Only a comment may follow the collection. */
  end(): void {
    if (!/^\s*(#.*)?$/.test(this.text.slice(this.k))) giveUp();
  }

  private space(): void {
    while (this.text[this.k] === ' ') this.k++;
  }
}
