/** The built-in catalogue: every ecosystem's rows, indexed by program, plus shared tables. */
import { CatalogueIndex, compileEntry, type CompiledEntry, type ValueOptions } from './entry.js';
import { GENERIC_ROWS as GENERIC, SCRIPT_ROWS as SCRIPTS } from './generic.js';
import { ROW_SOURCE } from './rows.js';
import { VALUE_OPTIONS as OPTIONS } from './value-options.js';

export const CATALOGUE_INDEX = new CatalogueIndex(ROW_SOURCE);
export const GENERIC_ROWS: readonly CompiledEntry[] = GENERIC.map(compileEntry);
export const SCRIPT_ROWS: readonly CompiledEntry[] = SCRIPTS.map(compileEntry);
export const VALUE_OPTIONS: ValueOptions = OPTIONS;
