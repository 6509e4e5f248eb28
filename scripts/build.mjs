#!/usr/bin/env node
// Builds every entrypoint with esbuild. Each hook is one self-contained file holding only what
// its event needs (a hook process pays for every module it loads); the config validator is a
// separate file that hooks import only when a config file exists.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HOOKS = ['pre-tool-use', 'post-tool-use', 'user-prompt-submit', 'lifecycle'];
// CommonJS dependencies bundled into ESM may call require() for Node built-ins.
const requireShim = "import { createRequire as __bgtCreateRequire } from 'node:module'; const require = __bgtCreateRequire(import.meta.url);";

/** In hook bundles, the lazy `import('./schema.js')` points at the separately built validator. */
const lazyValidator = {
  name: 'lazy-validator',
  setup(b) {
    b.onResolve({ filter: /\/schema\.js$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './config-schema.mjs', external: true } : undefined,
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
  const dir = mkdtempSync(join(tmpdir(), 'bgt-build-'));
  try {
    const out = join(dir, 'rows.mjs');
    await build({ entryPoints: ['src/analysis/catalogue/rows.ts'], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
    const { BUILTIN_ROWS } = await import(pathToFileURL(out).href);
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
    shards.forEach(({ rows, programs }, k) => writeFileSync(`dist/hooks/catalogue/shard-${k}.json`, asJson({ rows, programs })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

rmSync('dist', { recursive: true, force: true });
const shardedRows = await writeShards();
const rowsPath = resolve('src/analysis/catalogue/rows.ts');
/** In hook bundles, the catalogue table is replaced by the shard loader. */
const rowsFromShards = {
  name: 'rows-from-shards',
  setup(b) {
    b.onLoad({ filter: /catalogue[\\/]rows\.ts$/ }, (args) => (args.path === rowsPath ? { contents: shardedRows, loader: 'js', resolveDir: resolve('src/analysis/catalogue') } : undefined));
  },
};
await Promise.all([
  // Hooks are CommonJS: an ES module's `import … from 'node:fs'` builds fs's whole namespace,
  // which loads the streams stack through lazy getters; measured at about 10 ms per call.
  ...HOOKS.map((name) =>
    build({
      ...common,
      format: 'cjs',
      outExtension: { '.js': '.cjs' },
      entryPoints: { [name]: `src/hooks/${name}.ts` },
      outdir: 'dist/hooks',
      minify: true,
      plugins: [lazyValidator, rowsFromShards],
      // better-sqlite3's own loader is skipped: the store passes the native binding's path.
      external: ['bindings'],
      logOverride: { 'empty-import-meta': 'silent' },
    }),
  ),
  build({ ...common, entryPoints: { 'config-schema': 'src/config/schema.ts' }, outdir: 'dist/hooks', minify: true }),
  build({ ...common, entryPoints: { analysis: 'src/analysis/index.ts' }, outdir: "dist" }),
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: 'dist',
    external: ['better-sqlite3'],
    banner: { js: '#!/usr/bin/env node\n' + requireShim },
  }),
]);
chmodSync('dist/cli.mjs', 0o755);
