/**
 * Rows consulted when no program-specific row fits: conventions shared by many tools
 * (`--watch` flags, `serve`/`dev` subcommands) and script names that give their purpose away.
 */
import type { CatalogueEntry } from './entry.js';

/** A script file an interpreter runs. */
const SCRIPT_FILE = /\.(py|js|mjs|cjs|ts|rb|php|sh|pl)$/;

/** Apply only to programs the catalogue does not know at all. */
export const GENERIC_ROWS: readonly CatalogueEntry[] = [
  // `create-next-app`, `create-vite`: scaffolders download templates and install dependencies.
  { programs: ['*'], programMatch: /^create-[a-z0-9-]+$/, ifFlags: ['--yes', '-y', '--ts', '--typescript', '--template', '--use-npm', '--use-pnpm', '--default', '--example'], effect: 'work', category: 'install', reason: 'scaffolds a project and installs its dependencies', estimate: 40 },
  { programs: ['*'], programMatch: /^create-[a-z0-9-]+$/, effect: 'interactive', category: 'prompt', reason: 'the scaffolder asks questions on the terminal', alternative: 'pass the project name and --yes or the template options' },
  // MCP servers (`@playwright/mcp`, `mcp-server-git`) speak over stdio or a port until stopped.
  { programs: ['*'], programMatch: /^(mcp|mcp-server.*|.*-mcp|.*-mcp-server|server-[a-z-]+)$/, effect: 'never-ends', category: 'server', reason: 'an MCP server runs until stopped' },
  { programs: ['*'], ifFlags: ['--watch', '--watchAll', '--watch-all', '--serve', '--hot', '--live-reload'], effect: 'never-ends', category: 'watch', reason: 'watch mode reruns on changes and never exits', alternative: 'drop the watch flag for a single run, or run it with run_in_background: true' },
  { programs: ['*'], args: ['watch|serve|dev|develop|start-dev'], effect: 'never-ends', category: 'server', reason: 'a watch/serve subcommand runs until stopped' },
];

/**
 * Script files run through an interpreter (`python train.py`, `node server.js`), matched on
 * the file name. Unknown names stay unknown (foreground) until history says otherwise.
 */
export const SCRIPT_ROWS: readonly CatalogueEntry[] = [
  { programs: ['*'], args: [/^(server|serve|app|main[-_]server|dev[-_]?server|devserver|api[-_]server|web[-_]?server|start[-_]server|run[-_]server|runserver|worker|bot|daemon|listener|consumer|watcher|watch)\.(py|js|mjs|cjs|ts|rb|php|sh)$/i], effect: 'never-ends', category: 'server', reason: 'a server or worker script runs until stopped' },
  // `python scripts/docs.py live`, `node tools/site.js serve`: a project script's own serve/build subcommand.
  { programs: ['*'], args: [SCRIPT_FILE, 'live|serve|dev|watch|runserver|start-dev|livereload'], effect: 'never-ends', category: 'server', reason: "the script's serve/watch subcommand runs until stopped" },
  { programs: ['*'], args: [SCRIPT_FILE, 'build|build-all|compile'], effect: 'work', category: 'build', reason: "the script's build subcommand builds the project or its docs", estimate: 20 },
  { programs: ['*'], args: [/(^|[_-])(fuzz|fuzzer|fuzzing)([_-]|\.)/i], effect: 'work', category: 'test', reason: 'a fuzzing run tries many generated inputs', estimate: 60 },
  { programs: ['*'], args: [/(^|[_-])(train|training|finetune|fine[_-]tune|pretrain|distill|sweep|hyperparam|grid[_-]search)([_-]|\.)/i], effect: 'work', category: 'script', reason: 'a training run takes minutes to hours', estimate: 600 },
  { programs: ['*'], args: [/(^|[_-])(benchmark|bench|profile|load[_-]test|stress|soak|evaluate|eval)([_-]|\.)/i], effect: 'work', category: 'script', reason: 'benchmarks and evaluations run for a while', estimate: 60 },
  { programs: ['*'], args: [/(^|[_-])(scrape|crawl|crawler|download|fetch[_-]data|backfill|etl|ingest|import[_-]data|export[_-]data|sync[_-]data|process[_-]\w+|batch|reindex|rebuild[_-]index|generate[_-]data|seed[_-]?data|migrate[_-]\w+)([_-]|\.)/i], effect: 'work', category: 'script', reason: 'a batch data script usually runs for minutes', estimate: 60 },
  { programs: ['*'], args: [/(^|[_-])(migrate|migration|migrations|seed)\.(py|js|ts|rb|php|sh)$/i], effect: 'work', category: 'migration', reason: 'migrates or seeds a database', estimate: 20 },
  { programs: ['*'], args: [/(^|[_-])(test|tests|run[_-]tests|test[_-]all|e2e|integration)\.(sh|py|js)$/i], effect: 'work', category: 'test', reason: 'runs a test suite', estimate: 30 },
  { programs: ['*'], args: [/(^|[_-])(build|compile|install|setup|bootstrap|deploy|release|package|provision)\.(sh|py|js|ts)$|^(build|compile|install|setup|bootstrap|deploy|release|package|provision)[_-][\w-]+\.(sh|py)$/i], effect: 'work', category: 'build', reason: 'a build or setup script', estimate: 30 },
];
