/**
 * This machine's id: random, made once and kept in the data directory (mode 0600), so that
 * reports can tell machines apart without recording anything about them. Several hooks starting
 * together on a fresh install agree on one id: each writes its own under a temporary name and
 * links it into place; whoever links first wins, and everyone reads the winner's.
 */
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.js';
import { randomHex } from './random-hex.js';
import { readRegularFile } from './regular-file.js';

const ID = /^[0-9a-f]{16}$/;

export function machineIdPath(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), 'machine-id');
}

function readId(path: string): string | undefined {
  try {
    const text = readRegularFile(path, 64).toString('utf8').trim();
    return ID.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The id, created on first use; undefined when the data directory cannot hold it. */
export function machineId(env: NodeJS.ProcessEnv): string | undefined {
  const path = machineIdPath(env);
  const existing = readId(path);
  if (existing) return existing;
  const temporary = `${path}.${process.pid}.new`;
  try {
    mkdirSync(dataDir(env), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, `${randomHex(8)}\n`, { mode: 0o600, flag: 'wx' });
  } catch {
    // The data directory is unusable (a file, a loop, read-only): the hooks' fallback handles the rest.
    return undefined;
  }
  try {
    linkSync(temporary, path);
  } catch {
    // Another process linked first (EEXIST), or an unreadable file is in the way: read what is there.
  }
  try {
    rmSync(temporary, { force: true });
  } catch {
    // Left behind: harmless, as the id is read from `path` alone.
  }
  return readId(path);
}
