/**
 * Matches one resolved simple command against the catalogue and returns the row that decides
 * it, with the positional words and the command's signature (`npm run build`, `pytest`).
 */
import { compileEntry, type CatalogueEntry, type CompiledEntry } from './catalogue/entry.js';
import { CATALOGUE_INDEX, GENERIC_ROWS, SCRIPT_ROWS, VALUE_OPTIONS } from './catalogue/index.js';
import type { Resolved } from './resolve.js';

export interface Match {
  entry?: CompiledEntry;
  positionals: string[];
  signature: string;
}

const HELP_WORDS = new Set(['--help', '--version']);
const ALONE_HELP = new Set(['-h', '-v', '-V', 'help', 'version', '-help', '-version', 'ver']);
/** Words that may appear in a signature: subcommand-like, never paths, files or values. */
const SIGNATURE_WORD = /^[a-z][a-z0-9:_-]{0,23}$/i;

export const HELP_ENTRY: CompiledEntry = compileEntry({
  programs: [],
  effect: 'work',
  category: 'query',
  estimate: 0.5,
  reason: 'asks for help or a version: fast',
});

export function positionalWords(args: readonly string[], valueOptions: readonly string[] | undefined): string[] {
  const out: string[] = [];
  let literal = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (literal) {
      out.push(a);
      continue;
    }
    if (a === '--') {
      literal = true;
      continue;
    }
    if (a.length > 1 && a.startsWith('-')) {
      if (valueOptions?.includes(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** `--watch` matches `--watch` and `--watch=…`; `-d` also matches bundled short flags (`-dit`). */
export function hasFlag(args: readonly string[], flag: string): boolean {
  const short = flag.length === 2 && flag[0] === '-' && flag[1] !== '-';
  for (const a of args) {
    if (a === flag) return true;
    if (a.startsWith(flag + '=')) return true;
    if (short && a.length > 2 && a[0] === '-' && a[1] !== '-' && /^-[a-zA-Z]+$/.test(a) && a.includes(flag[1])) return true;
  }
  return false;
}

function fits(entry: CompiledEntry, args: readonly string[], positionals: readonly string[]): boolean {
  const m = entry.argMatchers;
  if (positionals.length < m.length) return false;
  for (let k = 0; k < m.length; k++) if (!m[k](positionals[k])) return false;
  if (entry.noMoreArgs && positionals.length > m.length) return false;
  if (entry.bare && args.length > m.length) return false;
  if (entry.ifFlags && !entry.ifFlags.some((f) => hasFlag(args, f))) return false;
  if (entry.unlessFlags && entry.unlessFlags.some((f) => hasFlag(args, f))) return false;
  if (entry.anyArgMatcher) {
    let found = false;
    for (let k = m.length; k < positionals.length && !found; k++) found = entry.anyArgMatcher(positionals[k]);
    if (!found) return false;
  }
  return true;
}

function firstFit(rows: readonly CompiledEntry[] | undefined, args: readonly string[], positionals: readonly string[]): CompiledEntry | undefined {
  if (!rows) return undefined;
  for (const row of rows) if (fits(row, args, positionals)) return row;
  return undefined;
}

function signatureOf(r: Resolved, positionals: readonly string[], entry: CompiledEntry | undefined): string {
  const head = r.interpreter && r.program !== r.interpreter ? `${r.interpreter} ${r.program}` : r.program;
  // Known rows contribute the words they matched (`npm run build`); unknown programs their
  // first subcommand-like word (`mytool sync`). Wildcard-matched words (hosts, files) never.
  const want = entry ? entry.argMatchers.length : 1;
  const words: string[] = [head];
  for (let k = 0; k < Math.min(want, 2, positionals.length); k++) {
    const w = positionals[k];
    if (entry?.args?.[k] === '*' || !SIGNATURE_WORD.test(w) || /\d{4,}/.test(w)) break;
    words.push(w);
  }
  return words.join(' ');
}

export function matchResolved(r: Resolved, extra?: ReadonlyMap<string, CompiledEntry[]>): Match {
  const positionals = positionalWords(r.args, VALUE_OPTIONS[r.program]);
  let entry: CompiledEntry | undefined;
  const args = r.args;
  if (args.some((a) => HELP_WORDS.has(a)) || (args.length === 1 && ALONE_HELP.has(args[0])) || positionals[0] === 'help') {
    entry = HELP_ENTRY;
  } else {
    entry =
      firstFit(extra?.get(r.program), args, positionals) ??
      firstFit(extra?.get('*'), args, positionals) ??
      firstFit(CATALOGUE_INDEX.get(r.program), args, positionals) ??
      firstFit(GENERIC_ROWS, args, positionals) ??
      (r.interpreter ? firstFit(SCRIPT_ROWS, [r.program], [r.program]) : undefined);
  }
  return { entry, positionals, signature: signatureOf(r, positionals, entry === HELP_ENTRY ? undefined : entry) };
}

/** Builds an index of user-defined rows (from config); `*` rows apply to every program. */
export function indexExtraRows(rows: readonly CatalogueEntry[]): Map<string, CompiledEntry[]> {
  const index = new Map<string, CompiledEntry[]>();
  for (const row of rows) {
    const compiled = compileEntry(row);
    const programs = row.programs.length ? row.programs : ['*'];
    for (const p of programs) {
      const list = index.get(p) ?? [];
      list.push(compiled);
      index.set(p, list);
    }
  }
  return index;
}
