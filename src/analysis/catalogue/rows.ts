/**
 * Every ecosystem's rows in one table, and the source the matcher reads them from. In the hook
 * bundles the build replaces this module with shards loaded per program (scripts/build.mjs): a
 * hook looks up two or three programs, and parsing the whole table cost more than the rest of
 * the hook together.
 */
import { tableSource, type CatalogueEntry, type RowSource } from './entry.js';
import { AGENTS_ROWS } from './agents.js';
import { APPLE_ROWS } from './apple.js';
import { CONTAINERS_ROWS } from './containers.js';
import { DART_ROWS } from './dart.js';
import { DOCS_ROWS } from './docs.js';
import { DOTNET_ROWS } from './dotnet.js';
import { ELIXIR_ROWS } from './elixir.js';
import { GO_ROWS } from './go.js';
import { HASKELL_ROWS } from './haskell.js';
import { JAVASCRIPT_ROWS } from './javascript.js';
import { JULIA_ROWS } from './julia.js';
import { JVM_ROWS } from './jvm.js';
import { NATIVE_ROWS } from './native.js';
import { MORE_LANGUAGES_ROWS } from './more-languages.js';
import { NETWORK_ROWS } from './network.js';
import { NIX_ROWS } from './nix.js';
import { OCAML_ROWS } from './ocaml.js';
import { PHP_ROWS } from './php.js';
import { PYTHON_ROWS } from './python.js';
import { RELEASE_ROWS } from './release.js';
import { R_ROWS } from './rlang.js';
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
  ...APPLE_ROWS,
  ...RUBY_ROWS,
  ...PHP_ROWS,
  ...DOTNET_ROWS,
  ...HASKELL_ROWS,
  ...DART_ROWS,
  ...ELIXIR_ROWS,
  ...OCAML_ROWS,
  ...R_ROWS,
  ...JULIA_ROWS,
  ...MORE_LANGUAGES_ROWS,
  ...CONTAINERS_ROWS,
  ...NETWORK_ROWS,
  ...SYSTEM_ROWS,
  ...NIX_ROWS,
  ...DOCS_ROWS,
  ...RELEASE_ROWS,
  ...AGENTS_ROWS,
];


export const ROW_SOURCE: RowSource = tableSource(BUILTIN_ROWS);
