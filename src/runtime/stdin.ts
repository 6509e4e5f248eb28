/**
 * Reads a hook's stdin with a size cap and a deadline, so a stuck pipe cannot hold a session.
 *
 * stdin is reopened non-blocking through /dev/stdin and polled. A plain fs.read on fd 0 would
 * block a thread-pool thread that Node waits for at exit, so a writer that never closes the
 * pipe would keep the hook alive; and process.stdin costs about 10 ms of start-up per call.
 * Where /dev/stdin does not exist (Windows), process.stdin is the fallback.
 */
import { closeSync, constants, openSync, readSync } from 'node:fs';

/** Commands of up to 1 MB arrive JSON-escaped; leave room for the rest of the payload. */
export const MAX_STDIN_BYTES = 4 * 1024 * 1024;
const CHUNK = 256 * 1024;
const POLL_MS = 1;

export function readStdin(deadlineMs: number, path = '/dev/stdin'): Promise<string | null> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return readStream(deadlineMs);
  }
  return new Promise((resolvePromise) => {
    const deadline = Date.now() + deadlineMs;
    const chunks: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    const finish = (value: string | null) => {
      try {
        closeSync(fd);
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
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return finish(null);
          if (Date.now() >= deadline) return finish(null);
          setTimeout(pump, POLL_MS);
          return;
        }
        if (bytes === 0) return finish(Buffer.concat(chunks).toString('utf8'));
        size += bytes;
        if (size > MAX_STDIN_BYTES) return finish(null);
        chunks.push(Buffer.from(buffer.subarray(0, bytes)));
      }
    };
    pump();
  });
}

function readStream(deadlineMs: number): Promise<string | null> {
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
    const timer = setTimeout(() => finish(null), deadlineMs);
    process.stdin.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_STDIN_BYTES) return finish(null);
      chunks.push(chunk);
    });
    process.stdin.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', () => finish(null));
  });
}
