#!/usr/bin/env node
// Prints the plugin's hooks/hooks.json as the hook registry implies it, so the file can be
// regenerated after the registry changes: node scripts/plugin-hooks.mjs > hooks/hooks.json
// The TypeScript source stays the one description: it is bundled on the fly, as build.mjs does.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'bgt-plugin-hooks-'));
try {
  const out = join(dir, 'plugin-hooks.mjs');
  await build({ entryPoints: [join(root, 'src/install/plugin-hooks.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning' });
  const { pluginHooksText } = await import(pathToFileURL(out).href);
  process.stdout.write(pluginHooksText());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
