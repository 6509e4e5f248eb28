/** The facts recorded about a Bash call, shared by PreToolUse and PostToolUse. */
import type { Analysis } from '../analysis/types.js';
import { redactSecrets } from '../privacy/redact.js';
import { storedCommand } from '../privacy/storage.js';
import type { BashToolInput } from '../runtime/payload.js';
import type { CallFacts } from '../store/events.js';
import type { HookContext } from './hook-context.js';

/** What is recorded about a call, with secrets removed and stored as configured. */
export function callFacts(bash: BashToolInput, a: Analysis, ctx: HookContext, toolUseId: string, requestedBackground: boolean): CallFacts {
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
