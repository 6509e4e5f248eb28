#!/usr/bin/env node
// Builds every entrypoint with esbuild. Each hook is one self-contained bundle holding only what
// its event needs (a hook process pays for every module it loads), run by a small entry script
// through V8's code cache, which the build warms for this clone; the config validator is a
// separate file that hooks load only when a config file exists. Then writes the Claude Code
// plugin (plugin/, committed: a marketplace install gets no build step) from the same output.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// CommonJS dependencies bundled into ESM may call require() for Node built-ins.
const requireShim =
  "import { createRequire as __bgtCreateRequire } from 'node:module'; const require = __bgtCreateRequire(import.meta.url);";

/**
 * In hook bundles, the lazy `import('./schema.js')` points at the separately built validator,
 * as a require(): a bundle compiled through vm.Script has no loader for import().
 */
const lazyValidator = {
  name: 'lazy-validator',
  setup(b) {
    b.onResolve({ filter: /\/schema\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './config-schema.cjs', external: true } : undefined,
    );
  },
};

/** Number of catalogue shards; each holds the rows of the programs that hash to it. */
const SHARDS = 128;

/** FNV-1a, the same function the generated loader uses to pick a program's shard. */
const SHARD_OF = `function shardOf(p) { let h = 2166136261; for (let i = 0; i < p.length; i++) { h ^= p.charCodeAt(i); h = Math.imul(h, 16777619); } return (h >>> 0) % ${SHARDS}; }`;
const shardOf = new Function(`${SHARD_OF}; return shardOf;`)();

/**
 * Writes the catalogue as per-program shards under dist/hooks/catalogue/ and returns the module
 * that replaces src/analysis/catalogue/rows.ts in the hook bundles. The TypeScript row files
 * stay the source of truth.
 */
