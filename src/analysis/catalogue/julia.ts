/**
 * Julia: the runtime, Pkg called from inline code (`julia --project -e 'using Pkg; Pkg.test()'`)
 * and test scripts. Julia compiles on first use, so even small package operations take a while.
 */
import type { CatalogueEntry } from './entry.js';

export const JULIA_ROWS: readonly CatalogueEntry[] = [
  { programs: ['julia'], anyArg: /\b(Pluto\.run|LiveServer\.serve|servedocs|Genie\.(up|loadapp)|Oxygen\.serve|HTTP\.serve)\b/, effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['julia'], anyArg: /\bPkg\.test\b|\bruntests\b/, effect: 'work', category: 'test', reason: 'precompiles and runs the package tests', estimate: 120 },
  { programs: ['julia'], anyArg: /\bPkg\.(instantiate|add|update|up|develop|dev|build|resolve|precompile)\b/, effect: 'work', category: 'install', reason: 'downloads, builds and precompiles packages', estimate: 90 },
  { programs: ['julia'], anyArg: /\b(Documenter|makedocs|PackageCompiler|create_sysimage|create_app)\b/, effect: 'work', category: 'build', reason: 'builds documentation or a compiled image', estimate: 120 },
  { programs: ['julia'], anyArg: /\bPkg\.(status|st)\b/, effect: 'work', category: 'query', reason: 'lists the environment', estimate: 3 },
  { programs: ['julia'], ifFlags: ['-e', '-E', '--eval', '--print'], effect: 'work', category: 'script', reason: 'evaluates Julia code (startup and compilation take a few seconds)', estimate: 3 },
  { programs: ['juliaup'], args: ['add|update|up|self'], effect: 'work', category: 'install', reason: 'downloads a Julia version', estimate: 60 },
  { programs: ['juliaup'], effect: 'work', category: 'query', reason: 'quick juliaup command', estimate: 1 },
];
