#!/usr/bin/env node
// Builds every entrypoint with esbuild. Each hook is one self-contained file holding only what
// its event needs (a hook process pays for every module it loads); the config validator is a
// separate file that hooks import only when a config file exists.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

const HOOKS = ['pre-tool-use', 'post-tool-use'];
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
await Promise.all([
  ...HOOKS.map((name) =>
    build({
      ...common,
      entryPoints: { [name]: `src/hooks/${name}.ts` },
      outdir: 'dist/hooks',
      minify: true,
      plugins: [lazyValidator],
      banner: { js: requireShim },
    }),
  ),
  build({ ...common, entryPoints: { 'config-schema': 'src/config/schema.ts' }, outdir: 'dist/hooks', minify: true }),
  build({ ...common, entryPoints: { analysis: 'src/analysis/index.ts' }, outdir: 'dist' }),
  build({
    ...common,
    entryPoints: { cli: 'src/cli/index.ts' },
    outdir: 'dist',
    external: ['better-sqlite3'],
    banner: { js: '#!/usr/bin/env node\n' + requireShim },
  }),
]);
chmodSync('dist/cli.mjs', 0o755);
