/** Haskell: Stack, Cabal, GHC and the tools around them. Order matters. */
import type { CatalogueEntry } from './entry.js';

const STACK = ['stack'];
const CABAL = ['cabal'];

export const HASKELL_ROWS: readonly CatalogueEntry[] = [
  // Never ends: file-watch rebuilds and the GHCi-based watchers.
  { programs: STACK, args: ['build|test|bench|install|b'], ifFlags: ['--file-watch', '--file-watch-poll'], effect: 'never-ends', category: 'watch', reason: 'rebuilds on every change and never exits', alternative: 'drop --file-watch for a single build' },
  { programs: ['ghcid', 'ghciwatch'], effect: 'never-ends', category: 'watch', reason: 'reloads GHCi on every change and never exits', alternative: 'stack build, or cabal build' },

  // REPLs.
  { programs: STACK, args: ['ghci|repl'], effect: 'interactive', category: 'repl', reason: 'opens GHCi', alternative: "stack exec -- ghc -e '…'" },
  { programs: CABAL, args: ['repl|v2-repl|new-repl'], effect: 'interactive', category: 'repl', reason: 'opens GHCi', alternative: "cabal exec -- ghc -e '…'" },
  { programs: ['ghci'], effect: 'interactive', category: 'repl', reason: 'ghci opens an interactive prompt', alternative: "ghc -e '…'" },
  { programs: ['ghc'], ifFlags: ['--interactive'], effect: 'interactive', category: 'repl', reason: 'opens GHCi', alternative: "ghc -e '…'" },

  // Stack: the first build of a project downloads a compiler and compiles every dependency.
  { programs: STACK, args: ['setup|update|upgrade'], effect: 'work', category: 'install', reason: 'downloads a GHC toolchain or the package index', estimate: 120 },
  { programs: STACK, args: ['test|t|bench'], effect: 'work', category: 'test', reason: 'builds the project and runs its test suites', estimate: 90 },
  { programs: STACK, args: ['build|b|install|haddock'], effect: 'work', category: 'build', reason: 'builds the project and its dependencies', estimate: 90 },
  { programs: STACK, args: ['run'], effect: 'work', category: 'build', reason: 'builds, then runs the executable (may be a server; measured history corrects it)', estimate: 30 },
  { programs: STACK, args: ['new|init'], effect: 'work', category: 'install', reason: 'downloads a template and resolves a snapshot', estimate: 10 },
  { programs: STACK, args: ['exec|runghc|runhaskell|script'], effect: 'work', category: 'script', reason: 'runs a program in the project environment', estimate: 3 },
  { programs: STACK, args: ['path|ls|list|query|ide|config|templates|clean|purge|hoogle|uninstall|sdist|dot'], effect: 'work', category: 'query', reason: 'quick Stack command', estimate: 2 },

  // Cabal.
  { programs: CABAL, args: ['update|v2-update|new-update'], effect: 'work', category: 'download', reason: 'downloads the Hackage index', estimate: 30 },
  { programs: CABAL, args: ['test|v2-test|new-test|bench|v2-bench'], effect: 'work', category: 'test', reason: 'builds the project and runs its test suites', estimate: 90 },
  { programs: CABAL, args: ['build|v2-build|new-build|install|v2-install|new-install|haddock|v2-haddock'], ifFlags: ['--dry-run'], effect: 'work', category: 'query', reason: 'prints the build plan without building', estimate: 3 },
  { programs: CABAL, args: ['build|v2-build|new-build|install|v2-install|new-install|haddock|v2-haddock|configure|v2-configure'], effect: 'work', category: 'build', reason: 'resolves, downloads and compiles the project and its dependencies', estimate: 90 },
  { programs: CABAL, args: ['run|v2-run|new-run'], effect: 'work', category: 'build', reason: 'builds, then runs the executable (may be a server; measured history corrects it)', estimate: 30 },
  { programs: CABAL, args: ['freeze|outdated|gen-bounds'], effect: 'work', category: 'query', reason: 'resolves the dependency plan', estimate: 5 },
  { programs: CABAL, args: ['init'], unlessFlags: ['-n', '--non-interactive'], effect: 'interactive', category: 'prompt', reason: 'asks questions about the package', alternative: 'cabal init --non-interactive' },
  { programs: CABAL, args: ['check|list|info|sdist|clean|format|exec|v2-exec|init|user-config|path|list-bin'], effect: 'work', category: 'query', reason: 'quick Cabal command', estimate: 2 },

  // Compiler and linters.
  { programs: ['ghc'], ifFlags: ['-e', '--print-libdir', '--info', '--numeric-version', '--supported-extensions'], effect: 'work', category: 'query', reason: 'evaluates an expression or prints compiler information', estimate: 1 },
  { programs: ['ghc'], ifFlags: ['--make', '-O2'], effect: 'work', category: 'build', reason: 'compiles a program and the modules it imports', estimate: 15 },
  { programs: ['ghc'], effect: 'work', category: 'build', reason: 'compiles a module', estimate: 4 },
  { programs: ['runghc', 'runhaskell'], effect: 'work', category: 'script', reason: 'interprets a Haskell script', estimate: 3 },
  { programs: ['hlint'], effect: 'work', category: 'lint', reason: 'lints every Haskell module it is given', estimate: 8 },
  { programs: ['ormolu', 'fourmolu', 'stylish-haskell', 'hpack', 'cabal-fmt'], effect: 'work', category: 'lint', reason: 'formats or generates files', estimate: 1 },
  { programs: ['ghcup'], args: ['install|upgrade|compile'], effect: 'work', category: 'install', reason: 'downloads and installs a Haskell toolchain', estimate: 120 },
  { programs: ['ghcup'], effect: 'work', category: 'query', reason: 'quick ghcup command', estimate: 1 },
];
