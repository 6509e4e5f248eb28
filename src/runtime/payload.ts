/**
 * Parses hook inputs into the types of hook-input.ts. Checked by hand, not with a schema
 * library: every Bash call pays for what a hook imports. Unknown fields are dropped; a payload
 * missing what its event needs, or of an event the caller does not handle, yields null.
 * Each hook bundles only the parsers of its own events (the tables below, one per handler).
 */
import type {
  BashToolInput,
  CommonInput,
  HookEventName,
  HookInputFor,
  PostToolUseFailureInput,
  PostToolUseInput,
  StopInput,
  ToolCallInput,
} from './hook-input.js';

export type * from './hook-input.js';

export type Generation = '2.0' | '2.1';

/** What an event adds to the common fields. */
type EventFields<E extends HookEventName> = Omit<HookInputFor<E>, keyof CommonInput>;
/** For each event a caller handles, how to read that event's own fields. */
type EventParsers<E extends HookEventName> = { [K in E]: (raw: Record<string, unknown>) => EventFields<K> | null };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const string = (v: unknown) => (typeof v === 'string' ? v : undefined);
const number = (v: unknown) => (typeof v === 'number' ? v : undefined);
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

function parseWith<E extends HookEventName>(parsers: EventParsers<E>, raw: unknown): HookInputFor<E> | null {
  if (!isObject(raw) || typeof raw.session_id !== 'string' || typeof raw.hook_event_name !== 'string') return null;
  if (!Object.hasOwn(parsers, raw.hook_event_name)) return null;
  const event = raw.hook_event_name as E;
  const fields = parsers[event](raw);
  if (!fields) return null;
  const effort = isObject(raw.effort) && typeof raw.effort.level === 'string' ? { level: raw.effort.level } : undefined;
  const common: CommonInput<E> = {
    session_id: raw.session_id,
    transcript_path: string(raw.transcript_path),
    cwd: string(raw.cwd) ?? process.cwd(),
    hook_event_name: event,
    prompt_id: string(raw.prompt_id),
    permission_mode: string(raw.permission_mode),
    effort,
  };
  // The parser table is keyed by event, so `fields` are the fields of `event`.
  return { ...common, ...fields } as HookInputFor<E>;
}

function toolCall(raw: Record<string, unknown>): ToolCallInput | null {
  if (typeof raw.tool_name !== 'string' || !isObject(raw.tool_input)) return null;
  return { tool_name: raw.tool_name, tool_input: raw.tool_input, tool_use_id: string(raw.tool_use_id) };
}

function toolResult(raw: Record<string, unknown>): EventFields<'PostToolUse'> | null {
  const call = toolCall(raw);
  return call && { ...call, tool_response: raw.tool_response, duration_ms: number(raw.duration_ms) };
}

function toolFailure(raw: Record<string, unknown>): EventFields<'PostToolUseFailure'> | null {
  const call = toolCall(raw);
  return call && { ...call, error: string(raw.error), is_interrupt: boolean(raw.is_interrupt), duration_ms: number(raw.duration_ms) };
}

/** A task's string fields only: nothing below them is kept, so nothing later walks untrusted depth. */
function backgroundTask(v: unknown): NonNullable<StopInput['background_tasks']>[number] {
  if (!isObject(v)) return {};
  return {
    id: string(v.id),
    type: string(v.type),
    status: string(v.status),
    description: string(v.description),
    command: string(v.command),
  };
}

function stop(raw: Record<string, unknown>): EventFields<'Stop'> {
  return {
    stop_hook_active: boolean(raw.stop_hook_active),
    last_assistant_message: string(raw.last_assistant_message),
    background_tasks: Array.isArray(raw.background_tasks) ? raw.background_tasks.map(backgroundTask) : undefined,
    session_crons: Array.isArray(raw.session_crons) ? raw.session_crons : undefined,
  };
}

const prompt = (raw: Record<string, unknown>) => (typeof raw.prompt === 'string' ? { prompt: raw.prompt } : null);
const sessionStart = (raw: Record<string, unknown>) => ({ source: string(raw.source) });
const sessionEnd = (raw: Record<string, unknown>) => ({ reason: string(raw.reason) });

const PARSERS: EventParsers<HookEventName> = {
  PreToolUse: toolCall,
  PostToolUse: toolResult,
  PostToolUseFailure: toolFailure,
  UserPromptSubmit: prompt,
  Stop: stop,
  SessionStart: sessionStart,
  SessionEnd: sessionEnd,
};

/** Any event bgtelemetry handles (tests, tools); a hook uses the parser of its own events. */
export const parseHookInput = (raw: unknown) => parseWith(PARSERS, raw);
export const parsePreToolUse = (raw: unknown) => parseWith({ PreToolUse: toolCall }, raw);
export const parsePostToolUse = (raw: unknown) => parseWith({ PostToolUse: toolResult, PostToolUseFailure: toolFailure }, raw);
export const parseUserPromptSubmit = (raw: unknown) => parseWith({ UserPromptSubmit: prompt }, raw);
export const parseLifecycle = (raw: unknown) => parseWith({ Stop: stop, SessionStart: sessionStart, SessionEnd: sessionEnd }, raw);

/** The Bash call's input, when this is a Bash call with a command. */
export function bashInput(input: ToolCallInput): BashToolInput | null {
  if (input.tool_name !== 'Bash') return null;
  const command = input.tool_input.command;
  if (typeof command !== 'string') return null;
  return input.tool_input as BashToolInput;
}

export type PostToolInput = PostToolUseInput | PostToolUseFailureInput;

/**
 * Which tool generation sent this. 2.1.x adds `prompt_id` to every event but SessionStart;
 * 2.0.x never sends it. Needed because 2.0.x ignores PreToolUse additionalContext.
 */
export function generationOf(input: CommonInput): Generation {
  return input.prompt_id !== undefined ? '2.1' : '2.0';
}
