/**
 * The repository as a user's Claude Code meets it in a git marketplace: a clean clone of the
 * committed tree (no `npm install`, no build, nothing gitignored), served over smart HTTP on
 * loopback. And the checks on what `claude plugin install` then put on disk.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GitServer } from './git-server.js';
import { ROOT, type RunResult } from './run-claude.js';

let served: { dir: string; server: GitServer; url: string } | undefined;

/** The URL of a bare clone of this repository's HEAD, served until closeMarketplace(). */
export async function marketplaceUrl(): Promise<string> {
  if (served) return served.url;
  const dir = mkdtempSync(join(tmpdir(), 'bgt-e2e-git-'));
  execFileSync('git', ['clone', '--quiet', '--bare', '--no-local', ROOT, join(dir, 'bgtelemetry.git')]);
  const server = new GitServer(dir);
  served = { dir, server, url: `${await server.listen()}/bgtelemetry.git` };
  return served.url;
}

export async function closeMarketplace(): Promise<void> {
  if (!served) return;
  await served.server.close();
  rmSync(served.dir, { recursive: true, force: true });
  served = undefined;
}

interface InstalledPlugins {
  plugins: Record<string, { installPath: string; version: string }[]>;
}

/** What the marketplace install left: the plugin copy, its dependencies, and where the cache went. */
export function checkInstalledPlugin(run: RunResult): void {
  const claudeDir = join(run.dir, 'home', '.claude');
  const installed = JSON.parse(readFileSync(join(claudeDir, 'plugins', 'installed_plugins.json'), 'utf8')) as InstalledPlugins;
  const copies = installed.plugins['bgtelemetry@bgtelemetry'];
  expect(copies).toHaveLength(1);
  const copy = copies[0].installPath;
  // Only what the hooks need at run time: no sources, tests or development tools.
  expect(
    readdirSync(copy)
      .filter((f) => !f.startsWith('.in_use'))
      .sort(),
  ).toEqual(['.claude-plugin', 'dist', 'hooks', 'node_modules', 'package-lock.json', 'package.json']);
  expect(
    readdirSync(join(copy, 'node_modules'))
      .filter((f) => !f.startsWith('.'))
      .sort(),
  ).toEqual(['better-sqlite3', 'node-addon-api']);
  expect(existsSync(join(copy, 'node_modules', 'better-sqlite3', 'prebuilds', `${process.platform}-${process.arch}.node`))).toBe(true);
  // The hooks compiled their code cache into the plugin's data directory, not into the copy
  // (CLAUDE_PLUGIN_ROOT changes with every update).
  expect(existsSync(join(copy, 'dist', 'hooks', 'code-cache'))).toBe(false);
  const data = join(claudeDir, 'plugins', 'data');
  const caches = existsSync(data) ? readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.v8')) : [];
  expect(caches.length, `code cache files under ${data}`).toBeGreaterThan(0);
  // The telemetry is where the CLI looks by default.
  expect(run.dbPath).toBe(join(claudeDir, 'bgtelemetry', 'telemetry.db'));
  const du = spawnSync('du', ['-sk', copy], { encoding: 'utf8' });
  if (du.status === 0)
    process.stderr.write(`[bgt-e2e] installed plugin copy: ${Math.round(Number(du.stdout.split('\t')[0]) / 1024)} MiB in ${copy}\n`);
}
