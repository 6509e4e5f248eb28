/**
 * tox.ini: one task per environment (`[testenv:name]`), its `commands_pre`, `commands` and
 * `commands_post` (multi-line values joined per line, `\` continuations joined, tox's `-` prefix
 * removed). Environments named in `[tox] envlist` without a section of their own run the base
 * `[testenv]` commands. `tox` alone runs every environment of the envlist: no single default
 * task. Generative names (`py{311,312}`) stay as written.
 */
import { emptyTaskTable, type TaskTable } from '../task-table.js';

type Section = Map<string, string[]>;

/** INI sections with each key's value lines (an indented line continues the key above it). */
function readIni(text: string): Map<string, Section> {
  const sections = new Map<string, Section>();
  let section: Section | undefined;
  let values: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      section = new Map();
      sections.set(header[1].trim(), section);
      values = undefined;
    } else if (/^[ \t]/.test(line) && values) values.push(trimmed);
    else {
      const eq = line.indexOf('=');
      if (!section || eq < 0) continue;
      values = [];
      const first = line.slice(eq + 1).trim();
      if (first) values.push(first);
      section.set(line.slice(0, eq).trim(), values);
    }
  }
  return sections;
}

/** `{posargs}` is what the user passes after `--`: none here, or its default (`{posargs:tests}`). */
function commandLines(values: string[] | undefined): string[] {
  const joined: string[] = [];
  let pieces: string[] = [];
  for (const value of values ?? []) {
    if (value.endsWith('\\')) pieces.push(value.slice(0, -1).trimEnd());
    else {
      joined.push([...pieces, value].join(' '));
      pieces = [];
    }
  }
  if (pieces.length > 0) joined.push(pieces.join(' '));
  return joined
    .map((line) =>
      line
        .replace(/\{posargs:([^{}]*)\}/g, '$1')
        .replace(/\{posargs\}/g, '')
        .replace(/^-[ \t]*/, '')
        .trim(),
    )
    .filter(Boolean);
}

function envCommands(section: Section | undefined, base: Section | undefined): string[] {
  const pick = (key: string) => section?.get(key) ?? base?.get(key);
  return [...commandLines(pick('commands_pre')), ...commandLines(pick('commands')), ...commandLines(pick('commands_post'))];
}

/** Names in an envlist can be generative: `py{311,312}-lint` is py311-lint and py312-lint. */
const MAX_ENVS = 64;
const MAX_GROUPS = 8;

/** Splits an envlist at commas and whitespace outside braces, expanding brace groups (at most MAX_ENVS names). */
function envNames(envlist: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= envlist.length; i++) {
    const c = envlist[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (i === envlist.length || (depth === 0 && /[\s,]/.test(c))) {
      const name = envlist.slice(from, i);
      // More groups than any real envlist has: kept as written rather than expanded.
      const groups = name.split('{').length - 1;
      if (name) names.push(...(groups > MAX_GROUPS ? [name] : expandBraces(name, MAX_ENVS - names.length)));
      from = i + 1;
      if (names.length >= MAX_ENVS) break;
    }
  }
  return names;
}

function expandBraces(name: string, limit: number): string[] {
  const group = /\{([^{}]*)\}/.exec(name);
  if (!group || limit <= 0) return limit > 0 ? [name] : [];
  const out: string[] = [];
  for (const option of group[1].split(',')) {
    const rest = name.slice(0, group.index) + option.trim() + name.slice(group.index + group[0].length);
    out.push(...expandBraces(rest, limit - out.length));
    if (out.length >= limit) break;
  }
  return out;
}

export function parseToxIni(text: string): TaskTable {
  const table = emptyTaskTable('tox');
  const sections = readIni(text);
  const base = sections.get('testenv');
  for (const [name, section] of sections) {
    if (!name.startsWith('testenv:')) continue;
    table.tasks.set(name.slice('testenv:'.length).trim(), { commands: envCommands(section, base), dependencies: [] });
  }
  const envlist = envNames((sections.get('tox')?.get('envlist') ?? []).join(','));
  for (const env of envlist) if (!table.tasks.has(env)) table.tasks.set(env, { commands: envCommands(undefined, base), dependencies: [] });
  return table;
}
