/** Smaller language toolchains: Gleam, Lua, Perl, Crystal, Nim, Elm, PureScript, Racket. Order matters. */
import type { CatalogueEntry } from './entry.js';

export const MORE_LANGUAGES_ROWS: readonly CatalogueEntry[] = [
  // Gleam.
  { programs: ['gleam'], args: ['shell'], effect: 'interactive', category: 'repl', reason: 'opens an Erlang shell with the project loaded', alternative: 'gleam run' },
  { programs: ['gleam'], args: ['build|test|run|export|publish|deps'], effect: 'work', category: 'build', reason: 'downloads dependencies and compiles the project', estimate: 15 },
  { programs: ['gleam'], effect: 'work', category: 'query', reason: 'quick Gleam command (format, add, new)', estimate: 1 },
  // Lua.
  { programs: ['luarocks'], args: ['install|make|build|upload|test'], effect: 'work', category: 'install', reason: 'downloads and builds rocks', estimate: 15 },
  { programs: ['luarocks'], effect: 'work', category: 'query', reason: 'quick LuaRocks command', estimate: 1 },
  { programs: ['busted'], ifFlags: ['--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns the specs on every change' },
  { programs: ['busted'], effect: 'work', category: 'test', reason: 'runs the spec suite', estimate: 10 },
  // Perl.
  { programs: ['cpanm', 'cpan', 'carton'], args: ['install|exec'], effect: 'work', category: 'install', reason: 'downloads, tests and installs modules', estimate: 60 },
  { programs: ['cpanm', 'cpan'], effect: 'work', category: 'install', reason: 'downloads, tests and installs modules', estimate: 60 },
  { programs: ['prove'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: ['morbo', 'plackup', 'starman', 'hypnotoad'], unlessFlags: ['-f'], effect: 'never-ends', category: 'server', reason: 'a Perl web server runs until stopped' },
  // Crystal.
  { programs: ['crystal'], args: ['build|spec|run|docs'], effect: 'work', category: 'build', reason: 'compiles the program (Crystal compiles slowly)', estimate: 30 },
  { programs: ['crystal'], args: ['play'], effect: 'never-ends', category: 'server', reason: 'the playground serves until stopped' },
  { programs: ['crystal'], effect: 'work', category: 'query', reason: 'quick Crystal command', estimate: 1 },
  { programs: ['shards'], args: ['install|update|build'], effect: 'work', category: 'install', reason: 'downloads dependencies or builds targets', estimate: 30 },
  { programs: ['shards'], effect: 'work', category: 'query', reason: 'quick shards command', estimate: 1 },
  // Nim.
  { programs: ['nim'], args: ['c|cpp|js|compile|doc|check|r'], effect: 'work', category: 'build', reason: 'compiles through C', estimate: 10 },
  { programs: ['nim'], args: ['secret'], effect: 'interactive', category: 'repl', reason: 'opens the Nim REPL' },
  { programs: ['nim'], effect: 'work', category: 'query', reason: 'quick Nim command', estimate: 1 },
  { programs: ['nimble'], args: ['install|build|test|develop|refresh|run'], effect: 'work', category: 'install', reason: 'downloads packages and compiles', estimate: 30 },
  { programs: ['nimble'], effect: 'work', category: 'query', reason: 'quick Nimble command', estimate: 1 },
  // Elm and PureScript.
  { programs: ['elm'], args: ['reactor'], effect: 'never-ends', category: 'server', reason: 'the Elm reactor serves until stopped', alternative: 'elm make src/Main.elm' },
  { programs: ['elm'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens the Elm REPL' },
  { programs: ['elm'], args: ['init|install'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation before changing elm.json', alternative: 'edit elm.json, or answer with: yes | elm install PKG' },
  { programs: ['elm'], args: ['make'], effect: 'work', category: 'build', reason: 'compiles the app (downloading packages on the first run)', estimate: 10 },
  { programs: ['elm-live', 'elm-watch'], effect: 'never-ends', category: 'server', reason: 'rebuilds and serves until stopped' },
  { programs: ['elm-test', 'elm-test-rs'], ifFlags: ['--watch'], effect: 'never-ends', category: 'watch', reason: 'reruns the tests on every change' },
  { programs: ['elm-test', 'elm-test-rs', 'elm-review'], effect: 'work', category: 'test', reason: 'compiles and runs the tests or rules', estimate: 15 },
  { programs: ['spago'], args: ['build|test|bundle|bundle-app|install|run'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on every change' },
  { programs: ['spago'], args: ['build|test|bundle|bundle-app|install|run|docs|publish'], effect: 'work', category: 'build', reason: 'downloads packages and compiles', estimate: 30 },
  { programs: ['spago'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens the PureScript REPL' },
  { programs: ['purs'], args: ['compile|docs|bundle'], effect: 'work', category: 'build', reason: 'compiles PureScript sources', estimate: 20 },
  { programs: ['purs'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens the PureScript REPL' },
  // Racket.
  { programs: ['raco'], args: ['test|make|setup|pkg|exe|scribble'], effect: 'work', category: 'build', reason: 'compiles, installs or tests collections', estimate: 20 },
  { programs: ['raco'], effect: 'work', category: 'query', reason: 'quick raco command', estimate: 1 },
  { programs: ['racket'], bare: true, unlessStdin: true, effect: 'interactive', category: 'repl', reason: 'racket alone opens the REPL', alternative: 'racket FILE.rkt' },
  { programs: ['racket'], effect: 'work', category: 'script', reason: 'runs a Racket program', estimate: 2 },
];
