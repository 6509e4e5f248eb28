/**
 * PreToolUse for Bash: analyse the command (with this project's measured timings), decide with
 * `advise`, record the call, and render the decision in Claude Code's output format.
 */
import { analyze } from '../analysis/classify.js';
import type { Analysis, AnalysisOptions } from '../analysis/types.js';
import { projectLookup } from '../project/lookup.js';
import { bashInput, parsePreToolUse, type Generation } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import { historyFor, lastFinishedCall, runningTasks } from '../store/queries.js';
import { advise, type Advice } from './advise.js';
import { callFacts } from './call-facts.js';
import { findDependency } from './dependencies.js';
import { eventBase, openContext, type HookContext } from './hook-context.js';
import { loadBashRules, permissionFor, settingsFilesFor } from './permissions.js';
import { findSiblings } from './siblings.js';
import { bashCallsInSameMessage } from './transcript.js';

export async function handlePreToolUse(raw: unknown, env: NodeJS.ProcessEnv = process.env): Promise<HookResult<'PreToolUse'>> {
  const input = parsePreToolUse(raw);
  if (!input?.tool_use_id) return null;
  const bash = bashInput(input);
  if (!bash) return null;
  const ctx = await openContext(input, env);
  try {
    const session = input.session_id;
    const toolUseId = input.tool_use_id;
    const options: Partial<AnalysisOptions> = {
      slowThresholdSeconds: ctx.config.slowThresholdSeconds,
      extraEntries: ctx.config.patterns,
      project: projectLookup(input.cwd),
    };
    const analysis = analyzeWithHistory(bash.command, options, ctx);
    const slow = analysis.verdict === 'suggest-background' || analysis.verdict === 'must-background';
    const message = bashCallsInSameMessage(input.transcript_path, toolUseId);
    const advice = advise({
      analysis,
      toolInput: bash,
      mode: ctx.config.mode,
      generation: ctx.generation,
      toolUseId,
      permission: () =>
        permissionFor(
          bash.command,
          analysis.parts.map((p) => p.text),
          loadBashRules(settingsFilesFor(ctx.projectDir, env)),
          input.permission_mode,
        ),
      siblings: () =>
        findSiblings(
          message,
          toolUseId,
          { signature: analysis.signature, slow, promptId: input.prompt_id },
          () => ctx.store.read(null, (db) => lastFinishedCall(db, session)),
          options,
        ),
      dependency: () =>
        findDependency(
          analysis,
          ctx.store.read([], (db) => runningTasks(db, session)),
        ),
      fresh: (key) => !ctx.store.claimed(session, key),
    });
    const said = advice.kind === 'none' ? null : advice;
    const facts = callFacts(bash, analysis, ctx, toolUseId, bash.run_in_background === true || advice.kind === 'rewrite');
    const result = ctx.store.write({
      ...eventBase(ctx, 'PreToolUse', `pre:${session}:${toolUseId}`),
      kind: 'bash-pre',
      ...facts,
      messageId: message?.messageId,
      advice: said
        ? {
            kind: said.advice,
            text: said.text,
            signature: facts.signature,
            toolUseId,
            deferred: ctx.generation === '2.0' && (said.kind === 'context' || said.kind === 'rewrite'),
          }
        : undefined,
      claims: said?.claims,
    });
    // Another hook process (a second registration of this hook) already gave this advice.
    if (said && !result.advice) return null;
    return render(advice, ctx.generation);
  } finally {
    ctx.store.done();
  }
}

/** One pass, asking the store for this project's timings of each signature the command has. */
function analyzeWithHistory(command: string, options: Partial<AnalysisOptions>, ctx: HookContext): Analysis {
  const history = (signature: string) => ctx.store.read(undefined, (db) => historyFor(db, ctx.project, [signature]).get(signature));
  return analyze(command, { ...options, history });
}

/** Claude Code's PreToolUse output for a decision. */
function render(advice: Advice, generation: Generation): HookResult<'PreToolUse'> {
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
