/**
 * Reads a hook's stdin with a size cap and a deadline, so a stuck pipe cannot hold a session.
 *
 * stdin is read non-blocking and polled. A plain fs.read on fd 0 would block a thread-pool
 * thread that Node waits for at exit, so a writer that never closes the pipe would keep the hook
 * alive; and process.stdin costs 6-9 ms of start-up per call.
 * - A pipe, a file or a terminal is reopened through /dev/stdin with O_NONBLOCK.
 * - A socket cannot be reopened (ENXIO), and Claude Code connects a hook's stdin through a
 *   socket pair (both 2.0.x on Node and the 2.1.x native binary; checked with a probe hook).
 *   fd 0 itself is made non-blocking by opening it as a libuv pipe handle, which sets
 *   O_NONBLOCK; the handle is never read from. This uses process.binding('pipe_wrap'), deprecated
 *   only in documentation: where Node is asked to warn about pending deprecations, or anything
 *   fails, process.stdin is used instead, as it is where /dev/stdin does not exist (Windows).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Commands of up to 1 MB arrive JSON-escaped; leave room for the rest of the payload. */
export const MAX_STDIN_BYTES = 4 * 1024 * 1024;
const CHUNK = 256 * 1024;
const POLL_MS = 1;

/** Stdin's bytes as text (bad UTF-8 becomes U+FFFD), or null past the size cap. */
export function stdinText(data: Buffer): string | null {
  return data.length > MAX_STDIN_BYTES ? null : data.toString('utf8');
}

/**
 * At the deadline, what arrived if it is already one whole JSON value, else null. A writer on a
 * loaded machine can write the whole payload and only close the pipe a second later (the close is
 * queued behind its own busy event loop): the payload is complete, and dropping it lost the event
 * (1 of 320 in the 16-lane test at a load of 20). A payload cut short does not parse.
 */
function completeAtDeadline(chunks: readonly Buffer[]): string | null {
  const text = stdinText(Buffer.concat(chunks));
  if (text === null || !/[}\]]\s*$/.test(text)) return null;
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return text;
  } catch {
    return null;
  }
}

/**
 * How long to wait: `deadlineMs` from the payload's first byte (a writer that stalls mid-payload
 * is stuck), and up to `firstByteMs` for that first byte. A late first byte is a
 * writer kept off the CPU on a loaded machine (Claude Code writes the payload right after the
 * spawn): giving up on it loses the event, and waiting costs the session nothing it was not
 * already losing to the load.
 */
export interface StdinDeadlines {
  deadlineMs: number;
  firstByteMs: number;
}

export function readStdin(deadlines: StdinDeadlines, path = '/dev/stdin'): Promise<string | null> {
  const source = nonBlockingStdin(path);
  if (!source) return readStream(deadlines);
  const { fd, owned } = source;
  return new Promise((resolvePromise) => {
    const started = Date.now();
    let deadline = started + Math.max(deadlines.firstByteMs, deadlines.deadlineMs);
    const chunks: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    const finish = (value: string | null) => {
      try {
        if (owned) closeSync(fd);
      } catch {
        // already closed
      }
      resolvePromise(value);
    };
    const pump = (): void => {
      for (;;) {
        let bytes: number;
        try {
          bytes = readSync(fd, buffer, 0, CHUNK, null);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
            finish(null);
            return;
          }
          if (Date.now() >= deadline) {
            finish(completeAtDeadline(chunks));
            return;
          }
          setTimeout(pump, POLL_MS);
          return;
        }
        if (bytes === 0) {
          finish(stdinText(Buffer.concat(chunks)));
          return;
        }
        if (size === 0) deadline = Date.now() + deadlines.deadlineMs;
        size += bytes;
        if (size > MAX_STDIN_BYTES) {
          finish(null);
          return;
        }
        chunks.push(Buffer.from(buffer.subarray(0, bytes)));
      }
    };
    pump();
  });
}

/** A non-blocking descriptor for stdin; `owned` when it was opened here (and is closed after). */
function nonBlockingStdin(path: string): { fd: number; owned: boolean } | null {
  try {
    // A socket is told apart first: reopening one fails, and a failed open costs an exception.
    if (fstatSync(0).isSocket()) return socketNonBlocking(0) ? { fd: 0, owned: false } : null;
    return { fd: openSync(path, constants.O_RDONLY | constants.O_NONBLOCK), owned: true };
  } catch {
    return null; // no fd 0, or no /dev/stdin
  }
}

/** The pipe handle that set O_NONBLOCK on fd 0, kept so that it is not collected. */
const keptHandles: unknown[] = [];

function socketNonBlocking(fd: number): boolean {
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  // There process.binding prints a warning, or throws one asynchronously.
  if (flags.includes('--pending-deprecation') || process.env.NODE_PENDING_DEPRECATION === '1') return false;
  try {
    const { Pipe, constants: pipe } = (
      process as unknown as {
        binding(name: string): { Pipe: new (type: number) => { open(fd: number): number }; constants: { SOCKET: number } };
      }
    ).binding('pipe_wrap');
    const handle = new Pipe(pipe.SOCKET);
    if (handle.open(fd) !== 0) return false;
    keptHandles.push(handle);
    return true;
  } catch {
    return false;
  }
}

function readStream({ deadlineMs, firstByteMs }: StdinDeadlines): Promise<string | null> {
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      process.stdin.destroy();
      resolvePromise(value);
    };
    let timer = setTimeout(() => finish(null), Math.max(firstByteMs, deadlineMs));
    process.stdin.on('data', (chunk: Buffer) => {
      if (size === 0) {
        clearTimeout(timer);
        timer = setTimeout(() => finish(completeAtDeadline(chunks)), deadlineMs);
      }
      size += chunk.length;
      if (size > MAX_STDIN_BYTES) return finish(null);
      chunks.push(chunk);
    });
    process.stdin.on('end', () => finish(stdinText(Buffer.concat(chunks))));
    process.stdin.on('error', () => finish(null));
  });
}
