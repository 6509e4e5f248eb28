/**
 * Writing a file all at once: into a temporary file beside it, renamed over the target only
 * when complete, so an interrupted export never leaves half a file and a running hook never
 * reads half a configuration.
 */
import { createWriteStream, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

export function writeFileAtomically(path: string, text: string, mode: number): void {
  const tmp = tempPath(path);
  try {
    writeFileSync(tmp, text, { mode });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Runs `write` against a stream that becomes `path` on success; `mode` of the new file. */
export async function writeAtomically<T>(path: string, mode: number, write: (out: WriteStream) => Promise<T>): Promise<T> {
  const tmp = tempPath(path);
  const out = createWriteStream(tmp, { mode });
  try {
    const result = await write(out);
    out.end();
    await finished(out);
    renameSync(tmp, path);
    return result;
  } catch (error) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw error;
  }
}
