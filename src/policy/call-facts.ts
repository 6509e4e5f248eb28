/** The facts recorded about a Bash call, shared by PreToolUse and PostToolUse. */
import type { Analysis, Verdict } from '../analysis/types.js';
import { redactSecrets } from '../privacy/redact.js';
import { storedCommand } from '../privacy/storage.js';
import type { BashToolInput } from '../runtime/payload.js';
import type { CallFacts, TelemetryEvent } from '../store/events.js';
import type { HookContext } from './hook-context.js';

/** What is recorded about a call, with secrets removed and stored as configured. */
export function callFacts(
  bash: BashToolInput,
  a: Analysis,
  ctx: Pick<HookContext, 'config'>,
  toolUseId: string,
  requestedBackground: boolean,
): CallFacts {
  const signature = redactSecrets(a.signature);
  return {
    toolUseId,
    command: storedCommand(bash.command, signature, ctx.config.commandStorage),
    signature,
    verdict: a.verdict,
    category: a.category,
    estimateS: a.estimateSeconds,
    estimateSource: a.estimateSource,
    timeoutMs: typeof bash.timeout === 'number' ? bash.timeout : undefined,
    requestedBackground,
    thresholdMs: Math.round(ctx.config.slowThresholdSeconds * 1000),
  };
}

type BackgroundReason = Extract<TelemetryEvent, { kind: 'bash-post' }>['backgroundReason'];

/**
 * Why a call ran in the background, first reason first: asked to, moved by the user (Ctrl-B),
 * moved by its timeout (a task id without the flag, 2.0.20 on), or the command backgrounds itself.
 */
export function backgroundReason(requested: boolean, byUser: boolean, taskId: string | undefined, verdict: Verdict): BackgroundReason {
  if (requested) return 'requested';
  if (byUser) return 'user';
  if (taskId) return 'timeout';
  return verdict === 'already-background' ? 'shell' : undefined;
}
