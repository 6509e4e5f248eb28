/** OCaml: dune, opam, toplevels. */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  ['dune build', 'suggest-background', 'build', 'dune build'],
  ['dune build @install', 'suggest-background', 'build'],
  ['dune build --watch', 'must-background', 'watch'],
  ['dune build -w @runtest', 'must-background', 'watch'],
  ['dune test', 'suggest-background', 'test', 'dune test'],
  ['dune runtest', 'suggest-background', 'test'],
  ['dune exec ./bin/main.exe', 'suggest-background', 'build'],
  ['dune exec -w ./bin/main.exe', 'must-background', 'watch'],
  ['dune exec bin/server.exe -- serve', 'must-background', 'server'],
  ['dune clean', 'foreground'],
  ['dune --version', 'foreground'],
  ['dune utop', 'interactive', 'repl'],
  ['opam install . --deps-only -y', 'suggest-background', 'install'],
  ['opam install dune --dry-run', 'foreground', 'query'],
  ['opam switch create 5.1.0', 'suggest-background', 'install'],
  ['opam update', 'suggest-background', 'download'],
  ['opam list --installed', 'foreground'],
  ['opam exec -- dune build', 'suggest-background', 'build'],
  ['utop', 'interactive', 'repl'],
  ['ocaml', 'interactive', 'repl'],
  ['ocaml script.ml', 'foreground'],
];
