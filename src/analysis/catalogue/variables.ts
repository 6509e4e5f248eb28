/**
 * Programs named by a variable whose value is unknown (`$BUILD_CMD build`, `${X} test`): judged
 * from the subcommand, as most build tools name theirs alike. Tried after the generic rows
 * (`--watch`, `serve`, `dev`), so `$X test --watch` still never ends.
 */
import type { CatalogueEntry } from './entry.js';

/** Variable names whose program is conventional but not their lower-cased name (`$(MAKE)` is found as `make`). */
export const CONVENTIONAL_PROGRAMS: Readonly<Record<string, string>> = {
  SPHINXBUILD: 'sphinx-build',
  SPHINXAUTOBUILD: 'sphinx-autobuild',
  GOCMD: 'go',
  GOLANGCI_LINT: 'golangci-lint',
  CARGO_CMD: 'cargo',
  PYTHON3: 'python3',
  PY: 'python',
  NPM_CLIENT: 'npm',
  DOCKER_CMD: 'docker',
  CONTAINER_ENGINE: 'docker',
  CONTAINER_RUNTIME: 'docker',
  KUBECTL_CMD: 'kubectl',
  MVN_CMD: 'mvn',
  GRADLE_CMD: 'gradle',
};

/** Subcommand words that say what a program does, whatever the program. */
export const SUBCOMMAND_WORDS = 'test|tests|build|install|i|ci|check|vet|lint|clippy|bench|run|compile|fetch|sync|update|pull|push|publish|deploy|migrate|e2e|coverage|package|dist|release|doc|docs|typecheck|up|serve|dev|watch|start';

export const VARIABLE_ROWS: readonly CatalogueEntry[] = [
  { programs: ['$'], args: ['test|tests|e2e|coverage|bench'], effect: 'work', category: 'test', reason: 'a test run (the program is a variable; judged from its subcommand)', estimate: 30 },
  { programs: ['$'], args: ['build|compile|package|dist|release|doc|docs'], effect: 'work', category: 'build', reason: 'a build (the program is a variable; judged from its subcommand)', estimate: 30 },
  { programs: ['$'], args: ['install|i|ci|sync|fetch|update'], effect: 'work', category: 'install', reason: 'installs or fetches dependencies (the program is a variable; judged from its subcommand)', estimate: 20 },
  { programs: ['$'], args: ['check|vet|lint|clippy|typecheck'], effect: 'work', category: 'lint', reason: 'a whole-project check (the program is a variable; judged from its subcommand)', estimate: 15 },
  { programs: ['$'], args: ['pull|push|publish|deploy'], effect: 'work', category: 'container', reason: 'pulls, pushes or deploys (the program is a variable; judged from its subcommand)', estimate: 20 },
  { programs: ['$'], args: ['migrate'], effect: 'work', category: 'migration', reason: 'migrates a database (the program is a variable; judged from its subcommand)', estimate: 10 },
  { programs: ['$'], args: ['run'], effect: 'work', category: 'build', reason: 'builds and runs a program (the program is a variable; judged from its subcommand)', estimate: 10 },
  { programs: ['$'], args: ['up'], unlessFlags: ['-d', '--detach'], effect: 'never-ends', category: 'container', reason: 'brings services up in the foreground (the program is a variable; judged from its subcommand)' },
];
