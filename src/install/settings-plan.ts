/**
 * What an install or an uninstall does to a settings file's text: our groups added, updated in
 * place or removed, and nothing else changed. A malformed hooks entry can make Claude Code skip
 * the whole file, so a file we cannot read with certainty is refused, never rewritten.
 */
import { isDeepStrictEqual } from 'node:util';
import { applyEdits, findNodeAtLocation, getNodeValue, parseTree, type Edit, type Node } from 'jsonc-parser/lib/esm/main.js';
import { CliError } from '../console/errors.js';
import type { HookRegistration } from '../hooks/registry.js';
import { hookScript } from './hook-command.js';
import type { MatcherGroup, Registration } from './hook-groups.js';
import type { OwnerOf } from './ownership.js';
import { appendMember, indentOf, kindOf, locate, parseObjectFile, pretty, removeMember, styleOf, type Style } from './jsonc-text.js';

function parseSettings(text: string, file: string): { root: Node; hooks: Node | undefined } {
  const root = parseObjectFile(text, file);
  const hooks = findNodeAtLocation(root, ['hooks']);
  if (hooks && hooks.type !== 'object') {
    throw new CliError(
      `${file}: "hooks" at ${locate(text, hooks.offset)} is ${kindOf(hooks)}, not an object`,
      'Claude Code expects "hooks": {"<Event>": [...]}; fix it by hand, then run the command again; the file was not changed',
    );
  }
  return { root, hooks };
}

export interface HookChange {
  event: string;
  matcher?: string;
  script: string;
}

/** A hook running a script named like ours from another place, with that script's path. */
export interface FoundElsewhere extends HookChange {
  path: string;
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
  /** Of those updated or removed: hooks of an installation that no longer exists (ownership.ts). */
  stale: FoundElsewhere[];
  /** Named like ours but another tool's or another installation's: left as they are. */
  foreign: FoundElsewhere[];
}

/** One step, addressed by path: offsets change after every edit, so each step re-reads the tree. */
type Step =
  | { kind: 'replace'; path: (string | number)[]; value: MatcherGroup }
  | { kind: 'remove'; container: (string | number)[]; index: number }
  | { kind: 'remove-key'; container: string[]; key: string }
  | { kind: 'append'; container: string[]; key?: string; value: unknown };

function change(entry: HookRegistration): HookChange {
  return entry.matcher === undefined
    ? { event: entry.event, script: entry.script }
    : { event: entry.event, matcher: entry.matcher, script: entry.script };
}

function sameMatcher(a: unknown, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

/**
 * What registering `wanted` (all of ours, from `registrations`) does to a settings file's
 * text; an empty `wanted` is an uninstall. `ownerOf` says which hooks are this installation's
 * (ownership.ts): only those, and stale ones, are replaced or removed. Throws a CliError, before
 * any change, for a file that is not valid JSON(C), not an object, or whose hooks cannot take
 * our groups.
 */
export function planSettings(file: string, before: string | null, wanted: readonly Registration[], ownerOf: OwnerOf): SettingsPlan {
  const bom = before?.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = (before ?? '').slice(bom.length);
  // A new or blank file starts as an empty object.
  if (text.trim() === '') text = '{}\n';
  const style = styleOf(text);
  const { hooks } = parseSettings(text, file);
  const plan: SettingsPlan = {
    file,
    before,
    after: before ?? '',
    changed: false,
    added: [],
    updated: [],
    unchanged: [],
    removed: [],
    stale: [],
    foreign: [],
  };
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
      const matcher = typeof group.matcher === 'string' ? { matcher: group.matcher } : {};
      const ours = hookList.flatMap((hook, h) => {
        const found = hookScript(hook);
        if (!found) return [];
        const owner = ownerOf(found.path);
        const seen = { event, ...matcher, ...found };
        if (owner === 'other') plan.foreign.push(seen);
        else if (owner === 'stale') plan.stale.push(seen);
        return owner === 'other' ? [] : [{ h, script: found.script }];
      });
      if (!ours.length) return;
      const own = hookList.length === 1 && Object.keys(group).every((k) => k === 'matcher' || k === 'hooks');
      const match =
        own &&
        wanted.find(
          (w) =>
            !claimed.has(w) && w.entry.event === event && w.entry.script === ours[0].script && sameMatcher(group.matcher, w.entry.matcher),
        );
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
  if (!missing.length && hooks?.children?.length && eventsRemoved === hooks.children.length)
    steps.push({ kind: 'remove-key', container: [], key: 'hooks' });
  const byEvent = new Map<string, Registration[]>();
  for (const w of missing) byEvent.set(w.entry.event, [...(byEvent.get(w.entry.event) ?? []), w]);
  const newEvents: Record<string, MatcherGroup[]> = {};
  for (const [event, list] of byEvent) {
    plan.added.push(...list.map((w) => change(w.entry)));
    const existing = hooks && findNodeAtLocation(hooks, [event]);
    if (existing && existing.type !== 'array') {
      throw new CliError(
        `${file}: "hooks.${event}" at ${locate(text, existing.offset)} is ${kindOf(existing)}, not an array`,
        `Claude Code expects "${event}": [{"matcher": ..., "hooks": [...]}]; fix it by hand, then run the command again; the file was not changed`,
      );
    }
    if (existing) for (const w of list) steps.push({ kind: 'append', container: ['hooks', event], value: w.group });
    else newEvents[event] = list.map((w) => w.group);
  }
  if (Object.keys(newEvents).length) {
    if (hooks)
      for (const [event, groups] of Object.entries(newEvents))
        steps.push({ kind: 'append', container: ['hooks'], key: event, value: groups });
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
      return removeMember(
        text,
        container,
        container.children!.findIndex((p) => p.children?.[0]?.value === step.key),
      );
    }
    case 'append': {
      const { key, value } = step;
      return appendMember(
        text,
        at(step.container),
        (indent) => (key === undefined ? '' : `${JSON.stringify(key)}: `) + pretty(value, indent, style),
        style,
      );
    }
  }
}
