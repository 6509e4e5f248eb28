/**
 * The Claude Code plugin: hooks/hooks.json is what the registry implies (and what the script
 * that regenerates it prints), and the manifests agree with package.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOKS } from '../../src/hooks/registry.js';
import { pluginHooksFile, pluginHooksText } from '../../src/install/plugin-hooks.js';
import { ourScript } from '../../src/install/hook-command.js';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; description: string; files: string[] };

describe('plugin', () => {
  it('hooks/hooks.json is exactly what the registry implies', () => {
    expect(read('hooks/hooks.json')).toBe(pluginHooksText());
    const file = JSON.parse(read('hooks/hooks.json')) as ReturnType<typeof pluginHooksFile>;
    const entries = Object.entries(file.hooks).flatMap(([event, groups]) =>
      groups.map((g) => ({ event, matcher: g.matcher, script: ourScript(g.hooks[0].command), timeout: g.hooks[0].timeout, async: g.hooks[0].async, count: g.hooks.length })),
    );
    expect(entries).toEqual(HOOKS.map((h) => ({ event: h.event, matcher: h.matcher, script: h.script, timeout: h.timeout, async: h.async, count: 1 })));
    for (const group of Object.values(file.hooks).flat()) {
      expect(group.hooks[0].command).toMatch(/^node "\$\{CLAUDE_PLUGIN_ROOT\}\/dist\/hooks\/[\w-]+\.cjs"$/);
      // Each script is a build entrypoint.
      expect(existsSync(join(root, 'src', 'hooks', ourScript(group.hooks[0].command)!.replace(/\.cjs$/, '.ts')))).toBe(true);
    }
  });

  it('scripts/plugin-hooks.mjs prints the same file', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'plugin-hooks.mjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(read('hooks/hooks.json'));
  });

  it('plugin.json names the package and its version, and leaves hooks/hooks.json to the default', () => {
    const manifest = JSON.parse(read('.claude-plugin/plugin.json')) as Record<string, unknown>;
    expect(manifest.name).toBe(pkg.name);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.description).toBe(pkg.description);
    expect(manifest.author).toEqual({ name: 'bgtelemetry contributors' });
    // hooks/hooks.json is loaded by convention; naming it again makes Claude Code report a duplicate.
    expect(manifest).not.toHaveProperty('hooks');
    expect(manifest.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('marketplace.json lists the plugin from this directory', () => {
    const market = JSON.parse(read('.claude-plugin/marketplace.json')) as { name: string; owner: { name: string }; plugins: { name: string; source: string; version?: string }[] };
    expect(market.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(market.owner.name).toBeTruthy();
    expect(market.plugins).toHaveLength(1);
    expect(market.plugins[0]).toMatchObject({ name: pkg.name, source: './' });
    if (market.plugins[0].version !== undefined) expect(market.plugins[0].version).toBe(pkg.version);
  });

  it('the npm package ships the plugin files', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['.claude-plugin', 'hooks', 'dist']));
  });
});
