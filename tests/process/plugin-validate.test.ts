/** The plugin's and the marketplace's manifests pass Claude Code 2.1.197's own validator (the real binary). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const plugin = join(root, 'plugin');

/** Claude Code 2.1.197's native binary (devDependency). */
function claudeBinary(): string {
  const wrapper = createRequire(import.meta.url).resolve('@anthropic-ai/claude-code/package.json');
  const native = join(wrapper, '..', '..', `claude-code-${process.platform}-${process.arch}`, 'claude');
  return existsSync(native) ? native : join(wrapper, '..', 'bin', 'claude.exe');
}

describe('plugin', () => {
  it('passes `claude plugin validate` (marketplace and plugin manifests)', () => {
    for (const dir of [root, plugin]) {
      const run = spawnSync(claudeBinary(), ['plugin', 'validate', dir], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
      });
      expect(run.status, `${relative(root, dir) || '.'}: ${run.stdout}${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/Validation passed/);
    }
  });
});
