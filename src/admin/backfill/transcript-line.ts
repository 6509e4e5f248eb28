/**
 * One line of a Claude Code transcript, reduced to what backfill needs: the tool calls an
 * assistant message makes, the results a user message carries, and a user's prompt. Formats of
 * every version: /work/shared/claude-code/transcripts/README.md and docs/telemetry.md.
 */

/** Line types Claude Code writes that hold no tool call or prompt: ignored, not "unknown". */
const IGNORED_TYPES = new Set([
  'summary',
  'system',
  'progress',
  'file-history-snapshot',
  'queue-operation',
  'attachment',
  'last-prompt',
  'ai-title',
  'custom-title',
  'permission-mode',
  'pr-link',
  'tag',
]);

/** Where a line was written: every line of every version carries these. */
export interface LineContext {
  at: number;
  session: string;
  cwd?: string;
  version?: string;
  /** A subagent's line (agent file, or a sidechain inside the session's file). */
  sidechain: boolean;
  agentId?: string;
  /** 2.1.x: the prompt id the hooks receive as `prompt_id`. */
  promptId?: string;
}

export interface ToolUse {
  id: string;
  name: string;
  input: Record<string, unknown>;
}

export interface ToolResult {
  id: string;
  isError: boolean;
  text: string;
  /** The line's `toolUseResult`: an object for most tools, a plain string for every error. */
  result: unknown;
}

export type ParsedLine =
  | { kind: 'malformed' }
  | { kind: 'unknown'; type: string }
  | { kind: 'ignored' }
  /** A PreToolUse hook rewrote a call's input (`updatedInput`, e.g. bgtelemetry's auto mode): what really ran. */
  | { kind: 'updated-input'; id: string; input: Record<string, unknown> }
  | { kind: 'message'; context: LineContext; uses: ToolUse[]; results: ToolResult[]; prompt?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseLine(text: string): ParsedLine {
  if (!text.trim()) return { kind: 'ignored' };
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    return { kind: 'malformed' };
  }
  if (!isRecord(line)) return { kind: 'malformed' };
  const type = typeof line.type === 'string' ? line.type : '';
  if (type === 'attachment') return updatedInput(line.attachment) ?? { kind: 'ignored' };
  if (type !== 'assistant' && type !== 'user') return IGNORED_TYPES.has(type) ? { kind: 'ignored' } : { kind: 'unknown', type };
  const at = Date.parse(String(line.timestamp ?? ''));
  if (typeof line.sessionId !== 'string' || !Number.isFinite(at)) return { kind: 'ignored' };
  const context: LineContext = {
    at,
    session: line.sessionId,
    cwd: typeof line.cwd === 'string' ? line.cwd : undefined,
    version: typeof line.version === 'string' ? line.version : undefined,
    sidechain: line.isSidechain === true,
    agentId: typeof line.agentId === 'string' ? line.agentId : undefined,
    promptId: typeof line.promptId === 'string' ? line.promptId : undefined,
  };
  const content = isRecord(line.message) ? line.message.content : undefined;
  if (typeof content === 'string')
    return { kind: 'message', context, uses: [], results: [], prompt: type === 'user' && line.isMeta !== true ? content : undefined };
  const uses: ToolUse[] = [];
  const results: ToolResult[] = [];
  for (const block of Array.isArray(content) ? content : []) {
    if (!isRecord(block)) continue;
    if (block.type === 'tool_use' && typeof block.id === 'string' && typeof block.name === 'string')
      uses.push({ id: block.id, name: block.name, input: isRecord(block.input) ? block.input : {} });
    if (block.type === 'tool_result' && typeof block.tool_use_id === 'string')
      results.push({
        id: block.tool_use_id,
        isError: block.is_error === true,
        text: resultText(block.content),
        result: line.toolUseResult,
      });
  }
  return { kind: 'message', context, uses, results };
}

/**
 * 2.1.x records each hook's output as an attachment line; a PreToolUse hook's `updatedInput` is
 * the input the tool ran with, which the tool_use line (the model's own) does not show.
 */
function updatedInput(attachment: unknown): ParsedLine | undefined {
  if (!isRecord(attachment) || attachment.type !== 'hook_success' || attachment.hookEvent !== 'PreToolUse') return undefined;
  const { toolUseID, stdout } = attachment;
  if (typeof toolUseID !== 'string' || typeof stdout !== 'string' || !stdout.includes('updatedInput')) return undefined;
  try {
    const output: unknown = JSON.parse(stdout);
    const specific = isRecord(output) ? output.hookSpecificOutput : undefined;
    const input = isRecord(specific) ? specific.updatedInput : undefined;
    return isRecord(input) ? { kind: 'updated-input', id: toolUseID, input } : undefined;
  } catch {
    return undefined;
  }
}

/** A tool_result's content: a string, or text blocks. */
function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b) => (isRecord(b) && typeof b.text === 'string' ? b.text : '')).join('\n');
}
