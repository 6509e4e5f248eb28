/**
 * Reads the tail of the session transcript to find the assistant message a tool call belongs
 * to and the other Bash calls in that message. Only the last 256 KiB is read: enough for one
 * message, bounded however long the session.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const TAIL_BYTES = 256 * 1024;

export interface SiblingCall {
  id: string;
  command: string;
  runInBackground: boolean;
}

interface TranscriptLine {
  type?: string;
  message?: { id?: string; role?: string; content?: unknown };
}

function readTail(path: string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function bashBlocks(line: TranscriptLine): { id: string; input: Record<string, unknown> }[] {
  const content = line.message?.content;
  if (!Array.isArray(content)) return [];
  return content.filter((b) => b && b.type === 'tool_use' && b.name === 'Bash' && typeof b.id === 'string');
}

function parseLine(raw: string): TranscriptLine | null {
  try {
    return JSON.parse(raw) as TranscriptLine;
  } catch {
    return null; // the first line of the tail is usually cut
  }
}

/**
 * All Bash calls of the assistant message holding `toolUseId`, or null when the transcript does
 * not show that call yet (it can lag the live turn). Only lines that mention the call or its
 * message are parsed.
 */
export function bashCallsInSameMessage(
  transcriptPath: string | undefined,
  toolUseId: string | undefined,
): { messageId: string; calls: SiblingCall[] } | null {
  if (!transcriptPath || !toolUseId) return null;
  const text = readTail(transcriptPath);
  if (!text) return null;
  // Other lines mention the id too (2.1.x writes hook_progress lines with `toolUseID` while
  // this very hook runs): take the line whose content holds the tool_use block itself.
  let messageId: string | undefined;
  for (let at = text.lastIndexOf(`"${toolUseId}"`); at >= 0 && !messageId; at = text.lastIndexOf(`"${toolUseId}"`, at - 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    const line = parseLine(text.slice(start, end < 0 ? text.length : end));
    if (line && bashBlocks(line).some((b) => b.id === toolUseId)) messageId = line.message?.id;
    at = start;
  }
  if (!messageId) return null;
  const calls = new Map<string, SiblingCall>();
  for (const raw of text.split('\n')) {
    if (!raw.includes(messageId) || !raw.includes('tool_use')) continue;
    const line = parseLine(raw);
    if (line?.message?.id !== messageId) continue;
    for (const b of bashBlocks(line)) {
      calls.set(b.id, { id: b.id, command: String(b.input?.command ?? ''), runInBackground: b.input?.run_in_background === true });
    }
  }
  return { messageId, calls: [...calls.values()] };
}
