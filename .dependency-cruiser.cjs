/**
 * The layers of src/ and what may import what: the source of truth for docs/architecture.md
 * ("Layers"). Checked by `npm run check:layers` (part of `npm test`).
 */

/**
 * Folders of src/, lowest first. A folder may import the folders before it, never one after it,
 * so the order is also the proof that folders form no cycle. The first eight are the hook side:
 * what the hook bundles are made of. The rest is the command side, with the CLI on top.
 */
const LAYERS = [
  'analysis', // command → Analysis: pure (see analysis-is-pure)
  'runtime', // hook process plumbing: stdin, payloads, paths, error log, code cache
  'config', // the configuration file schema and its loading
  'project', // what a project's task files (package.json, Makefile, …) say its commands run
  'privacy', // redaction, what of a command is stored
  'store', // the SQLite store
  'policy', // what a hook tells the model and records
  'hooks', // one entry per hook program, and the hook registry
  'daemon', // the long-lived process that answers every hook's events over loopback
  'console', // shared by the command side: errors with exit codes, colours, text tables
  'demo', // replay of recorded sessions through the compiled hooks
  'install', // editing Claude Code settings, hook commands, the plugin's hooks.json
  'admin', // what the commands do to the store and settings: doctor, export, import, prune, status, config
  'team', // the team store on PostgreSQL: its schema, roles and the sync to it
  'report', // the report: aggregation and rendering
  'cli', // the commander program: flags and one module per command
];

const folders = (list) => `^src/(${list.join('|')})/`;

/** One rule per folder: nothing above it. */
const layerRules = LAYERS.slice(0, -1).map((folder, k) => ({
  name: `layer-${folder}`,
  comment: `src/${folder} may import only the folders below it (${LAYERS.slice(0, k).join(', ') || 'none'}), never ${LAYERS.slice(k + 1).join(', ')}.`,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: folders(LAYERS.slice(k + 1)) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'unlisted-folder',
      comment: 'Every folder of src/ has its place in LAYERS (.dependency-cruiser.cjs): add a new one there.',
      severity: 'error',
      from: { path: '^src/', pathNot: folders(LAYERS) },
      to: {},
    },
    {
      name: 'analysis-is-pure',
      comment: 'Command analysis does no I/O: no Node built-in modules (it is also the lowest layer: no other folder).',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'hooks-without-cli-libraries',
      comment: 'A hook bundle holds what its event needs: never commander, chalk, jsonc-parser or diff, directly or through any module.',
      severity: 'error',
      from: { path: '^src/hooks/' },
      to: { path: '^node_modules/(commander|chalk|jsonc-parser|diff)/', reachable: true },
    },
    {
      name: 'pg-only-on-the-command-side',
      comment: 'The PostgreSQL driver is loaded by the CLI and sync alone: never by a hook bundle, through any module.',
      severity: 'error',
      from: { path: folders(LAYERS.slice(0, LAYERS.indexOf('hooks') + 1)) },
      to: { path: '^node_modules/(pg|pg-[a-z-]+)/', reachable: true },
    },
    {
      name: 'zod-only-in-config-schema',
      comment: 'zod is loaded by the config validator alone (src/config/schema.ts); elsewhere only its types.',
      severity: 'error',
      from: { pathNot: '^src/config/schema[.]ts$' },
      to: { path: '^node_modules/zod/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'config-schema-lazy-in-hooks',
      comment:
        'The hook side loads the config validator (and with it zod) only when a config file exists: by import() (built as a separate file), or for its types.',
      severity: 'error',
      from: { path: folders(LAYERS.slice(0, LAYERS.indexOf('hooks') + 1)), pathNot: '^src/config/schema[.]ts$' },
      to: { path: '^src/config/schema[.]ts$', dependencyTypesNot: ['type-only', 'dynamic-import'] },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders (subfolders included) import each other in one direction only.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the checker cannot resolve is a dependency no rule sees.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser; swc parses the sources instead.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '^node_modules/' },
    // import() is a dependency too (config-schema-lazy-in-hooks tells it apart).
    moduleSystems: ['es6', 'cjs'],
  },
};
