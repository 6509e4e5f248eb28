/**
 * JSON(C) text as a person wrote it: parsing with errors that say where (line and column), and
 * text edits that add or remove one member while keeping everything around it byte for byte:
 * comments, trailing commas, indentation, line endings.
 *
 * Edits are computed on the syntax tree and applied as text edits. jsonc-parser's `modify`
 * is not used here: its formatter re-flows the lines an edit touches, which rewrote another
 * tool's one-line matcher group and moved its trailing comment onto ours.
 *
 * jsonc-parser is imported from its ES module build: its `main` is a UMD bundle whose inner
 * `require('./impl/…')` calls esbuild cannot follow, so a bundle of it fails when loaded.
 */
import { parseTree, printParseErrorCode, type Edit, type Node, type ParseError, type ParseOptions } from 'jsonc-parser/lib/esm/main.js';
import { CliError } from '../console/errors.js';

// ---------------------------------------------------------------------------------------------
// Reading, with errors that say where.

/** `line L, column C` of an offset, 1-based, as editors show it. */
export function locate(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

/** `CommaExpected` → `comma expected`. */
export function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

export function kindOf(node: Node): string {
  return node.type === 'array' || node.type === 'object' ? `an ${node.type}` : `a ${node.type}`;
}

/**
 * The syntax tree of a JSON(C) object file, or a CliError naming the file and the line and
 * column of the first problem. Settings files may hold comments and trailing commas.
 */
export function parseObjectFile(text: string, file: string, options: ParseOptions = { allowTrailingComma: true }): Node {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, options);
  if (errors.length) {
    throw new CliError(
      `${file}: not valid JSON at ${locate(text, errors[0].offset)} (${describeParseError(errors[0])})`,
      'fix that by hand, then run the command again; the file was not changed',
    );
  }
  const duplicate = root && firstDuplicateKey(root);
  if (duplicate) {
    throw new CliError(
      `${file}: duplicate key "${duplicate.key}" at ${locate(text, duplicate.offset)} (first at ${locate(text, duplicate.first)})`,
      'JSON readers keep only the last of the two, so what install or uninstall changes in the first would not count; merge them by hand, then run the command again; the file was not changed',
    );
  }
  if (root?.type !== 'object') {
    throw new CliError(
      `${file}: the top level is ${root ? kindOf(root) : 'empty'}, not a JSON object`,
      'it must hold one JSON object, { ... }; fix it by hand, then run the command again; the file was not changed',
    );
  }
  return root;
}

/** The first key that an object repeats, anywhere in the tree, with both places; or null. */
function firstDuplicateKey(node: Node): { key: string; offset: number; first: number } | null {
  const seen = new Map<string, number>();
  for (const child of node.children ?? []) {
    if (node.type === 'object') {
      const keyNode = child.children?.[0];
      const key = String(keyNode?.value);
      const first = seen.get(key);
      if (keyNode && first !== undefined) return { key, offset: keyNode.offset, first };
      if (keyNode) seen.set(key, keyNode.offset);
    }
    const inner = firstDuplicateKey(node.type === 'object' ? (child.children?.[1] ?? child) : child);
    if (inner) return inner;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Text edits that keep everything around them.

export interface Style {
  eol: string;
  /** One level of indentation. */
  unit: string;
}

/** The file's own line ending and indentation, for the lines we add. */
export function styleOf(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (/^\t+\S/m.test(text)) return { eol, unit: '\t' };
  const widths = [...text.matchAll(/^( +)\S/gm)].map((m) => m[1].length);
  return { eol, unit: ' '.repeat(widths.length ? Math.min(...widths) : 2) };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line break that ends the line holding `offset` (or the text's end). */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export function indentOf(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}

function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}

/** Past whitespace and comments: where the next token starts. */
function skipTrivia(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('//', i)) i = nextLineStart(text, i);
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else return i;
  }
}

function end(node: Node): number {
  return node.offset + node.length;
}

export function pretty(value: unknown, indent: string, style: Style): string {
  return JSON.stringify(value, null, style.unit)
    .split('\n')
    .join(style.eol + indent);
}

/**
 * Appends a member (`"key": value` or an array element) to an object or array, on lines of
 * its own above the closing bracket when the file is laid out that way, keeping the file's
 * trailing-comma style so that removing it later restores the original bytes.
 */
export function appendMember(text: string, container: Node, member: (indent: string) => string, style: Style): Edit[] {
  const close = end(container) - 1;
  const last = container.children?.at(-1);
  const indent = last && startsLine(text, last.offset) ? indentOf(text, last.offset) : indentOf(text, container.offset) + style.unit;
  const edits: Edit[] = [];
  let trailingComma = -1;
  if (last) {
    const next = skipTrivia(text, end(last));
    if (text[next] === ',') trailingComma = next;
    else edits.push({ offset: end(last), length: 0, content: ',' });
  }
  const body = member(indent) + (trailingComma >= 0 ? ',' : '');
  if (startsLine(text, close)) {
    edits.push({ offset: lineStart(text, close), length: 0, content: indent + body + style.eol });
  } else if (last) {
    const at = trailingComma >= 0 ? trailingComma + 1 : end(last);
    // Joined with the comma edit: two inserts at one offset would have no defined order.
    if (trailingComma < 0) edits.pop();
    edits.push({ offset: at, length: 0, content: (trailingComma >= 0 ? '' : ',') + style.eol + indent + body });
  } else {
    edits.push({ offset: close, length: 0, content: style.eol + indent + body + style.eol + indentOf(text, container.offset) });
  }
  return edits;
}

/** Removes one member with its separating comma; whole lines when it has its lines to itself. */
export function removeMember(text: string, container: Node, index: number): Edit[] {
  const members = container.children ?? [];
  const node = members[index];
  const edits: Edit[] = [];
  let from = node.offset;
  let to = end(node);
  const next = skipTrivia(text, to);
  if (text[next] === ',') {
    if (text.slice(to, next).trim() === '') to = next + 1;
    else edits.push({ offset: next, length: 1, content: '' });
  } else if (index > 0) {
    edits.push({ offset: skipTrivia(text, end(members[index - 1])), length: 1, content: '' });
  }
  if (startsLine(text, from) && text.slice(to, nextLineStart(text, to)).trim() === '') {
    from = lineStart(text, from);
    to = nextLineStart(text, to);
  } else {
    // Only spaces on the same line: a line break might be what ends a `//` comment.
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  }
  edits.push({ offset: from, length: to - from, content: '' });
  return edits;
}
