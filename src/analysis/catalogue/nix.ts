/** Nix: flakes and the classic commands. Evaluating and building can take minutes on a cold store. Order matters. */
import type { CatalogueEntry } from './entry.js';

export const NIX_ROWS: readonly CatalogueEntry[] = [
  // Shells: interactive unless they are given a command to run.
  { programs: ['nix'], args: ['develop|shell'], ifFlags: ['-c', '--command'], effect: 'work', category: 'other', reason: 'runs a command in a Nix shell (may build it first)', estimate: 10 },
  { programs: ['nix'], args: ['develop'], ifFlags: ['--build', '--check', '--install', '--configure', '--unpack', '--profile'], effect: 'work', category: 'build', reason: 'runs a build phase of the derivation', estimate: 60 },
  { programs: ['nix'], args: ['develop|shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive Nix shell', alternative: 'nix develop -c CMD' },
  { programs: ['nix'], args: ['repl'], effect: 'interactive', category: 'repl', reason: 'opens the Nix REPL', alternative: "nix eval --expr '…'" },
  { programs: ['nix-shell'], ifFlags: ['--run', '--command'], effect: 'work', category: 'other', reason: 'runs a command in a Nix shell (may build it first)', estimate: 10 },
  { programs: ['nix-shell'], effect: 'interactive', category: 'repl', reason: 'opens an interactive Nix shell', alternative: "nix-shell --run '…'" },

  // Flakes: `check` builds every check, `update` fetches every input.
  { programs: ['nix'], args: ['flake', 'show|metadata|info|init|new|lock|archive|prefetch'], effect: 'work', category: 'query', reason: 'reads or scaffolds the flake', estimate: 4 },
  { programs: ['nix'], args: ['flake', 'check'], ifFlags: ['--no-build'], effect: 'work', category: 'lint', reason: 'evaluates the flake outputs without building', estimate: 10 },
  { programs: ['nix'], args: ['flake', 'check'], effect: 'work', category: 'test', reason: 'evaluates the flake and builds every check', estimate: 120 },
  { programs: ['nix'], args: ['flake', 'update'], effect: 'work', category: 'download', reason: 'fetches every flake input', estimate: 20 },
  // `nix run` builds the app, then runs it: a dev server and a one-shot tool look the same.
  { programs: ['nix'], args: ['run'], anyArg: /#(dev|serve|server|watch|start)$/, effect: 'never-ends', category: 'server', reason: 'runs a dev server until stopped' },
  { programs: ['nix'], args: ['build|run|flake|profile|copy|store|bundle'], ifFlags: ['--dry-run'], effect: 'work', category: 'query', reason: 'prints what would be built', estimate: 3 },
  { programs: ['nix'], args: ['build|run|profile|copy|bundle'], effect: 'work', category: 'build', reason: 'builds or fetches Nix derivations', estimate: 60 },
  { programs: ['nix'], args: ['store', 'gc|optimise|repair|verify'], effect: 'work', category: 'other', reason: 'walks the whole Nix store', estimate: 60 },
  { programs: ['nix'], args: ['flake|store'], effect: 'work', category: 'build', reason: 'builds or fetches Nix derivations', estimate: 60 },
  { programs: ['nix'], args: ['fmt'], effect: 'work', category: 'lint', reason: 'builds the formatter, then formats the tree', estimate: 10 },
  { programs: ['nix'], args: ['eval|search|path-info|log|why-depends|hash|derivation|config|registry|key|nar|doctor|show-config'], effect: 'work', category: 'query', reason: 'Nix query', estimate: 3 },
  { programs: ['nix-build', 'nix-env', 'home-manager', 'nixos-rebuild', 'darwin-rebuild', 'nix-collect-garbage', 'nix-store'], ifFlags: ['--dry-run', '-q', '--query', '--list-generations'], effect: 'work', category: 'query', reason: 'prints without building', estimate: 3 },
  { programs: ['nix-build', 'nix-env', 'home-manager', 'nixos-rebuild', 'darwin-rebuild'], effect: 'work', category: 'build', reason: 'builds or installs Nix derivations', estimate: 60 },
  { programs: ['nix-collect-garbage', 'nix-store'], effect: 'work', category: 'other', reason: 'walks the whole Nix store', estimate: 30 },
  { programs: ['nix-channel'], ifFlags: ['--update'], effect: 'work', category: 'download', reason: 'downloads channel expressions', estimate: 30 },
  { programs: ['nix-prefetch-url', 'nix-prefetch-git', 'nurl'], effect: 'work', category: 'download', reason: 'downloads a source to hash it', estimate: 10 },
  { programs: ['devenv'], args: ['up'], unlessFlags: ['-d', '--detach'], effect: 'never-ends', category: 'server', reason: 'runs the project processes until stopped' },
  { programs: ['devenv'], args: ['shell'], bare: true, effect: 'interactive', category: 'repl', reason: 'opens an interactive shell', alternative: 'devenv shell CMD' },
  { programs: ['devenv'], args: ['test|build|shell|update|container'], effect: 'work', category: 'build', reason: 'builds the environment (and runs the command)', estimate: 30 },
  { programs: ['devenv'], effect: 'work', category: 'query', reason: 'quick devenv command', estimate: 2 },
];
