/** Writing many lines to a stream without buffering them all: waits whenever the stream is full. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await once(out, 'drain');
}
