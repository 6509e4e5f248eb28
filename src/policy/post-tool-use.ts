/**
 * PostToolUse / PostToolUseFailure: record how a Bash call ended (or a background task was
 * checked or stopped), deliver advice PreToolUse held back for Claude Code 2.0.x, and nudge the
 * model when the session's own numbers call for it (nudges.ts).
 */
import { analyze } from '../analysis/classify.js';
import { spoolDir } from '../runtime/paths.js';
import { bashInput, parsePostToolUse, type PostToolInput, type ToolResponses, type Unchecked } from '../runtime/payload.js';
import type { HookResult } from '../runtime/run.js';
import type { TelemetryEvent } from '../store/events.js';
import { deferredAdvice, recordedCall } from '../store/queries.js';
import { fallbackSpool } from '../store/fallback-spool.js';
import { findSpooled } from '../store/spool.js';
import { eventBase, openContext, type HookContext } from './hook-context.js';
import { backgroundReason, callFacts } from './call-facts.js';
import { nudge } from './nudges.js';
import { OUTPUT_FILE, statusFrom, TASK_TOOLS, taskIdFrom, type TaskTool } from './task-tools.js';

type PostResult = HookResult<'PostToolUse' | 'PostToolUseFailure'>;
type BashResponse = Unchecked<ToolResponses['Bash']>;

export async function handlePostToolUse(raw: unknown, env: NodeJS.ProcessEnv = process.env): Promise<PostResult> {
  const input = parsePostToolUse(raw);
  if (!input?.tool_use_id) return null;
  if (input.tool_name === 'Bash') return bashPost(input, env);
  const tool = TASK_TOOLS[input.tool_name];
  if (tool) return taskToolPost(input, tool, taskIdFrom(tool, input.tool_input), env);
  // Reading a task's output file is a check; any other Read returns before touching the store.
  const read = input.tool_name === 'Read' ? OUTPUT_FILE.exec(String(input.tool_input.file_path ?? '')) : null;
  if (read) return taskToolPost(input, { role: 'check', idFields: [] }, read[1], env);
  return null;
}

function say(input: PostToolInput, text: string | undefined): PostResult {
  if (!text) return null;
  // One literal per event, so that each is checked against its own event's output.
  return input.hook_event_name === 'PostToolUse'
    ? { hookSpecificOutput: { hookEventName: 'PostToolUse', additionalContext: text } }
    : { hookSpecificOutput: { hookEventName: 'PostToolUseFailure', additionalContext: text } };
}

/** The tool's result: PostToolUseFailure carries none. */
function responseOf(input: PostToolInput): unknown {
  return input.hook_event_name === 'PostToolUse' ? input.tool_response : undefined;
}

function outcomeOf(input: PostToolInput): { outcome: 'ok' | 'failed' | 'timed-out' | 'interrupted'; exitCode?: number } {
  if (input.hook_event_name === 'PostToolUseFailure') {
    const error = input.error ?? '';
    const code = /^Exit code (-?\d+)/.exec(error)?.[1];
    const exitCode = code === undefined ? undefined : Number(code);
    if (/timed out/i.test(error)) return { outcome: 'timed-out', exitCode };
    if (input.is_interrupt) return { outcome: 'interrupted', exitCode };
    return { outcome: 'failed', exitCode };
  }
  const response = (input.tool_response ?? {}) as BashResponse;
  return response.interrupted === true ? { outcome: 'interrupted' } : { outcome: 'ok', exitCode: 0 };
}

async function bashPost(input: PostToolInput, env: NodeJS.ProcessEnv): Promise<PostResult> {
  const bash = bashInput(input);
  if (!bash) return null;
  const toolUseId = input.tool_use_id as string;
  const ctx = await openContext(input, env);
  try {
    const response = (responseOf(input) ?? {}) as BashResponse;
    const taskId = typeof response.backgroundTaskId === 'string' ? response.backgroundTaskId : undefined;
    const requested = bash.run_in_background === true;
    // PreToolUse recorded the analysis; analyse again only when it did not (not registered,
    // or its event still in the spool).
    const recorded = ctx.store.read(null, (db) => recordedCall(db, input.session_id, toolUseId));
    const facts = recorded
      ? { ...recorded, timeoutMs: typeof bash.timeout === 'number' ? bash.timeout : undefined, requestedBackground: requested }
      : callFacts(
          bash,
          analyze(bash.command, { slowThresholdSeconds: ctx.config.slowThresholdSeconds, extraEntries: ctx.config.patterns }),
          ctx,
          toolUseId,
          requested,
        );
    const reason = backgroundReason(requested, response.backgroundedByUser === true, taskId, facts.verdict);
    const held = ctx.generation === '2.0' ? heldAdvice(ctx, toolUseId) : null;
    const event: TelemetryEvent = {
      ...eventBase(ctx, input.hook_event_name, `post:${input.session_id}:${toolUseId}`),
      kind: 'bash-post',
      ...facts,
      ...outcomeOf(input),
      durationMs: input.duration_ms,
      durationSource: input.duration_ms === undefined ? undefined : 'claude',
      background: reason !== undefined,
      backgroundReason: reason,
      taskId,
      readsTask: OUTPUT_FILE.exec(bash.command)?.[1],
      delivered: held?.eventId,
    };
    const result = ctx.store.write(
      event,
      ctx.config.mode === 'off' ? undefined : (db) => nudge(db, ctx, { at: 'bash-ended', startedTask: Boolean(taskId) }),
    );
    // Held-back advice and this call's nudge both go out, in one message. Of two registrations
    // of this hook, only the one that recorded the event delivers the held-back part.
    const heldText = held && result.applied ? held.text : undefined;
    return say(input, [heldText, result.advice?.text].filter(Boolean).join('\n') || undefined);
  } finally {
    ctx.store.done();
  }
}

/** Advice PreToolUse recorded as held back for this call: from the store, else the spool. */
function heldAdvice(ctx: HookContext, toolUseId: string): { eventId: string; text: string } | null {
  const stored = ctx.store.read(null, (db) => deferredAdvice(db, ctx.input.session_id, toolUseId));
  if (stored) return stored;
  const fallback = fallbackSpool(ctx.env);
  const pre = findSpooled(spoolDir(ctx.env), 'bash-pre', toolUseId) ?? (fallback ? findSpooled(fallback, 'bash-pre', toolUseId) : null);
  return pre?.session === ctx.input.session_id && pre.advice?.deferred ? { eventId: pre.id, text: pre.advice.text } : null;
}

async function taskToolPost(input: PostToolInput, tool: TaskTool, taskId: string | undefined, env: NodeJS.ProcessEnv): Promise<PostResult> {
  if (!taskId) return null;
  const toolUseId = input.tool_use_id as string;
  const ctx = await openContext(input, env);
  try {
    const base = eventBase(ctx, input.hook_event_name, `${tool.role}:${input.session_id}:${toolUseId}`);
    if (tool.role === 'stop') {
      ctx.store.write({ ...base, kind: 'task-stop', toolUseId, taskId, tool: input.tool_name });
      return null;
    }
    const seen = statusFrom(responseOf(input));
    const blocking = tool.blockingField ? input.tool_input[tool.blockingField] === true : false;
    const result = ctx.store.write(
      { ...base, kind: 'task-check', toolUseId, taskId, tool: input.tool_name, blocking, statusSeen: seen.status, exitCode: seen.exitCode },
      ctx.config.mode === 'off' ? undefined : (db) => nudge(db, ctx, { at: 'task-checked', taskId }),
    );
    return say(input, result.advice?.text);
  } finally {
    ctx.store.done();
  }
}
