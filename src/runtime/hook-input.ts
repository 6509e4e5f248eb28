/**
 * What Claude Code sends a hook on stdin, per event, as captured from 2.0.77 and 2.1.197
 * (/work/shared/claude-code/payloads, docs/architecture.md). Types only: `payload.ts` checks
 * a payload by hand and builds these, and tests/unit/protocol-types.test.ts holds them to the
 * captured payloads.
 */

/** The events bgtelemetry registers for (src/hooks/registry.ts). */
export type HookEventName =
  | 'PreToolUse'
  | 'PostToolUse'
  | 'PostToolUseFailure'
  | 'UserPromptSubmit'
  | 'Stop'
  | 'SessionStart'
  | 'SessionEnd';

/** Fields of every event. */
export interface CommonInput<E extends HookEventName = HookEventName> {
  session_id: string;
  transcript_path?: string;
  /** The session's directory; the hook's own cwd when a payload lacks it. */
  cwd: string;
  hook_event_name: E;
  /** 2.1.x only, on every event but SessionStart. */
  prompt_id?: string;
  /** `default`, `acceptEdits`, `plan`, `bypassPermissions`, …; absent on SessionStart and SessionEnd. */
  permission_mode?: string;
  /** 2.1.x tool events and Stop: `{ level: 'high' }`. */
  effort?: { level: string };
}

/** Fields of the tool events. `tool_input` is only known to be an object: see `ToolInputs`. */
export interface ToolCallInput {
  tool_name: string;
  tool_input: Record<string, unknown>;
  tool_use_id?: string;
}

export interface PreToolUseInput extends CommonInput<'PreToolUse'>, ToolCallInput {}

export interface PostToolUseInput extends CommonInput<'PostToolUse'>, ToolCallInput {
  /** The tool's result, per tool in `ToolResponses`; unchecked until a handler reads it. */
  tool_response?: unknown;
  /** 2.1.119+. */
  duration_ms?: number;
}

/** A failed call (non-zero exit, timeout, interrupt) instead of PostToolUse [2.0.56+]. */
export interface PostToolUseFailureInput extends CommonInput<'PostToolUseFailure'>, ToolCallInput {
  /** `Exit code N`, then the output or `Command timed out after …`. */
  error?: string;
  is_interrupt?: boolean;
  /** 2.1.119+. */
  duration_ms?: number;
}

export interface UserPromptSubmitInput extends CommonInput<'UserPromptSubmit'> {
  /** The user's text, or (2.1.x) a `<task-notification>` when a background task ended. */
  prompt: string;
}

/** A task still running when the turn ends, as Stop lists it [2.1.145+]. */
export interface StopBackgroundTask {
  id: string;
  type: string;
  status: string;
  description: string;
  command: string;
}

export interface StopInput extends CommonInput<'Stop'> {
  stop_hook_active?: boolean;
  /** 2.1.145+. */
  last_assistant_message?: string;
  /** 2.1.145+. Items are passed on unchecked: each field is checked where it is read. */
  background_tasks?: Unchecked<StopBackgroundTask>[];
  /** 2.1.x; seen only empty. */
  session_crons?: unknown[];
}

export interface SessionStartInput extends CommonInput<'SessionStart'> {
  /** `startup`, `resume`, `clear`, `compact`. */
  source?: string;
}

export interface SessionEndInput extends CommonInput<'SessionEnd'> {
  /** `clear`, `logout`, `prompt_input_exit`, `other`, … */
  reason?: string;
}

export type HookInput =
  | PreToolUseInput
  | PostToolUseInput
  | PostToolUseFailureInput
  | UserPromptSubmitInput
  | StopInput
  | SessionStartInput
  | SessionEndInput;

export type HookInputFor<E extends HookEventName> = Extract<HookInput, { hook_event_name: E }>;

/** Bash `tool_input`. Open: a rewrite must resend every field Claude Code sent. */
export interface BashToolInput {
  command: string;
  description?: string;
  /** Milliseconds. */
  timeout?: number;
  run_in_background?: boolean;
  [key: string]: unknown;
}

/** `tool_input` of the tools bgtelemetry reads, by tool name. */
export interface ToolInputs {
  Bash: BashToolInput;
  /** 2.0.64+; `timeout` in milliseconds. */
  TaskOutput: { task_id: string; block: boolean; timeout: number };
  /** Up to 2.0.63. */
  BashOutput: { bash_id: string };
  /** 2.1.x; `shell_id` is its deprecated alias. */
  TaskStop: { task_id?: string; shell_id?: string };
  /** 2.0.x. */
  KillShell: { shell_id: string };
  Read: { file_path: string; offset?: number; limit?: number };
  /** 2.1.98+: starts a watch of its own (its response names the new task). Not seen in captures. */
  Monitor: { description: string; timeout_ms: number; persistent: boolean; command?: string };
}

/** `tool_response` of those tools, by tool name (PostToolUse only). */
export interface ToolResponses {
  /** No exit code: a non-zero exit fires PostToolUseFailure instead. */
  Bash: {
    stdout: string;
    stderr: string;
    interrupted: boolean;
    isImage?: boolean;
    noOutputExpected?: boolean;
    returnCodeInterpretation?: string;
    backgroundTaskId?: string;
    /** Ctrl+B. */
    backgroundedByUser?: boolean;
  };
  TaskOutput: {
    retrieval_status: string;
    task: { task_id: string; task_type: string; status: string; description: string; output: string; exitCode?: number | null };
  };
  TaskStop: { message: string; task_id: string; task_type: string; command?: string };
  KillShell: { message: string; shell_id: string };
  Read: { type: string; file: { filePath: string; content: string; numLines: number; startLine: number; totalLines: number } };
  Monitor: { taskId: string; timeoutMs: number; persistent?: boolean };
}

export type KnownTool = keyof ToolInputs;

/** An object Claude Code sent, with its fields named but not yet checked: read each with a check. */
export type Unchecked<T> = { [K in keyof T]?: unknown };
