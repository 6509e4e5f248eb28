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
  try {
    const path = errorLogPath(env);
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
  } catch {
    // Nowhere left to record it; staying silent is the contract.
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
  try {
    const dir = onceDir(env);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, key.replace(/[^A-Za-z0-9_.-]/g, '_')), '', { flag: 'wx', mode: 0o600 });
  } catch {
    return; // recorded before (or nowhere to record it)
  }
  recordInternalError(where, error, env);
}

function onceDir(env: NodeJS.ProcessEnv): string {
  return join(dataDir(env), 'once');
}

/** The keys of problems recorded once that start with `prefix` (`binding-`, `spool-full`). */
export function recordedOnce(prefix: string, env: NodeJS.ProcessEnv = process.env): string[] {
  try {
    return readdirSync(onceDir(env)).filter((key) => key.startsWith(prefix));
  } catch {
    return [];
  }
}

/** Forgets those problems, so that the next occurrence is recorded again; returns the keys removed. */
export function forgetRecordedOnce(prefix: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const keys = recordedOnce(prefix, env);
  for (const key of keys) rmSync(join(onceDir(env), key), { force: true });
  return keys;
}
