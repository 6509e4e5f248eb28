/**
 * The Claude Code plugin (plugin/, committed, since a marketplace install has no build step):
 * hooks.json is what the registry implies, the manifests agree with package.json and pass Claude
 * Code's own validator (tests/process/plugin-validate.test.ts), the committed bundles are this build's, and the plugin holds only what
 * the hooks need at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOKS } from '../../src/hooks/registry.js';
import { ourScript } from '../../src/install/hook-command.js';
import { type pluginHooksFile, pluginHooksText } from '../../src/install/plugin-hooks.js';

const root = join(import.meta.dirname, '..', '..');
const plugin = join(root, 'plugin');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = <T = Record<string, unknown>>(path: string) => JSON.parse(read(path)) as T;
const pkg = json<{
  name: string;
  version: string;
  description: string;
  license: string;
  engines: unknown;
  dependencies: Record<string, string>;
}>('package.json');

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

describe('plugin', () => {
  it('holds only what the hooks need at run time', () => {
    expect(readdirSync(plugin).sort()).toEqual(['.claude-plugin', 'dist', 'hooks', 'package-lock.json', 'package.json']);
    expect(readdirSync(join(plugin, 'dist'))).toEqual(['hooks']);
    // No code cache: it is built per machine (Node version, architecture).
    expect(files(join(plugin, 'dist', 'hooks')).filter((f) => /code-cache|\.v8$/.test(f))).toEqual([]);
  });

  it('ships exactly the bundles this build made (npm test builds first)', () => {
    const built = join(root, 'dist', 'hooks');
    const shipped = files(join(plugin, 'dist', 'hooks'));
    expect(shipped).toEqual(files(built).filter((f) => !f.startsWith('code-cache')));
    for (const f of shipped) expect(readFileSync(join(plugin, 'dist', 'hooks', f)).equals(readFileSync(join(built, f))), f).toBe(true);
  });

  it('hooks.json is exactly what the registry implies', () => {
    expect(read('plugin/hooks/hooks.json')).toBe(pluginHooksText());
    const file = json<ReturnType<typeof pluginHooksFile>>('plugin/hooks/hooks.json');
    const entries = Object.entries(file.hooks).flatMap(([event, groups]) =>
      groups.map((g) => ({
        event,
        matcher: g.matcher,
        script: ourScript(g.hooks[0].command),
        timeout: g.hooks[0].timeout,
        async: g.hooks[0].async,
        count: g.hooks.length,
      })),
    );
    expect(entries).toEqual(
      HOOKS.map((h) => ({ event: h.event, matcher: h.matcher, script: h.script, timeout: h.timeout, async: h.async, count: 1 })),
    );
    for (const group of Object.values(file.hooks).flat()) {
      expect(group.hooks[0].command).toMatch(/^node "\$\{CLAUDE_PLUGIN_ROOT\}\/dist\/hooks\/[\w-]+\.cjs"$/);
      expect(existsSync(join(plugin, 'dist', 'hooks', ourScript(group.hooks[0].command)!))).toBe(true);
    }
  });

  it('plugin.json names the package and its version, and leaves hooks/hooks.json to the default', () => {
    const manifest = json('plugin/.claude-plugin/plugin.json');
    expect(manifest).toMatchObject({
      name: pkg.name,
      version: pkg.version,
      description: pkg.description,
      license: pkg.license,
      author: { name: 'bgtelemetry contributors' },
    });
    // hooks/hooks.json is loaded by convention; naming it again makes Claude Code report a duplicate.
    expect(manifest).not.toHaveProperty('hooks');
    expect(manifest.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('marketplace.json lists the plugin from plugin/', () => {
    const market = json<{ name: string; owner: { name: string }; plugins: { name: string; source: string; version?: string }[] }>(
      '.claude-plugin/marketplace.json',
    );
    expect(market.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(market.owner.name).toBeTruthy();
    expect(market.plugins).toHaveLength(1);
    expect(market.plugins[0]).toMatchObject({ name: pkg.name, source: './plugin' });
    if (market.plugins[0].version !== undefined) expect(market.plugins[0].version).toBe(pkg.version);
  });

  it('its package.json and lock install only the SQLite binding, the version the package uses', () => {
    const manifest = json<Record<string, unknown>>('plugin/package.json');
    expect(manifest).toMatchObject({
      version: pkg.version,
      private: true,
      engines: pkg.engines,
      dependencies: { 'better-sqlite3': pkg.dependencies['better-sqlite3'] },
    });
    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).not.toHaveProperty('scripts');
    type Lock = { packages: Record<string, { version?: string; dev?: boolean }> };
    const lock = json<Lock>('plugin/package-lock.json');
    const rootLock = json<Lock>('package-lock.json');
    expect(lock.packages['node_modules/better-sqlite3'].version).toBe(rootLock.packages['node_modules/better-sqlite3'].version);
    expect(
      Object.keys(lock.packages)
        .filter((k) => k)
        .sort(),
    ).toEqual(['node_modules/better-sqlite3', 'node_modules/node-addon-api']);
  });
});
