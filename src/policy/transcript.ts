/**
 * Reads the tail of the session transcript to find the assistant message a tool call belongs
 * to and the other Bash calls in that message. The last 32 KiB first (the call was just
 * written, and reading and decoding 256 KiB costs about 0.6 ms more), then the last 256 KiB:
 * enough for one message, bounded however long the session.
 */
import { readRegularTail } from '../runtime/regular-file.js';

const TAILS = [32 * 1024, 256 * 1024];

export interface SiblingCall {
  id: string;
  command: string;
  runInBackground: boolean;
}

interface TranscriptLine {
  type?: string;
  message?: { id?: string; role?: string; content?: unknown };
}

/** The last `bytes` of the file; `whole` when that is all of it. */
function readTail(path: string, bytes: number): { text: string; whole: boolean } | null {
  try {
    const { data, size } = readRegularTail(path, bytes);
    return { text: data.toString('utf8'), whole: size <= bytes };
  } catch {
    return null; // missing, or not a regular file (a FIFO would block the hook)
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
  for (const bytes of TAILS) {
    const tail = readTail(transcriptPath, bytes);
    if (!tail) return null;
    const found = findInTail(tail.text, toolUseId);
    // Try a longer tail unless this one held the call and the start of its message.
    if (tail.whole || (found && !found.mayBeCut)) return found?.message ?? null;
  }
  return null;
}

function findInTail(text: string, toolUseId: string): { message: { messageId: string; calls: SiblingCall[] }; mayBeCut: boolean } | null {
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
  let first = -1;
  // Only the lines that mention the message (2.1.x writes one line per content block).
  for (let at = text.indexOf(`"${messageId}"`); at >= 0; at = text.indexOf(`"${messageId}"`, at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (first < 0) first = start;
    const raw = text.slice(start, end);
    at = end;
    if (!raw.includes('tool_use')) continue;
    const line = parseLine(raw);
    if (line?.message?.id !== messageId) continue;
    for (const b of bashBlocks(line)) {
      calls.set(b.id, { id: b.id, command: String(b.input?.command ?? ''), runInBackground: b.input?.run_in_background === true });
    }
  }
  // The tail's first line is usually cut: when the message starts on it or right after it,
  // earlier lines of the message may lie before the tail.
  return { message: { messageId, calls: [...calls.values()] }, mayBeCut: first <= text.indexOf('\n') + 1 };
}
