/**
 * Reads a hook's stdin with a size cap and a deadline, so a stuck pipe cannot hold a session.
 * Plain fs.read on fd 0: creating process.stdin costs about 10 ms of start-up on every call.
 */
import { read } from 'node:fs';

/** Commands of up to 1 MB arrive JSON-escaped; leave room for the rest of the payload. */
export const MAX_STDIN_BYTES = 4 * 1024 * 1024;
const CHUNK = 256 * 1024;

export function readStdin(deadlineMs: number, fd = 0): Promise<string | null> {
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolvePromise(value);
    };
    const timer = setTimeout(() => finish(null), deadlineMs);
    const next = () => {
      const buffer = Buffer.allocUnsafe(CHUNK);
      read(fd, buffer, 0, CHUNK, null, (error, bytes) => {
        if (done) return;
        if (error) {
          // EAGAIN: a non-blocking stdin with nothing yet; try again shortly.
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return void setTimeout(next, 2);
          return finish(error.code === 'EOF' ? Buffer.concat(chunks).toString('utf8') : null);
        }
        if (bytes === 0) return finish(Buffer.concat(chunks).toString('utf8'));
        size += bytes;
        if (size > MAX_STDIN_BYTES) return finish(null);
        chunks.push(buffer.subarray(0, bytes));
        next();
      });
    };
    next();
  });
}
