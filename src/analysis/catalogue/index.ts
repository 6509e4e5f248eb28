/** The built-in catalogue: every ecosystem's rows, indexed by program, plus shared tables. */
import { CatalogueIndex, compileEntry, type CompiledEntry, type ValueOptions } from './entry.js';
import { GENERIC_ROWS as GENERIC, SCRIPT_ROWS as SCRIPTS } from './generic.js';
import { ROW_SOURCE } from './rows.js';
import { VALUE_OPTIONS as OPTIONS } from './value-options.js';
import { CONVENTIONAL_PROGRAMS as CONVENTIONAL, SUBCOMMAND_WORDS as SUBCOMMANDS, VARIABLE_ROWS as BY_SUBCOMMAND } from './variables.js';

export const CATALOGUE_INDEX = new CatalogueIndex(ROW_SOURCE);
export const GENERIC_ROWS: readonly CompiledEntry[] = GENERIC.map(compileEntry);
export const SCRIPT_ROWS: readonly CompiledEntry[] = SCRIPTS.map(compileEntry);
export const VALUE_OPTIONS: ValueOptions = OPTIONS;
export const VARIABLE_ROWS: readonly CompiledEntry[] = BY_SUBCOMMAND.map(compileEntry);
export const CONVENTIONAL_PROGRAMS: Readonly<Record<string, string>> = CONVENTIONAL;
export const SUBCOMMAND_WORDS: ReadonlySet<string> = new Set(SUBCOMMANDS.split('|'));
