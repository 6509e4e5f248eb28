/**
 * Hook inputs as Claude Code sends them (see docs/architecture.md for the captured payloads).
 * Checked by hand, not with a schema library: every Bash call pays for what a hook imports.
 * Unknown fields are ignored; a payload missing what an event needs yields null.
 */

export interface CommonInput {
  session_id: string;
  transcript_path?: string;
  cwd: string;
  hook_event_name: string;
  /** 2.1.x only. */
  prompt_id?: string;
  permission_mode?: string;
}

export interface BashToolInput {
  command: string;
  description?: string;
  timeout?: number;
  run_in_background?: boolean;
  [key: string]: unknown;
}

export interface ToolInput extends CommonInput {
  tool_name: string;
  tool_input: Record<string, unknown>;
  tool_use_id?: string;
}

export interface PostToolInput extends ToolInput {
  tool_response?: unknown;
  /** PostToolUseFailure. */
  error?: string;
  is_interrupt?: boolean;
  /** 2.1.119+. */
  duration_ms?: number;
}

export type Generation = '2.0' | '2.1';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseCommon(raw: unknown): CommonInput | null {
  if (!isObject(raw)) return null;
  if (typeof raw.session_id !== 'string' || typeof raw.hook_event_name !== 'string') return null;
  return {
    session_id: raw.session_id,
    transcript_path: typeof raw.transcript_path === 'string' ? raw.transcript_path : undefined,
    cwd: typeof raw.cwd === 'string' ? raw.cwd : process.cwd(),
    hook_event_name: raw.hook_event_name,
    prompt_id: typeof raw.prompt_id === 'string' ? raw.prompt_id : undefined,
    permission_mode: typeof raw.permission_mode === 'string' ? raw.permission_mode : undefined,
  };
}

export function parseToolInput(raw: unknown): ToolInput | null {
  const common = parseCommon(raw);
  if (!common || !isObject(raw)) return null;
  if (typeof raw.tool_name !== 'string' || !isObject(raw.tool_input)) return null;
  return {
    ...common,
    tool_name: raw.tool_name,
    tool_input: raw.tool_input,
    tool_use_id: typeof raw.tool_use_id === 'string' ? raw.tool_use_id : undefined,
  };
}

export function parsePostToolInput(raw: unknown): PostToolInput | null {
  const base = parseToolInput(raw);
  if (!base || !isObject(raw)) return null;
  return {
    ...base,
    tool_response: raw.tool_response,
    error: typeof raw.error === 'string' ? raw.error : undefined,
    is_interrupt: typeof raw.is_interrupt === 'boolean' ? raw.is_interrupt : undefined,
    duration_ms: typeof raw.duration_ms === 'number' ? raw.duration_ms : undefined,
  };
}

export function bashInput(input: ToolInput): BashToolInput | null {
  if (input.tool_name !== 'Bash') return null;
  const command = input.tool_input.command;
  if (typeof command !== 'string') return null;
  return input.tool_input as BashToolInput;
}

/**
 * Which tool generation sent this. 2.1.x adds `prompt_id` to every event but SessionStart and
 * SessionEnd; 2.0.x never sends it. Needed because 2.0.x ignores PreToolUse additionalContext.
 */
export function generationOf(input: CommonInput): Generation {
  return input.prompt_id !== undefined ? '2.1' : '2.0';
}
