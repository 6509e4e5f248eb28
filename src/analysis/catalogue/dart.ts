/** Dart and Flutter. Order matters. */
import type { CatalogueEntry } from './entry.js';

const FLUTTER = ['flutter'];
const DART = ['dart'];

export const DART_ROWS: readonly CatalogueEntry[] = [
  // Never ends: the app stays attached for hot reload; build_runner watch regenerates forever.
  { programs: FLUTTER, args: ['run'], ifFlags: ['--no-resident'], effect: 'work', category: 'build', reason: 'builds and launches the app, then exits', estimate: 120 },
  { programs: FLUTTER, args: ['run|attach'], effect: 'never-ends', category: 'server', reason: 'flutter run stays attached to the app for hot reload until stopped', alternative: 'flutter build, or run it with run_in_background: true' },
  { programs: FLUTTER, args: ['pub', 'run', 'build_runner', 'watch|serve'], effect: 'never-ends', category: 'watch', reason: 'build_runner watch regenerates on every change' },
  { programs: DART, args: ['run', 'build_runner', 'watch|serve'], effect: 'never-ends', category: 'watch', reason: 'build_runner watch regenerates on every change' },
  { programs: DART, args: ['pub', 'global', 'run', 'dhttpd|webdev'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['webdev'], args: ['serve|daemon'], effect: 'never-ends', category: 'server', reason: 'serves the web app until stopped' },
  { programs: FLUTTER, args: ['logs'], effect: 'never-ends', category: 'follow', reason: 'streams device logs until stopped' },
  { programs: FLUTTER, args: ['emulators'], ifFlags: ['--launch'], effect: 'self-background', category: 'detached', reason: 'starts an emulator that runs on its own', estimate: 5 },

  // Dependencies: pub resolves over the network.
  { programs: FLUTTER, args: ['pub', 'get|upgrade|downgrade|add|remove|cache'], ifFlags: ['--dry-run', '-n'], effect: 'work', category: 'query', reason: 'prints what would change', estimate: 3 },
  { programs: FLUTTER, args: ['pub', 'get|upgrade|downgrade|add|remove|cache|global|publish'], effect: 'work', category: 'install', reason: 'resolves and downloads packages', estimate: 15 },
  { programs: DART, args: ['pub', 'get|upgrade|downgrade|add|remove|cache|global|publish'], unlessFlags: ['--dry-run', '-n'], effect: 'work', category: 'install', reason: 'resolves and downloads packages', estimate: 10 },
  { programs: FLUTTER, args: ['pub', 'run'], effect: 'work', category: 'build', reason: 'runs a package executable (build_runner, tests)', estimate: 30 },
  { programs: FLUTTER, args: ['pub', 'outdated|deps|publish'], effect: 'work', category: 'query', reason: 'lists dependency versions', estimate: 4 },
  { programs: FLUTTER, args: ['upgrade|downgrade|precache|create'], effect: 'work', category: 'install', reason: 'downloads the SDK, artifacts or a project template with its packages', estimate: 60 },

  // Builds, tests and analysis compile the whole app.
  { programs: FLUTTER, args: ['build'], effect: 'work', category: 'build', reason: 'compiles the app for a platform', estimate: 180 },
  { programs: FLUTTER, args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 60 },
  { programs: FLUTTER, args: ['drive|integration_test'], effect: 'work', category: 'test', reason: 'builds the app and runs integration tests on a device', estimate: 300 },
  { programs: FLUTTER, args: ['analyze'], effect: 'work', category: 'lint', reason: 'analyses the whole project', estimate: 20 },
  { programs: FLUTTER, args: ['doctor'], effect: 'work', category: 'query', reason: 'checks every toolchain and device (slow)', estimate: 10 },
  { programs: FLUTTER, args: ['install'], effect: 'work', category: 'install', reason: 'installs the built app on a device', estimate: 20 },
  { programs: FLUTTER, args: ['gen-l10n|clean|config|devices|emulators|channel|format|--version|version|screenshot'], effect: 'work', category: 'query', reason: 'quick Flutter command', estimate: 3 },
  { programs: ['fvm'], args: ['install|use|global|releases'], effect: 'work', category: 'install', reason: 'downloads or switches a Flutter SDK', estimate: 60 },
  { programs: ['fvm'], args: ['list|ls|doctor|remove|config|spawn'], effect: 'work', category: 'query', reason: 'quick fvm command', estimate: 1 },
  { programs: DART, args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs the test suite', estimate: 30 },
  { programs: DART, args: ['run', 'build_runner', 'build'], effect: 'work', category: 'build', reason: 'generates code for the whole package', estimate: 60 },
  { programs: DART, args: ['analyze'], effect: 'work', category: 'lint', reason: 'analyses the whole package', estimate: 10 },
  { programs: DART, args: ['compile'], effect: 'work', category: 'build', reason: 'compiles ahead of time', estimate: 20 },
  { programs: DART, args: ['doc'], effect: 'work', category: 'build', reason: 'generates API documentation', estimate: 20 },
  { programs: DART, args: ['create'], effect: 'work', category: 'install', reason: 'creates a project and resolves its packages', estimate: 10 },
  { programs: DART, args: ['format|fix|info|pub|--version|devtools|language-server'], effect: 'work', category: 'query', reason: 'quick Dart command', estimate: 2 },
  { programs: DART, args: ['run'], effect: 'work', category: 'script', reason: 'compiles and runs a Dart program', estimate: 4 },
  { programs: DART, bare: true, effect: 'work', category: 'query', reason: 'prints usage', estimate: 0.3 },
];
