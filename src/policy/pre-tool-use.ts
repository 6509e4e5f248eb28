/**
 * PreToolUse for Bash: analyse the command, decide with `advise`, record the call for the
 * PostToolUse hook, and render the decision in Claude Code's output format.
 */
import { analyze } from '../analysis/classify.js';
import { loadConfig } from '../config/load.js';
import { recordInternalError } from '../runtime/internal-errors.js';
import { bashInput, generationOf, parseToolInput, type Generation } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { advise, type Advice } from './advise.js';
import { loadBashRules, permissionFor, settingsFilesFor } from './permissions.js';
import { SessionState } from './session-state.js';
import { findSiblings } from './siblings.js';

export async function handlePreToolUse(raw: unknown, env: NodeJS.ProcessEnv = process.env): Promise<HookResult> {
  const input = parseToolInput(raw);
  if (!input || input.hook_event_name !== 'PreToolUse') return null;
  const bash = bashInput(input);
  if (!bash) return null;
  const projectDir = env.CLAUDE_PROJECT_DIR || input.cwd;
  const { config, problems } = await loadConfig(projectDir, env);
  const state = new SessionState(input.session_id, env);
  if (problems.length && state.claimOnce('config-problems')) recordInternalError('config', problems.join('; '), env);
  if (config.mode === 'off') return null;

  const options = { slowThresholdSeconds: config.slowThresholdSeconds, extraEntries: config.patterns };
  const analysis = analyze(bash.command, options);
  const generation = generationOf(input);
  const slow = analysis.verdict === 'suggest-background' || analysis.verdict === 'must-background';
  const advice = advise({
    analysis,
    toolInput: bash,
    mode: config.mode,
    generation,
    permission: () =>
      permissionFor(bash.command, analysis.parts.map((p) => p.text), loadBashRules(settingsFilesFor(projectDir, env)), input.permission_mode),
    siblings: () =>
      findSiblings(input.transcript_path, input.tool_use_id, { signature: analysis.signature, slow, promptId: input.prompt_id }, state, options),
    once: (key) => state.claimOnce(key),
  });

  const deferred = generation === '2.0' && advice.kind === 'context' ? advice.text : undefined;
  if (input.tool_use_id) {
    state.recordStart({
      toolUseId: input.tool_use_id,
      startedAt: Date.now(),
      signature: analysis.signature,
      verdict: analysis.verdict,
      background: bash.run_in_background === true || advice.kind === 'rewrite',
      ...(deferred ? { deferredAdvice: deferred } : {}),
    });
  }
  return render(advice, generation);
}

/** Claude Code's PreToolUse output for a decision. */
export function render(advice: Advice, generation: Generation): HookResult {
  switch (advice.kind) {
    case 'none':
      return null;
    case 'context':
      // 2.0.x ignores PreToolUse context: PostToolUse delivers it from the call's record.
      return generation === '2.0' ? null : { hookSpecificOutput: { hookEventName: 'PreToolUse', additionalContext: advice.text } };
    case 'rewrite':
      return {
        hookSpecificOutput: {
          hookEventName: 'PreToolUse',
          permissionDecision: advice.permission,
          permissionDecisionReason: 'bgtelemetry (auto mode) runs this command in the background',
          updatedInput: advice.updatedInput,
          ...(generation === '2.1' ? { additionalContext: advice.text } : {}),
        },
      };
    case 'deny':
      return { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: advice.text } };
  }
}
