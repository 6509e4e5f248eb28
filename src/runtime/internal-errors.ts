/**
 * Internal errors are written down, never shown: a hook that prints to stderr or exits non-zero
 * surfaces as a "hook error" in the user's session. `bgtelemetry doctor` reads this log.
 */
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir, errorLogPath } from './paths.js';

const MAX_LOG_BYTES = 1024 * 1024;
const MAX_MESSAGE_CHARS = 300;

/**
 * An error message may quote its input (JSON.parse quotes the payload, SQLite the value), and the
 * input is a command that may hold a secret; this layer cannot redact, so quoted text is dropped,
 * and so are long words other than paths (a token left unquoted) and everything past the first line.
 */
function withoutPayload(message: string): string {
  return message
    .split('\n', 1)[0]
    .replace(/"(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/(?<!\S)(?![/~.])\S{41,}/g, '…')
    .slice(0, MAX_MESSAGE_CHARS);
}

export function recordInternalError(where: string, error: unknown, env: NodeJS.ProcessEnv = process.env): void {
  appendErrorLine(errorLogPath(env), where, error);
}

/** Appends one line to the log at `path`; false when it cannot be written. */
function appendErrorLine(path: string, where: string, error: unknown): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      if (statSync(path).size > MAX_LOG_BYTES) renameSync(path, path + '.1');
    } catch {
      // no log yet
    }
    const line = JSON.stringify({
      time: new Date().toISOString(),
      where,
      message: withoutPayload(error instanceof Error ? error.message : String(error)),
    });
    appendLine(path, line + '\n');
    return true;
  } catch {
    return false; // Nowhere left to record it; staying silent is the contract.
  }
}

// Non-blocking: opening a FIFO for writing would otherwise wait for a reader, past the hook's budget.
const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NONBLOCK ?? 0);

/** Appends to the log only if it is a regular file. */
function appendLine(path: string, line: string): void {
  const fd = openSync(path, APPEND_FLAGS, 0o600);
  try {
    if (fstatSync(fd).isFile()) writeSync(fd, line);
  } finally {
    closeSync(fd);
  }
}

/**
 * Records a problem that repeats on every hook call until someone fixes it (no SQLite binding, a
 * full spool) once: the first process to create `<data>/once/<key>` writes the line. Deleting the
 * directory (doctor does, once the problem is gone) lets it be recorded again.
 */
export function recordInternalErrorOnce(where: string, key: string, error: unknown, env: NodeJS.ProcessEnv = process.env): void {
  recordInternalErrorOnceIn([dataDir(env)], where, key, error);
}

/**
 * The same, with the marker in the first of `homes` (directories laid out like the data
 * directory: once/, errors.log) where it can be created, and the line in the first log that can
 * be written: for a data directory that cannot be written, whose fallback is another home.
 */
export function recordInternalErrorOnceIn(homes: readonly string[], where: string, key: string, error: unknown): void {
  const name = key.replace(/[^A-Za-z0-9_.-]/g, '_');
  for (const home of homes) {
    const marker = createMarker(home, name);
    if (marker === 'exists') return; // recorded before
    if (marker === 'made') {
      homes.some((h) => appendErrorLine(join(h, 'errors.log'), where, error));
      return;
    }
  }
}

function createMarker(home: string, name: string): 'made' | 'exists' | 'failed' {
  try {
    mkdirSync(join(home, 'once'), { recursive: true, mode: 0o700 });
    writeFileSync(join(home, 'once', name), '', { flag: 'wx', mode: 0o600 });
    return 'made';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'failed';
  }
}

/** The keys of problems recorded once in `home` (the data directory unless said) that start with `prefix`. */
export function recordedOnce(prefix: string, env: NodeJS.ProcessEnv = process.env, home = dataDir(env)): string[] {
  try {
    return readdirSync(join(home, 'once')).filter((key) => key.startsWith(prefix));
  } catch {
    return [];
  }
}

/** Forgets those problems, so that the next occurrence is recorded again; returns the keys removed. */
export function forgetRecordedOnce(prefix: string, env: NodeJS.ProcessEnv = process.env, home = dataDir(env)): string[] {
  const keys = recordedOnce(prefix, env, home);
  for (const key of keys) rmSync(join(home, 'once', key), { force: true });
  return keys;
}
