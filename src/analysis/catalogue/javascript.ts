/** JavaScript and TypeScript: package managers, test runners, bundlers, frameworks. Order matters. */
import type { CatalogueEntry } from './entry.js';

const PMS = ['npm', 'pnpm', 'yarn', 'bun'];
const RUNNERS = ['pnpm', 'yarn', 'bun']; // these run scripts without `run`
const WATCH = ['--watch', '--watchAll', '-w', '--watch-all'];
/** For package managers `-w` means `--workspace`, not watch. */
const PM_WATCH = ['--watch', '--watchAll', '--watch-all'];

/** Script names by convention; projects differ, measured history corrects the guess. */
const SERVER_SCRIPT = /^(dev|start|serve|server|watch|develop|preview|storybook|start:dev|dev:.*|start:.*|serve:.*|watch:.*|.*:watch|.*:dev|.*:serve)$/;
const TEST_SCRIPT = /^(test|tests|t|e2e|spec|coverage|cy:run|cypress:run|playwright|vitest|jest|mocha|ava|test[:_-].*|.*:test|e2e[:_-].*|.*:e2e|integration.*|unit.*)$/;
const BUILD_SCRIPT = /^(build|compile|bundle|dist|package|pack|prepack|export|generate|codegen|build[:_-].*|.*:build|compile:.*|storybook:build|build-storybook)$/;
const CHECK_SCRIPT = /^(lint|typecheck|type-check|types|tsc|check|check-types|validate|verify|ci|format:check|lint[:_-].*|.*:lint|typecheck:.*|check:.*)$/;
const MIGRATE_SCRIPT = /^(migrate|migration|db:.*|prisma:.*|seed|db-migrate|migrate:.*)$/;
const BENCH_SCRIPT = /^(bench|benchmark|bench:.*|perf|load-test)$/;
/** A test run under a debugger or inspector (`test:debug`, `test:e2e:debug`): it waits for a person. */
const DEBUG_TEST_SCRIPT = /^((test|tests|e2e|spec|playwright|cypress|jest|vitest|mocha)([:_-][\w-]+)*[:_-](debug|inspect)|debug[:_-](test|e2e)\S*)$/;
/** A release script (np, release-it, bumpp, lerna publish): most ask which version, or to confirm each step. */
/** A test file by its name (`src/a.test.ts`, `spec/b.spec.js`). */
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;
/** A source or style file by its name: what a type checker or linter is given instead of a project. */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro|css|scss|less)$/;
/** A directory (no extension), `.`, or a glob: more than the files named. */
const DIR_OR_GLOB = /^\.{1,2}\/?$|(^|\/)[^./]+\/?$|[*?{]/;
const RELEASE_SCRIPT = /^(release|release[:_-](patch|minor|major|pre\w*|alpha|beta|rc|next))$/;

export const JAVASCRIPT_ROWS: readonly CatalogueEntry[] = [
  // Fast package-manager queries first, so they never look like installs or scripts.
  { programs: PMS, args: ['ls|list|ll|la|view|info|show|config|get|set|whoami|bin|prefix|root|explain|why|outdated|doctor|ping|pkg|version|search|help-search|docs|repo|bugs|home|query|cache|owner|team|access|token|profile|dist-tag|fund|star|stars|completion|env|exec-env|licenses|store|dedupe-check'], effect: 'work', category: 'query', reason: 'package-manager query', estimate: 1.5 },
  { programs: PMS, args: ['run|run-script|rum|urn'], noMoreArgs: true, effect: 'work', category: 'query', reason: 'lists the scripts', estimate: 0.5 },
  { programs: PMS, args: ['audit'], effect: 'work', category: 'query', reason: 'checks the dependency tree against an advisory database', estimate: 4 },

  // Scripts by name: `npm run dev`, `pnpm dev`, `yarn test`.
  { programs: PMS, args: ['run|run-script|rum|urn', SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev server or watcher script runs until stopped' },
  { programs: PMS, args: ['start|serve'], effect: 'never-ends', category: 'server', reason: 'the start script usually runs a server until stopped' },
  { programs: RUNNERS, args: [SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev server or watcher script runs until stopped' },
  { programs: PMS, args: ['run|run-script|rum|urn|test|t|tst', '*'], ifFlags: PM_WATCH, unlessFlags: ['--watch=false', '--watchAll=false', '--no-watch'], effect: 'never-ends', category: 'watch', reason: 'watch mode reruns on changes and never exits', alternative: 'drop --watch for a single run' },
  { programs: PMS, args: ['test|t|tst'], ifFlags: PM_WATCH, unlessFlags: ['--watch=false', '--watchAll=false', '--no-watch'], effect: 'never-ends', category: 'watch', reason: 'watch mode reruns on changes and never exits', alternative: 'drop --watch for a single run' },
  { programs: PMS, args: ['run|run-script|rum|urn', DEBUG_TEST_SCRIPT], effect: 'interactive', category: 'prompt', reason: 'runs the tests under a debugger or inspector, which waits for a person', alternative: 'the same test script without debug' },
  { programs: RUNNERS, args: [DEBUG_TEST_SCRIPT], effect: 'interactive', category: 'prompt', reason: 'runs the tests under a debugger or inspector, which waits for a person', alternative: 'the same test script without debug' },
  { programs: PMS, args: ['run|run-script|rum|urn', RELEASE_SCRIPT], effect: 'interactive', category: 'prompt', reason: 'a release script usually asks which version to release, or to confirm each step', alternative: "read the script and run the release tool's non-interactive form (--ci, --yes), or leave the release to the user" },
  { programs: RUNNERS, args: [RELEASE_SCRIPT], effect: 'interactive', category: 'prompt', reason: 'a release script usually asks which version to release, or to confirm each step', alternative: "read the script and run the release tool's non-interactive form (--ci, --yes), or leave the release to the user" },
  { programs: PMS, args: ['test|t|tst'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 30 },
  { programs: PMS, args: ['run|run-script|rum|urn', TEST_SCRIPT], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: PMS, args: ['run|run-script|rum|urn', BUILD_SCRIPT], effect: 'work', category: 'build', reason: 'runs a build script', estimate: 30 },
  { programs: PMS, args: ['run|run-script|rum|urn', CHECK_SCRIPT], effect: 'work', category: 'lint', reason: 'runs lint or type checks over the project', estimate: 15 },
  { programs: PMS, args: ['run|run-script|rum|urn', MIGRATE_SCRIPT], effect: 'work', category: 'migration', reason: 'runs database migrations', estimate: 15 },
  { programs: PMS, args: ['run|run-script|rum|urn', BENCH_SCRIPT], effect: 'work', category: 'script', reason: 'runs benchmarks', estimate: 60 },
  { programs: RUNNERS, args: [TEST_SCRIPT], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: RUNNERS, args: [BUILD_SCRIPT], effect: 'work', category: 'build', reason: 'runs a build script', estimate: 30 },
  { programs: RUNNERS, args: [CHECK_SCRIPT], effect: 'work', category: 'lint', reason: 'runs lint or type checks over the project', estimate: 15 },
  { programs: RUNNERS, args: [MIGRATE_SCRIPT], effect: 'work', category: 'migration', reason: 'runs database migrations', estimate: 15 },
  { programs: PMS, args: ['run|run-script|rum|urn', /^(format|fmt|prettier|clean|prepare|postinstall|version|help|env|info)$/], effect: 'work', category: 'other', reason: 'a short maintenance script', estimate: 3 },

  // Installs.
  { programs: ['yarn'], bare: true, effect: 'work', category: 'install', reason: 'installs dependencies', estimate: 30 },
  { programs: PMS, args: ['install|i|in|ins|inst|insta|instal|isnt|isntall|add|ci|clean-install|ic|install-clean|isntall-clean|update|up|upgrade|rebuild|rb|dedupe|ddp|prune|link|ln|import|fetch|remove|rm|uninstall|un|unlink|r'], unlessFlags: ['--dry-run'], effect: 'work', category: 'install', reason: 'installs or updates dependencies over the network', estimate: 30 },
  { programs: PMS, args: ['init|innit'], ifFlags: ['-y', '--yes'], noMoreArgs: true, effect: 'work', category: 'other', reason: 'writes a default package.json', estimate: 1 },
  { programs: PMS, args: ['init|create|innit'], unlessFlags: ['-y', '--yes'], noMoreArgs: true, effect: 'interactive', category: 'prompt', reason: 'asks questions on the terminal', alternative: 'npm init -y' },
  // `npm create vite@latest` with nothing after the initializer asks for a name and a template.
  { programs: PMS, args: ['init|create|innit', '*'], bare: true, effect: 'interactive', category: 'prompt', reason: 'the scaffolder asks questions on the terminal', alternative: 'pass the project name and options, e.g. npm create vite@latest app -- --template react-ts' },
  { programs: PMS, args: ['init|create|innit'], effect: 'work', category: 'install', reason: 'scaffolds a project, often downloading a template', estimate: 20 },
  // `yarn workspace web build` runs a script of one workspace.
  { programs: ['yarn'], args: ['workspace', '*', SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev server or watcher script runs until stopped' },
  { programs: ['yarn'], args: ['workspace', '*', TEST_SCRIPT], effect: 'work', category: 'test', reason: 'runs a test script', estimate: 30 },
  { programs: ['yarn'], args: ['workspace', '*', BUILD_SCRIPT], effect: 'work', category: 'build', reason: 'runs a build script', estimate: 30 },
  { programs: ['yarn'], args: ['workspace', '*', CHECK_SCRIPT], effect: 'work', category: 'lint', reason: 'runs lint or type checks', estimate: 15 },
  { programs: ['yarn'], args: ['workspace', '*', 'add|install|remove'], effect: 'work', category: 'install', reason: 'installs dependencies over the network', estimate: 20 },
  { programs: ['yarn'], args: ['workspaces'], effect: 'work', category: 'build', reason: 'runs across workspaces', estimate: 30 },
  { programs: PMS, args: ['login|adduser|add-user'], effect: 'interactive', category: 'prompt', reason: 'asks for credentials', alternative: 'set a token in .npmrc or NPM_TOKEN' },
  { programs: PMS, args: ['publish'], ifFlags: ['--dry-run'], effect: 'work', category: 'query', reason: 'packs the package and lists its files without uploading', estimate: 3 },
  { programs: PMS, args: ['publish'], effect: 'work', category: 'other', reason: 'packs and uploads the package', estimate: 10 },
  { programs: PMS, args: ['pack'], effect: 'work', category: 'build', reason: 'packs the package (runs prepack scripts)', estimate: 5 },
  { programs: ['npm', 'pnpm'], args: ['exec|x'], effect: 'work', category: 'other', reason: 'runs a package binary', estimate: 3 },
  { programs: ['corepack'], args: ['enable|disable'], effect: 'work', category: 'other', reason: 'sets up package-manager shims', estimate: 1 },
  { programs: ['corepack'], args: ['prepare|install|use|up'], effect: 'work', category: 'install', reason: 'downloads a package manager', estimate: 10 },
  { programs: ['bun'], args: ['build'], effect: 'work', category: 'build', reason: 'bundles with bun', estimate: 3 },
  { programs: ['bun'], args: ['test'], effect: 'work', category: 'test', reason: 'runs bun tests', estimate: 10 },
  { programs: ['bun', 'deno'], args: ['upgrade'], effect: 'work', category: 'install', reason: 'downloads a new runtime', estimate: 20 },
  { programs: ['deno'], args: ['task', SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev task runs until stopped' },
  { programs: ['deno'], args: ['test|bench'], effect: 'work', category: 'test', reason: 'runs deno tests', estimate: 20 },
  { programs: ['deno'], args: ['compile|bundle|cache|install'], effect: 'work', category: 'build', reason: 'compiles or caches modules', estimate: 10 },
  { programs: ['deno'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['deno'], args: ['lint|fmt|check'], effect: 'work', category: 'lint', reason: 'checks the project', estimate: 3 },
  { programs: ['node', 'bun', 'deno', 'tsx', 'nodemon', 'ts-node-dev'], ifFlags: ['--watch', '--watch-path', '--hot'], effect: 'never-ends', category: 'watch', reason: 'restarts on changes and never exits' },
  { programs: ['tsx'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'restarts on changes and never exits' },

  // Test runners.
  { programs: ['jest', 'vitest', 'mocha', 'ava', 'karma', 'uvu', 'tap', 'c8', 'nyc', 'jasmine'], ifFlags: WATCH, unlessFlags: ['--watch=false', '--watchAll=false', '--no-watch', '--single-run'], effect: 'never-ends', category: 'watch', reason: 'watch mode reruns on changes and never exits', alternative: 'drop --watch for a single run' },
  { programs: ['vitest'], args: ['watch|dev'], effect: 'never-ends', category: 'watch', reason: 'watch mode reruns on changes and never exits', alternative: 'vitest run' },
  { programs: ['jest', 'vitest', 'mocha', 'ava', 'jasmine'], ifFlags: ['--listTests', '--list', '--showConfig', '--clearCache'], effect: 'work', category: 'query', reason: 'lists or configures without running tests', estimate: 2 },
  { programs: ['vitest'], args: ['list'], effect: 'work', category: 'query', reason: 'lists tests without running them', estimate: 3 },
  { programs: ['vitest'], args: ['bench'], effect: 'work', category: 'script', reason: 'runs benchmarks', estimate: 60 },
  { programs: ['react-scripts', 'craco', 'vue-cli-service', 'umi', 'razzle'], args: ['start|serve|dev'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['react-scripts', 'craco', 'vue-cli-service', 'umi', 'razzle'], args: ['build'], effect: 'work', category: 'build', reason: 'builds for production', estimate: 60 },
  // Named tests in named files (`vitest run src/a.test.ts -t adds`): seconds, like one pytest node id.
  { programs: ['vitest'], args: ['run'], ifFlags: ['-t', '--testNamePattern'], anyArg: TEST_FILE, noArg: DIR_OR_GLOB, effect: 'work', category: 'test', reason: 'runs the named tests of the named files', estimate: 4 },
  { programs: ['jest', 'vitest'], ifFlags: ['-t', '--testNamePattern'], anyArg: TEST_FILE, noArg: DIR_OR_GLOB, effect: 'work', category: 'test', reason: 'runs the named tests of the named files', estimate: 4 },
  { programs: ['mocha'], ifFlags: ['-g', '--grep', '-f', '--fgrep'], anyArg: TEST_FILE, noArg: DIR_OR_GLOB, effect: 'work', category: 'test', reason: 'runs the named tests of the named files', estimate: 4 },
  { programs: ['jest', 'vitest', 'mocha', 'ava', 'tap', 'uvu', 'jasmine', 'c8', 'nyc', 'react-scripts', 'craco', 'wdio', 'testcafe', 'nightwatch', 'detox'], effect: 'work', category: 'test', reason: 'runs a test suite', estimate: 30 },
  { programs: ['karma'], args: ['start'], ifFlags: ['--single-run'], effect: 'work', category: 'test', reason: 'runs the test suite once in a browser', estimate: 30 },
  { programs: ['karma'], args: ['start'], unlessFlags: ['--single-run'], effect: 'never-ends', category: 'watch', reason: 'karma keeps watching unless --single-run', alternative: 'karma start --single-run' },
  { programs: ['playwright'], args: ['install|install-deps'], effect: 'work', category: 'install', reason: 'downloads browsers', estimate: 60 },
  { programs: ['playwright'], args: ['test'], ifFlags: ['--ui', '--debug'], effect: 'interactive', category: 'repl', reason: 'opens an interactive test UI', alternative: 'playwright test (headless)' },
  { programs: ['playwright'], args: ['test'], ifFlags: ['--list'], effect: 'work', category: 'query', reason: 'lists tests without running them', estimate: 3 },
  { programs: ['playwright'], args: ['test'], effect: 'work', category: 'test', reason: 'runs browser tests', estimate: 60 },
  { programs: ['playwright'], args: ['show-report|show-trace|codegen|open|cr|ff|wk'], effect: 'never-ends', category: 'server', reason: 'opens a report or browser and waits' },
  { programs: ['cypress'], args: ['open'], effect: 'interactive', category: 'repl', reason: 'opens the interactive Cypress app', alternative: 'cypress run' },
  { programs: ['cypress'], args: ['run'], effect: 'work', category: 'test', reason: 'runs browser tests', estimate: 90 },
  { programs: ['cypress'], args: ['install|verify'], effect: 'work', category: 'install', reason: 'downloads or verifies the Cypress binary', estimate: 30 },

  // Type checkers, linters, formatters.
  { programs: ['tsc', 'vue-tsc'], ifFlags: ['-w', '--watch'], effect: 'never-ends', category: 'watch', reason: 'tsc --watch never exits', alternative: 'tsc --noEmit for a single check' },
  { programs: ['tsc', 'vue-tsc'], ifFlags: ['--showConfig', '--init', '--listFilesOnly'], effect: 'work', category: 'query', reason: 'prints configuration', estimate: 1 },
  // Files named (`tsc --noEmit src/a.ts`): tsc ignores tsconfig.json and checks them and what they import.
  { programs: ['tsc', 'vue-tsc', 'tsgo'], anyArg: SOURCE_FILE, noArg: DIR_OR_GLOB, unlessFlags: ['-p', '--project', '-b', '--build'], effect: 'work', category: 'typecheck', reason: 'type-checks the named files and their imports', estimate: 3 },
  { programs: ['tsc', 'vue-tsc', 'tsgo'], effect: 'work', category: 'typecheck', reason: 'type-checks the whole project', estimate: 15 },
  { programs: ['eslint', 'oxlint', 'biome', 'standard', 'xo', 'stylelint', 'tslint'], ifFlags: ['--print-config', '--print-config-path', '--env-info'], effect: 'work', category: 'query', reason: 'prints configuration', estimate: 1 },
  { programs: ['eslint', 'stylelint', 'tslint', 'standard', 'xo'], anyArg: SOURCE_FILE, noArg: DIR_OR_GLOB, effect: 'work', category: 'lint', reason: 'lints the named files', estimate: 2 },
  { programs: ['eslint', 'stylelint', 'tslint', 'standard', 'xo'], effect: 'work', category: 'lint', reason: 'lints the project', estimate: 10 },
  { programs: ['oxlint', 'biome'], effect: 'work', category: 'lint', reason: 'lints the project (fast)', estimate: 1.5 },
  { programs: ['prettier'], args: ['*'], effect: 'work', category: 'lint', reason: 'formats files', estimate: 3 },
  { programs: ['knip', 'depcheck', 'madge', 'jscpd'], effect: 'work', category: 'lint', reason: 'analyses the whole project', estimate: 10 },

  // Bundlers and frameworks.
  { programs: ['vite'], args: ['build'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'vite build --watch never exits' },
  { programs: ['vite'], args: ['build|optimize'], effect: 'work', category: 'build', reason: 'builds for production', estimate: 20 },
  { programs: ['vite'], effect: 'never-ends', category: 'server', reason: 'vite starts a dev server that runs until stopped' },
  { programs: ['webpack', 'webpack-cli'], args: ['serve|server|s'], effect: 'never-ends', category: 'server', reason: 'webpack serve runs until stopped' },
  { programs: ['webpack-dev-server'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['webpack', 'webpack-cli', 'rollup', 'parcel', 'esbuild', 'tsup', 'tsup-node', 'swc', 'babel', 'rspack', 'rsbuild', 'microbundle', 'unbuild', 'tsdown', 'ncc', 'pkgroll', 'farm'], ifFlags: ['-w', '--watch', '--serve', '--servedir'], effect: 'never-ends', category: 'watch', reason: 'watch or serve mode never exits' },
  { programs: ['parcel'], args: ['build'], effect: 'work', category: 'build', reason: 'builds for production', estimate: 20 },
  { programs: ['parcel', 'rsbuild', 'rspack', 'farm'], args: ['serve|dev|watch'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['parcel'], effect: 'never-ends', category: 'server', reason: 'parcel without build serves until stopped', alternative: 'parcel build' },
  { programs: ['webpack', 'webpack-cli', 'rollup', 'rspack', 'rsbuild', 'farm', 'ncc', 'microbundle', 'unbuild', 'tsup', 'tsup-node', 'tsdown', 'babel'], effect: 'work', category: 'build', reason: 'bundles the project', estimate: 20 },
  { programs: ['esbuild', 'swc', 'bun-build', 'pkgroll'], effect: 'work', category: 'build', reason: 'bundles (fast)', estimate: 1 },
  { programs: ['next'], args: ['dev|start'], effect: 'never-ends', category: 'server', reason: 'a Next.js server runs until stopped' },
  { programs: ['next'], args: ['build|export'], effect: 'work', category: 'build', reason: 'builds the Next.js app', estimate: 60 },
  { programs: ['next'], args: ['lint'], effect: 'work', category: 'lint', reason: 'lints the Next.js app', estimate: 15 },
  { programs: ['next'], bare: true, effect: 'never-ends', category: 'server', reason: 'next alone starts the dev server' },
  { programs: ['nuxt', 'nuxi', 'astro', 'remix', 'svelte-kit', 'gatsby', 'react-router', 'solid-start', 'vinxi', 'qwik', 'eleventy', '@11ty/eleventy', 'docusaurus', 'vuepress', 'vitepress', 'expo', 'react-native', 'ionic', 'quasar', 'ember', 'ng', 'sls', 'serverless', 'wrangler', 'vercel', 'netlify', 'firebase', 'storybook', 'start-storybook', 'sb'], args: ['dev|develop|start|serve|s|preview|run-dev|emulators:start|offline'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['nuxt', 'nuxi', 'astro', 'remix', 'svelte-kit', 'gatsby', 'react-router', 'solid-start', 'vinxi', 'docusaurus', 'vuepress', 'vitepress', 'ng', 'ember', 'storybook', 'build-storybook', 'sb', 'eleventy', 'expo', 'quasar'], args: ['build|generate|export|prerender'], effect: 'work', category: 'build', reason: 'builds the site or app', estimate: 45 },
  { programs: ['ng', 'ember', 'nx'], args: ['test|e2e|t'], unlessFlags: ['--watch'], effect: 'work', category: 'test', reason: 'runs the test suite', estimate: 60 },
  { programs: ['nuxi', 'nuxt'], args: ['prepare'], effect: 'work', category: 'build', reason: 'loads every module and generates the types once', estimate: 10 },
  { programs: ['tauri'], args: ['dev'], effect: 'never-ends', category: 'server', reason: 'tauri dev keeps the app and watcher running' },
  { programs: ['tauri'], args: ['build|bundle|android|ios'], effect: 'work', category: 'build', reason: 'compiles the Rust app with cargo and bundles it', estimate: 120 },
  // napi-rs and neon build a native Node addon: a cargo compile.
  { programs: ['napi', 'neon', 'node-gyp', 'cmake-js'], args: ['build|rebuild'], effect: 'work', category: 'build', reason: 'compiles a native addon (cargo or a C++ toolchain)', estimate: 60 },
  { programs: ['depcruise', 'dependency-cruiser', 'madge'], unlessFlags: ['--help', '-h', '--version', '-V', '--init'], effect: 'work', category: 'lint', reason: 'parses every module to check the dependency graph', estimate: 10 },
  { programs: ['astro', 'svelte-check', 'nuxi', 'nuxt'], args: ['check|typecheck'], effect: 'work', category: 'typecheck', reason: 'type-checks the whole project', estimate: 15 },
  { programs: ['svelte-check'], effect: 'work', category: 'typecheck', reason: 'type-checks the whole project', estimate: 15 },
  { programs: ['ng'], args: ['update|add'], anyArg: '*', unlessFlags: ['--dry-run', '-d'], effect: 'work', category: 'install', reason: 'installs packages and runs their migrations', estimate: 30 },
  { programs: ['ng', 'ember'], args: ['lint'], effect: 'work', category: 'lint', reason: 'lints the project', estimate: 20 },
  { programs: ['eleventy', 'docusaurus', 'astro'], ifFlags: ['--serve', '--watch'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['wrangler', 'vercel', 'netlify', 'firebase', 'sls', 'serverless', 'fly', 'flyctl', 'railway', 'heroku', 'amplify', 'cdk', 'sst'], args: ['deploy|publish|up|synth|bootstrap'], effect: 'work', category: 'infra', reason: 'deploys to the cloud', estimate: 60 },
  { programs: ['expo'], args: ['install|prebuild|export|run:ios|run:android'], effect: 'work', category: 'install', reason: 'installs native modules or builds', estimate: 30 },
  { programs: ['shadcn', 'shadcn-ui'], args: ['add|init'], effect: 'work', category: 'install', reason: 'downloads components and installs their dependencies', estimate: 15 },
  { programs: ['vercel'], bare: true, effect: 'work', category: 'infra', reason: 'deploys to Vercel', estimate: 60 },
  { programs: ['vercel'], ifFlags: ['--prod', '--prebuilt', '--yes'], noMoreArgs: true, effect: 'work', category: 'infra', reason: 'deploys to Vercel', estimate: 60 },
  { programs: ['wrangler'], args: ['pages|versions', 'deploy|publish|upload'], effect: 'work', category: 'infra', reason: 'deploys to Cloudflare', estimate: 30 },
  { programs: ['wrangler', 'vercel', 'netlify', 'firebase', 'railway', 'convex', 'supabase', 'heroku'], args: ['login'], unlessFlags: ['--token', '--api-key', '--access-token', '--no-browser'], effect: 'interactive', category: 'prompt', reason: 'opens a browser login and waits for it', alternative: "set the tool's token in the environment (CLOUDFLARE_API_TOKEN, VERCEL_TOKEN, …)" },
  { programs: ['wrangler'], args: ['pages', 'dev'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['convex'], args: ['dev'], unlessFlags: ['--once', '--until-success'], effect: 'never-ends', category: 'server', reason: 'watches and pushes functions until stopped', alternative: 'convex dev --once' },
  { programs: ['convex'], args: ['deploy'], effect: 'work', category: 'infra', reason: 'builds and pushes functions to the deployment', estimate: 30 },
  { programs: ['vercel'], args: ['logs'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the logs until stopped' },
  { programs: ['wrangler'], args: ['tail'], effect: 'never-ends', category: 'follow', reason: 'streams worker logs until stopped' },
  { programs: ['supabase'], args: ['functions', 'serve'], effect: 'never-ends', category: 'server', reason: 'serves edge functions until stopped' },
  { programs: ['supabase'], args: ['start|db|functions|link|init'], effect: 'work', category: 'container', reason: 'starts containers or talks to the project', estimate: 30 },
  { programs: ['supabase'], args: ['status|projects|secrets|gen'], effect: 'work', category: 'query', reason: 'queries the project', estimate: 3 },
  { programs: ['react-native'], args: ['run-ios|run-android|build-android|build-ios'], effect: 'work', category: 'build', reason: 'builds and installs a mobile app', estimate: 120 },
  { programs: ['eas'], args: ['build|submit|update'], effect: 'work', category: 'build', reason: 'builds in the cloud and waits', estimate: 300 },
  { programs: ['turbo'], args: ['run|build|test|lint|typecheck', SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev task runs until stopped' },
  { programs: ['turbo'], args: [SERVER_SCRIPT], effect: 'never-ends', category: 'server', reason: 'a dev task runs until stopped' },
  { programs: ['turbo'], args: ['run|build|test|lint|typecheck|check'], effect: 'work', category: 'build', reason: 'runs tasks across the monorepo', estimate: 60 },
  { programs: ['turbo'], args: ['prune|daemon|login|link|ls|info|query|gen'], effect: 'work', category: 'query', reason: 'turbo housekeeping', estimate: 2 },
  { programs: ['nx'], args: ['serve|dev|watch|run-dev'], effect: 'never-ends', category: 'server', reason: 'a dev server runs until stopped' },
  { programs: ['nx'], args: ['run', /:(serve|dev|watch|start)(:|$)/], effect: 'never-ends', category: 'server', reason: 'a serve target runs until stopped' },
  { programs: ['nx'], args: ['build|lint|run|run-many|affected|e2e|typecheck'], effect: 'work', category: 'build', reason: 'runs tasks across the workspace', estimate: 60 },
  { programs: ['nx'], args: ['graph|dep-graph'], unlessFlags: ['--file'], effect: 'never-ends', category: 'server', reason: 'serves the project graph until stopped', alternative: 'nx graph --file=graph.json' },
  { programs: ['nx'], args: ['graph|show|list|report|reset|daemon|format:check|format:write|format|g|generate|migrate'], effect: 'work', category: 'query', reason: 'nx housekeeping', estimate: 3 },
  { programs: ['lerna'], args: ['run|bootstrap|publish|version|exec'], effect: 'work', category: 'build', reason: 'runs across every package', estimate: 60 },

  // Servers and watchers.
  // npm-run-all runs its scripts one after another unless told to run them in parallel.
  { programs: ['npm-run-all'], unlessFlags: ['-p', '--parallel', '-r', '--race'], effect: 'work', category: 'build', reason: 'runs several scripts in sequence', estimate: 30 },
  { programs: ['nodemon', 'ts-node-dev', 'node-dev', 'supervisor', 'forever', 'live-server', 'http-server', 'serve', 'browser-sync', 'lite-server', 'json-server', 'http-party', 'local-web-server', 'ws', 'concurrently', 'npm-run-all', 'run-p', 'nest', 'sirv', 'five-server', 'docsify'], effect: 'never-ends', category: 'server', reason: 'serves or watches until stopped' },
  { programs: ['nest'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the Nest app', estimate: 20 },
  { programs: ['concurrently', 'npm-run-all', 'run-p'], ifFlags: ['--kill-others-on-fail', '-s', '--sequential', '--serial'], effect: 'work', category: 'build', reason: 'runs several scripts and waits for them', estimate: 30 },
  { programs: ['run-s'], effect: 'work', category: 'build', reason: 'runs scripts in sequence', estimate: 30 },
  { programs: ['tailwindcss', 'postcss', 'sass', 'less-watch-compiler', 'chokidar', 'onchange'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'watches files until stopped' },
  { programs: ['tailwindcss', 'postcss', 'sass', 'lessc'], effect: 'work', category: 'build', reason: 'compiles stylesheets', estimate: 3 },
  { programs: ['chokidar', 'onchange'], effect: 'never-ends', category: 'watch', reason: 'watches files until stopped' },
  { programs: ['hardhat'], args: ['node'], effect: 'never-ends', category: 'server', reason: 'a local chain runs until stopped' },
  { programs: ['anvil', 'ganache', 'ganache-cli'], effect: 'never-ends', category: 'server', reason: 'a local chain runs until stopped' },
  { programs: ['hardhat', 'truffle'], args: ['test|compile'], effect: 'work', category: 'test', reason: 'compiles contracts and runs tests', estimate: 30 },

  // Migrations and code generation.
  { programs: ['prisma'], args: ['studio'], effect: 'never-ends', category: 'server', reason: 'Prisma Studio serves until stopped' },
  { programs: ['prisma'], args: ['migrate|db'], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['prisma'], args: ['generate'], effect: 'work', category: 'build', reason: 'generates the client', estimate: 5 },
  { programs: ['drizzle-kit'], args: ['studio'], effect: 'never-ends', category: 'server', reason: 'serves until stopped' },
  { programs: ['drizzle-kit', 'knex', 'sequelize', 'sequelize-cli', 'typeorm', 'db-migrate', 'node-pg-migrate', 'umzug', 'mikro-orm', 'kysely'], args: [/migrat|push|up|down|latest|rollback|db:|schema:sync/], effect: 'work', category: 'migration', reason: 'migrates the database', estimate: 10 },
  { programs: ['graphql-codegen', 'openapi-generator-cli', 'openapi-typescript', 'orval', 'buf', 'protoc'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'watches and regenerates until stopped' },
  { programs: ['graphql-codegen', 'openapi-generator-cli', 'orval'], effect: 'work', category: 'build', reason: 'generates code', estimate: 8 },
];