async function writeShards() {
  const { BUILTIN_ROWS } = await importTs('src/analysis/catalogue/rows.ts');
  // Each shard: its rows once, and per program the indices of its rows, in catalogue order.
  const shards = Array.from({ length: SHARDS }, () => ({ rows: [], programs: {}, index: new Map() }));
  for (const row of BUILTIN_ROWS) {
    for (const program of row.programs) {
      const shard = shards[shardOf(program)];
      if (!shard.index.has(row)) shard.index.set(row, shard.rows.push(row) - 1);
      (shard.programs[program] ??= []).push(shard.index.get(row));
    }
  }
  mkdirSync('dist/hooks/catalogue', { recursive: true });
  const asJson = (v) => JSON.stringify(v, (_k, x) => (x instanceof RegExp ? { $re: x.source, $flags: x.flags } : x));
  for (const [k, { rows, programs }] of shards.entries()) writeFileSync(`dist/hooks/catalogue/shard-${k}.json`, asJson({ rows, programs }));
  // Plain JSON read with JSON.parse: no module wrapper to compile, unlike require() of code.
  return `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const shards = new Map();
${SHARD_OF}
export const ROW_SOURCE = {
  rowsFor(program) {
    const k = shardOf(program);
    let shard = shards.get(k);
    if (!shard) shards.set(k, (shard = JSON.parse(readFileSync(join(__dirname, 'catalogue', 'shard-' + k + '.json'), 'utf8'))));
    const ids = Object.prototype.hasOwnProperty.call(shard.programs, program) ? shard.programs[program] : undefined;
    return ids && ids.map((i) => shard.rows[i]);
  },
};
`;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  loader: { '.jsonl': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
};

/** Bundles a TypeScript module on the fly and imports it: the sources stay the one description. */
async function importTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'bgt-build-'));
  try {
    const out = join(dir, 'module.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The compiled hook programs and their warm-up calls come from the hook registry.
const { HOOK_SCRIPTS, WARM_UP_PAYLOADS } = await importTs('src/hooks/registry.ts');
const HOOKS = HOOK_SCRIPTS.map((script) => script.replace(/\.cjs$/, ''));
for (const name of HOOKS)
  if (!WARM_UP_PAYLOADS[`${name}.cjs`]) throw new Error(`src/hooks/registry.ts: no warm-up payload for ${name}.cjs`);

rmSync('dist', { recursive: true, force: true });
const shardedRows = await writeShards();
const rowsPath = resolve('src/analysis/catalogue/rows.ts');
/** In hook bundles, the catalogue table is replaced by the shard loader. */
const rowsFromShards = {
  name: 'rows-from-shards',
  setup(b) {
    b.onLoad({ filter: /catalogue[\\/]rows\.ts$/ }, (args) =>
      args.path === rowsPath ? { contents: shardedRows, loader: 'js', resolveDir: resolve('src/analysis/catalogue') } : undefined,
    );
  },
};
/**
 * Hooks never back up, serialize, or define SQL functions, aggregates or virtual tables: those
 * better-sqlite3 methods (one of which loads node:util at start-up) are left out of hook bundles.
 */
const hookSqliteMethods = {
  name: 'hook-sqlite-methods',
  setup(b) {
    b.onLoad({ filter: /better-sqlite3[\\/]lib[\\/]methods[\\/](backup|serialize|function|aggregate|table|inspect)\.js$/ }, () => ({
      contents: "module.exports = function () { throw new Error('not available in a bgtelemetry hook'); };",
      loader: 'js',
    }));
  },
};
/**
 * The build's version: a hash of every source file and the package version. The hook bundles,
 * the daemon and the shim all carry it; a daemon of another build is refused and replaced.
 */
const BUILD_VERSION = (() => {
  const hash = createHash('sha256').update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  for (const file of readdirSync('src', { recursive: true }).map(String).sort()) {
    if (/\.(ts|sh|json|jsonl)$/.test(file)) hash.update(file).update(readFileSync(join('src', file)));
  }
  return hash.digest('hex').slice(0, 16);
})();
/**
 * What runs in a hook process is CommonJS: an ES module's `import … from 'node:fs'` builds fs's
 * whole namespace, which loads the streams stack through lazy getters; about 10 ms per call.
 */
const hookFile = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  outdir: 'dist/hooks',
  minify: true,
  define: { __BUILD_VERSION__: JSON.stringify(BUILD_VERSION) },
};
await Promise.all([
  ...HOOKS.map((name) =>
    build({
      ...hookFile,
      entryPoints: { [`${name}.bundle`]: `src/hooks/${name}.ts` },
      supported: { 'dynamic-import': false },
      plugins: [lazyValidator, rowsFromShards, hookSqliteMethods],
      // better-sqlite3's own loader is skipped: the store passes it the loaded native addon.
      external: ['bindings'],
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  ),
  build({ ...hookFile, entryPoints: { 'config-schema': 'src/config/schema.ts' } }),
  // The daemon (src/daemon/): every hook's handlers in one long-lived process, beside the hooks
  // (the catalogue shards, the migrator and the plugin's copy are found from there).
  build({
    ...hookFile,
    entryPoints: { daemon: 'src/daemon/main.ts' },
    supported: { 'dynamic-import': false },
    plugins: [lazyValidator, rowsFromShards, hookSqliteMethods],
    external: ['bindings'],
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  // The detached migrator hooks start (store/background-migration.ts): beside them, also in plugin/.
  build({
    ...hookFile,
    entryPoints: { migrate: 'src/hooks/migrate.ts' },
    plugins: [hookSqliteMethods],
    external: ['bindings'],
    logOverride: { 'empty-import-meta': 'silent' },
  }),
  build({ ...common, entryPoints: { analysis: 'src/analysis/index.ts' }, outdir: 'dist' }),
  // The CLI loads each command's modules when the command runs (src/cli/program.ts): they are
  // chunks beside cli.mjs (so that import.meta.url names dist/ in every one of them).
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'cli-[name]-[hash]',
    external: ['better-sqlite3'],
    banner: { js: '#!/usr/bin/env node\n' + requireShim },
  }),
]);

// The entry Claude Code runs for each hook, naming its bundle and the bundle's content hash
// (which keys the code cache: a cache must never meet a different bundle). The same names go to
// dist/hooks/bundles.json for doctor.
const bundles = Object.fromEntries(
  HOOKS.map((name) => {
    const bundle = `${name}.bundle.cjs`;
    return [
      `${name}.cjs`,
      {
        bundle,
        hash: createHash('sha256')
          .update(readFileSync(`dist/hooks/${bundle}`))
          .digest('hex')
          .slice(0, 16),
      },
    ];
  }),
);
writeFileSync('dist/hooks/bundles.json', JSON.stringify(bundles, null, 2) + '\n');
await Promise.all(
  HOOKS.map((name) =>
    build({
      ...hookFile,
      entryPoints: { [name]: 'src/hooks/entry.ts' },
      define: {
        ...hookFile.define,
        __HOOK_BUNDLE__: JSON.stringify(bundles[`${name}.cjs`].bundle),
        __BUNDLE_HASH__: JSON.stringify(bundles[`${name}.cjs`].hash),
      },
    }),
  ),
);

// One representative call per hook writes its code cache (the run that finds none writes one
// at exit) into dist/hooks/code-cache, which the hooks of this clone use because it exists, so
// even the first call Claude Code makes starts warm. A throw-away data directory. (Installed
// copies, the npm package and the plugin, have no such directory: they build their cache in the
// user's data directory on first use.)
mkdirSync('dist/hooks/code-cache', { recursive: true, mode: 0o700 });
const warmHome = mkdtempSync(join(tmpdir(), 'bgt-warm-'));
try {
  for (const name of HOOKS) {
    const payload = {
      session_id: 'warm-up',
      transcript_path: join(warmHome, 'none.jsonl'),
      cwd: warmHome,
      ...WARM_UP_PAYLOADS[`${name}.cjs`],
    };
    // Nothing of the builder's environment (a database, a mode, NODE_OPTIONS) reaches the warm-up.
    const env = {
      PATH: process.env.PATH,
      HOME: warmHome,
      BGTELEMETRY_HOME: warmHome,
      CLAUDE_CONFIG_DIR: join(warmHome, 'claude'),
      CLAUDE_PROJECT_DIR: warmHome,
    };
    const r = spawnSync(process.execPath, [`dist/hooks/${name}.cjs`], { input: JSON.stringify(payload), env, encoding: 'utf8' });
    if (r.status !== 0 || r.stderr) throw new Error(`warming dist/hooks/${name}.cjs: exit ${r.status} ${r.stderr}`);
  }
} finally {
  rmSync(warmHome, { recursive: true, force: true });
}
chmodSync('dist/cli.mjs', 0o755);
await writeShim();
await writePlugin();

/** dist/hooks/shim.sh, the daemon transport's command hook: this build's version and the forwarded variables. */
async function writeShim() {
  const { FORWARDED_ENV } = await importTs('src/runtime/daemon-files.ts');
  const text = readFileSync('src/daemon/shim.sh', 'utf8')
    .replace('@BUILD_VERSION@', BUILD_VERSION)
    .replace('@FORWARDED_ENV@', FORWARDED_ENV.join(' '));
  writeFileSync('dist/hooks/shim.sh', text, { mode: 0o755 });
}

/**
 * plugin/ is what a Claude Code marketplace install copies: the hook bundles (no code cache, which
 * is built per machine), hooks.json and the manifest from the registry and package.json, and a
 * package.json whose only dependency is better-sqlite3 (its prebuilt addon; Claude Code installs
 * it with --ignore-scripts). plugin/package-lock.json is kept by hand (npm install
 * --package-lock-only in plugin/); tests/unit/plugin.test.ts checks it pins the root's version.
 */
async function writePlugin() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  rmSync('plugin/dist', { recursive: true, force: true });
  cpSync('dist/hooks', 'plugin/dist/hooks', { recursive: true, filter: (src) => !/[\\/]code-cache$/.test(src) });
  const json = (v) => JSON.stringify(v, null, 2) + '\n';
  mkdirSync('plugin/.claude-plugin', { recursive: true });
  writeFileSync(
    'plugin/.claude-plugin/plugin.json',
    json({
      name: pkg.name,
      version: pkg.version,
      description: pkg.description,
      author: { name: 'bgtelemetry contributors' },
      license: pkg.license,
      keywords: pkg.keywords,
    }),
  );
  writeFileSync(
    'plugin/package.json',
    json({
      name: `${pkg.name}-plugin`,
      version: pkg.version,
      private: true,
      description: `Run-time files of the ${pkg.name} Claude Code plugin, generated by scripts/build.mjs.`,
      license: pkg.license,
      engines: pkg.engines,
      dependencies: { 'better-sqlite3': pkg.dependencies['better-sqlite3'] },
    }),
  );
  const { pluginHooksText } = await importTs('src/install/plugin-hooks.ts');
  mkdirSync('plugin/hooks', { recursive: true });
  writeFileSync('plugin/hooks/hooks.json', pluginHooksText());
}
