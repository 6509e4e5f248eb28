/**
 * Registers bgtelemetry's hooks in a Claude Code settings file, and removes them, changing
 * nothing else: other keys, other tools' hooks, comments and formatting stay byte for byte.
 * A malformed hooks entry can make Claude Code skip the whole file, so a file we cannot read
 * with certainty is refused, never rewritten.
 *
 * Edits are computed on the syntax tree and applied as text edits. jsonc-parser's `modify`
 * is not used here: its formatter re-flows the lines an edit touches, which rewrote another
 * tool's one-line matcher group and moved its trailing comment onto ours.
 *
 * jsonc-parser is imported from its ES module build: its `main` is a UMD bundle whose inner
 * `require('./impl/…')` calls esbuild cannot follow, so a bundle of it fails when loaded.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { applyEdits, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Edit, type Node, type ParseError, type ParseOptions } from 'jsonc-parser/lib/esm/main.js';
import { CliError } from '../console/errors.js';
import { HOOKS, type HookRegistration } from '../hooks/registry.js';
import { ourHookScript, type HookForm } from './hook-command.js';

// ---------------------------------------------------------------------------------------------
// Our registrations: what we write, and how we recognise what we wrote.

export interface CommandHook {
  type: 'command';
  command: string;
  /** Exec form: `command` is the program, spawned with these arguments and no shell. */
  args?: string[];
  timeout: number;
  async?: true;
}

export interface MatcherGroup {
  matcher?: string;
  hooks: CommandHook[];
}

export interface Registration {
  entry: HookRegistration;
  group: MatcherGroup;
}

/** What a hook runs: a shell string, or (exec form) a program and its arguments. */
export type HookRun = string | { command: string; args: string[] };

/**
 * Double quotes keep spaces in a path; inside them sh still gives `$`, `` ` ``, `\` and `"` a
 * meaning, so those are escaped. Windows paths cannot hold `"`, and their `\` must stay as typed.
 */
export function quoteForShell(value: string, platform: NodeJS.Platform = process.platform): string {
  return `"${platform === 'win32' ? value : value.replace(/["$`\\]/g, '\\$&')}"`;
}

/** Absolute node and script: hooks run with the session's PATH, which may hold another node or none. */
export function hookCommand(scriptPath: string, nodePath: string = process.execPath): string {
  return `${quoteForShell(nodePath)} ${quoteForShell(scriptPath)}`;
}

/** `node script` in the given form; exec form needs no quoting at all. */
export function hookRun(scriptPath: string, nodePath: string, form: HookForm): HookRun {
  return form === 'exec' ? { command: nodePath, args: [scriptPath] } : hookCommand(scriptPath, nodePath);
}

/** One matcher group per registry entry: a group of its own is never shared with another tool. */
export function groupFor(entry: HookRegistration, run: HookRun): MatcherGroup {
  const hook: CommandHook = typeof run === 'string' ? { type: 'command', command: run, timeout: entry.timeout } : { type: 'command', ...run, timeout: entry.timeout };
  if (entry.async) hook.async = true;
  return entry.matcher === undefined ? { hooks: [hook] } : { matcher: entry.matcher, hooks: [hook] };
}

/** The `hooks` object a set of commands implies, events in registry order. */
export function hooksSection(runFor: (entry: HookRegistration) => HookRun): Record<string, MatcherGroup[]> {
  const section: Record<string, MatcherGroup[]> = {};
  for (const entry of HOOKS) (section[entry.event] ??= []).push(groupFor(entry, runFor(entry)));
  return section;
}

/** What `install` writes: every registry entry, run by `nodePath` from `hooksDir`, in `form`. */
export function registrations(hooksDir: string, nodePath: string = process.execPath, form: HookForm = 'shell'): Registration[] {
  return HOOKS.map((entry) => ({ entry, group: groupFor(entry, hookRun(join(hooksDir, entry.script), nodePath, form)) }));
}

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

function kindOf(node: Node): string {
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
    throw new CliError(`${file}: not valid JSON at ${locate(text, errors[0].offset)} (${describeParseError(errors[0])})`, 'fix that by hand, then run the command again; the file was not changed');
  }
  if (!root || root.type !== 'object') {
    throw new CliError(`${file}: the top level is ${root ? kindOf(root) : 'empty'}, not a JSON object`, 'it must hold one JSON object, { ... }; fix it by hand, then run the command again; the file was not changed');
  }
  return root;
}

function parseSettings(text: string, file: string): { root: Node; hooks: Node | undefined } {
  const root = parseObjectFile(text, file);
  const hooks = findNodeAtLocation(root, ['hooks']);
  if (hooks && hooks.type !== 'object') {
    throw new CliError(`${file}: "hooks" at ${locate(text, hooks.offset)} is ${kindOf(hooks)}, not an object`, 'Claude Code expects "hooks": {"<Event>": [...]}; fix it by hand, then run the command again; the file was not changed');
  }
  return { root, hooks };
}

