/**
 * Lines of a file, read in fixed chunks so that memory stays bounded whatever the file's size:
 * at most one chunk and one line (up to `maxLineBytes`) are held. A longer line is skipped and
 * counted, never assembled. The last line may lack its newline (a session still being written):
 * it is returned like any other, and the parser decides whether it is whole.
 */
import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 20;
/** Claude Code writes a line per message; 16 MB is far beyond any real one (images are base64). */
export const MAX_LINE_BYTES = 16 << 20;

export interface LineCounts {
  /** Bytes read so far. */
  bytes: number;
  /** Lines longer than the cap, skipped unread. */
  oversized: number;
}

export async function* readLines(
  file: string,
  counts: LineCounts,
  maxLineBytes = MAX_LINE_BYTES,
  onChunk?: (bytes: number) => void,
): AsyncGenerator<string> {
  const handle = await open(file, 'r');
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      counts.bytes += bytesRead;
      let start = 0;
      for (let nl = chunk.indexOf(10, 0); nl !== -1 && nl < bytesRead; nl = chunk.indexOf(10, start)) {
        if (skipping || held + nl - start > maxLineBytes) counts.oversized++;
        else {
          parts.push(chunk.subarray(start, nl));
          yield Buffer.concat(parts).toString('utf8');
        }
        parts = [];
        held = 0;
        skipping = false;
        start = nl + 1;
      }
      if (start < bytesRead && !skipping) {
        held += bytesRead - start;
        if (held > maxLineBytes) {
          skipping = true;
          parts = [];
        } else parts.push(Buffer.from(chunk.subarray(start, bytesRead)));
      }
      onChunk?.(counts.bytes);
    }
    if (skipping) counts.oversized++;
    else if (held > 0) yield Buffer.concat(parts).toString('utf8');
  } finally {
    await handle.close();
  }
}
