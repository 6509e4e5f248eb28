/** The built-in catalogue: every ecosystem's rows, indexed by program, plus shared tables. */
import { indexEntries, type CatalogueEntry, type CompiledEntry, type ValueOptions } from './entry.js';
import { CONTAINERS_ROWS } from './containers.js';
import { DOTNET_ROWS } from './dotnet.js';
import { GENERIC_ROWS as GENERIC, SCRIPT_ROWS as SCRIPTS } from './generic.js';
import { GO_ROWS } from './go.js';
import { JAVASCRIPT_ROWS } from './javascript.js';
import { JVM_ROWS } from './jvm.js';
import { NATIVE_ROWS } from './native.js';
import { NETWORK_ROWS } from './network.js';
import { PHP_ROWS } from './php.js';
import { PYTHON_ROWS } from './python.js';
import { RUBY_ROWS } from './ruby.js';
import { RUST_ROWS } from './rust.js';
import { SHELL_ROWS } from './shell.js';
import { SYSTEM_ROWS } from './system.js';
import { VALUE_OPTIONS as OPTIONS } from './value-options.js';

export const BUILTIN_ROWS: readonly CatalogueEntry[] = [
  ...SHELL_ROWS,
  ...JAVASCRIPT_ROWS,
  ...PYTHON_ROWS,
  ...RUST_ROWS,
  ...GO_ROWS,
  ...JVM_ROWS,
  ...NATIVE_ROWS,
  ...RUBY_ROWS,
  ...PHP_ROWS,
  ...DOTNET_ROWS,
  ...CONTAINERS_ROWS,
  ...NETWORK_ROWS,
  ...SYSTEM_ROWS,
];

export const CATALOGUE_INDEX: ReadonlyMap<string, readonly CompiledEntry[]> = indexEntries(BUILTIN_ROWS);
export const GENERIC_ROWS: readonly CompiledEntry[] = indexEntries(GENERIC).get('*') ?? [];
export const SCRIPT_ROWS: readonly CompiledEntry[] = indexEntries(SCRIPTS).get('*') ?? [];
export const VALUE_OPTIONS: ValueOptions = OPTIONS;