export function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`${file}: cannot read it (${(error as Error).message})`, 'check its permissions');
  }
}

// ---------------------------------------------------------------------------------------------
// Text edits that keep everything around them.

interface Style {
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

function indentOf(text: string, offset: number): string {
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

function pretty(value: unknown, indent: string, style: Style): string {
  return JSON.stringify(value, null, style.unit).split('\n').join(style.eol + indent);
}

/**
 * Appends a member (`"key": value` or an array element) to an object or array, on lines of
 * its own above the closing bracket when the file is laid out that way, keeping the file's
 * trailing-comma style so that removing it later restores the original bytes.
 */
function appendMember(text: string, container: Node, member: (indent: string) => string, style: Style): Edit[] {
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
function removeMember(text: string, container: Node, index: number): Edit[] {
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

// ---------------------------------------------------------------------------------------------
// Planning an install or an uninstall.

export interface HookChange {
  event: string;
  matcher?: string;
  script: string;
}

export interface SettingsPlan {
  file: string;
  /** The file's text, or null when it does not exist. */
  before: string | null;
  /** The new text; equal to `before` when nothing changes. */
  after: string;
  changed: boolean;
  added: HookChange[];
  /** Ours, found in place but different (another path, node or timeout): replaced in place. */
  updated: HookChange[];
  unchanged: HookChange[];
  /** Ours that no registration accounts for (stale, duplicated, or in someone else's group). */
  removed: HookChange[];
}

/** One step, addressed by path: offsets change after every edit, so each step re-reads the tree. */
type Step =
  | { kind: 'replace'; path: (string | number)[]; value: MatcherGroup }
  | { kind: 'remove'; container: (string | number)[]; index: number }
  | { kind: 'remove-key'; container: string[]; key: string }
  | { kind: 'append'; container: string[]; key?: string; value: unknown };

function change(entry: HookRegistration): HookChange {
  return entry.matcher === undefined ? { event: entry.event, script: entry.script } : { event: entry.event, matcher: entry.matcher, script: entry.script };
}

function sameMatcher(a: unknown, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

/**
 * What registering `wanted` (all of ours, from `registrations`) does to a settings file's
 * text; an empty `wanted` is an uninstall. Throws a CliError, before any change, for a file
 * that is not valid JSON(C), not an object, or whose hooks cannot take our groups.
 */
export function planSettings(file: string, before: string | null, wanted: readonly Registration[]): SettingsPlan {
  const bom = before?.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = (before ?? '').slice(bom.length);
  // A new or blank file starts as an empty object.
  if (text.trim() === '') text = '{}\n';
  const style = styleOf(text);
  const { hooks } = parseSettings(text, file);
  const plan: SettingsPlan = { file, before, after: before ?? '', changed: false, added: [], updated: [], unchanged: [], removed: [] };
  const claimed = new Set<Registration>();
  const steps: Step[] = [];
  let eventsRemoved = 0;

  for (const property of hooks?.children ?? []) {
    const [keyNode, groupsNode] = property.children ?? [];
    const event = String(keyNode?.value);
    // Another tool's business: shapes we do not know are left as they are.
    if (groupsNode?.type !== 'array') continue;
    const groups = groupsNode.children ?? [];
    const eventSteps: Step[] = [];
    let groupsRemoved = 0;
    groups.forEach((groupNode, g) => {
      if (groupNode.type !== 'object') return;
      const group = getNodeValue(groupNode) as Record<string, unknown>;
      if (!Array.isArray(group.hooks)) return;
      const hookList = group.hooks as unknown[];
      const ours = hookList.flatMap((hook, h) => {
        const script = ourHookScript(hook);
        return script ? [{ h, script }] : [];
      });
      if (!ours.length) return;
      const own = hookList.length === 1 && Object.keys(group).every((k) => k === 'matcher' || k === 'hooks');
      const match = own && wanted.find((w) => !claimed.has(w) && w.entry.event === event && w.entry.script === ours[0].script && sameMatcher(group.matcher, w.entry.matcher));
      if (match) {
        claimed.add(match);
        // Through JSON: the parser's objects have no prototype, which deep equality would count.
        if (isDeepStrictEqual(JSON.parse(JSON.stringify(group)), match.group)) plan.unchanged.push(change(match.entry));
        else {
          plan.updated.push(change(match.entry));
          eventSteps.push({ kind: 'replace', path: ['hooks', event, g], value: match.group });
        }
        return;
      }
      const matcher = typeof group.matcher === 'string' ? { matcher: group.matcher } : {};
      for (const { script } of ours) plan.removed.push({ event, ...matcher, script });
      if (ours.length === hookList.length) {
        // Ours alone made this group: it goes with them.
        groupsRemoved++;
        eventSteps.push({ kind: 'remove', container: ['hooks', event], index: g });
      } else {
        // Someone else's hooks share the group: only ours leave it.
        for (const { h } of [...ours].reverse()) eventSteps.push({ kind: 'remove', container: ['hooks', event, g, 'hooks'], index: h });
      }
    });
    if (groups.length && groupsRemoved === groups.length && !wanted.some((w) => w.entry.event === event)) {
      eventsRemoved++;
      steps.push({ kind: 'remove-key', container: ['hooks'], key: event });
    } else {
      // Last first, so the indices of the steps still to come stay valid.
      steps.push(...eventSteps.reverse());
    }
  }
  // What is not in place yet goes in new groups at the end of its event.
  const missing = wanted.filter((w) => !claimed.has(w));
  // An uninstall that empties "hooks" takes the key too.
  if (!missing.length && hooks?.children?.length && eventsRemoved === hooks.children.length) steps.push({ kind: 'remove-key', container: [], key: 'hooks' });
  const byEvent = new Map<string, Registration[]>();
  for (const w of missing) byEvent.set(w.entry.event, [...(byEvent.get(w.entry.event) ?? []), w]);
  const newEvents: Record<string, MatcherGroup[]> = {};
  for (const [event, list] of byEvent) {
    plan.added.push(...list.map((w) => change(w.entry)));
    const existing = hooks && findNodeAtLocation(hooks, [event]);
    if (existing && existing.type !== 'array') {
      throw new CliError(`${file}: "hooks.${event}" at ${locate(text, existing.offset)} is ${kindOf(existing)}, not an array`, `Claude Code expects "${event}": [{"matcher": ..., "hooks": [...]}]; fix it by hand, then run the command again; the file was not changed`);
    }
    if (existing) for (const w of list) steps.push({ kind: 'append', container: ['hooks', event], value: w.group });
    else newEvents[event] = list.map((w) => w.group);
  }
  if (Object.keys(newEvents).length) {
    if (hooks) for (const [event, groups] of Object.entries(newEvents)) steps.push({ kind: 'append', container: ['hooks'], key: event, value: groups });
    else steps.push({ kind: 'append', container: [], key: 'hooks', value: newEvents });
  }

  if (!steps.length) return plan;
  for (const step of steps) text = applyEdits(text, editsFor(text, step, style));
  return { ...plan, after: bom + text, changed: bom + text !== before };
}

function editsFor(text: string, step: Step, style: Style): Edit[] {
  const root = parseTree(text, [], { allowTrailingComma: true })!;
  const at = (path: (string | number)[]) => (path.length ? findNodeAtLocation(root, path) : root)!;
  switch (step.kind) {
    case 'replace': {
      const node = at(step.path);
      return [{ offset: node.offset, length: node.length, content: pretty(step.value, indentOf(text, node.offset), style) }];
    }
    case 'remove':
      return removeMember(text, at(step.container), step.index);
    case 'remove-key': {
      const container = at(step.container);
      return removeMember(text, container, container.children!.findIndex((p) => p.children?.[0]?.value === step.key));
    }
    case 'append': {
      const { key, value } = step;
      return appendMember(text, at(step.container), (indent) => (key === undefined ? '' : `${JSON.stringify(key)}: `) + pretty(value, indent, style), style);
    }
  }
}

/** Every hook of ours a settings file registers; [] when it does not exist or cannot be read. */
export function installedHooks(file: string): HookChange[] {
  try {
    const before = readIfExists(file);
    return before === null ? [] : planSettings(file, before, []).removed;
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: a backup first, then an atomic replace.

/** A symlinked settings file (dotfiles) is written through, not replaced by a plain file. */
function realTarget(file: string): string {
  try {
    return lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  } catch {
    return file;
  }
}

/** ISO 8601 basic format: no `:`, which Windows does not allow in file names. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '');
}

function backup(file: string, now: Date): string {
  const base = `${file}.bgtelemetry-backup-${stamp(now)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    try {
      // COPYFILE_EXCL: an earlier backup is never overwritten. The copy keeps the file's mode.
      copyFileSync(file, name, constants.COPYFILE_EXCL);
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Write to a temporary file in the same directory, then rename: readers never see half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = join(dirname(file), `.${basename(file)}.bgtelemetry-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode ?? 0o666);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask applied at creation; the original mode (say 0600) is restored exactly.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or never created.
    }
    throw error;
  }
}

export interface WriteResult {
  /** The file written (a symlink's target). */
  path: string;
  backup?: string;
}

/**
 * Replaces `file`'s content `before` (null: missing) with `after`, after a timestamped backup
 * of an existing file. Refuses when the file changed since it was read.
 */
export function writeWithBackup(file: string, before: string | null, after: string, now = new Date()): WriteResult {
  const target = realTarget(file);
  if (readIfExists(target) !== before) throw new CliError(`${file} changed while bgtelemetry was editing it`, 'run the command again; the file was not changed');
  const saved = before === null ? undefined : backup(target, now);
  try {
    writeAtomically(target, after);
  } catch (error) {
    throw new CliError(`${file}: cannot write it (${(error as Error).message})`, `the file was not changed${saved ? `; a backup is at ${saved}` : ''}`);
  }
  return { path: target, backup: saved };
}
