/**
 * Which form install writes hook commands in: the version rule, and asking the `claude` on PATH
 * for its version with real processes (both Claude Code releases in node_modules, and small
 * scripts standing in for a broken or hanging one).
 */
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseHookForm, claudeVersionOnPath, compareVersions, EXEC_FORM_SINCE, parseVersion } from '../../src/install/hook-form.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bgt hook form '));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A `claude` on PATH that runs this shell script. */
function fakeClaude(script: string): NodeJS.ProcessEnv {
  writeFileSync(join(dir, 'claude'), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, 'claude'), 0o755);
  return { PATH: `${dir}:/usr/bin:/bin` };
}

describe('the version rule', () => {
  it('reads x.y.z from what `claude --version` prints', () => {
    expect(parseVersion('2.1.197 (Claude Code)\n')).toBe('2.1.197');
    expect(parseVersion('v2.0.77')).toBe('2.0.77');
    expect(parseVersion('Claude Code')).toBeNull();
    expect(parseVersion('')).toBeNull();
  });

  it('compares versions by number, not as text', () => {
    expect(compareVersions('2.1.139', '2.1.97')).toBeGreaterThan(0);
    expect(compareVersions('2.10.0', '2.9.99')).toBeGreaterThan(0);
    expect(compareVersions('2.1.138', EXEC_FORM_SINCE)).toBeLessThan(0);
    expect(compareVersions('2.1.139', EXEC_FORM_SINCE)).toBe(0);
  });

  it('exec form from 2.1.139 on, shell form before; the flags decide without asking claude', () => {
    const never = () => {
      throw new Error('claude was asked');
    };
    const form = (claudeVersion: string) => chooseHookForm({ claudeVersion, detect: never, platform: 'linux' }).form;
    expect([form('2.0.77'), form('2.1.138'), form('2.1.139'), form('2.1.197'), form('3.0.0')]).toEqual([
      'shell',
      'shell',
      'exec',
      'exec',
      'exec',
    ]);
    expect(chooseHookForm({ hookForm: 'shell', detect: never })).toEqual({ form: 'shell', why: '--hook-form shell' });
    expect(chooseHookForm({ claudeVersion: '2.0.77', detect: never }).why).toBe(
      'Claude Code 2.0.77 (from --claude-version) predates exec form (2.1.139)',
    );
  });

  it('asks claude when no flag decides; unknown means shell form, except on Windows', () => {
    expect(chooseHookForm({ detect: () => '2.1.197', platform: 'linux' })).toEqual({
      form: 'exec',
      why: 'Claude Code 2.1.197 (from `claude --version` on PATH) runs exec form (2.1.139 or later)',
    });
    expect(chooseHookForm({ detect: () => null, platform: 'linux' }).form).toBe('shell');
    expect(chooseHookForm({ detect: () => null, platform: 'darwin' }).form).toBe('shell');
    expect(chooseHookForm({ detect: () => null, platform: 'win32' }).form).toBe('exec');
    expect(chooseHookForm({ detect: () => null, platform: 'linux' }).why).toMatch(/^no `claude` on PATH answered --version/);
  });
});

describe('claudeVersionOnPath', () => {
  it('asks the real binaries: 2.1.197 (native) and 2.0.77 (JavaScript run by node)', () => {
    expect(claudeVersionOnPath({ PATH: `${BIN}:/usr/bin:/bin` })).toBe('2.1.197');
    symlinkSync(join(ROOT, 'node_modules', 'claude-code-2-0', 'cli.js'), join(dir, 'claude'));
    // cli.js starts with `#!/usr/bin/env node`: the project's node must come first.
    expect(claudeVersionOnPath({ PATH: `${dir}:${BIN}:/usr/bin:/bin` })).toBe('2.0.77');
  });

  it('is null when there is no claude, it fails, or it prints no version', () => {
    expect(claudeVersionOnPath({ PATH: join(dir, 'nothing here') })).toBeNull();
    expect(claudeVersionOnPath(fakeClaude('echo "2.1.197 (Claude Code)"; exit 1'))).toBeNull();
    expect(claudeVersionOnPath(fakeClaude('echo "Claude Code"'))).toBeNull();
    expect(claudeVersionOnPath(fakeClaude('echo "2.1.150 (Claude Code)"'))).toBe('2.1.150');
  });

  it('never hangs: a claude that does not answer is given up after the timeout, even when its child holds the output open', () => {
    const env = fakeClaude('sleep 8; echo "2.1.197 (Claude Code)"');
    const started = Date.now();
    expect(claudeVersionOnPath(env, 300)).toBeNull();
    // A generous ceiling: waiting for `sleep 8` would take 8 s.
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});
