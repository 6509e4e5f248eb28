/**
 * Programs named by a variable: `$CARGO test`, `${GO} vet`, a Makefile's `$(GO) vet`, a
 * workflow's `${{ env.CARGO }} build`. The value comes from an assignment earlier in the same
 * command (`CARGO=cargo; $CARGO test`, `export GO=go && $GO vet`), from variables the caller
 * knows (a Makefile's, via AnalysisOptions.variables), or from the conventional name (`$(MAKE)`
 * is make); otherwise the program stays `$NAME` and rows in catalogue/variables.ts judge it from
 * its subcommand.
 */
import { CATALOGUE_INDEX, CONVENTIONAL_PROGRAMS, SUBCOMMAND_WORDS } from './catalogue/index.js';
import type { List, SimpleCommand } from './shell/parse.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `$NAME` (shell-quote writes `${NAME}` the same way). */
const REFERENCE = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
/** A Makefile variable inside `$( … )`: one word, no spaces (`GO`, `uv-run-no-sync`). */
const MAKE_VARIABLE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
const DECLARES = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
const SUBSTITUTED = '$(…)';
/** A value made of plain words: no expansions left to guess at. */
const PLAIN_VALUE = /^[A-Za-z0-9_./@:+=, -]+$/;

export class Variables {
  private assigned?: Map<string, string>;

  constructor(private readonly known?: Readonly<Record<string, string>>) {}

  /** Records what a command made only of assignments (`A=b`, `export A=b C=d`) sets in this shell. */
  note(words: readonly string[]): void {
    // The hot path: almost every command starts with a program name, not an assignment.
    if (words.length === 0 || (!words[0].includes('=') && !DECLARES.has(words[0]))) return;
    let k = DECLARES.has(words[0]) ? 1 : 0;
    if (k >= words.length) return;
    for (; k < words.length; k++) if (!ASSIGNMENT.test(words[k]) && !(k > 0 && words[k].startsWith('-'))) return;
    for (const w of words) {
      const m = ASSIGNMENT.exec(w);
      if (m) (this.assigned ??= new Map()).set(m[1], m[2]);
    }
  }

  /** The words a variable stands for, when they can be known. */
  valueOf(name: string): string[] | undefined {
    const value = this.assigned?.get(name) ?? this.known?.[name];
    if (value !== undefined) {
      const trimmed = value.trim();
      return trimmed && PLAIN_VALUE.test(trimmed) ? trimmed.split(/\s+/) : undefined;
    }
    const conventional = CONVENTIONAL_PROGRAMS[name] ?? name.toLowerCase().replace(/_/g, '-');
    return CATALOGUE_INDEX.has(conventional) ? [conventional] : undefined;
  }
}

/**
 * With an unknown value, `$RUNNER pytest -x` runs pytest through some wrapper: the word after
 * the variable is the program when the catalogue knows it and it is no subcommand (`$X test`).
 */
export function runsKnownProgram(next: string | undefined): boolean {
  return next !== undefined && !SUBCOMMAND_WORDS.has(next) && CATALOGUE_INDEX.has(next);
}

/** `NAME` when the word is a whole variable reference (`$NAME`, `${NAME}`), else undefined. */
export function variableName(word: string): string | undefined {
  return word.charCodeAt(0) === 36 ? REFERENCE.exec(word)?.[1] : undefined;
}

/**
 * A command whose program is written as a Makefile `$(NAME)` or an Actions `${{ env.NAME }}`
 * gets the program word `$NAME`; `$(NAME)` is then not a command substitution to analyse. Any
 * other command comes back unchanged.
 */
export function withVariableProgram(node: SimpleCommand): { words: string[]; substitutions: List[] } {
  const { words, substitutions } = node;
  if (substitutions.length === 0 && !words.includes('${{')) return node;
  let k = 0;
  while (k < words.length && ASSIGNMENT.test(words[k])) k++;
  const word = words[k];
  if (word === SUBSTITUTED && !words.slice(0, k).some((w) => w.includes(SUBSTITUTED))) {
    const only = substitutions[0]?.items.length === 1 ? substitutions[0].items[0].chain.pipelines : undefined;
    const inner = only?.length === 1 && only[0].nodes.length === 1 ? only[0].nodes[0] : undefined;
    const name = inner?.kind === 'command' && inner.words.length === 1 ? inner.words[0] : undefined;
    // `$(pwd)` or `$(date)` really run a program; an unknown single word is a Makefile variable.
    if (name && MAKE_VARIABLE.test(name) && !CATALOGUE_INDEX.has(name)) {
      return {
        words: [...words.slice(0, k), `$${name.replace(/[.-]/g, '_')}`, ...words.slice(k + 1)],
        substitutions: substitutions.slice(1),
      };
    }
  }
  if (word === '${{' && words[k + 2] === '}}') {
    const name = words[k + 1].split('.').pop() ?? '';
    if (NAME.test(name)) return { words: [...words.slice(0, k), `$${name}`, ...words.slice(k + 3)], substitutions };
  }
  return node;
}
