/** OCaml: dune, opam, the toplevels. Order matters. */
import type { CatalogueEntry } from './entry.js';

const DUNE = ['dune'];
const OPAM = ['opam'];

export const OCAML_ROWS: readonly CatalogueEntry[] = [
  { programs: DUNE, ifFlags: ['--watch', '-w', '--passive-watch-mode'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on every change and never exits', alternative: 'drop --watch for a single build' },
  { programs: DUNE, args: ['test|runtest'], effect: 'work', category: 'test', reason: 'builds and runs the tests', estimate: 30 },
  { programs: DUNE, args: ['build|b|install|pkg'], effect: 'work', category: 'build', reason: 'builds the project', estimate: 30 },
  { programs: DUNE, args: ['exec|e'], anyArg: /^(serve|server)$/, effect: 'never-ends', category: 'server', reason: 'runs a server until stopped' },
  { programs: DUNE, args: ['exec|e'], effect: 'work', category: 'build', reason: 'builds, then runs the executable (may be a server; measured history corrects it)', estimate: 15 },
  { programs: DUNE, args: ['fmt|format-dune-file'], effect: 'work', category: 'lint', reason: 'formats the sources (building the formatter rules first)', estimate: 5 },
  { programs: DUNE, args: ['utop'], effect: 'interactive', category: 'repl', reason: 'opens utop with the library loaded', alternative: 'dune exec ./main.exe' },
  { programs: DUNE, args: ['clean|init|describe|rules|installed-libraries|show|cache|ocaml-merlin|top|printenv'], effect: 'work', category: 'query', reason: 'quick dune command', estimate: 1 },
  { programs: DUNE, bare: true, effect: 'work', category: 'build', reason: 'dune alone builds the default target', estimate: 30 },

  // opam compiles every package it installs.
  { programs: OPAM, args: ['install|reinstall|upgrade|pin'], ifFlags: ['--dry-run', '--show-actions'], effect: 'work', category: 'query', reason: 'prints what would be installed', estimate: 3 },
  { programs: OPAM, args: ['install|reinstall|upgrade|pin|init|remove|uninstall'], effect: 'work', category: 'install', reason: 'downloads and compiles packages', estimate: 120 },
  { programs: OPAM, args: ['switch', 'create|import'], effect: 'work', category: 'install', reason: 'builds a new OCaml compiler switch', estimate: 300 },
  { programs: OPAM, args: ['update'], effect: 'work', category: 'download', reason: 'downloads the package repositories', estimate: 30 },
  { programs: OPAM, effect: 'work', category: 'query', reason: 'quick opam command', estimate: 1 },

  // Toplevels and compilers.
  { programs: ['utop', 'rtop'], effect: 'interactive', category: 'repl', reason: 'opens an interactive OCaml toplevel', alternative: 'ocaml FILE.ml' },
  { programs: ['ocaml'], bare: true, unlessStdin: true, effect: 'interactive', category: 'repl', reason: 'ocaml alone opens the toplevel', alternative: 'ocaml FILE.ml' },
  { programs: ['ocaml'], effect: 'work', category: 'script', reason: 'runs an OCaml script', estimate: 2 },
  { programs: ['ocamlfind', 'ocamlopt', 'ocamlc', 'ocamlbuild'], effect: 'work', category: 'build', reason: 'compiles OCaml sources', estimate: 5 },
  { programs: ['ocamlformat'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 1 },
];
