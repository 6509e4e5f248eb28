/** Nix: flakes beyond build, shells, store maintenance. */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  ['nix build', 'suggest-background', 'build', 'nix build'],
  ['nix build .#default --dry-run', 'foreground', 'query'],
  ['nix flake check', 'suggest-background', 'test', 'nix flake check'],
  ['nix flake check --no-build', 'suggest-background', 'lint'],
  ['nix flake update', 'suggest-background', 'download'],
  ['nix flake show', 'foreground', 'query'],
  ['nix flake metadata', 'foreground', 'query'],
  ['nix develop', 'interactive', 'repl', 'nix develop'],
  ['nix develop -c cargo test', 'suggest-background'],
  ['nix develop --command make', 'suggest-background'],
  ['nix shell nixpkgs#hello', 'interactive', 'repl'],
  ['nix shell nixpkgs#jq -c jq . data.json', 'suggest-background'],
  ['nix run .#dev', 'must-background', 'server'],
  ['nix run nixpkgs#hello', 'suggest-background', 'build'],
  ['nix eval .#packages.x86_64-linux', 'foreground', 'query'],
  ['nix store gc', 'suggest-background'],
  ['nix-collect-garbage -d', 'suggest-background'],
  ['nix-shell --run "make test"', 'suggest-background'],
  ['nix-shell', 'interactive', 'repl'],
  ['nix --version', 'foreground'],
  ['devenv up', 'must-background', 'server'],
  ['devenv shell', 'interactive', 'repl'],
];
