/**
 * PostToolUse / PostToolUseFailure for Bash: close the call's record and deliver advice that
 * PreToolUse held back for Claude Code 2.0.x.
 */
import { parsePostToolInput } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { SessionState } from './session-state.js';

export function handlePostToolUse(raw: unknown, env: NodeJS.ProcessEnv = process.env): HookResult {
  const input = parsePostToolInput(raw);
  if (!input || input.tool_name !== 'Bash' || !input.tool_use_id) return null;
  const state = new SessionState(input.session_id, env);
  const call = state.takeStart(input.tool_use_id);
  if (!call) return null;
  state.markFinished({
    finishedAt: Date.now(),
    signature: call.signature,
    // Only a slow call that blocked counts: one already in the background cost nothing.
    slow: !call.background && (call.verdict === 'suggest-background' || call.verdict === 'must-background'),
    promptId: input.prompt_id,
  });
  if (!call.deferredAdvice) return null;
  return { hookSpecificOutput: { hookEventName: input.hook_event_name, additionalContext: call.deferredAdvice } };
}
