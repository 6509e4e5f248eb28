/**
 * Every ecosystem's rows in one table, and the source the matcher reads them from. In the hook
 * bundles the build replaces this module with shards loaded per program (scripts/build.mjs): a
 * hook looks up two or three programs, and parsing the whole table cost more than the rest of
 * the hook together.
 */
import { tableSource, type CatalogueEntry, type RowSource } from './entry.js';
import { CONTAINERS_ROWS } from './containers.js';
import { DOTNET_ROWS } from './dotnet.js';
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

/** @public The whole table: scripts/build.mjs shards it for the hook bundles. */
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


export const ROW_SOURCE: RowSource = tableSource(BUILTIN_ROWS);
