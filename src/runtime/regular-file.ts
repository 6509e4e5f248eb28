/**
 * Reading a file a hook did not write itself (transcript, config, settings, spool, code cache)
 * without ever blocking. A hook's budget is a JS timer, which a blocked synchronous open or read
 * never lets fire: so the file is opened with O_NONBLOCK (opening a FIFO then returns at once),
 * checked on the open descriptor to be a regular file (a FIFO, device or directory is refused),
 * and read up to a bound.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

// O_NONBLOCK is undefined on Windows, where opening a named pipe as a file does not wait anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A path that is there but is no regular file, or a file larger than the caller accepts. */
export class FileRefusedError extends Error {
  readonly code = 'EREFUSED';
  constructor(
    message: string,
    /** What the path is instead of a regular file (`a FIFO`), when that is the reason. */
    readonly kind?: string,
  ) {
    super(message);
  }
}

/** What a path that is no regular file is, in the words a refusal uses. */
const KINDS: readonly [(stat: Stats) => boolean, string][] = [
  [(stat) => stat.isFIFO(), 'a FIFO'],
  [(stat) => stat.isDirectory(), 'a directory'],
  [(stat) => stat.isSocket(), 'a socket'],
  [(stat) => stat.isCharacterDevice(), 'a character device'],
  [(stat) => stat.isBlockDevice(), 'a block device'],
];

/** The refusal of `path`, whose stat says it is no regular file. */
export function notRegularFile(path: string, stat: Stats): FileRefusedError {
  const kind = KINDS.find(([is]) => is(stat))?.[1] ?? 'an unknown kind of file';
  return new FileRefusedError(`${path} is not a regular file (${kind})`, kind);
}

/**
 * A descriptor of the regular file at `path`, and its size, for a caller that streams it (and
 * closes it). The descriptor is non-blocking, which changes nothing for a regular file.
 */
export function openRegularFile(path: string): { fd: number; size: number } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegularFile(path, stat);
    return { fd, size: stat.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/**
 * Runs `use` on a non-blocking descriptor of the regular file at `path`, then closes it.
 * `accept` may refuse the file by its stat (owner, mode) before anything is read.
 */
function withRegularFile<T>(path: string, use: (fd: number, size: number) => T, accept?: (stat: Stats) => boolean): T {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notRegularFile(path, stat);
    if (accept && !accept(stat)) throw new FileRefusedError(`${path} is not acceptable (owner or mode)`);
    return use(fd, stat.size);
  } finally {
    closeSync(fd);
  }
}

/** Reads `length` bytes from `position`, or fewer if the file ends first. */
function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const bytes = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytes === 0) break;
    filled += bytes;
  }
  return buffer.subarray(0, filled);
}

/**
 * The whole file; throws (FileRefusedError) unless it is a regular file of at most `maxBytes`
 * that `accept`, when given, accepts.
 */
export function readRegularFile(path: string, maxBytes: number, accept?: (stat: Stats) => boolean): Buffer {
  return withRegularFile(
    path,
    (fd, size) => {
      if (size > maxBytes) throw new FileRefusedError(`${path} is larger than ${maxBytes} bytes`);
      return readAt(fd, size, 0);
    },
    accept,
  );
}

/** The last `bytes` of a regular file, and the file's size. */
export function readRegularTail(path: string, bytes: number): { data: Buffer; size: number } {
  return withRegularFile(path, (fd, size) => {
    const length = Math.min(size, bytes);
    return { data: readAt(fd, length, size - length), size };
  });
}
