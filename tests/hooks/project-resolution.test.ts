/**
 * Project-aware resolution through the built programs: the PreToolUse hook reads the package.json
 * of its payload's cwd, and `classify --cwd` / `classify --jsonl` lines with "cwd" analyse as it does.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFixture } from '../support/project-fixture.js';
import { contextOf, expectContract, hook, preBash, ROOT, sandbox } from './harness.js';

const CLI = join(ROOT, 'dist', 'cli.mjs');
const SCRIPTS = {
  'package.json': { scripts: { test: 'vitest watch', start: 'echo started', check: 'npm run test:ci', 'test:ci': 'vitest run' } },
};

describe('the PreToolUse hook with a payload cwd', () => {
  it('advises by what the project runs: a `test` script that watches must run in the background', async () => {
    const box = sandbox();
    const dir = projectFixture(SCRIPTS);
    const out = expectContract(await hook('pre-tool-use', preBash(box.project, { command: 'npm test' }, { cwd: dir }), box.env));
    expect(contextOf(out)).toMatch(/never/i);
    expect(contextOf(out)).toContain('npm test → vitest watch');
    expect(box.errors()).toBe('');
  });

  it('says nothing about a `start` script that only echoes', async () => {
    const box = sandbox();
    const dir = projectFixture(SCRIPTS);
    const run = await hook('pre-tool-use', preBash(box.project, { command: 'npm start' }, { cwd: dir }), box.env);
    expect(expectContract(run)).toBeNull();
  });

  const TASK_FILES: { file: string; files: Record<string, string>; command: string; chain: string }[] = [
    {
      file: 'a Makefile',
      files: { Makefile: 'check: docs\n\t@echo ok\ndocs:\n\tmkdocs serve\n' },
      command: 'make check',
      chain: 'make check → make docs',
    },
    { file: 'a justfile', files: { justfile: 'fmt:\n    cargo watch -x fmt\n' }, command: 'just fmt', chain: 'just fmt → cargo watch' },
  ];
  it.each(TASK_FILES)('reads $file: `$command` runs something that never ends', async ({ files, command, chain }) => {
    const box = sandbox();
    const dir = projectFixture(files);
    const out = expectContract(await hook('pre-tool-use', preBash(box.project, { command }, { cwd: dir }), box.env));
    expect(contextOf(out)).toMatch(/never/i);
    expect(contextOf(out)).toContain(chain);
    expect(box.errors()).toBe('');
  });

  it('outside any project it advises by the name, as before', async () => {
    const box = sandbox();
    const out = expectContract(await hook('pre-tool-use', preBash(box.project, { command: 'npm start' }), box.env));
    expect(contextOf(out)).toMatch(/never/i);
  });
});

describe('classify with a cwd', () => {
  // A data directory of its own: no measured history of the user's changes what these expect.
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      input,
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: projectFixture({}), BGTELEMETRY_HOME: projectFixture({}) },
    });

  it('--cwd DIR resolves the scripts of DIR', () => {
    const dir = projectFixture(SCRIPTS);
    const r = cli(['classify', '--json', '--cwd', dir, 'npm run check']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ verdict: 'suggest-background', signature: 'npm run check' });
    expect(JSON.parse(r.stdout).reason).toContain('npm run check → npm run test:ci → vitest run');
  });

  it('a secret in a script the chain quotes is never printed', () => {
    const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const dir = projectFixture({ 'package.json': { scripts: { deploy: `GITHUB_TOKEN=${token} sleep 30` } } });
    for (const args of [
      ['classify', '--cwd', dir, 'npm run deploy'],
      ['classify', '--json', '--cwd', dir, 'npm run deploy'],
    ]) {
      const r = cli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('npm run deploy →');
      expect(r.stdout).not.toContain(token);
    }
  });

  it('--cwd naming no directory is a usage error', () => {
    const r = cli(['classify', '--cwd', '/nonexistent/folder', 'npm test']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--cwd');
  });

  it('--jsonl lines carry their own cwd', () => {
    const dir = projectFixture(SCRIPTS);
    const lines = [{ command: 'npm start', cwd: dir }, { command: 'npm start' }, { command: 'npm start', cwd: 3 }];
    const r = cli(['classify', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].verdict).toBe('foreground');
    expect(out[1].verdict).toBe('must-background');
    expect(out[2]).toEqual({ line: 3, error: '"cwd" is not a string' });
    expect(r.status).toBe(1);
  });
});
