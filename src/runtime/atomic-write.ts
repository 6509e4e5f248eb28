/**
 * The one way the CLI writes a whole file (settings, config, exports, reports, CLAUDE.md,
 * backups): into a temporary file in the same directory, flushed to disk, then renamed over
 * the target. A reader (a running hook, Claude Code) sees the old file or the new one, never
 * half of either, and a crash or a failed write leaves the original as it was.
 *
 * A target that exists and is no regular file (a FIFO, a device, a directory) is refused with a
 * FileRefusedError (regular-file.ts) before anything is written.
 *
 * The hooks' own writers (spool, code cache, error log) append or use their own temporary
 * names and durability trade-offs; they do not use this module.
 */
import { once } from 'node:events';
import {
  chmodSync,
  closeSync,
  createWriteStream,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { randomHex } from './random-hex.js';
import { notRegularFile } from './regular-file.js';

export interface AtomicWriteOptions {
  /** The mode of a new file (exactly, whatever the umask); an existing file keeps its own. Default: 0o666 less the umask. */
  mode?: number;
  /** Never replace an existing file: fail with EEXIST instead (backups). */
  exclusive?: boolean;
}

/** A symlinked file (dotfiles) is written through, not replaced by a plain file. */
export function realTarget(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    return path;
  }
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Unique per call, hidden, beside the target: a rename within one directory is atomic. */
function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.bgtelemetry-${process.pid}-${randomHex(4)}.tmp`);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already renamed, or never created.
  }
}

/** The rename itself is durable only once the directory is flushed; Windows cannot open one. */
function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a directory; the data itself is on disk already.
  }
}

interface Plan {
  target: string;
  temp: string;
  /** What the file is chmod-ed to, or undefined for the default (0o666 less the umask). */
  mode: number | undefined;
  exclusive: boolean;
}

/**
 * A FIFO, device, socket or directory is not replaced by a file: the rename would swap a pipe
 * a program reads (or, as root, /dev/null) for a plain file. stat opens nothing, so never blocks.
 */
function refuseNonRegular(target: string): void {
  let stat: Stats;
  try {
    stat = statSync(target);
  } catch {
    return; // Missing: created. Unreadable: the write says why.
  }
  if (!stat.isFile()) throw notRegularFile(target, stat);
}

function plan(path: string, options: AtomicWriteOptions): Plan {
  const target = realTarget(path);
  // An exclusive write never replaces anything: an existing name of any kind fails with EEXIST.
  if (!options.exclusive) refuseNonRegular(target);
  return {
    target,
    temp: tempPath(target),
    mode: (options.exclusive ? undefined : existingMode(target)) ?? options.mode,
    exclusive: Boolean(options.exclusive),
  };
}

/** The temporary file is complete and flushed: give it its mode and its name. */
function publish(p: Plan): void {
  // The umask applied at creation; the mode asked for (say an original 0600) is set exactly.
  if (p.mode !== undefined) chmodSync(p.temp, p.mode);
  if (p.exclusive) {
    // A hard link fails when the name exists, where a rename would replace it.
    linkSync(p.temp, p.target);
    unlinkSync(p.temp);
  } else renameSync(p.temp, p.target);
  syncDirectory(dirname(p.target));
}

/** Replaces (or creates) `path` with `data`, atomically. Returns the path written (a symlink's target). */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): string {
  const p = plan(path, options);
  try {
    const fd = openSync(p.temp, 'wx', p.mode ?? 0o666);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    publish(p);
  } catch (error) {
    removeQuietly(p.temp);
    throw error;
  }
  return p.target;
}

function syncFile(path: string): void {
  // fsync flushes the file, whichever descriptor names it.
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Runs `write` against a stream that becomes `path` once `write` resolves; the same guarantees. */
export async function writeStreamAtomic<T>(path: string, options: AtomicWriteOptions, write: (out: WriteStream) => Promise<T>): Promise<T> {
  const p = plan(path, options);
  const out = createWriteStream(p.temp, { flags: 'wx', mode: p.mode ?? 0o666 });
  try {
    // Rejects on an open error (a missing directory) rather than leave it unhandled.
    await once(out, 'open');
    const result = await write(out);
    out.end();
    await finished(out);
    syncFile(p.temp);
    publish(p);
    return result;
  } catch (error) {
    // The error thrown is the first one; what the stream says while it is torn down is not.
    out.on('error', () => {});
    out.destroy();
    // Only once closed: removed earlier, a pending open or write could create it again.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    removeQuietly(p.temp);
    throw error;
  }
}
