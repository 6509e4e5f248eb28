/**
 * What a hook may print on stdout, per event (Claude Code's hook output; PROTOCOL.md "What
 * reaches the model"). Types only: `runHook` (run.ts) prints whatever a handler returns, so a
 * wrong field or another event's output must fail to compile instead.
 */
import type { HookEventName } from './hook-input.js';

/** Fields every event's output may carry. */
export interface CommonOutput {
  /** false stops Claude Code after the hook; `stopReason` is shown to the user. */
  continue?: boolean;
  stopReason?: string;
  /** Hides the hook's stdout from the transcript view. */
  suppressOutput?: boolean;
  /** Shown to the user, not the model. */
  systemMessage?: string;
}

/** Text added next to the event for the model to read. */
interface ContextOutput<E extends HookEventName> {
  hookEventName: E;
  additionalContext?: string;
}

/** `decision: 'block'` with a reason (to the model, or for Stop: why the turn must go on). */
interface BlockOutput {
  decision?: 'block';
  reason?: string;
}

export type PermissionDecision = 'allow' | 'deny' | 'ask';

/** The deprecated top-level `decision: 'approve' | 'block'` of PreToolUse is left out on purpose. */
export interface PreToolUseOutput extends CommonOutput {
  hookSpecificOutput?: {
    hookEventName: 'PreToolUse';
    /** `allow` also skips the user's permission prompt. */
    permissionDecision?: PermissionDecision;
    /** To the model on `deny`, to the user on `allow` and `ask`. */
    permissionDecisionReason?: string;
    /** Replaces the tool input wholesale: must resend every original field. */
    updatedInput?: Record<string, unknown>;
    /** 2.1.9+; 2.0.x ignores it. */
    additionalContext?: string;
  };
}

export interface PostToolUseOutput extends CommonOutput, BlockOutput {
  hookSpecificOutput?: ContextOutput<'PostToolUse'>;
}

export interface PostToolUseFailureOutput extends CommonOutput {
  hookSpecificOutput?: ContextOutput<'PostToolUseFailure'>;
}

export interface UserPromptSubmitOutput extends CommonOutput, BlockOutput {
  hookSpecificOutput?: ContextOutput<'UserPromptSubmit'>;
}

export interface SessionStartOutput extends CommonOutput {
  hookSpecificOutput?: ContextOutput<'SessionStart'>;
}

export interface StopOutput extends CommonOutput, BlockOutput {}

/** SessionEnd cannot change anything: only the common fields. */
export type SessionEndOutput = CommonOutput;

export interface HookOutputs {
  PreToolUse: PreToolUseOutput;
  PostToolUse: PostToolUseOutput;
  PostToolUseFailure: PostToolUseFailureOutput;
  UserPromptSubmit: UserPromptSubmitOutput;
  Stop: StopOutput;
  SessionStart: SessionStartOutput;
  SessionEnd: SessionEndOutput;
}

/** What a handler of the events `E` returns: an output for one of them, or nothing to print. */
export type HookResult<E extends HookEventName = HookEventName> = HookOutputs[E] | null | undefined;
