/**
 * The fallback directory sits where anyone can create names first ($TMPDIR, /tmp): it is used only
 * while it is a real directory this user owns that no one else can enter; a reader never creates it.
 */
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fallbackRoot, unsafeFallback, usableFallbackHome } from '../../src/runtime/fallback-dir.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function envIn(): { env: NodeJS.ProcessEnv; base: string } {
  const base = mkdtempSync(join(tmpdir(), 'bgt-fallback-'));
  made.push(base);
  return { base, env: { TMPDIR: base, BGTELEMETRY_HOME: join(base, 'data') } };
}

describe('the fallback directory', () => {
  it('is created 0700 under TMPDIR, one folder per data directory', () => {
    const { env, base } = envIn();
    const home = usableFallbackHome(env, true);
    expect(home).not.toBeNull();
    expect(fallbackRoot(env)).toBe(join(base, `bgtelemetry-${process.getuid?.()}`));
    expect(lstatSync(fallbackRoot(env)).mode & 0o777).toBe(0o700);
    const other = usableFallbackHome({ ...env, BGTELEMETRY_HOME: join(base, 'other-data') }, true);
    expect(other).not.toBe(home);
    expect(readdirSync(fallbackRoot(env))).toHaveLength(2);
  });

  it('prefers XDG_RUNTIME_DIR, and ignores a relative one', () => {
    const { env, base } = envIn();
    expect(fallbackRoot({ ...env, XDG_RUNTIME_DIR: join(base, 'run') })).toBe(join(base, 'run', `bgtelemetry-${process.getuid?.()}`));
    expect(fallbackRoot({ ...env, XDG_RUNTIME_DIR: 'run' })).toBe(join(base, `bgtelemetry-${process.getuid?.()}`));
  });

  it('is not created by a reader', () => {
    const { env, base } = envIn();
    expect(usableFallbackHome(env, false)).toBeNull();
    expect(readdirSync(base)).toEqual([]);
  });

  it('is refused when it is a symlink, and nothing is created at its target', () => {
    const { env, base } = envIn();
    const target = join(base, 'planted');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, fallbackRoot(env));
    expect(unsafeFallback(fallbackRoot(env))).toMatch(/symbolic link/);
    expect(usableFallbackHome(env, true)).toBeNull();
    expect(readdirSync(target)).toEqual([]);
  });

  it('is refused when others can enter it', () => {
    const { env } = envIn();
    mkdirSync(fallbackRoot(env));
    chmodSync(fallbackRoot(env), 0o755);
    expect(usableFallbackHome(env, true)).toBeNull();
    expect(unsafeFallback(fallbackRoot(env))).toMatch(/other users/);
  });

  it.runIf(process.getuid?.() === 0)('is refused when another user owns it (as root: chown to nobody)', () => {
    const { env } = envIn();
    mkdirSync(fallbackRoot(env), { mode: 0o700 });
    chownSync(fallbackRoot(env), 65534, 65534);
    expect(usableFallbackHome(env, true)).toBeNull();
    expect(unsafeFallback(fallbackRoot(env))).toMatch(/another user \(uid 65534\)/);
  });
});
