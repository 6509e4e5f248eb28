/**
 * The node path install writes: a fake Homebrew prefix in a temp directory around the real node
 * (tests/unit/homebrew-fixture.ts), other links and executables beside it, and PATHs built from
 * real directories.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableNodePath, versionedInstall } from '../../src/install/node-path.js';
import { fakeHomebrew } from './homebrew-fixture.js';

let root: string;
let brew: string;

function link(target: string, path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path);
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bgt node path '));
  brew = join(root, 'homebrew');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Another executable called node, which is not the same binary. */
function otherNode(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'node'), '#!/bin/sh\necho other\n');
  chmodSync(join(dir, 'node'), 0o755);
  return dir;
}

const pathOf = (...dirs: string[]) => ({ PATH: dirs.join(':') });

describe('stableNodePath', () => {
  it('prefers the first node on PATH that is the same binary: Homebrew bin, not the Cellar', () => {
    const { cellarNode } = fakeHomebrew(brew);
    const other = otherNode(join(root, 'other', 'bin'));
    const chosen = stableNodePath(cellarNode, pathOf(other, join(brew, 'bin'), '/usr/bin'), 'darwin');
    expect(chosen).toBe(join(brew, 'bin', 'node'));
    // And it is a node that runs: the same one.
    expect(spawnSync(chosen, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim()).toBe(process.version);
  });

  it('falls back to Homebrew opt/node when PATH has no stable link, then to the Cellar path itself', () => {
    const { cellarNode } = fakeHomebrew(brew, { opt: true });
    expect(stableNodePath(cellarNode, pathOf('/usr/bin'), 'darwin')).toBe(join(brew, 'opt', 'node', 'bin', 'node'));
    rmSync(join(brew, 'opt'), { recursive: true });
    expect(stableNodePath(cellarNode, pathOf('/usr/bin'), 'darwin')).toBe(cellarNode);
  });

  it('skips links to another version, per-shell fnm links and relative PATH entries', () => {
    const { cellarNode } = fakeHomebrew(brew, {});
    // bin/node already points at a newer version: a different binary.
    const newer = join(brew, 'Cellar', 'node', '25.0.0', 'bin');
    otherNode(newer);
    link('../Cellar/node/25.0.0/bin/node', join(brew, 'bin', 'node'));
    const multishell = link(cellarNode, join(root, 'fnm_multishells', '4242_1700000000', 'bin', 'node'));
    const relativeDir = join(root, 'rel', 'bin');
    link(cellarNode, join(relativeDir, 'node'));
    const env = pathOf(dirname(multishell), relative(process.cwd(), relativeDir), join(brew, 'bin'));
    expect(stableNodePath(cellarNode, env, 'linux')).toBe(cellarNode);
  });

  it('keeps a node outside versioned directories as it is, links on PATH or not', () => {
    const plain = link(process.execPath, join(root, 'usr', 'local', 'bin', 'node'));
    const alias = link(plain, join(root, 'alias', 'node'));
    expect(stableNodePath(plain, pathOf(dirname(alias)), 'linux')).toBe(plain);
    expect(stableNodePath(process.execPath, pathOf(dirname(alias)), 'linux')).toBe(process.execPath);
  });
});

describe('versionedInstall', () => {
  it('names the managers whose directories hold one Node version', () => {
    const paths: [string, string | undefined][] = [
      ['/opt/homebrew/Cellar/node/24.1.0/bin/node', 'Homebrew'],
      ['/usr/local/Cellar/node@22/22.3.0/bin/node', 'Homebrew'],
      ['/home/linuxbrew/.linuxbrew/Cellar/node/24.1.0/bin/node', 'Homebrew'],
      ['/home/me/.nvm/versions/node/v22.1.0/bin/node', 'nvm'],
      ['C:\\Users\\me\\AppData\\Roaming\\nvm\\v22.1.0\\node.exe', 'nvm'],
      ['/home/me/.local/share/fnm/node-versions/v22.1.0/installation/bin/node', 'fnm'],
      ['/run/user/1000/fnm_multishells/4242_1700000000/bin/node', 'fnm'],
      ['/home/me/.asdf/installs/nodejs/22.1.0/bin/node', 'asdf'],
      ['/home/me/.local/share/mise/installs/node/22.1.0/bin/node', 'mise'],
      ['/usr/local/n/versions/node/22.1.0/bin/node', 'n'],
      ['C:\\Users\\me\\scoop\\apps\\nodejs\\22.1.0\\node.exe', 'Scoop'],
      // Stable: links Homebrew and Scoop keep pointing at the installed version, system installs.
      ['/opt/homebrew/bin/node', undefined],
      ['/opt/homebrew/opt/node/bin/node', undefined],
      ['C:\\Users\\me\\scoop\\apps\\nodejs\\current\\node.exe', undefined],
      ['C:\\Program Files\\nodejs\\node.exe', undefined],
      ['/usr/bin/node', undefined],
      ['/home/me/.volta/bin/node', undefined],
    ];
    expect(paths.map(([p]) => [p, versionedInstall(p)?.manager])).toEqual(paths);
  });
});
